#include "core/project/AnnotationFilterModel.h"

#include "core/project/AnnotationRowsModel.h"
#include "core/project/Project.h"

namespace claimscope::core {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationRowsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows that change are placed again under the current sort and filter.
    setDynamicSortFilter(true);
}

void AnnotationFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_rows = qobject_cast<const AnnotationRowsModel *>(model);
    Q_ASSERT_X(!model || m_rows, "AnnotationFilterModel", "the source model must be an AnnotationRowsModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void AnnotationFilterModel::setSpeakers(const QSet<QString> &speakers)
{
    if (speakers == m_speakers)
        return;
    m_speakers = speakers;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setSources(const QSet<SourceId> &sources)
{
    if (sources == m_sources)
        return;
    m_sources = sources;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setKinds(const QList<AnnotationKind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void AnnotationFilterModel::clearFilters()
{
    m_speakers.clear();
    m_sources.clear();
    m_kinds.clear();
    m_search.clear();
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_rows)
        return false;
    const AnnotationRecord *annotation = m_rows->annotationAt(sourceRow);
    if (!annotation)
        return false;
    if (!m_speakers.isEmpty() && !m_speakers.contains(annotation->speaker))
        return false;
    if (!m_sources.isEmpty() && !m_sources.contains(annotation->source))
        return false;
    if (!m_kinds.isEmpty() && !m_kinds.contains(annotation->kind))
        return false;
    if (!m_search.isEmpty() &&
        !m_rows->project()->annotationText(*annotation).contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace claimscope::core
