#pragma once

#include <QCoreApplication>
#include <QString>

namespace claimscope::core {

// The largest file we import. Larger ones are refused before they are read, so that a stray
// multi-gigabyte log cannot exhaust memory.
inline constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;
// The most pages a PDF may have: past it, reading the text and word boxes takes minutes.
inline constexpr int kMaxPdfPages = 2000;

// Why a file could not be imported. The message is built when asked for, so that it follows the
// interface language in force at that moment.
class ImportError final {
    Q_DECLARE_TR_FUNCTIONS(ImportError)

public:
    enum class Reason {
        NotFound,
        IsDirectory,
        NotRegularFile,
        Unreadable,
        Empty,
        TooLarge,
        Binary,
        InvalidUtf8,
        UndecodableEncoding,
        UnknownEncoding,
        UnsupportedFormat,
        NoText,
        Malformed,
        PasswordRequired, // an encrypted PDF; asked again with ImportOptions::password
        WrongPassword,
        NoTextLayer,  // a PDF of scanned images: there is no text to read (no OCR)
        Encrypted,    // encrypted content we cannot open (an encrypted DOCX, ODT or EPUB)
        ArchiveLimit, // a ZIP over a documented limit (entry size, total size, entries, ratio)
        TooManyPages, // a PDF over kMaxPdfPages; the detail is its page count
        RefiProject,  // a .qdpx: a project of its own, opened with File → Import REFI-QDA Project
    };

    ImportError() = default;
    ImportError(Reason reason, QString filePath, QString detail = {});

    Reason reason() const { return m_reason; }
    QString filePath() const { return m_filePath; }
    QString detail() const { return m_detail; }

    // "invalid UTF-8 at line 3, byte 17" and the like, without the file name.
    QString reasonText() const;
    // "“/path/file.txt”: invalid UTF-8 at line 3, byte 17".
    QString message() const;

private:
    Reason m_reason = Reason::Malformed;
    QString m_filePath;
    QString m_detail;
};

} // namespace claimscope::core
