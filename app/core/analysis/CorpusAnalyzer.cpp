#include "core/analysis/CorpusAnalyzer.h"

#include "core/analysis/AnalysisPipeline.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <vector>

namespace claimscope::core {
namespace {

// What the workers and the waiting caller share. The counters under `mutex` are how the caller
// learns about progress; documents are claimed through `next` without taking the lock.
struct Shared {
    Shared(const QList<CorpusDocument> &documents, CorpusOutcome *outcomes, const std::atomic<bool> *cancel)
        : documents(documents)
        , outcomes(outcomes)
        , cancel(cancel)
    {
    }

    const QList<CorpusDocument> &documents;
    CorpusOutcome *outcomes; // one slot per document; each is written by the one worker that claimed it
    const std::atomic<bool> *cancel;
    std::atomic<qsizetype> next{0};

    QMutex mutex;
    QWaitCondition changed;
    qsizetype done = 0;
    int running = 0;
    QString prepareProblem; // the first worker's that could not prepare its pipeline

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    void report(const std::function<void()> &update)
    {
        const QMutexLocker lock(&mutex);
        update();
        changed.wakeAll();
    }
};

// An import holds every document's analysis until the project takes them; the spare room each
// list grew into (up to half of it) is given back while the worker still has the lists in cache.
void squeeze(DocumentAnalysis &analysis)
{
    for (SpeakerMention &speaker : analysis.speakers)
        speaker.mentions.squeeze();
    analysis.speakers.squeeze();
    analysis.quotes.squeeze();
    analysis.claims.squeeze();
    analysis.figures.squeeze();
    analysis.stances.squeeze();
}

// The body of one worker thread. The pipeline is built here, not handed in: a QObject belongs to the
// thread that creates it, and the client's QProcess, its notifiers and its timer must be used and
// destroyed on that thread.
void runWorker(const Lexicon &lexicon, Shared &shared)
{
    AnalysisPipeline pipeline(lexicon);
    if (const auto problem = pipeline.prepare()) {
        shared.report([&] {
            if (shared.prepareProblem.isEmpty())
                shared.prepareProblem = *problem;
            --shared.running;
        });
        return;
    }
    while (!shared.cancelled()) {
        const qsizetype index = shared.next.fetch_add(1);
        if (index >= shared.documents.size())
            break;
        const CorpusDocument &document = shared.documents.at(index);
        CorpusOutcome &outcome = shared.outcomes[index];
        auto result = pipeline.analyze(document.text, document.language);
        if (auto *analysis = std::get_if<DocumentAnalysis>(&result)) {
            outcome.status = CorpusOutcome::Status::Analysed;
            outcome.analysis = std::move(*analysis);
            squeeze(outcome.analysis);
        } else {
            outcome.status = CorpusOutcome::Status::Failed;
            outcome.error = std::get<QString>(result);
        }
        shared.report([&] { ++shared.done; });
    }
    shared.report([&] { --shared.running; });
}

} // namespace

CorpusAnalyzer::CorpusAnalyzer(Lexicon lexicon, int workers)
    : m_lexicon(std::move(lexicon))
    , m_workers(workers > 0 ? workers : std::max(1, QThread::idealThreadCount()))
{
}

QList<CorpusOutcome> CorpusAnalyzer::analyze(const QList<CorpusDocument> &documents, const Progress &progress,
                                             const std::atomic<bool> *cancel) const
{
    QList<CorpusOutcome> outcomes(documents.size());
    if (documents.isEmpty())
        return outcomes;

    // Every worker's client looks for its helper next to the application. The first call caches
    // that path in an unguarded static inside Qt; making it here, before any worker runs, leaves
    // the workers only reading it.
    if (QCoreApplication::instance())
        QCoreApplication::applicationFilePath();

    Shared shared(documents, outcomes.data(), cancel);
    const int workers = static_cast<int>(std::min<qsizetype>(m_workers, documents.size()));
    shared.running = workers;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < workers; ++i) {
        threads.emplace_back(QThread::create(runWorker, std::cref(m_lexicon), std::ref(shared)));
        threads.back()->setObjectName(QStringLiteral("CorpusAnalyzer %1").arg(i + 1));
        threads.back()->start();
    }

    {
        QMutexLocker lock(&shared.mutex);
        qsizetype reported = 0;
        while (shared.running > 0 || shared.done > reported) {
            if (shared.done > reported) {
                reported = shared.done;
                if (progress) {
                    lock.unlock(); // the callback may take its time; the workers go on meanwhile
                    progress(reported, documents.size());
                    lock.relock();
                }
                continue;
            }
            shared.changed.wait(&shared.mutex);
        }
    }
    for (const auto &thread : threads)
        thread->wait();

    // Documents nobody took: cancelled, or left because no worker could prepare a pipeline.
    if (!shared.cancelled() && !shared.prepareProblem.isEmpty()) {
        for (CorpusOutcome &outcome : outcomes) {
            if (outcome.status == CorpusOutcome::Status::Cancelled) {
                outcome.status = CorpusOutcome::Status::Failed;
                outcome.error = shared.prepareProblem;
            }
        }
    }
    return outcomes;
}

} // namespace claimscope::core
