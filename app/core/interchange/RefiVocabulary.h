#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace claimscope::core {

// The names Claimscope gives what REFI-QDA has no element for, shared by the writer and the reader
// so that they cannot drift apart.

// Variables: a source's metadata and a speaker's facts. Their GUIDs are stable (RefiGuids.h), so a
// project exported in one interface language is read back in any other; their names are
// translated for the people who see them in other programs.
enum class RefiVariable {
    Outlet,
    Author,
    Date,
    Url,
    Language,
    Format,
    Analysed,
    SpeakerId,
    Role,
    Kind,
    FormsEnglish,
    FormsRussian,
    FormsTurkish,
    Suggested,
};
QList<RefiVariable> allRefiVariables();
QString variableGuid(RefiVariable variable);
QString variableName(RefiVariable variable); // translated
QString variableType(RefiVariable variable); // "Text", "Date" or "Boolean"
std::optional<RefiVariable> variableWithGuid(QStringView guid);

// Keys of the "key: value" lines (RefiFields.h): English, never translated, like CSV headers.
enum class RefiField {
    Speaker,
    Cue,
    CueStart,
    CueEnd,
    QuoteMarks,
    ClaimSource,
    Confidence,
    Value,
    Unit,
    Measure,
    Subject,
    Year,
    Qualifier,
    Target,
    Score,
    Evidence,
    Note,
    ResearchQuestion,
};
QString fieldKey(RefiField field);
// The keys that may appear in a selection's description, a figure note, a stance note, and the
// research-question note.
QStringList selectionFieldKeys();
QStringList figureFieldKeys();
QStringList stanceFieldKeys();
QStringList questionFieldKeys();

// The user who made every automatic annotation: the same GUID in every export.
QString analysisUserGuid();
// The Project element's origin attribute: "Claimscope <version>".
QString refiOrigin();
bool isClaimscopeOrigin(QStringView origin);

} // namespace claimscope::core
