#pragma once

#include "core/charts/Chart.h"
#include "core/charts/ChartFacts.h"
#include "core/charts/ChartFilter.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <array>

namespace claimscope::core {

class Project;

enum class ChartKind { Figures, Stances, Voices };

// The chart panel's three charts over one project, kept up to date with its signals.
//
// Every change of the project (an edit, an undo, an import, a rename) emits changed() at once;
// the charts are recomputed lazily, when one is asked for, so a burst of signals (an import of a
// thousand sources) costs one recomputation, not one per signal. What a source gives the charts
// (ChartFacts) is kept per source: an edit reads again only the source it touched (its
// annotations or its stances), and only the charts that depend on what changed are put together
// again from the kept facts (an annotation edit: figures and voices; a stance edit: stances). A
// change of speakers (a rename, a merge), of the filter or of the interface language puts all
// three together again without reading any source.
//
// Views should repaint on changed() from the event loop (a queued or timer-coalesced call), not
// recompute inside the slot for each signal of a burst.
class ChartModels final : public QObject {
    Q_OBJECT

public:
    explicit ChartModels(Project *project, QObject *parent = nullptr);

    // The chart as of now, recomputed first when the project changed since the last call. The
    // reference stays valid until the next call for the same kind after changed().
    const Chart &chart(ChartKind kind);
    const Chart &figures() { return chart(ChartKind::Figures); }
    const Chart &stances() { return chart(ChartKind::Stances); }
    const Chart &voices() { return chart(ChartKind::Voices); }

    // The panels' selection; the same for the three charts.
    const ChartFilter &filter() const { return m_filter; }
    void setFilter(const ChartFilter &filter);

    // Titles, units and tooltips are translated when the charts are put together: call after the
    // interface language changes.
    void retranslate();

    // Forgets every kept fact and chart, as if the project had just been opened.
    void reset();

signals:
    // The charts changed, or may have: ask again.
    void changed();

private:
    void annotationsChanged(SourceId source);
    void stancesChanged(SourceId source);
    void assembleAgain();
    void refreshFacts();

    QPointer<Project> m_project;
    ChartFilter m_filter;
    QList<SourceFacts> m_facts;        // in project order, once read
    bool m_factsRead = false;          // false: m_facts must be read for every source
    QSet<SourceId> m_staleAnnotations; // sources whose figures and voices must be read again
    QSet<SourceId> m_staleStances;     // sources whose stances must be read again
    std::array<Chart, 3> m_charts;
    std::array<bool, 3> m_current{}; // m_charts[i] is up to date
};

} // namespace claimscope::core
