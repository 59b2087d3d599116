#pragma once

#include "core/project/ProjectRecords.h"

#include <QSet>
#include <QString>

namespace claimscope::core {

// What the panels' selection restricts the charts to: some sources, some speakers. An empty set
// means all of them, so the default filter shows everything.
//
// A speaker filter keeps the stances and voices of those speakers, and the figures they are quoted
// or reported giving (a figure inside their quote or claim); a figure no one is quoted giving is
// then left out, since the selection asks about those people.
struct ChartFilter {
    QSet<SourceId> sources;
    QSet<QString> speakers;

    bool acceptsSource(SourceId source) const { return sources.isEmpty() || sources.contains(source); }
    bool acceptsSpeaker(const QString &speaker) const
    {
        return speakers.isEmpty() || speakers.contains(speaker);
    }
    bool isEmpty() const { return sources.isEmpty() && speakers.isEmpty(); }

    friend bool operator==(const ChartFilter &, const ChartFilter &) = default;
};

} // namespace claimscope::core
