#include "cli/CommandLine.h"

#include "cli/AnalyzeCommand.h"
#include "cli/ExportPdfCommand.h"
#include "cli/InspectCommand.h"
#include "cli/InterchangeCommands.h"
#include "core/i18n/Localization.h"
#include "ui/DesktopFilesPrompt.h"
#include "ui/LanguageMenu.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"
#include "ui/SingleInstance.h"
#include "ui/WindowStatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace claimscope::cli {
namespace {

class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static QString commandsHelp()
    {
        return tr("Commands (run without a window):\n"
                  "  inspect [--text] FILE…   Import files and report what was read.\n"
                  "  analyze [--format json|csv|text] FILE…\n"
                  "                           Find speakers, quotes, claims and figures.\n"
                  "  eval --gold DIR          Score the analysis against gold annotations.\n"
                  "  export-pdf -o OUT.pdf [--sources LIST] [--page-size a4|letter]\n"
                  "             [--categories LIST] [--no-charts] PROJECT_OR_FILES…\n"
                  "                           Write the annotated PDF of a project, or of files.\n"
                  "  export-qdpx | export-qdc | export-csv | export-json -o OUT PROJECT_OR_FILES…\n"
                  "                           Write a REFI-QDA project or codebook, or the quotes,\n"
                  "                           claims, figures and stances as CSV or JSON.\n"
                  "  import-qdpx -o NEW.claimscope PROJECT.qdpx\n"
                  "                           Make a new project from a REFI-QDA project.");
    }
};

// Peak resident memory of this process in KiB, from the kernel's own accounting.
long peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Takes "--language xx" or "--language=xx" out of the arguments: the language must be set before
// any text, --help included, is produced.
QString takeLanguageOption(QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QStringLiteral("--language="))) {
            language = argument.section(u'=', 1);
            arguments.removeAt(i);
        } else if (argument == u"--language" && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else {
            ++i;
        }
    }
    return language;
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              CommandLine::tr("Interface language: en, ru or tr (default: the saved "
                                              "choice, else the system's)."),
                              QStringLiteral("code"));
}

struct GuiOptions {
    QCommandLineOption startupReport{QStringLiteral("startup-report"),
                                     CommandLine::tr("Print the time to the first painted document and quit "
                                                     "(for benchmarks).")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  CommandLine::tr("Save a picture of the window once the first document "
                                                  "is shown highlighted, and quit (for documentation)."),
                                  QStringLiteral("PNG")};
    QCommandLineOption noSingleInstance{QStringLiteral("no-single-instance"),
                                        CommandLine::tr("Always open a window of its own, neither handing "
                                                        "files to a running one nor taking them.")};
    QCommandLineOption reportHandoffs{
        QStringLiteral("report-handoffs"),
        CommandLine::tr("Print on standard output the files later launches "
                        "hand over, importing them without asking (for tests).")};
    QCommandLineOption windowStatus{
        QStringLiteral("window-status"),
        CommandLine::tr("Print what the running window shows, as JSON, and quit (for tests).")};
};

// The window's options; --help and --version print from them without needing a display.
void describeGuiOptions(QCommandLineParser &parser, GuiOptions &options)
{
    parser.setApplicationDescription(
        CommandLine::tr("Claimscope shows who said what in the sources you study.") + u'\n' +
        CommandLine::commandsHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    options.startupReport.setFlags(QCommandLineOption::HiddenFromHelp);
    options.screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    options.noSingleInstance.setFlags(QCommandLineOption::HiddenFromHelp);
    options.reportHandoffs.setFlags(QCommandLineOption::HiddenFromHelp);
    options.windowStatus.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({options.startupReport, options.screenshot, options.noSingleInstance,
                       options.reportHandoffs, options.windowStatus, languageOption()});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 CommandLine::tr("A project to open and files to import into it; without "
                                                 "any, the project used last (or the sample) opens."),
                                 CommandLine::tr("[FILE…]"));
}

constexpr const char *kHeadlessCommands[] = {"inspect",    "analyze",     "eval",
                                             "export-pdf", "export-qdpx", "export-qdc",
                                             "export-csv", "export-json", "import-qdpx"};

// The command: the first argument that is not the language option (which may come first), or
// null when there is none.
const char *commandArgument(int argc, char **argv)
{
    int i = 1;
    while (i < argc &&
           (std::strncmp(argv[i], "--language=", 11) == 0 || std::strcmp(argv[i], "--language") == 0))
        i += std::strcmp(argv[i], "--language") == 0 ? 2 : 1;
    return i < argc ? argv[i] : nullptr;
}

bool isHeadlessCommandName(const char *name)
{
    return name && std::any_of(std::begin(kHeadlessCommands), std::end(kHeadlessCommands),
                               [name](const char *command) { return std::strcmp(name, command) == 0; });
}

// Options of the window's command line that print and quit, so need no display.
bool asksOnlyToPrint(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version", "--window-status"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// The test mode of --report-handoffs: what arrives is printed, and the import question is answered
// as a user would, by its Import button, so that the whole path of a double-click is exercised.
void reportHandoffs(ui::MainWindow &window, ui::SingleInstance &instance)
{
    QObject::connect(
        &instance, &ui::SingleInstance::filesReceived, &window, [&window](const QStringList &files) {
            QTextStream(stdout) << "received " << files.size() << " file(s)" << Qt::endl;
            // Connected after MainWindow::receiveFiles, so the question, if any, is already shown.
            if (auto *prompt =
                    window.findChild<ui::DesktopFilesPrompt *>(QStringLiteral("desktopFilesPrompt")))
                prompt->importButton()->click();
        });
    QObject::connect(window.projects(), &ui::ProjectController::importFinished, &window, [](int added) {
        QTextStream(stdout) << "imported " << added << " source(s)" << Qt::endl;
    });
}

// --window-status: the running window's answer on standard output; exit status 1 when none runs.
int printWindowStatus()
{
    const std::optional<QJsonObject> status =
        ui::SingleInstance::queryStatus(ui::SingleInstance::defaultServerName());
    if (!status) {
        QTextStream(stderr) << CommandLine::tr("claimscope: no Claimscope window is running.") << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QJsonDocument(*status).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace

bool isHeadlessCommand(int argc, char **argv)
{
    return isHeadlessCommandName(commandArgument(argc, argv)) || asksOnlyToPrint(argc, argv);
}

bool headlessCommandDraws(int argc, char **argv)
{
    const char *command = commandArgument(argc, argv);
    return command && std::strcmp(command, "export-pdf") == 0;
}

int runHeadless()
{
    QStringList arguments = QCoreApplication::arguments();
    const QString language = takeLanguageOption(arguments);
    core::Localization localization;
    localization.setLanguage(language.isEmpty() ? core::Localization::systemLanguage() : language);
    const QString command = arguments.value(1);
    if (!isHeadlessCommandName(command.toUtf8().constData())) {
        QCommandLineParser parser;
        GuiOptions options;
        describeGuiOptions(parser, options);
        parser.process(arguments); // prints help or version and exits
        return printWindowStatus();
    }
    arguments.removeAt(1);
    arguments[0] += u' ' + command;
    if (command == u"analyze")
        return runAnalyze(arguments);
    if (command == u"eval")
        return runEval(arguments);
    if (command == u"export-pdf")
        return runExportPdf(arguments);
    if (command == u"import-qdpx")
        return runImportQdpx(arguments);
    if (command.startsWith(u"export-"))
        return runExportData(command, arguments);
    return runInspect(arguments);
}

int runGui()
{
    QStringList arguments = QCoreApplication::arguments();
    const QString language = takeLanguageOption(arguments);
    core::Localization localization;
    localization.setLanguage(
        language.isEmpty() ? ui::LanguageMenu::languageFor(ui::LanguageMenu::savedChoice()) : language);
    QCommandLineParser parser;
    GuiOptions options;
    describeGuiOptions(parser, options);
    parser.process(arguments);

    // The benchmark and screenshot runs measure and picture a window of their own, with their files
    // imported at once.
    const bool measuringRun = parser.isSet(options.startupReport) || parser.isSet(options.screenshot);
    // A launch from the desktop while a window runs hands its files to that window and ends.
    const bool singleInstance = !parser.isSet(options.noSingleInstance) && !measuringRun;
    const QString serverName = ui::SingleInstance::defaultServerName();
    if (singleInstance && ui::SingleInstance::handOver(serverName, parser.positionalArguments()))
        return 0;

    ui::MainWindow window(&localization);
    ui::SingleInstance instance(serverName);
    instance.setStatusProvider([&window] { return ui::windowStatus(window); });
    if (singleInstance) {
        QObject::connect(&instance, &ui::SingleInstance::filesReceived, &window,
                         &ui::MainWindow::receiveFiles);
        if (parser.isSet(options.reportHandoffs))
            reportHandoffs(window, instance);
        // Losing a race to a window started at the same moment leaves this one on its own.
        if (instance.listen() && parser.isSet(options.reportHandoffs))
            QTextStream(stdout) << "listening" << Qt::endl;
    }
    if (parser.isSet(options.startupReport)) {
        QObject::connect(&window, &ui::MainWindow::documentPainted, qApp, [] {
            QTextStream(stdout) << "first-document-painted peak-rss-kib=" << peakMemoryKiB() << Qt::endl;
            QCoreApplication::exit(0);
        });
    }
    if (parser.isSet(options.screenshot)) {
        const QString path = parser.value(options.screenshot);
        // Taken once the highlights are in (or known to be unavailable), after they are painted.
        QObject::connect(
            &window, &ui::MainWindow::highlightingFinished, qApp,
            [&window, path](bool) {
                const bool saved = window.grab().save(path);
                if (!saved)
                    QTextStream(stderr) << "claimscope: cannot write " << path << Qt::endl;
                QCoreApplication::exit(saved ? 0 : 1);
            },
            Qt::QueuedConnection);
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openStartupProject();
    // Files from the desktop ("Open With", a double-click) are treated alike whether a window was
    // running or not: a project opens, other files go into the open project once the user says so.
    if (!files.isEmpty() && measuringRun)
        window.openFiles(files);
    else if (!files.isEmpty())
        window.receiveFiles(files);
    return QApplication::exec();
}

} // namespace claimscope::cli
