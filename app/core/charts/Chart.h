#pragma once

#include "core/project/ProjectRecords.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace claimscope::core {

// What a chart of the chart panel shows, as plain values: groups of bars, each bar leading back to
// the passages it was read from. The views draw these with Qt Charts; nothing here knows them, so
// the models can be tested, and recomputed, without a window.

// A passage of a source a bar comes from. `annotation` names the record when the passage is an
// annotation's (a figure, a quote, a claim); a stance's evidence has none (0).
struct ChartPassage {
    SourceId source = 0;
    TextRange range;
    AnnotationId annotation = 0;

    friend bool operator==(const ChartPassage &, const ChartPassage &) = default;
};

enum class BarFlag {
    None = 0,
    // Another source cites a different value for the same measure, subject and year.
    Conflicting = 0x1,
    // A person set or changed the value (a manual or edited stance or annotation).
    Manual = 0x2,
};
Q_DECLARE_FLAGS(BarFlags, BarFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(BarFlags)

// One bar. `series` is the colour key: a source id as a number (QString::number) or a speaker id,
// as the chart's seriesKind says; `source` and `speaker` name both whenever a bar has them, so a
// view can filter or colour either way.
struct ChartBar {
    QString label; // under the bar, or on its axis: subject and year, a source's title, …
    double value = 0;
    QString series;
    SourceId source = 0;
    QString speaker; // empty for a figure no one is quoted giving
    BarFlags flags;
    QString tooltip; // the value and the sentence it comes from, in the interface language
    // Where it comes from: one for a figure, a stance's evidence (none for a score a person gave
    // without any), every quote and claim a voice bar counts. Several: the view offers a menu.
    QList<ChartPassage> passages;

    friend bool operator==(const ChartBar &, const ChartBar &) = default;
};

// Bars that belong together: one measure of the figures, one speaker of the stances or voices.
struct ChartGroup {
    QString key;   // stable across languages and recomputations: for views to keep a selection
    QString title; // in the interface language
    QString unit;  // what the values are in ("USD billion", "%"), translated; empty for scores and counts
    QList<ChartBar> bars;

    friend bool operator==(const ChartGroup &, const ChartGroup &) = default;
};

enum class SeriesKind { Source, Speaker };

// A legend entry: every series a bar of the chart uses, in project order.
struct ChartSeries {
    QString key;    // as ChartBar::series
    QString name;   // a source's title or a speaker's name
    QString colour; // "#rrggbb" for a speaker with a colour; empty: the view picks one

    friend bool operator==(const ChartSeries &, const ChartSeries &) = default;
};

struct Chart {
    QString title; // in the interface language
    SeriesKind seriesKind = SeriesKind::Source;
    QList<ChartSeries> series;
    QList<ChartGroup> groups;

    bool isEmpty() const { return groups.isEmpty(); }
    qsizetype barCount() const
    {
        qsizetype count = 0;
        for (const ChartGroup &group : groups)
            count += group.bars.size();
        return count;
    }
    friend bool operator==(const Chart &, const Chart &) = default;
};

} // namespace claimscope::core
