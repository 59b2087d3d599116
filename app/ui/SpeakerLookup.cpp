#include "ui/SpeakerLookup.h"

#include "core/project/Project.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::ui {
namespace {

// "«Tokayev»," → "Tokayev": the passage without the quotation marks and commas around it.
QString withoutEdges(const QString &passage)
{
    static const QRegularExpression edges(u"^[\\s\\p{P}]+|[\\s\\p{P}]+$"_s);
    return passage.simplified().remove(edges);
}

// "Tokayev’in" → "Tokayev". Tried only after the name as written, so that "O'Brien" stays whole.
QString withoutSuffix(const QString &name)
{
    static const QRegularExpression suffix(u"['’]\\p{L}*$"_s);
    return QString(name).remove(suffix);
}

bool formMatches(const QString &form, core::FormLanguage language, const QString &name)
{
    if (form.trimmed().isEmpty())
        return false;
    // The generator's own pattern, so that "Токаева" is found exactly as the highlighter finds it.
    const QRegularExpression pattern(u"^(?:%1)$"_s.arg(core::formPattern(form, language)),
                                     QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::UseUnicodePropertiesOption);
    return pattern.isValid() && pattern.match(name).hasMatch();
}

bool names(const core::Speaker &speaker, const QString &name)
{
    if (speaker.name.compare(name, Qt::CaseInsensitive) == 0)
        return true;
    const std::pair<const QStringList &, core::FormLanguage> forms[] = {
        {speaker.formsEn, core::FormLanguage::En},
        {speaker.formsRu, core::FormLanguage::Ru},
        {speaker.formsTr, core::FormLanguage::Tr},
    };
    for (const auto &[list, language] : forms) {
        for (const QString &form : list) {
            if (formMatches(form, language, name))
                return true;
        }
    }
    return false;
}

} // namespace

QStringList speakersNamed(const core::Project &project, const QString &passage)
{
    const QString written = withoutEdges(passage);
    for (const QString &name : {written, withoutSuffix(written)}) {
        if (name.isEmpty())
            continue;
        QStringList found;
        for (const core::SpeakerRecord &record : project.speakers()) {
            if (names(record.speaker, name))
                found.append(record.speaker.id);
        }
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool speakerMatchesFilter(const core::Project &project, const QString &speakerId, const QString &filter)
{
    const QString wanted = filter.simplified();
    if (wanted.isEmpty())
        return true;
    const core::SpeakerRecord *record = project.speaker(speakerId);
    if (!record)
        return false;
    const core::Speaker &s = record->speaker;
    const auto contains = [&wanted](const QString &text) {
        return text.contains(wanted, Qt::CaseInsensitive);
    };
    return contains(s.name) || contains(s.role) ||
           std::any_of(s.formsEn.cbegin(), s.formsEn.cend(), contains) ||
           std::any_of(s.formsRu.cbegin(), s.formsRu.cend(), contains) ||
           std::any_of(s.formsTr.cbegin(), s.formsTr.cend(), contains);
}

} // namespace claimscope::ui
