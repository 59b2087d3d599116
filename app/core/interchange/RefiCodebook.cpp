#include "core/interchange/RefiCodebook.h"

#include "core/interchange/RefiGuids.h"
#include "core/project/AnnotationsModel.h"
#include "core/project/Project.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <array>

namespace claimscope::core {
namespace {

class RefiCodebookText final {
    Q_DECLARE_TR_FUNCTIONS(RefiCodebook)

public:
    static QString description(AnnotationKind kind)
    {
        switch (kind) {
        case AnnotationKind::Quote:
            return tr("Direct speech: the words inside the quotation marks. The child codes name "
                      "the speaker.");
        case AnnotationKind::Claim:
            return tr("Reported speech: what someone is said to have said or claimed. The child "
                      "codes name the speaker.");
        case AnnotationKind::Figure:
            return tr("A figure the text cites, with its value and unit in a linked note. The child "
                      "codes name the speaker it is quoted from.");
        case AnnotationKind::SpeakerMention:
            return tr("A place where the text names a speaker. The child codes name the speaker.");
        }
        return {};
    }
};

constexpr std::array kKinds{AnnotationKind::Quote, AnnotationKind::Claim, AnnotationKind::Figure,
                            AnnotationKind::SpeakerMention};

// The category colours: the viewer's figure brown, and calm hues for the others that no speaker's
// palette colour repeats.
QString categoryColour(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote:
        return QStringLiteral("#204a87");
    case AnnotationKind::Claim:
        return QStringLiteral("#5c3566");
    case AnnotationKind::Figure:
        return QStringLiteral("#a35200");
    case AnnotationKind::SpeakerMention:
        return QStringLiteral("#555753");
    }
    return {};
}

// Names other programs' users give these categories, compared lower-case. Turkish "İ" lowers to
// "i" with a combining dot, which is dropped before comparing.
QString comparable(QStringView name)
{
    return name.trimmed().toString().toLower().remove(QChar(0x0307));
}

std::optional<AnnotationKind> kindNamed(const QString &name)
{
    static const QHash<QString, AnnotationKind> names{
        {QStringLiteral("quote"), AnnotationKind::Quote},
        {QStringLiteral("quotes"), AnnotationKind::Quote},
        {QStringLiteral("цитата"), AnnotationKind::Quote},
        {QStringLiteral("цитаты"), AnnotationKind::Quote},
        {QStringLiteral("alıntı"), AnnotationKind::Quote},
        {QStringLiteral("alıntılar"), AnnotationKind::Quote},
        {QStringLiteral("claim"), AnnotationKind::Claim},
        {QStringLiteral("claims"), AnnotationKind::Claim},
        {QStringLiteral("утверждение"), AnnotationKind::Claim},
        {QStringLiteral("утверждения"), AnnotationKind::Claim},
        {QStringLiteral("iddia"), AnnotationKind::Claim},
        {QStringLiteral("iddialar"), AnnotationKind::Claim},
        {QStringLiteral("figure"), AnnotationKind::Figure},
        {QStringLiteral("figures"), AnnotationKind::Figure},
        {QStringLiteral("цифра"), AnnotationKind::Figure},
        {QStringLiteral("цифры"), AnnotationKind::Figure},
        {QStringLiteral("rakam"), AnnotationKind::Figure},
        {QStringLiteral("rakamlar"), AnnotationKind::Figure},
        {QStringLiteral("speaker mention"), AnnotationKind::SpeakerMention},
        {QStringLiteral("speaker mentions"), AnnotationKind::SpeakerMention},
        {QStringLiteral("упоминание автора"), AnnotationKind::SpeakerMention},
        {QStringLiteral("упоминания авторов"), AnnotationKind::SpeakerMention},
        {QStringLiteral("konuşmacının anılması"), AnnotationKind::SpeakerMention},
        {QStringLiteral("konuşmacı anılmaları"), AnnotationKind::SpeakerMention},
    };
    const auto found = names.constFind(comparable(name));
    if (found == names.constEnd())
        return std::nullopt;
    return *found;
}

void writeCode(QXmlStreamWriter &xml, const RefiCode &code)
{
    xml.writeStartElement(QStringLiteral("Code"));
    xml.writeAttribute(QStringLiteral("guid"), code.guid);
    xml.writeAttribute(QStringLiteral("name"), code.name);
    xml.writeAttribute(QStringLiteral("isCodable"),
                       code.codable ? QStringLiteral("true") : QStringLiteral("false"));
    if (!code.colour.isEmpty())
        xml.writeAttribute(QStringLiteral("color"), code.colour);
    if (!code.description.isEmpty())
        xml.writeTextElement(QStringLiteral("Description"), code.description);
    for (const RefiCode &child : code.children)
        writeCode(xml, child);
    xml.writeEndElement();
}

} // namespace

QString categoryGuid(AnnotationKind kind)
{
    return stableGuid(u"category/" + kindKey(kind));
}

QString speakerCodeGuid(AnnotationKind kind, QStringView speakerId)
{
    return stableGuid(u"code/" + kindKey(kind) + u'/' + speakerId);
}

QString caseGuid(QStringView speakerId)
{
    return stableGuid(u"case/" + speakerId.toString());
}

QString categoryName(AnnotationKind kind)
{
    return AnnotationsModel::kindName(kind); // the name the panels give the kind
}

QList<RefiCode> projectCodebook(const QList<SpeakerRecord> &speakers)
{
    QList<RefiCode> codebook;
    for (AnnotationKind kind : kKinds) {
        RefiCode category{categoryGuid(kind),
                          categoryName(kind),
                          categoryColour(kind),
                          RefiCodebookText::description(kind),
                          true,
                          {}};
        for (const SpeakerRecord &speaker : speakers) {
            category.children.append({speakerCodeGuid(kind, speaker.speaker.id),
                                      speaker.speaker.name,
                                      speaker.colour,
                                      speaker.speaker.role,
                                      true,
                                      {}});
        }
        codebook.append(category);
    }
    return codebook;
}

std::optional<AnnotationKind> categoryKind(QStringView guid, QStringView name)
{
    const QString normalised = normalisedGuid(guid);
    for (AnnotationKind kind : kKinds) {
        if (normalised == categoryGuid(kind))
            return kind;
    }
    return kindNamed(name.toString());
}

void writeCodes(QXmlStreamWriter &xml, const QList<RefiCode> &codes)
{
    for (const RefiCode &code : codes)
        writeCode(xml, code);
}

QByteArray codebookDocument(const QList<SpeakerRecord> &speakers)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kRefiCodebookNamespace.toString());
    xml.writeStartElement(kRefiCodebookNamespace.toString(), QStringLiteral("CodeBook"));
    xml.writeAttribute(QStringLiteral("origin"), QStringLiteral("Claimscope"));
    xml.writeStartElement(QStringLiteral("Codes"));
    writeCodes(xml, projectCodebook(speakers));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace claimscope::core
