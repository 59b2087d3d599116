#include "Highlighting.h"

#include "FormatFieldsCache.h"
#include "FormatTable.h"
#include "SpanCollector.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace claimscope::highlighter {

namespace {

KSyntaxHighlighting::Theme themeNamed(KSyntaxHighlighting::Repository &repository, const QString &name)
{
    if (!name.isEmpty()) {
        const KSyntaxHighlighting::Theme theme = repository.theme(name);
        if (theme.isValid())
            return theme;
    }
    return repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

HighlightResult highlight(KSyntaxHighlighting::Repository &repository, const QString &definitionName,
                          const QString &themeName, QStringView text, FormatFieldsCache &formatFields)
{
    HighlightResult result;
    const KSyntaxHighlighting::Definition definition = repository.definitionForName(definitionName);
    if (!definition.isValid()) {
        result.error = QStringLiteral("unknown definition \"%1\"").arg(definitionName);
        return result;
    }
    const KSyntaxHighlighting::Theme theme = themeNamed(repository, themeName);

    FormatTable formats(definition);
    SpanCollector collector(definition, formats);
    result.spans = collector.collect(text);
    // After collecting: formats of included definitions join the table while the text is read.
    result.formatFields = formatFields.fieldsFor(formats, theme);
    return result;
}

} // namespace claimscope::highlighter
