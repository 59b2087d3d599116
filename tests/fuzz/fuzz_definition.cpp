// The syntax-definition generator fed hostile lexicon entries: names, name forms and cues with
// regular-expression syntax, markup, control characters, broken surrogates, very long words. Each
// line of the input is an entry; its first character says what it is. The generator promises
// that every entry is matched literally, so the definition must always pass validateDefinition
// (XML that parses, patterns PCRE2 accepts), and each form's pattern must find the form itself.

#include "FuzzSupport.h"
#include "core/highlight/DefinitionGenerator.h"
#include "core/highlight/Lexicon.h"

#include <QRegularExpression>

using namespace claimscope;

namespace {

// A pattern the engine compiles with these options must match `text`, when the generator made one.
void requireFindsItself(const QString &pattern, const QString &text, bool insensitive)
{
    if (pattern.isEmpty())
        return;
    const QRegularExpression regex(pattern, core::engineRegexOptions(false, insensitive));
    fuzz::requireThat(regex.isValid(), "a lexicon pattern PCRE2 refuses");
    fuzz::requireThat(regex.match(text).hasMatch(), "a lexicon pattern that does not find its own entry");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    core::Lexicon lexicon;
    const QString input = QString::fromUtf8(fuzz::bytesOf(data, size));
    for (const QString &line : input.split(u'\n')) {
        if (line.isEmpty())
            continue;
        const QString entry = line.mid(1);
        const char16_t kind = line.front().unicode();
        if (kind == u'n' || lexicon.speakers.isEmpty()) {
            core::Speaker speaker;
            speaker.id = QStringLiteral("s%1").arg(lexicon.speakers.size());
            speaker.name = entry;
            speaker.kind = QStringLiteral("expert");
            lexicon.speakers.append(speaker);
        }
        core::Speaker &speaker = lexicon.speakers.last();
        switch (kind) {
        case u'e':
            speaker.formsEn.append(entry);
            break;
        case u'r':
            speaker.formsRu.append(entry);
            break;
        case u't':
            speaker.formsTr.append(entry);
            break;
        case u'E':
            lexicon.cues[QStringLiteral("en")].append(entry);
            break;
        case u'R':
            lexicon.cues[QStringLiteral("ru")].append(entry);
            break;
        case u'T':
            lexicon.cues[QStringLiteral("tr")].append(entry);
            break;
        default:
            speaker.formsEn.append(entry);
            break;
        }
    }
    const std::optional<QString> problem = core::validateDefinition(core::generateDefinition(lexicon));
    if (problem)
        std::fprintf(stderr, "%s\n", qPrintable(*problem));
    fuzz::requireThat(!problem, "a generated definition the engine would refuse");

    for (const core::Speaker &speaker : std::as_const(lexicon.speakers)) {
        for (const QString &form : speaker.formsEn)
            requireFindsItself(core::formPattern(form, core::FormLanguage::En), form, false);
        for (const QString &form : speaker.formsRu)
            requireFindsItself(core::formPattern(form, core::FormLanguage::Ru), form, false);
        for (const QString &form : speaker.formsTr)
            requireFindsItself(core::formPattern(form, core::FormLanguage::Tr), form, false);
    }
    for (auto cues = lexicon.cues.cbegin(); cues != lexicon.cues.cend(); ++cues) {
        for (const QString &cue : cues.value())
            requireFindsItself(core::cuePattern(cue, cues.key()), cue,
                               core::cueIsCaseInsensitive(cues.key()));
    }
    return 0;
}
