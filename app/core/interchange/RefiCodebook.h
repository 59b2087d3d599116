#pragma once

#include "core/project/ProjectRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QXmlStreamWriter;

namespace claimscope::core {

// The XML namespaces of REFI-QDA 1.0.
inline constexpr QStringView kRefiProjectNamespace = u"urn:QDA-XML:project:1.0";
inline constexpr QStringView kRefiCodebookNamespace = u"urn:QDA-XML:codebook:1.0";

// One code of a REFI-QDA codebook.
struct RefiCode {
    QString guid;
    QString name;
    QString colour; // "#rrggbb", or empty
    QString description;
    bool codable = true;
    QList<RefiCode> children;
};

// Claimscope's codebook: the categories Quote, Claim, Figure and Speaker mention (in the interface
// language), each codable itself (a passage with no speaker) and with one child code per speaker,
// in the speaker's colour. The same for every export of the same speakers (see RefiGuids.h).
QList<RefiCode> projectCodebook(const QList<SpeakerRecord> &speakers);

QString categoryGuid(AnnotationKind kind);
QString speakerCodeGuid(AnnotationKind kind, QStringView speakerId);
QString caseGuid(QStringView speakerId);
QString categoryName(AnnotationKind kind); // translated

// The kind a code stands for: one of our category GUIDs, or a category name in English, Russian or
// Turkish (singular or plural, any case), as a person would name the code in another program.
std::optional<AnnotationKind> categoryKind(QStringView guid, QStringView name);

// <Code> elements, nested, in the writer's current default namespace.
void writeCodes(QXmlStreamWriter &xml, const QList<RefiCode> &codes);

// A codebook file (.qdc): the project's codebook on its own, for another program to code with.
QByteArray codebookDocument(const QList<SpeakerRecord> &speakers);

} // namespace claimscope::core
