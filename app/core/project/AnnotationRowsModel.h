#pragma once

#include "core/project/ProjectRecords.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace claimscope::core {

class Project;

// The rows of a panel that lists some kinds of annotation (Quotes & Claims, Figures): one row per
// annotation, in project order (sources in turn, each in text order), kept in step with the
// Project's signals without resetting: an edit changes one row, a source's re-analysis replaces
// that source's block of rows. Subclasses give the kinds, columns and cells.
class AnnotationRowsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Roles every annotation panel gives, on every column.
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1, // AnnotationId: to find the record
        SourceIdRole,                        // SourceId: with the range, to jump to the passage
        RangeStartRole,
        RangeEndRole,
        SpeakerIdRole, // QString, empty when none
        KindRole,      // int(AnnotationKind)
        OriginRole,    // int(Origin)
        SortRole,      // the cell as a value that sorts right (numbers as numbers)
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfAnnotation(AnnotationId id) const;
    // The record of a row, null when out of range. For filters that must be fast.
    const AnnotationRecord *annotationAt(int row) const;
    const Project *project() const { return m_project; }

    // Headers and kind names are translated; call after the interface language changes.
    void retranslate();

protected:
    AnnotationRowsModel(Project *project, QObject *parent);
    // Call from the subclass's constructor: reads the rows and connects to the project.
    void populate();

    virtual bool accepts(AnnotationKind kind) const = 0;
    // The cell of `column` in DisplayRole, ToolTipRole or SortRole.
    virtual QVariant cell(const AnnotationRecord &annotation, int column, int role) const = 0;
    // Columns naming a speaker, refreshed when a speaker is renamed.
    virtual QList<int> speakerColumns() const = 0;

private:
    struct Key {
        qsizetype source;
        qsizetype start;
        AnnotationId id;
        friend auto operator<=>(const Key &, const Key &) = default;
    };
    Key keyOf(const AnnotationRecord &annotation) const;
    // Where a record with this key is, or would go.
    int lowerBound(const Key &key) const;
    int rowOf(const AnnotationRecord &annotation) const; // −1 when not listed
    QList<AnnotationId> eligible(SourceId source) const;

    void onAdded(const AnnotationRecord &annotation);
    void onChanged(const AnnotationRecord &before, const AnnotationRecord &after);
    void onRemoved(const AnnotationRecord &annotation);
    void onReplaced(SourceId source);
    void onSpeakerChanged(const QString &id);

    QPointer<Project> m_project;
    QList<AnnotationId> m_rows;
};

} // namespace claimscope::core
