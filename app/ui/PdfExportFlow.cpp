#include "ui/PdfExportFlow.h"

#include "core/project/Project.h"
#include "ui/ExportPdfDialog.h"
#include "ui/WarningMessage.h"
#include "ui/pdf/AnnotatedPdfExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace claimscope::ui {
namespace {

const QString kDirectoryKey = QStringLiteral("pdfExport/directory");

} // namespace

PdfExportFlow::PdfExportFlow(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void PdfExportFlow::run(const core::Project &project, const QList<core::SourceId> &selected)
{
    ExportPdfDialog dialog(project.sources().size(), selected, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const pdf::PdfExportOptions options = dialog.options();
    const QString path = askForFile(project);
    if (path.isEmpty())
        return;
    exportTo(project, options, path);
}

QString PdfExportFlow::askForFile(const core::Project &project) const
{
    QString directory = QSettings().value(kDirectoryKey).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = project.settings().name.trimmed();
    // A project name may hold characters a file name cannot.
    name.replace(u'/', u'-');
    if (name.isEmpty())
        name = tr("Annotated sources");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Annotated PDF"),
                                                QDir(directory).filePath(name + QStringLiteral(".pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    return path;
}

bool PdfExportFlow::exportTo(const core::Project &project, const pdf::PdfExportOptions &options,
                             const QString &path)
{
    QProgressDialog progress(tr("Writing the annotated PDF…"), tr("Cancel"), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("pdfExportProgress"));
    progress.setWindowTitle(tr("Export Annotated PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    const auto problem =
        pdf::AnnotatedPdfExport::write(project, options, path, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            // The export runs on this thread: let the dialog paint and its Cancel be pressed.
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    // Asked before close(): closing a progress dialog cancels it, and a failure would then pass
    // for a cancel, told in the status bar only.
    const bool cancelled = progress.wasCanceled();
    progress.close();
    const QString shown = QDir::toNativeSeparators(path);
    if (!problem) {
        emit statusMessage(tr("Annotated PDF written to %1").arg(shown));
        return true;
    }
    if (cancelled) {
        emit statusMessage(*problem);
        return false;
    }
    showWarning(m_window, QStringLiteral("pdfExportMessage"), tr("The annotated PDF was not written."),
                *problem);
    return false;
}

} // namespace claimscope::ui
