#include "core/charts/SpeakerGroups.h"

#include "core/project/Project.h"

#include <algorithm>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace claimscope::core {

ChartGroup &SpeakerGroups::group(const QString &speaker)
{
    auto found = m_index.constFind(speaker);
    if (found == m_index.cend()) {
        found = m_index.insert(speaker, m_groups.size());
        ChartGroup group;
        group.key = u"speaker:"_s + speaker;
        group.title = m_project.speakerName(speaker);
        m_groups.append(std::move(group));
        m_speakers.append(speaker);
    }
    return m_groups[*found];
}

QList<ChartGroup> SpeakerGroups::take()
{
    QList<qsizetype> order(m_groups.size());
    std::iota(order.begin(), order.end(), 0);
    QList<qsizetype> rank(m_groups.size());
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const qsizetype index = m_project.speakerIndex(m_speakers.at(i));
        rank[i] = index < 0 ? m_project.speakers().size() : index;
    }
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::tie(rank.at(a), m_speakers.at(a)) < std::tie(rank.at(b), m_speakers.at(b));
    });
    QList<ChartGroup> sorted;
    sorted.reserve(m_groups.size());
    for (qsizetype i : order)
        sorted.append(std::move(m_groups[i]));
    m_groups.clear();
    m_speakers.clear();
    m_index.clear();
    return sorted;
}

QString SpeakerGroups::sourceTitle(SourceId source) const
{
    return m_project.sourceTitle(source);
}

} // namespace claimscope::core
