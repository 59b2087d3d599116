#pragma once

#include "core/project/AnnotationRowsModel.h"

namespace claimscope::core {

// The Quotes & Claims panel: every quote and claim of the project, one row each.
class AnnotationsModel final : public AnnotationRowsModel {
    Q_OBJECT

public:
    enum Column { TextColumn, SpeakerColumn, SourceColumn, CueColumn, KindColumn, OriginColumn, ColumnCount };

    explicit AnnotationsModel(Project *project, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // In the interface language.
    static QString kindName(AnnotationKind kind);
    static QString originName(Origin origin);

protected:
    bool accepts(AnnotationKind kind) const override;
    QVariant cell(const AnnotationRecord &annotation, int column, int role) const override;
    QList<int> speakerColumns() const override { return {SpeakerColumn}; }
};

} // namespace claimscope::core
