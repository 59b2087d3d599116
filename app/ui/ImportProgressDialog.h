#pragma once

#include <QProgressDialog>

namespace claimscope::core {
class ImportBatch;
}

namespace claimscope::ui {

// Shows an import's progress (reading the files, then analysing them) with a Cancel button that
// cancels the batch. Window-modal, so the rest of the window repaints and stays responsive while
// the batch works on other threads.
class ImportProgressDialog final : public QProgressDialog {
    Q_OBJECT

public:
    ImportProgressDialog(core::ImportBatch *batch, QWidget *parent);

    // The last stage, after the batch: `done` of `total` sources added to the project.
    void showSaving(qsizetype done, qsizetype total);

private:
    void showProgress(qsizetype done, qsizetype total, bool analysing);
};

} // namespace claimscope::ui
