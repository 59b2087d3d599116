#include "ui/WindowStatus.h"

#include "core/project/Project.h"
#include "ui/DesktopFilesPrompt.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace claimscope::ui {

QJsonObject windowStatus(const MainWindow &window)
{
    const ProjectController *projects = window.projects();
    QJsonObject status{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                       {QStringLiteral("project"), projects->filePath()},
                       {QStringLiteral("readOnly"), projects->isReadOnly()},
                       {QStringLiteral("importing"), projects->isImporting()}};
    QJsonArray titles;
    QString shown;
    if (const core::Project *project = projects->project()) {
        for (const core::SourceRecord &source : project->sources())
            titles.append(source.document.metadata.title);
        if (const core::SourceRecord *current = project->source(window.currentSource()))
            shown = current->document.metadata.title;
    }
    status.insert(QStringLiteral("sources"), titles);
    status.insert(QStringLiteral("shown"), shown);
    QJsonArray asking;
    for (const DesktopFilesPrompt *prompt : window.findChildren<DesktopFilesPrompt *>()) {
        if (prompt->isVisible()) {
            for (const QString &file : prompt->files())
                asking.append(file);
        }
    }
    status.insert(QStringLiteral("asking"), asking);
    return status;
}

} // namespace claimscope::ui
