#include "ui/ImportProgressDialog.h"

#include "core/project/ImportBatch.h"

namespace claimscope::ui {

ImportProgressDialog::ImportProgressDialog(core::ImportBatch *batch, QWidget *parent)
    : QProgressDialog(parent)
{
    setWindowTitle(tr("Importing Sources"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300); // a few small files come in before the dialog would be seen
    setAutoClose(false);
    setAutoReset(false);
    setLabelText(tr("Reading files…"));
    setRange(0, 0);
    connect(batch, &core::ImportBatch::progress, this, &ImportProgressDialog::showProgress);
    setObjectName(QStringLiteral("importProgress"));
    connect(this, &QProgressDialog::canceled, batch, [batch, this] {
        setLabelText(tr("Cancelling…"));
        batch->cancel();
    });
}

void ImportProgressDialog::showProgress(qsizetype done, qsizetype total, bool analysing)
{
    if (wasCanceled())
        return;
    const int count = static_cast<int>(total);
    setLabelText(analysing ? tr("Analysing %n source(s)…", nullptr, count)
                           : tr("Reading %n file(s)…", nullptr, count));
    setRange(0, count);
    setValue(static_cast<int>(done));
}

void ImportProgressDialog::showSaving(qsizetype done, qsizetype total)
{
    if (wasCanceled())
        return;
    setLabelText(tr("Adding %n source(s) to the project…", nullptr, static_cast<int>(total)));
    setRange(0, static_cast<int>(total));
    setValue(static_cast<int>(done));
}

} // namespace claimscope::ui
