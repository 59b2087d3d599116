#pragma once

#include "core/charts/Chart.h"

#include <QHash>
#include <QList>

namespace claimscope::core {

class Project;

// Bars gathered per speaker, for the two charts whose groups are speakers (stances, voices). A
// group is made on a speaker's first bar; the groups come out in project order of the speakers
// (the Speakers panel's), with speakers the project does not list after them by id.
class SpeakerGroups final {
public:
    explicit SpeakerGroups(const Project &project)
        : m_project(project)
    {
    }

    // The group of `speaker`, made (key and title set) on first use.
    ChartGroup &group(const QString &speaker);
    QList<ChartGroup> take();

private:
    const Project &m_project;
    QList<ChartGroup> m_groups;
    QList<QString> m_speakers; // of m_groups, index for index
    QHash<QString, qsizetype> m_index;
};

} // namespace claimscope::core
