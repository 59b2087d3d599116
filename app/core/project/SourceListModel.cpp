#include "core/project/SourceListModel.h"

#include "core/project/LanguageNames.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace claimscope::core {

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_documents.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const DocumentMetadata &m = m_documents.at(index.row()).metadata;
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

int SourceListModel::addDocument(Document document)
{
    if (const int existing = rowOfFile(document.metadata.filePath); existing >= 0)
        return existing;
    const int row = static_cast<int>(m_documents.size());
    beginInsertRows({}, row, row);
    m_documents.append(std::move(document));
    endInsertRows();
    return row;
}

void SourceListModel::clear()
{
    beginResetModel();
    m_documents.clear();
    endResetModel();
}

int SourceListModel::rowOfFile(const QString &filePath) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).metadata.filePath == filePath)
            return row;
    }
    return -1;
}

void SourceListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_documents.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace claimscope::core
