#include "core/project/ProjectWriter.h"

#include <algorithm>

namespace claimscope::core {
namespace {

// A preset id is kept; the counter moves past it so that it is never handed out again.
template<typename Id> void assignId(Id &id, Id &last)
{
    if (id == 0)
        id = ++last;
    else
        last = std::max(last, id);
}

} // namespace

MemoryWriter::MemoryWriter(const ProjectContents &loaded)
{
    for (const SourceRecord &source : loaded.sources)
        m_lastSource = std::max(m_lastSource, source.id);
    for (const AnnotationRecord &annotation : loaded.annotations)
        m_lastAnnotation = std::max(m_lastAnnotation, annotation.id);
    for (const StanceRecord &stance : loaded.stances)
        m_lastStance = std::max(m_lastStance, stance.id);
}

std::optional<ProjectError> MemoryWriter::addSource(SourceRecord &source)
{
    assignId(source.id, m_lastSource);
    return std::nullopt;
}

std::optional<ProjectError> MemoryWriter::replaceAutomatic(SourceId, AnalysisRecords &records)
{
    for (AnnotationRecord &annotation : records.annotations)
        assignId(annotation.id, m_lastAnnotation);
    for (StanceRecord &stance : records.stances)
        assignId(stance.id, m_lastStance);
    return std::nullopt;
}

std::optional<ProjectError> MemoryWriter::addAnnotation(AnnotationRecord &annotation)
{
    assignId(annotation.id, m_lastAnnotation);
    return std::nullopt;
}

std::optional<ProjectError> MemoryWriter::addStance(StanceRecord &stance)
{
    assignId(stance.id, m_lastStance);
    return std::nullopt;
}

} // namespace claimscope::core
