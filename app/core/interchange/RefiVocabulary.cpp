#include "core/interchange/RefiVocabulary.h"

#include "core/interchange/RefiGuids.h"

#include <QCoreApplication>

namespace claimscope::core {
namespace {

class RefiVocabularyText final {
    Q_DECLARE_TR_FUNCTIONS(RefiVocabulary)

public:
    static QString name(RefiVariable variable)
    {
        switch (variable) {
        case RefiVariable::Outlet:
            return tr("Outlet");
        case RefiVariable::Author:
            return tr("Author");
        case RefiVariable::Date:
            return tr("Date");
        case RefiVariable::Url:
            return tr("URL");
        case RefiVariable::Language:
            return tr("Language");
        case RefiVariable::Format:
            return tr("Format");
        case RefiVariable::Analysed:
            return tr("Analysed by Claimscope");
        case RefiVariable::SpeakerId:
            return tr("Speaker id");
        case RefiVariable::Role:
            return tr("Role");
        case RefiVariable::Kind:
            return tr("Kind of speaker");
        case RefiVariable::FormsEnglish:
            return tr("Name forms (English)");
        case RefiVariable::FormsRussian:
            return tr("Name forms (Russian)");
        case RefiVariable::FormsTurkish:
            return tr("Name forms (Turkish)");
        case RefiVariable::Suggested:
            return tr("Suggested by the analysis");
        }
        return {};
    }
};

QString variableKey(RefiVariable variable)
{
    switch (variable) {
    case RefiVariable::Outlet:
        return QStringLiteral("outlet");
    case RefiVariable::Author:
        return QStringLiteral("author");
    case RefiVariable::Date:
        return QStringLiteral("date");
    case RefiVariable::Url:
        return QStringLiteral("url");
    case RefiVariable::Language:
        return QStringLiteral("language");
    case RefiVariable::Format:
        return QStringLiteral("format");
    case RefiVariable::Analysed:
        return QStringLiteral("analysed");
    case RefiVariable::SpeakerId:
        return QStringLiteral("speaker-id");
    case RefiVariable::Role:
        return QStringLiteral("role");
    case RefiVariable::Kind:
        return QStringLiteral("speaker-kind");
    case RefiVariable::FormsEnglish:
        return QStringLiteral("forms-en");
    case RefiVariable::FormsRussian:
        return QStringLiteral("forms-ru");
    case RefiVariable::FormsTurkish:
        return QStringLiteral("forms-tr");
    case RefiVariable::Suggested:
        return QStringLiteral("suggested");
    }
    return {};
}

} // namespace

QList<RefiVariable> allRefiVariables()
{
    return {RefiVariable::Outlet,       RefiVariable::Author,       RefiVariable::Date,
            RefiVariable::Url,          RefiVariable::Language,     RefiVariable::Format,
            RefiVariable::Analysed,     RefiVariable::SpeakerId,    RefiVariable::Role,
            RefiVariable::Kind,         RefiVariable::FormsEnglish, RefiVariable::FormsRussian,
            RefiVariable::FormsTurkish, RefiVariable::Suggested};
}

QString variableGuid(RefiVariable variable)
{
    return stableGuid(u"variable/" + variableKey(variable));
}

QString variableName(RefiVariable variable)
{
    return RefiVocabularyText::name(variable);
}

QString variableType(RefiVariable variable)
{
    switch (variable) {
    case RefiVariable::Date:
        return QStringLiteral("Date");
    case RefiVariable::Analysed:
    case RefiVariable::Suggested:
        return QStringLiteral("Boolean");
    default:
        return QStringLiteral("Text");
    }
}

std::optional<RefiVariable> variableWithGuid(QStringView guid)
{
    const QString normalised = normalisedGuid(guid);
    for (RefiVariable variable : allRefiVariables()) {
        if (variableGuid(variable) == normalised)
            return variable;
    }
    return std::nullopt;
}

QString fieldKey(RefiField field)
{
    switch (field) {
    case RefiField::Speaker:
        return QStringLiteral("speaker");
    case RefiField::Cue:
        return QStringLiteral("cue");
    case RefiField::CueStart:
        return QStringLiteral("cue start");
    case RefiField::CueEnd:
        return QStringLiteral("cue end");
    case RefiField::QuoteMarks:
        return QStringLiteral("quote marks");
    case RefiField::ClaimSource:
        return QStringLiteral("claim source");
    case RefiField::Confidence:
        return QStringLiteral("confidence");
    case RefiField::Value:
        return QStringLiteral("value");
    case RefiField::Unit:
        return QStringLiteral("unit");
    case RefiField::Measure:
        return QStringLiteral("measure");
    case RefiField::Subject:
        return QStringLiteral("subject");
    case RefiField::Year:
        return QStringLiteral("year");
    case RefiField::Qualifier:
        return QStringLiteral("qualifier");
    case RefiField::Target:
        return QStringLiteral("target");
    case RefiField::Score:
        return QStringLiteral("score");
    case RefiField::Evidence:
        return QStringLiteral("evidence");
    case RefiField::Note:
        return QStringLiteral("note");
    case RefiField::ResearchQuestion:
        return QStringLiteral("research question");
    }
    return {};
}

QStringList selectionFieldKeys()
{
    return {fieldKey(RefiField::Speaker),   fieldKey(RefiField::Cue),        fieldKey(RefiField::CueStart),
            fieldKey(RefiField::CueEnd),    fieldKey(RefiField::QuoteMarks), fieldKey(RefiField::ClaimSource),
            fieldKey(RefiField::Confidence)};
}

QStringList figureFieldKeys()
{
    return {fieldKey(RefiField::Value),   fieldKey(RefiField::Unit), fieldKey(RefiField::Measure),
            fieldKey(RefiField::Subject), fieldKey(RefiField::Year), fieldKey(RefiField::Qualifier)};
}

QStringList stanceFieldKeys()
{
    return {fieldKey(RefiField::Speaker),  fieldKey(RefiField::Target),     fieldKey(RefiField::Score),
            fieldKey(RefiField::Evidence), fieldKey(RefiField::Confidence), fieldKey(RefiField::Note)};
}

QStringList questionFieldKeys()
{
    return {fieldKey(RefiField::ResearchQuestion)};
}

QString analysisUserGuid()
{
    return stableGuid(QStringLiteral("user/claimscope-analysis"));
}

QString refiOrigin()
{
    return QStringLiteral("Claimscope ") + QCoreApplication::applicationVersion();
}

bool isClaimscopeOrigin(QStringView origin)
{
    return origin.startsWith(u"Claimscope");
}

} // namespace claimscope::core
