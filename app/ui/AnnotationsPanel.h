#pragma once

#include "core/analysis/Annotations.h"
#include "core/project/ProjectRecords.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace claimscope::core {
class AnnotationFilterModel;
class AnnotationsModel;
class Project;
} // namespace claimscope::core

namespace claimscope::ui {

// The Quotes & Claims dock: a filter bar (speaker, source, kind, text search) over every quote and
// claim of the project, sortable by any column. Double-click or Enter on a row asks the window to
// show that passage. The speaker and source lists follow the project (from the event loop, once
// per burst of changes) and keep the current choice when it still exists.
class AnnotationsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit AnnotationsPanel(core::Project *project = nullptr, QWidget *parent = nullptr);
    ~AnnotationsPanel() override;

    // Shows `project` (null: nothing) with the filters cleared. The panel does not own it.
    void setProject(core::Project *project);
    core::Project *project() const;

    QTreeView *view() const { return m_view; }
    core::AnnotationsModel *model() const { return m_model; }
    core::AnnotationFilterModel *filter() const { return m_filter; }

    // Sets the speaker filter as the combo would: an id, or empty for all speakers.
    void showSpeaker(const QString &id);
    // Sets the source filter: a source, or 0 for all sources.
    void showSource(core::SourceId source);
    void clearFilters();

    // The annotation of the current row, 0 when none.
    core::AnnotationId currentAnnotation() const;
    // Makes the annotation's row current and visible; false when it is not listed (filtered out).
    bool selectAnnotation(core::AnnotationId id);

signals:
    // The passage of a quote or claim to open in the viewer and select.
    void passageActivated(core::SourceId source, const core::TextRange &range);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createFilterBar();
    void createView();
    void scheduleFill();
    void fillSpeakers();
    void fillSources();
    void applyFilters();
    void activate(const QModelIndex &index);
    void updateCount();
    void fitColumns(bool initial);
    void retranslate();

    QPointer<core::Project> m_project;
    core::AnnotationsModel *m_model = nullptr;
    core::AnnotationFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_kinds;
    QComboBox *m_speakers;
    QComboBox *m_sources;
    QTreeView *m_view;
    QLabel *m_count;
    bool m_fillScheduled = false;
};

} // namespace claimscope::ui
