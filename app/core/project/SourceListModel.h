#pragma once

#include "core/project/ProjectRecords.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace claimscope::core {

class Project;

// The sources of the open project, one row each in the project's order: title, outlet, date,
// language. Rows follow the project as sources are added.
class SourceListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, DateColumn, LanguageColumn, ColumnCount };
    enum Role { FilePathRole = Qt::UserRole + 1, SortRole, SourceIdRole };

    explicit SourceListModel(QObject *parent = nullptr);

    // Shows `project` (null: no rows). The model does not own it.
    void setProject(Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Document &document(int row) const;
    SourceId sourceId(int row) const;
    int rowOf(SourceId id) const;

    // Headers and language names are translated; call after the interface language changes.
    void retranslate();

private:
    void appendSource(SourceId id);

    QPointer<Project> m_project;
};

} // namespace claimscope::core
