#include "core/project/SourceListModel.h"

#include "core/project/LanguageNames.h"
#include "core/project/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace claimscope::core {

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SourceListModel::setProject(Project *project)
{
    beginResetModel();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project)
        connect(m_project, &Project::sourceAdded, this, &SourceListModel::appendSource);
    endResetModel();
}

void SourceListModel::appendSource(SourceId)
{
    // Project::sourceAdded: the source is already the last of sources().
    const int row = rowCount() - 1;
    beginInsertRows({}, row, row);
    endInsertRows();
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_project ? 0 : static_cast<int>(m_project->sources().size());
}

const Document &SourceListModel::document(int row) const
{
    return m_project->sources().at(row).document;
}

SourceId SourceListModel::sourceId(int row) const
{
    return m_project && row >= 0 && row < rowCount() ? m_project->sources().at(row).id : 0;
}

int SourceListModel::rowOf(SourceId id) const
{
    return m_project ? static_cast<int>(m_project->sourceIndex(id)) : -1;
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DocumentMetadata &m = document(index.row()).metadata;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return m.title.isEmpty() ? QFileInfo(m.filePath).fileName() : m.title;
        case OutletColumn:
            return m.outlet;
        case DateColumn:
            return m.date.isValid() ? QLocale().toString(m.date, QLocale::ShortFormat) : QString();
        case LanguageColumn:
            return LanguageNames::displayName(m.language);
        }
        break;
    case SortRole:
        return index.column() == DateColumn ? QVariant(m.date) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(m.filePath);
    case FilePathRole:
        return m.filePath;
    case SourceIdRole:
        return sourceId(index.row());
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case LanguageColumn:
        return tr("Language");
    }
    return {};
}

void SourceListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace claimscope::core
