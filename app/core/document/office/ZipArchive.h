#pragma once

#include "core/document/ImportError.h"

#include <QBuffer>
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>

class QuaZip;

namespace claimscope::core {

// DOCX, ODT and EPUB files are ZIP packages, and a ZIP can promise little and inflate to a lot. These
// limits bound what one import may inflate, whatever the headers say; past any of them the file is
// refused with ImportError::Reason::ArchiveLimit.

// A long EPUB (a book with an image per page) holds a few thousand files; a DOCX or ODT a few dozen.
// Every entry costs a central-directory record to index, so a package of 100,000 empty entries is
// refused before it is walked.
inline constexpr int kMaxZipEntries = 10'000;
// The largest part we inflate. A 1,000-page report's word/document.xml is 20–30 MB; a part four times
// that is not a document we could show anyway.
inline constexpr qint64 kMaxZipEntryBytes = 128LL * 1024 * 1024;
// All parts read for one import together (an EPUB's chapters add up), so that two imports running
// side by side stay well under a gigabyte.
inline constexpr qint64 kMaxZipTotalBytes = 256LL * 1024 * 1024;
// Document XML deflates 5–20 to 1, very repetitive tables up to about 50; zeros reach 1,000 to 1, the
// most deflate can do. Apache POI refuses at the same 100 to 1 by default.
inline constexpr qint64 kMaxZipCompressionRatio = 100;
// Below this an entry may have any ratio: a few kilobytes of padding compress extremely well and
// cannot hurt, and the ratio of a tiny entry says nothing.
inline constexpr qint64 kZipRatioGraceBytes = 1024 * 1024;

// The limits as one value, so that tests can use small ones on small archives.
struct ZipLimits {
    int maxEntries = kMaxZipEntries;
    qint64 maxEntryBytes = kMaxZipEntryBytes;
    qint64 maxTotalBytes = kMaxZipTotalBytes;
    qint64 maxCompressionRatio = kMaxZipCompressionRatio;
    qint64 ratioGraceBytes = kZipRatioGraceBytes;
};

// What the central directory says about one entry. Sizes are claims until the entry is read.
struct ZipEntry {
    QString name;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    int method = 0; // 0 stored, 8 deflated
    bool encrypted = false;
};

// A ZIP package in memory, read through QuaZip from a QBuffer. Entries are read whole, and reading
// counts the bytes actually inflated: an entry is abandoned as soon as it passes a limit, so memory
// stays bounded by the limits however the headers lie. One archive belongs to one thread.
class ZipArchive final {
public:
    // The buffer shares the implicitly shared `bytes`; `filePath` names the file in errors.
    ZipArchive(const QByteArray &bytes, QString filePath, ZipLimits limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Why the archive could not be opened: not a ZIP, truncated, too many entries.
    const std::optional<ImportError> &openError() const { return m_openError; }

    bool contains(const QString &name) const { return m_entries.contains(name); }
    const ZipEntry *entry(const QString &name) const;
    QStringList names() const { return m_order; }
    qint64 totalBytesRead() const { return m_totalRead; }

    // The inflated entry, or Malformed (missing, corrupt), Encrypted or ArchiveLimit.
    std::variant<QByteArray, ImportError> read(const QString &name);

private:
    std::optional<ImportError> checkBeforeReading(const ZipEntry &entry) const;
    ImportError limitError(const QString &name, const QString &what) const;

    QString m_filePath;
    ZipLimits m_limits;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, ZipEntry> m_entries;
    QStringList m_order;
    qint64 m_totalRead = 0;
    std::optional<ImportError> m_openError;
};

// "word/document.xml is missing" and the like, for importers that need a part.
ImportError missingPart(const QString &filePath, const QString &part);

} // namespace claimscope::core
