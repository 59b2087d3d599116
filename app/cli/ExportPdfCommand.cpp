#include "cli/ExportPdfCommand.h"

#include "cli/ProjectInput.h"
#include "core/project/FilesIntoProject.h"
#include "core/project/ImportBatch.h"
#include "core/project/ProjectSession.h"
#include "ui/ProjectController.h"
#include "ui/pdf/AnnotatedPdfExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <variant>

namespace claimscope::cli {
namespace {

// Set by Ctrl-C (or a plain kill) while the command runs. The export then stops as the window's
// Cancel stops it, which removes its temporary folder beside the target; dying mid-write would
// leave that folder behind. A second signal kills at once, as usual.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

void noteInterrupt(int signal)
{
    g_interrupted.store(true);
    std::signal(signal, SIG_DFL);
}

class InterruptCancels final {
public:
    InterruptCancels()
        : m_int(std::signal(SIGINT, noteInterrupt))
        , m_term(std::signal(SIGTERM, noteInterrupt))
    {
    }
    ~InterruptCancels()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    InterruptCancels(const InterruptCancels &) = delete;
    InterruptCancels &operator=(const InterruptCancels &) = delete;

private:
    void (*m_int)(int);
    void (*m_term)(int);
};

} // namespace

class ExportPdfCommand final {
    Q_DECLARE_TR_FUNCTIONS(ExportPdfCommand)

    // What the user got wrong: exit code 2, and the message after "claimscope export-pdf: ".
    struct UsageError {
        QString message;
    };

public:
    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Write the annotated PDF of a project, or of files imported and analysed for it, "
               "as File → Export Annotated PDF writes it."));
        parser.addHelpOption();
        const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                              tr("The PDF to write (required)."), QStringLiteral("file"));
        const QCommandLineOption sourcesOption(
            QStringLiteral("sources"),
            tr("The sources to export, in this order, separated by commas: numbers (1 is the "
               "project's first source) or exact titles. Default: every source."),
            QStringLiteral("list"));
        const QCommandLineOption pageSizeOption(
            QStringLiteral("page-size"),
            tr("a4 or letter. Default: from the locale (%1 here).").arg(pageSizeName(defaultPageSize())),
            QStringLiteral("size"));
        const QCommandLineOption categoriesOption(
            QStringLiteral("categories"),
            tr("What to highlight and annotate, separated by commas: quote, claim, figure, "
               "speaker-mention. Default: quote,claim,figure."),
            QStringLiteral("list"));
        const QCommandLineOption noChartsOption(QStringLiteral("no-charts"), tr("Leave out the charts."));
        parser.addOptions({outputOption, sourcesOption, pageSizeOption, categoriesOption, noChartsOption});
        parser.addPositionalArgument(QStringLiteral("project"),
                                     tr("A Claimscope project (opened read-only), or files and folders "
                                        "to import and analyse."),
                                     tr("PROJECT | FILE…"));

        QTextStream out(stdout);
        QTextStream err(stderr);
        const auto usageError = [&err](const QString &message) {
            err << QStringLiteral("claimscope export-pdf: ") << message << u'\n';
            return 2;
        };
        if (!parser.parse(arguments))
            return usageError(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
        if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
            return usageError(tr("-o FILE is required: where to write the PDF"));
        const QString output = parser.value(outputOption);
        const QStringList inputs = parser.positionalArguments();
        if (inputs.isEmpty())
            return usageError(tr("no project or file given"));

        auto options = optionsFrom(parser, pageSizeOption, categoriesOption, noChartsOption);
        if (const auto *error = std::get_if<UsageError>(&options))
            return usageError(error->message);
        if (const auto problem = inputsProblem(inputs, output))
            return usageError(*problem);

        // From here on, a signal cancels: the project may take a while to analyse, the PDF to write.
        const InterruptCancels interruptCancels;
        auto opened = ui::ProjectController::isProjectFile(inputs.first())
                          ? readProjectFile(inputs.first())
                          : importedProject(inputs, QFileInfo(output).completeBaseName(), &g_interrupted,
                                            ui::pdf::AnnotatedPdfExport::cancelledMessage());
        if (const auto *problems = std::get_if<QStringList>(&opened)) {
            for (const QString &problem : *problems)
                err << QStringLiteral("claimscope: ") << problem << u'\n';
            return 1;
        }
        const core::Project &project = *std::get<core::ProjectSession>(opened).project;
        ui::pdf::PdfExportOptions &chosen = std::get<ui::pdf::PdfExportOptions>(options);
        auto sources = chosenSources(project, parser.values(sourcesOption));
        if (const auto *error = std::get_if<UsageError>(&sources))
            return usageError(error->message);
        chosen.sources = std::get<QList<core::SourceId>>(sources);

        // The window's export, with the options its dialog would give, and a Ctrl-C as its Cancel.
        const auto problem = ui::pdf::AnnotatedPdfExport::write(
            project, chosen, output, [](int, int) { return !g_interrupted.load(); });
        if (problem) {
            err << QStringLiteral("claimscope: ") << *problem << u'\n';
            return 1;
        }
        return 0;
    }

private:
    // The user's locale, not the interface language's: a person reading English in Germany still
    // prints on A4. (LC_MEASUREMENT and LC_ALL count, as they do for other programs.)
    static QPageSize::PageSizeId defaultPageSize() { return ui::pdf::defaultPageSize(QLocale::system()); }

    static QString pageSizeName(QPageSize::PageSizeId size)
    {
        return size == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
    }

    static std::variant<ui::pdf::PdfExportOptions, UsageError>
    optionsFrom(const QCommandLineParser &parser, const QCommandLineOption &pageSize,
                const QCommandLineOption &categories, const QCommandLineOption &noCharts)
    {
        ui::pdf::PdfExportOptions options;
        options.pageSize = defaultPageSize();
        if (parser.isSet(pageSize)) {
            const QString size = parser.value(pageSize).toLower();
            if (size != u"a4" && size != u"letter")
                return UsageError{tr("unknown page size “%1”; use a4 or letter").arg(parser.value(pageSize))};
            options.pageSize = size == u"letter" ? QPageSize::Letter : QPageSize::A4;
        }
        if (parser.isSet(categories)) {
            options.kinds.clear();
            for (const QString &key : parser.values(categories).join(u',').split(u',', Qt::SkipEmptyParts)) {
                const auto kind = core::kindFromKey(key.trimmed());
                if (!kind)
                    return UsageError{tr("unknown category “%1”; use quote, claim, figure or speaker-mention")
                                          .arg(key.trimmed())};
                options.kinds.insert(*kind);
            }
            // As in the window's dialog: with no category the export would be the bare texts.
            if (options.kinds.isEmpty())
                return UsageError{tr("--categories needs at least one category")};
        }
        options.charts = !parser.isSet(noCharts);
        return options;
    }

    // The sources that the --sources values name, in the order given, each once. A name is a
    // number (1-based, in project order; numbers win over titles that are numbers) or an exact
    // title; a whole value that is a title may hold commas.
    static std::variant<QList<core::SourceId>, UsageError> chosenSources(const core::Project &project,
                                                                         const QStringList &values)
    {
        QList<core::SourceId> chosen;
        for (const QString &value : values) {
            const QStringList names =
                titled(project, value.trimmed()).isEmpty() ? value.split(u',') : QStringList{value};
            for (const QString &name : names) {
                auto named = sourcesNamed(project, name.trimmed());
                if (const auto *error = std::get_if<UsageError>(&named))
                    return *error;
                for (core::SourceId id : std::get<QList<core::SourceId>>(named)) {
                    if (!chosen.contains(id))
                        chosen.append(id);
                }
            }
        }
        return chosen;
    }

    static std::variant<QList<core::SourceId>, UsageError> sourcesNamed(const core::Project &project,
                                                                        const QString &name)
    {
        if (name.isEmpty())
            return UsageError{tr("--sources holds an empty name")};
        const int count = int(project.sources().size());
        bool isNumber = false;
        const int number = name.toInt(&isNumber);
        if (isNumber) {
            if (number < 1 || number > count)
                return UsageError{
                    tr("there is no source %1: the project has %n source(s)", nullptr, count).arg(number)};
            return QList<core::SourceId>{project.sources().at(number - 1).id};
        }
        const QList<core::SourceId> matches = titled(project, name);
        if (matches.isEmpty())
            return UsageError{tr("no source is titled “%1”").arg(name)};
        if (matches.size() > 1)
            return UsageError{tr("%n sources are titled “%1”; give the number of the one you mean", nullptr,
                                 int(matches.size()))
                                  .arg(name)};
        return matches;
    }

    static QList<core::SourceId> titled(const core::Project &project, const QString &title)
    {
        QList<core::SourceId> matches;
        for (const core::SourceRecord &source : project.sources()) {
            if (project.sourceTitle(source.id) == title)
                matches.append(source.id);
        }
        return matches;
    }
};

int runExportPdf(const QStringList &arguments)
{
    return ExportPdfCommand::run(arguments);
}

} // namespace claimscope::cli
