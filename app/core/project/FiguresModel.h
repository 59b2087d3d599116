#pragma once

#include "core/project/AnnotationRowsModel.h"

namespace claimscope::core {

// The Figures panel: every figure of the project with its typed value, one row each.
class FiguresModel final : public AnnotationRowsModel {
    Q_OBJECT

public:
    enum Column {
        ValueColumn,
        UnitColumn,
        MeasureColumn,
        SubjectColumn,
        YearColumn,
        SourceColumn,
        ColumnCount
    };

    explicit FiguresModel(Project *project, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool accepts(AnnotationKind kind) const override { return kind == AnnotationKind::Figure; }
    QVariant cell(const AnnotationRecord &annotation, int column, int role) const override;
    QList<int> speakerColumns() const override { return {}; }
};

} // namespace claimscope::core
