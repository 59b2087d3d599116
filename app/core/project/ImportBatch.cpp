#include "core/project/ImportBatch.h"

#include "core/analysis/CorpusAnalyzer.h"
#include "core/document/DocumentImporter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace claimscope::core {

QStringList filesToImport(const QStringList &paths)
{
    QStringList files;
    QSet<QString> seen;
    const auto add = [&](const QString &path) {
        const QString canonical = QFileInfo(path).absoluteFilePath();
        if (!seen.contains(canonical)) {
            seen.insert(canonical);
            files.append(path);
        }
    };
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            add(path); // a missing or odd file is refused by importFile() with its reason
            continue;
        }
        QStringList found;
        QDirIterator it(path, importableFilePatterns(), QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        for (const QString &file : std::as_const(found))
            add(file);
    }
    return files;
}

QString analysisLanguage(const QString &documentLanguage)
{
    if (documentLanguage == u"ru" || documentLanguage == u"tr")
        return documentLanguage;
    return u"en"_s;
}

ImportBatch::ImportBatch(Lexicon lexicon, QStringList paths, QObject *parent)
    : QObject(parent)
    , m_lexicon(std::move(lexicon))
    , m_paths(std::move(paths))
{
    qRegisterMetaType<ImportOutcome>();
}

ImportBatch::ImportBatch(Lexicon lexicon, QList<SourceRecord> sources, QObject *parent)
    : QObject(parent)
    , m_lexicon(std::move(lexicon))
    , m_sources(std::move(sources))
{
    qRegisterMetaType<ImportOutcome>();
}

ImportBatch::~ImportBatch()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportBatch::cancel()
{
    m_cancel.store(true);
}

void ImportBatch::setPasswords(QHash<QString, QString> passwordsByPath)
{
    m_passwords = std::move(passwordsByPath);
}

void ImportBatch::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        const ImportOutcome outcome = run();
        // Queued: the receiver lives in the starting thread.
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

ImportOutcome ImportBatch::run()
{
    ImportOutcome outcome;
    if (!m_sources.isEmpty()) {
        for (const SourceRecord &source : std::as_const(m_sources))
            outcome.sources.append({source, {}, {}});
        analyse(outcome);
        return outcome;
    }
    const QStringList files = filesToImport(m_paths);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<FileRead> reads = readFiles(files);
    if (m_cancel.load())
        return {{}, {}, true};
    for (FileRead &read : reads) {
        if (read.failure) {
            outcome.failures.append(*read.failure);
        } else {
            read.source.source.importedAt = now;
            outcome.sources.append(std::move(read.source));
        }
    }
    reads.clear();

    analyse(outcome);
    return outcome;
}

// Reads every file on every core, in the files' order: decoding, guessing the language and the
// checksum cost about a fifth of what the analysis after them does, and on one core they kept the
// other idle for that long.
std::vector<ImportBatch::FileRead> ImportBatch::readFiles(const QStringList &files)
{
    std::vector<FileRead> reads(static_cast<size_t>(files.size()));
    std::atomic<qsizetype> next{0};
    qsizetype done = 0;
    std::mutex progressMutex;
    const auto work = [&] {
        for (qsizetype i = next++; i < files.size() && !m_cancel.load(); i = next++) {
            FileRead &read = reads[static_cast<size_t>(i)];
            ImportResult result = importFile(files.at(i), {m_passwords.value(files.at(i))});
            if (!result.ok()) {
                read.failure = result.error();
            } else {
                read.source.source.document = result.takeDocument();
                read.source.source.checksum =
                    QCryptographicHash::hash(read.source.source.document.text.toUtf8(),
                                             QCryptographicHash::Sha256)
                        .toHex();
            }
            // In order: the progress bar must not step back when two threads finish together.
            const std::lock_guard lock(progressMutex);
            emit progress(++done, files.size(), false);
        }
    };
    prepareImportersForThreads();
    const int threads = static_cast<int>(std::clamp<qsizetype>(QThread::idealThreadCount(), 1, files.size()));
    std::vector<std::unique_ptr<QThread>> helpers;
    for (int t = 1; t < threads; ++t) {
        helpers.emplace_back(QThread::create(work));
        helpers.back()->start();
    }
    work(); // this thread reads too
    for (const auto &helper : helpers)
        helper->wait();
    return reads;
}

void ImportBatch::analyse(ImportOutcome &outcome)
{
    QList<CorpusDocument> documents;
    for (const ImportedSource &imported : std::as_const(outcome.sources))
        documents.append(
            {imported.source.document.text, analysisLanguage(imported.source.document.metadata.language)});
    const CorpusAnalyzer analyzer(m_lexicon);
    QList<CorpusOutcome> analysed = analyzer.analyze(
        documents, [this](qsizetype done, qsizetype total) { emit progress(done, total, true); }, &m_cancel);
    if (m_cancel.load()) {
        outcome = {{}, {}, true};
        return;
    }
    for (qsizetype i = 0; i < analysed.size(); ++i) {
        ImportedSource &imported = outcome.sources[i];
        if (analysed.at(i).status == CorpusOutcome::Status::Analysed) {
            imported.analysis = std::move(analysed[i].analysis); // not copied: held until written
            imported.source.analysed = true;
        } else {
            // Re-analysis starts from the project's record, which says analysed: left so, the
            // empty analysis would replace the source's automatic annotations with nothing.
            imported.source.analysed = false;
            imported.analysisError = analysed.at(i).error;
        }
    }
}

} // namespace claimscope::core
