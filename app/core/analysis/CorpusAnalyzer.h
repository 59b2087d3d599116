#pragma once

#include "core/analysis/Annotations.h"
#include "core/highlight/Lexicon.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace claimscope::core {

// One document to analyse: its text and its language ("en", "ru", "tr").
struct CorpusDocument {
    QString text;
    QString language;
};

// What became of one document.
struct CorpusOutcome {
    enum class Status { Analysed, Failed, Cancelled };

    Status status = Status::Cancelled;
    DocumentAnalysis analysis; // when Analysed
    QString error;             // when Failed: why highlighting it failed
};

// Highlights and analyses many documents on several cores. Each worker is a QThread of its own
// that builds its own AnalysisPipeline inside that thread, so the pipeline's QObjects (the
// highlight service, its client and the client's QProcess) belong to the thread that uses them and
// are destroyed there; every worker therefore has a helper process of its own, and a worker analyses
// one document while another's helper highlights the next. Documents are handed out one at a time,
// so a long one does not hold up the rest, and the outcomes come back in input order.
//
// Workers and their helpers live for one analyze() call: starting them costs a helper start-up
// (about 20 ms) per worker, paid in parallel.
class CorpusAnalyzer final {
public:
    // `workers` ≤ 0: QThread::idealThreadCount().
    explicit CorpusAnalyzer(Lexicon lexicon, int workers = 0);

    int workerCount() const { return m_workers; }

    // Called after each finished document with the number finished so far and the total, on the
    // thread that called analyze() (never on a worker), so it may touch that thread's objects.
    using Progress = std::function<void(qsizetype done, qsizetype total)>;

    // Blocks until every document is analysed or `cancel` (when given) becomes true; it may be set
    // from any thread. After a cancel the documents nobody had started are Cancelled; the ones in
    // progress finish first. A worker whose helper cannot be prepared leaves its share to the
    // others; if none can, every document fails with that reason.
    QList<CorpusOutcome> analyze(const QList<CorpusDocument> &documents, const Progress &progress = {},
                                 const std::atomic<bool> *cancel = nullptr) const;

private:
    Lexicon m_lexicon;
    int m_workers = 1;
};

} // namespace claimscope::core
