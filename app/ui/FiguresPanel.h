#pragma once

#include "core/analysis/Annotations.h"
#include "core/project/ProjectRecords.h"

#include <QPointer>
#include <QWidget>

class QModelIndex;
class QTreeView;

namespace claimscope::core {
class AnnotationFilterModel;
class FiguresModel;
class Project;
} // namespace claimscope::core

namespace claimscope::ui {

// The Figures dock: every figure the sources cite with its typed value, unit, measure, subject,
// year and source, sortable by any column (values as numbers). Double-click or Enter on a row asks
// the window to show that passage.
class FiguresPanel final : public QWidget {
    Q_OBJECT

public:
    explicit FiguresPanel(core::Project *project = nullptr, QWidget *parent = nullptr);
    ~FiguresPanel() override;

    // Shows `project` (null: nothing). The panel does not own it.
    void setProject(core::Project *project);
    core::Project *project() const;

    QTreeView *view() const { return m_view; }
    core::FiguresModel *model() const { return m_model; }
    core::AnnotationFilterModel *sorted() const { return m_sorted; }

    // The figure of the current row, 0 when none.
    core::AnnotationId currentAnnotation() const;
    // Makes the figure's row current and visible; false when it is not listed.
    bool selectAnnotation(core::AnnotationId id);

signals:
    // The passage of a figure to open in the viewer and select.
    void passageActivated(core::SourceId source, const core::TextRange &range);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void fitColumns(bool initial);
    void retranslate();

    QPointer<core::Project> m_project;
    core::FiguresModel *m_model = nullptr;
    core::AnnotationFilterModel *m_sorted;
    QTreeView *m_view;
};

} // namespace claimscope::ui
