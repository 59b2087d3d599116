#pragma once

#include "core/analysis/Annotations.h"
#include "core/document/ImportError.h"
#include "core/highlight/Lexicon.h"
#include "core/project/ProjectRecords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace claimscope::core {

// A source read and analysed, not yet in any project (its id is 0).
struct ImportedSource {
    SourceRecord source;
    DocumentAnalysis analysis;
    QString analysisError; // why highlighting failed; the source is still imported, unanalysed
};

// What became of one import: the sources read, the files refused (each with its reason), and
// whether the user cancelled (then `sources` holds none: a cancelled import adds nothing).
struct ImportOutcome {
    QList<ImportedSource> sources;
    QList<ImportError> failures;
    bool cancelled = false;
};

// The files an import of `paths` reads: files as given, folders searched recursively for the
// types importFile() reads, in a stable (sorted) order, each file once.
QStringList filesToImport(const QStringList &paths);

// Reads and analyses files off the caller's thread, on all cores (CorpusAnalyzer), reporting
// progress and honouring a cancel. The caller (the window) stays responsive; `finished` arrives in
// the caller's thread through a queued connection.
class ImportBatch final : public QObject {
    Q_OBJECT

public:
    ImportBatch(Lexicon lexicon, QStringList paths, QObject *parent = nullptr);
    // Re-analysis: `sources` (a project's, ids kept) are analysed again, nothing is read; the
    // outcome lists them in the same order with their new analysis.
    ImportBatch(Lexicon lexicon, QList<SourceRecord> sources, QObject *parent = nullptr);
    ~ImportBatch() override; // cancels and waits: no thread outlives its batch

    // Passwords for encrypted PDFs, by the path importFile() reported them refused under; used
    // for this batch only.
    void setPasswords(QHash<QString, QString> passwordsByPath);

    void start();
    // Safe from any thread; finished() still arrives, with `cancelled` set.
    void cancel();

signals:
    // `done` of `total` files read, then of `total` analysed; `analysing` tells which stage.
    void progress(qsizetype done, qsizetype total, bool analysing);
    void finished(const claimscope::core::ImportOutcome &outcome);

private:
    // One file's outcome: a source to import (its id 0), or why the file was refused.
    struct FileRead {
        ImportedSource source;
        std::optional<ImportError> failure;
    };

    ImportOutcome run();
    std::vector<FileRead> readFiles(const QStringList &files);
    void analyse(ImportOutcome &outcome);

    Lexicon m_lexicon;
    QStringList m_paths;
    QList<SourceRecord> m_sources; // to re-analyse
    QHash<QString, QString> m_passwords;
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

// The analysis language for a document's language code: the analyzer knows en, ru and tr; other
// languages are read with the English rules, which find at least the marked quotes.
QString analysisLanguage(const QString &documentLanguage);

} // namespace claimscope::core

Q_DECLARE_METATYPE(claimscope::core::ImportOutcome)
