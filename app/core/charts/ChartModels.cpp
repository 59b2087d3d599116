#include "core/charts/ChartModels.h"

#include "core/charts/FigureChart.h"
#include "core/charts/StanceChart.h"
#include "core/charts/VoiceChart.h"
#include "core/project/Project.h"

namespace claimscope::core {

ChartModels::ChartModels(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    if (!m_project)
        return;
    connect(m_project, &Project::annotationsChanged, this, &ChartModels::annotationsChanged);
    connect(m_project, &Project::stancesChanged, this, &ChartModels::stancesChanged);
    // Added with its analysis: its annotations and stances come with annotationsReplaced and
    // stancesChanged too, but a source added without them still makes a new series.
    connect(m_project, &Project::sourceAdded, this, [this](SourceId source) {
        annotationsChanged(source);
        stancesChanged(source);
    });
    // Titles of sources, and which sources there are.
    connect(m_project, &Project::sourcesChanged, this, &ChartModels::reset);
    // Names in titles and tooltips, and the order of speakers; a merge moves annotations and
    // stances too, but those come with their own signals.
    connect(m_project, &Project::speakersChanged, this, &ChartModels::assembleAgain);
    connect(m_project, &QObject::destroyed, this, &ChartModels::reset);
}

void ChartModels::setFilter(const ChartFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    assembleAgain();
}

void ChartModels::retranslate()
{
    assembleAgain();
}

void ChartModels::reset()
{
    m_facts.clear();
    m_factsRead = false;
    m_staleAnnotations.clear();
    m_staleStances.clear();
    assembleAgain();
}

void ChartModels::annotationsChanged(SourceId source)
{
    if (m_factsRead)
        m_staleAnnotations.insert(source);
    // Stances are not annotations: their chart stays as it is.
    m_current[size_t(ChartKind::Figures)] = false;
    m_current[size_t(ChartKind::Voices)] = false;
    emit changed();
}

void ChartModels::stancesChanged(SourceId source)
{
    if (m_factsRead)
        m_staleStances.insert(source);
    m_current[size_t(ChartKind::Stances)] = false;
    emit changed();
}

void ChartModels::assembleAgain()
{
    m_current.fill(false);
    emit changed();
}

void ChartModels::refreshFacts()
{
    if (!m_project) {
        m_facts.clear();
        return;
    }
    const Project &project = *m_project;
    if (!m_factsRead) {
        m_facts = readAllFacts(project);
        m_factsRead = true;
        m_staleAnnotations.clear();
        m_staleStances.clear();
        return;
    }
    // Sources are only ever appended (sourcesChanged resets): new ones are read whole.
    const QList<SourceRecord> &sources = project.sources();
    for (qsizetype i = m_facts.size(); i < sources.size(); ++i) {
        m_facts.append(readSourceFacts(project, sources.at(i).id));
        m_staleAnnotations.remove(sources.at(i).id);
        m_staleStances.remove(sources.at(i).id);
    }
    for (SourceId source : std::as_const(m_staleAnnotations)) {
        const qsizetype index = project.sourceIndex(source);
        if (index >= 0 && index < m_facts.size())
            readAnnotationFacts(project, m_facts[index]);
    }
    for (SourceId source : std::as_const(m_staleStances)) {
        const qsizetype index = project.sourceIndex(source);
        if (index >= 0 && index < m_facts.size())
            readStanceFacts(project, m_facts[index]);
    }
    m_staleAnnotations.clear();
    m_staleStances.clear();
}

const Chart &ChartModels::chart(ChartKind kind)
{
    const auto i = static_cast<size_t>(kind);
    if (m_current[i])
        return m_charts[i];
    refreshFacts();
    if (!m_project) {
        m_charts[i] = {};
    } else {
        switch (kind) {
        case ChartKind::Figures:
            m_charts[i] = figureChart(*m_project, m_facts, m_filter);
            break;
        case ChartKind::Stances:
            m_charts[i] = stanceChart(*m_project, m_facts, m_filter);
            break;
        case ChartKind::Voices:
            m_charts[i] = voiceChart(*m_project, m_facts, m_filter);
            break;
        }
    }
    m_current[i] = true;
    return m_charts[i];
}

} // namespace claimscope::core
