#include "cli/InspectCommand.h"

#include "core/document/DocumentImporter.h"
#include "core/document/TextStatistics.h"
#include "core/project/LanguageNames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace claimscope::cli {

class InspectCommand final {
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Import files as Claimscope would and report what was read."));
        parser.addHelpOption();
        const QCommandLineOption textOption(QStringLiteral("text"),
                                            tr("Print the extracted plain text too."));
        parser.addOption(textOption);
        parser.addPositionalArgument(QStringLiteral("files"), tr("Files to inspect."), tr("FILE…"));

        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!parser.parse(arguments)) {
            err << QStringLiteral("claimscope inspect: ") << parser.errorText() << u'\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return 0;
        }
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            err << tr("claimscope inspect: no file given") << u'\n';
            return 2;
        }

        int failures = 0;
        for (const QString &file : files) {
            const core::ImportResult result = core::importFile(file);
            if (!result.ok()) {
                err << QStringLiteral("claimscope: ") << result.error().message() << u'\n';
                ++failures;
                continue;
            }
            const core::Document &document = result.document();
            const core::DocumentMetadata &m = document.metadata;
            const core::TextStatistics stats = core::measureText(document.text);
            out << QDir::toNativeSeparators(m.filePath) << u'\n' << QStringLiteral("  ")
                << tr("title: %1").arg(m.title) << u'\n'
                << QStringLiteral("  ")
                // A PDF's text has no encoding of its own to report.
                << (m.encoding.isEmpty() ? tr("format: %1").arg(m.format)
                                         : tr("format: %1, encoding: %2").arg(m.format, m.encoding))
                << u'\n' << QStringLiteral("  ")
                << tr("language: %1").arg(core::LanguageNames::displayName(m.language)) << u'\n'
                << QStringLiteral("  ") << core::TextStatisticsLabels::characters(stats.characters)
                << QStringLiteral(", ") << core::TextStatisticsLabels::words(stats.words) << u'\n';
            // What the file itself said about its origin, when it said anything.
            if (!m.author.isEmpty())
                out << QStringLiteral("  ") << tr("author: %1").arg(m.author) << u'\n';
            if (!m.outlet.isEmpty())
                out << QStringLiteral("  ") << tr("outlet: %1").arg(m.outlet) << u'\n';
            if (m.date.isValid())
                out << QStringLiteral("  ") << tr("date: %1").arg(m.date.toString(Qt::ISODate)) << u'\n';
            if (!document.geometry.isEmpty()) {
                out << QStringLiteral("  ")
                    << tr("%n page(s), with the place of every word on them", nullptr,
                          int(document.geometry.pageSizes.size()))
                    << u'\n';
            }
            if (parser.isSet(textOption))
                out << u'\n' << document.text << QStringLiteral("\n\n");
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
};

int runInspect(const QStringList &arguments)
{
    return InspectCommand::run(arguments);
}

} // namespace claimscope::cli
