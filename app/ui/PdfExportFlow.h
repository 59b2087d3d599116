#pragma once

#include "ui/pdf/PdfExportTypes.h"

#include <QObject>
#include <QString>

class QWidget;

namespace claimscope::core {
class Project;
}

namespace claimscope::ui {

// File → Export Annotated PDF, from the window: the options dialog, the file name, the export
// with a progress dialog whose Cancel leaves no file, and the outcome (a warning when it failed, a
// status message when it worked).
class PdfExportFlow final : public QObject {
    Q_OBJECT

public:
    explicit PdfExportFlow(QWidget *window);

    // `selected`: the sources selected in the Sources panel, in their order there.
    void run(const core::Project &project, const QList<core::SourceId> &selected);
    // The export itself, once options and file are chosen, with the progress dialog; false when it
    // failed (a warning said why) or was cancelled.
    bool exportTo(const core::Project &project, const pdf::PdfExportOptions &options, const QString &path);

signals:
    void statusMessage(const QString &message);

private:
    QString askForFile(const core::Project &project) const;

    QWidget *m_window;
};

} // namespace claimscope::ui
