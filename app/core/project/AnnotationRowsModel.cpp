#include "core/project/AnnotationRowsModel.h"

#include "core/project/Project.h"

#include <algorithm>

namespace claimscope::core {

AnnotationRowsModel::AnnotationRowsModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
}

void AnnotationRowsModel::populate()
{
    if (!m_project)
        return;
    for (const SourceRecord &source : m_project->sources())
        m_rows.append(eligible(source.id));
    connect(m_project, &Project::annotationAdded, this, &AnnotationRowsModel::onAdded);
    connect(m_project, &Project::annotationChanged, this, &AnnotationRowsModel::onChanged);
    connect(m_project, &Project::annotationRemoved, this, &AnnotationRowsModel::onRemoved);
    connect(m_project, &Project::annotationsReplaced, this, &AnnotationRowsModel::onReplaced);
    connect(m_project, &Project::speakerChanged, this, &AnnotationRowsModel::onSpeakerChanged);
    connect(m_project, &Project::speakerRemoved, this, &AnnotationRowsModel::onSpeakerChanged);
    connect(m_project, &Project::speakerAdded, this, &AnnotationRowsModel::onSpeakerChanged);
    // A panel may outlive the project it showed (closing one project before opening the next).
    connect(m_project, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

int AnnotationRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

const AnnotationRecord *AnnotationRowsModel::annotationAt(int row) const
{
    if (!m_project || row < 0 || row >= m_rows.size())
        return nullptr;
    return m_project->annotation(m_rows.at(row));
}

QModelIndex AnnotationRowsModel::indexOfAnnotation(AnnotationId id) const
{
    const AnnotationRecord *annotation = m_project ? m_project->annotation(id) : nullptr;
    const int row = annotation ? rowOf(*annotation) : -1;
    return row < 0 ? QModelIndex() : index(row, 0);
}

QVariant AnnotationRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnnotationRecord *annotation = annotationAt(index.row());
    if (!annotation)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        return cell(*annotation, index.column(), role);
    case AnnotationIdRole:
        return annotation->id;
    case SourceIdRole:
        return annotation->source;
    case RangeStartRole:
        return annotation->range.start;
    case RangeEndRole:
        return annotation->range.end;
    case SpeakerIdRole:
        return annotation->speaker;
    case KindRole:
        return static_cast<int>(annotation->kind);
    case OriginRole:
        return static_cast<int>(annotation->origin);
    }
    return {};
}

void AnnotationRowsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

AnnotationRowsModel::Key AnnotationRowsModel::keyOf(const AnnotationRecord &annotation) const
{
    return {m_project->sourceIndex(annotation.source), annotation.range.start, annotation.id};
}

int AnnotationRowsModel::lowerBound(const Key &key) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), key, [this](AnnotationId id, const Key &k) {
            const AnnotationRecord *annotation = m_project->annotation(id);
            // Rows are updated on every signal, so every listed id is still in the project.
            return annotation && keyOf(*annotation) < k;
        });
    return static_cast<int>(it - m_rows.cbegin());
}

int AnnotationRowsModel::rowOf(const AnnotationRecord &annotation) const
{
    const int row = lowerBound(keyOf(annotation));
    return row < m_rows.size() && m_rows.at(row) == annotation.id ? row : -1;
}

QList<AnnotationId> AnnotationRowsModel::eligible(SourceId source) const
{
    QList<AnnotationId> ids;
    for (AnnotationId id : m_project->annotationsOf(source)) {
        if (accepts(m_project->annotation(id)->kind))
            ids.append(id);
    }
    return ids;
}

void AnnotationRowsModel::onAdded(const AnnotationRecord &annotation)
{
    if (!accepts(annotation.kind))
        return;
    const int row = lowerBound(keyOf(annotation));
    beginInsertRows({}, row, row);
    m_rows.insert(row, annotation.id);
    endInsertRows();
}

void AnnotationRowsModel::onChanged(const AnnotationRecord &before, const AnnotationRecord &after)
{
    const bool was = accepts(before.kind);
    const bool is = accepts(after.kind);
    if (was && is && before.range == after.range && before.source == after.source) {
        const int row = rowOf(after);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    // Listed before (by its old key) and no more, or now listed: out, then in at its place.
    if (was) {
        // The project already holds `after`; its row is where `before`'s key puts it.
        const auto it = std::find(m_rows.cbegin(), m_rows.cend(), before.id);
        if (it != m_rows.cend()) {
            const int row = static_cast<int>(it - m_rows.cbegin());
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    if (is)
        onAdded(after);
}

void AnnotationRowsModel::onRemoved(const AnnotationRecord &annotation)
{
    if (!accepts(annotation.kind))
        return;
    // The record is gone from the project, so the search compares the removed record's key.
    const Key key = keyOf(annotation);
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), key, [this](AnnotationId id, const Key &k) {
            const AnnotationRecord *listed = m_project->annotation(id);
            return listed && keyOf(*listed) < k;
        });
    if (it == m_rows.cend() || *it != annotation.id)
        return;
    const int row = static_cast<int>(it - m_rows.cbegin());
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AnnotationRowsModel::onReplaced(SourceId source)
{
    // The source's old block may list ids the project no longer has (replaced automatic ones);
    // every other listed id is current. So the block is found by source position, an unknown id
    // counting as part of it: rows before it belong to earlier sources, rows after to later ones.
    const qsizetype position = m_project->sourceIndex(source);
    const auto positionOf = [this](AnnotationId id) {
        const AnnotationRecord *annotation = m_project->annotation(id);
        return annotation ? m_project->sourceIndex(annotation->source) : qsizetype(-1);
    };
    const auto firstIt = std::partition_point(m_rows.cbegin(), m_rows.cend(), [&](AnnotationId id) {
        const qsizetype at = positionOf(id);
        return at >= 0 && at < position;
    });
    const auto lastIt = std::partition_point(firstIt, m_rows.cend(), [&](AnnotationId id) {
        const qsizetype at = positionOf(id);
        return at < 0 || at == position;
    });
    const int first = static_cast<int>(firstIt - m_rows.cbegin());
    const int last = static_cast<int>(lastIt - m_rows.cbegin());
    if (last > first) {
        beginRemoveRows({}, first, last - 1);
        m_rows.remove(first, last - first);
        endRemoveRows();
    }
    const QList<AnnotationId> block = eligible(source);
    if (!block.isEmpty()) {
        beginInsertRows({}, first, first + static_cast<int>(block.size()) - 1);
        m_rows.insert(first, block.size(), 0);
        std::copy(block.cbegin(), block.cend(), m_rows.begin() + first);
        endInsertRows();
    }
}

void AnnotationRowsModel::onSpeakerChanged(const QString &id)
{
    // Only rows naming the speaker show it; a speaker just added may already be named by rows
    // (which showed its id). Signalling every row instead made each speaker an import adds (its
    // rows are not listed yet) refresh and refilter the whole panel, so importing grew with the
    // square of the project.
    const QList<int> columns = speakerColumns();
    if (columns.isEmpty() || m_rows.isEmpty())
        return;
    int first = -1;
    int last = -1;
    for (AnnotationId annotationId : m_project->annotationsBy(id)) {
        const AnnotationRecord *annotation = m_project->annotation(annotationId);
        if (!annotation || !accepts(annotation->kind))
            continue;
        if (const int row = rowOf(*annotation); row >= 0) {
            first = first < 0 ? row : std::min(first, row);
            last = std::max(last, row);
        }
    }
    if (first < 0)
        return;
    // One signal from the first of those rows to the last: a sorting proxy places the changed rows
    // again from what the signal names, and rows it is not told of yet would mislead it.
    for (int column : columns)
        emit dataChanged(index(first, column), index(last, column),
                         {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

} // namespace claimscope::core
