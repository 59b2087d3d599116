#pragma once

#include "core/project/ProjectRecords.h"

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

namespace claimscope::core {

class AnnotationRowsModel;

// Filters and sorts an annotation panel (AnnotationsModel, FiguresModel): by speakers, sources
// and kinds (an empty set lets everything through) and by a case-insensitive search in the
// annotation's text. Sorting by any column uses the panel's SortRole, so numbers sort as numbers.
// The AnnotationIdRole and SourceIdRole of the panel come through for "jump to the passage".
class AnnotationFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    // Must be an AnnotationRowsModel; the filters read its records directly, which keeps
    // filtering a large project by one speaker fast.
    void setSourceModel(QAbstractItemModel *model) override;

    void setSpeakers(const QSet<QString> &speakers);
    void setSources(const QSet<SourceId> &sources);
    void setKinds(const QList<AnnotationKind> &kinds); // a list: there are four kinds
    void setSearchText(const QString &text);
    void clearFilters();

    const QSet<QString> &speakers() const { return m_speakers; }
    const QSet<SourceId> &sources() const { return m_sources; }
    const QList<AnnotationKind> &kinds() const { return m_kinds; }
    const QString &searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const AnnotationRowsModel *m_rows = nullptr;
    QSet<QString> m_speakers;
    QSet<SourceId> m_sources;
    QList<AnnotationKind> m_kinds;
    QString m_search;
};

} // namespace claimscope::core
