// The window importing files into a project, for tst_killimportwindow, which SIGKILLs it at varied
// moments. Never installed.
//
//   window_import_driver PROJECT [FILE…]
//
// Opens PROJECT in a MainWindow (creating it as File → New Project does when it does not exist),
// imports the files as File → Import Sources does, and quits when the import has finished. It prints,
// each line flushed at once:
//   ready                       the project is open
//   added <sha-256 of the text> a source was added: its write is committed
//   finished <count>            the import ended with <count> sources added
// and on a failure "error <message>" on stderr, exiting with 2.

#include "core/project/Project.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace claimscope;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "error %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClaimscopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("window_import_driver"));
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2)
        fail(QStringLiteral("usage: window_import_driver PROJECT [FILE…]"));
    const QString project = arguments.at(1);
    const QStringList files = arguments.mid(2);

    ui::MainWindow window;
    window.show();
    const bool opened = QFileInfo::exists(project) ? window.projects()->openProject(project)
                                                   : window.projects()->newProject(project);
    if (!opened || !window.project())
        fail(QStringLiteral("the project did not open"));
    QObject::connect(window.project(), &core::Project::sourceAdded, [&window](core::SourceId id) {
        say("added " + window.project()->source(id)->checksum);
    });
    QObject::connect(window.projects(), &ui::ProjectController::importFinished, [&window](int added) {
        // A refusal the window showed (a write that failed) must not pass for a clean import.
        for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
            if (box->isVisible())
                fail(box->text() + QLatin1Char(' ') + box->informativeText());
        }
        say("finished " + QByteArray::number(added));
        QCoreApplication::quit();
    });
    say("ready");
    if (files.isEmpty()) {
        say("finished 0");
        return 0;
    }
    QTimer::singleShot(0, &window, [&window, files] { window.projects()->importSources(files); });
    return app.exec();
}
