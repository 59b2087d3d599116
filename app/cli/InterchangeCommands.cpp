#include "cli/InterchangeCommands.h"

#include "cli/ProjectInput.h"
#include "core/interchange/InterchangeFiles.h"
#include "ui/ProjectController.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace claimscope::cli {

class InterchangeCommands final {
    Q_DECLARE_TR_FUNCTIONS(InterchangeCommands)

public:
    static QString description(core::ExportFormat format)
    {
        switch (format) {
        case core::ExportFormat::Qdpx:
            return tr("Write a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo or QualCoder.");
        case core::ExportFormat::Qdc:
            return tr("Write the REFI-QDA codebook (.qdc): the categories and a code per speaker.");
        case core::ExportFormat::Csv:
            return tr("Write the quotes, claims, figures and stances as one CSV table (UTF-8).");
        case core::ExportFormat::Json:
            return tr("Write the quotes, claims, figures and stances as JSON, with the sources and "
                      "speakers.");
        }
        return {};
    }

    static int exportData(const QString &command, const QStringList &arguments)
    {
        const auto format = core::exportFormatFromName(command.section(u'-', 1));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const auto usageError = [&err, &command](const QString &message) {
            err << QStringLiteral("claimscope ") << command << QStringLiteral(": ") << message << u'\n';
            return 2;
        };
        QCommandLineParser parser;
        parser.setApplicationDescription(description(*format));
        parser.addHelpOption();
        const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                              tr("The file to write (required)."), QStringLiteral("file"));
        parser.addOption(outputOption);
        parser.addPositionalArgument(QStringLiteral("project"),
                                     tr("A Claimscope project (opened read-only), or files and folders "
                                        "to import and analyse."),
                                     tr("PROJECT | FILE…"));
        if (!parser.parse(arguments))
            return usageError(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
        const QString output = parser.value(outputOption);
        if (output.isEmpty())
            return usageError(tr("-o FILE is required: where to write the export"));
        const QStringList inputs = parser.positionalArguments();
        if (inputs.isEmpty())
            return usageError(tr("no project or file given"));
        if (const auto problem = inputsProblem(inputs, output))
            return usageError(*problem);

        auto opened = ui::ProjectController::isProjectFile(inputs.first())
                          ? readProjectFile(inputs.first())
                          : importedProject(inputs, QFileInfo(output).completeBaseName(), nullptr, QString());
        if (const auto *problems = std::get_if<QStringList>(&opened)) {
            for (const QString &problem : *problems)
                err << QStringLiteral("claimscope: ") << problem << u'\n';
            return 1;
        }
        const core::Project &project = *std::get<core::ProjectSession>(opened).project;
        if (const auto problem = core::exportProject(project.contents(), *format, output)) {
            err << QStringLiteral("claimscope: ") << *problem << u'\n';
            return 1;
        }
        return 0;
    }

    static int importQdpx(const QStringList &arguments)
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        const auto usageError = [&err](const QString &message) {
            err << QStringLiteral("claimscope import-qdpx: ") << message << u'\n';
            return 2;
        };
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Make a new Claimscope project from a REFI-QDA project (.qdpx): its text sources, the "
               "passages coded Quote, Claim, Figure or Speaker mention, and its speakers. What "
               "Claimscope has no place for is kept in the project's notes."));
        parser.addHelpOption();
        const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                              tr("The new project to write (required; must not exist)."),
                                              QStringLiteral("file"));
        parser.addOption(outputOption);
        parser.addPositionalArgument(QStringLiteral("qdpx"), tr("The REFI-QDA project to read."),
                                     QStringLiteral("PROJECT.qdpx"));
        if (!parser.parse(arguments))
            return usageError(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
        QString output = parser.value(outputOption);
        if (output.isEmpty())
            return usageError(tr("-o FILE is required: the new project to write"));
        if (!ui::ProjectController::isProjectFile(output))
            output += u'.' + ui::ProjectController::projectSuffix();
        if (parser.positionalArguments().size() != 1)
            return usageError(tr("give exactly one .qdpx file"));
        if (QFileInfo::exists(output))
            return usageError(
                tr("“%1” exists already; choose a new file").arg(QDir::toNativeSeparators(output)));

        const auto imported = core::importQdpxAsProject(parser.positionalArguments().constFirst(), output);
        if (const auto *problem = std::get_if<QString>(&imported)) {
            err << QStringLiteral("claimscope: ") << *problem << u'\n';
            return 1;
        }
        const core::RefiImportReport &report = std::get<core::RefiImportReport>(imported);
        out << tr("Imported into %1: %2").arg(QDir::toNativeSeparators(output), core::importSummary(report))
            << u'\n';
        for (const QString &line : report.keptAsNotes)
            out << QStringLiteral("  ") << tr("kept as a note: %1").arg(line) << u'\n';
        return 0;
    }
};

int runExportData(const QString &command, const QStringList &arguments)
{
    return InterchangeCommands::exportData(command, arguments);
}

int runImportQdpx(const QStringList &arguments)
{
    return InterchangeCommands::importQdpx(arguments);
}

} // namespace claimscope::cli
