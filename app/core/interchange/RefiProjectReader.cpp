#include "core/interchange/RefiProjectReader.h"

#include "core/document/office/PackageXml.h"
#include "core/interchange/RefiCodebook.h"
#include "core/interchange/RefiGuids.h"

#include <QCoreApplication>

namespace claimscope::core {
namespace {

class RefiReaderText final {
    Q_DECLARE_TR_FUNCTIONS(RefiProjectReader)

public:
    static QString notAProject() { return tr("project.qde is not a REFI-QDA 1.0 project"); }
    static QString skippedSource(QStringView element, const QString &name)
    {
        if (element == u"PDFSource")
            return tr("PDF source “%1” (only text sources are imported)").arg(name);
        if (element == u"PictureSource")
            return tr("picture source “%1” (only text sources are imported)").arg(name);
        if (element == u"AudioSource")
            return tr("audio source “%1” (only text sources are imported)").arg(name);
        if (element == u"VideoSource")
            return tr("video source “%1” (only text sources are imported)").arg(name);
        // Not a REFI-QDA source element at all: say what it was rather than guess a kind.
        return tr("unknown source element “%1” named “%2” (only text sources are imported)")
            .arg(element, name);
    }
    static QString skippedGroup(QStringView element, const QString &name)
    {
        if (element == u"Set")
            return tr("set “%1”").arg(name);
        if (element == u"Link")
            return tr("link “%1”").arg(name);
        return tr("graph “%1”").arg(name);
    }
};

QDateTime dateTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

qint64 position(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

// Walks the document token by token, with the path of open elements as context, so that deep
// nesting costs memory and not stack. Each record is collected while its element is open and
// stored when it closes.
class Reader final {
public:
    Reader(const QByteArray &xml, const QString &filePath)
        : m_xml(xml, QStringLiteral("project.qde"))
        , m_filePath(filePath)
    {
    }

    std::variant<RefiDocument, ImportError> read()
    {
        bool sawRoot = false;
        while (m_xml.next()) {
            if (m_xml.isStart()) {
                if (m_path.isEmpty()) {
                    if (!m_xml.is(kRefiProjectNamespace, u"Project"))
                        return ImportError(ImportError::Reason::Malformed, m_filePath,
                                           RefiReaderText::notAProject());
                    sawRoot = true;
                    m_document.name = m_xml.attribute(u"name");
                    m_document.origin = m_xml.attribute(u"origin");
                    m_path.append(QStringLiteral("Project"));
                    continue;
                }
                if (m_xml.namespaceUri() != kRefiProjectNamespace) {
                    m_xml.skipElement();
                    continue;
                }
                const QString name = m_xml.name().toString();
                const QString parent = m_path.constLast();
                m_path.append(name);
                start(name, parent);
            } else if (m_xml.isEnd()) {
                if (m_path.isEmpty())
                    break;
                end(m_path.takeLast());
            }
        }
        if (const auto error = m_xml.error(m_filePath))
            return *error;
        if (!sawRoot)
            return ImportError(ImportError::Reason::Malformed, m_filePath, RefiReaderText::notAProject());
        return std::move(m_document);
    }

private:
    // The current element's text; the element is then closed.
    QString text()
    {
        m_path.removeLast();
        return m_xml.readText();
    }

    void skip()
    {
        m_path.removeLast();
        m_xml.skipElement();
    }

    void start(const QString &name, const QString &parent)
    {
        if (name == u"User" && parent == u"Users") {
            m_document.users.insert(normalisedGuid(m_xml.attribute(u"guid")), m_xml.attribute(u"name"));
        } else if (name == u"Code" && (parent == u"Codes" || parent == u"Code")) {
            const QString guid = normalisedGuid(m_xml.attribute(u"guid"));
            const QString parentGuid =
                m_codeStack.isEmpty() ? QString() : m_document.codes.at(m_codeStack.constLast()).guid;
            m_document.codes.append(
                {guid, m_xml.attribute(u"name"), m_xml.attribute(u"color"), {}, parentGuid});
            m_codeStack.append(m_document.codes.size() - 1);
        } else if (name == u"Description" && parent == u"Code" && !m_codeStack.isEmpty()) {
            // By index, not by GUID: a codebook of many codes must not cost a search per description.
            m_document.codes[m_codeStack.constLast()].description = text();
        } else if (name == u"Variable" && parent == u"Variables") {
            m_document.variables.insert(normalisedGuid(m_xml.attribute(u"guid")), m_xml.attribute(u"name"));
        } else if (name == u"Case" && parent == u"Cases") {
            m_case = RefiCase{normalisedGuid(m_xml.attribute(u"guid")), m_xml.attribute(u"name"), {}, {}, {}};
        } else if (name == u"Description" && parent == u"Case" && m_case) {
            m_case->description = text();
        } else if (name == u"CodeRef" && parent == u"Case" && m_case) {
            m_case->codes.append(normalisedGuid(m_xml.attribute(u"targetGUID")));
        } else if (name == u"VariableValue") {
            m_value = RefiVariableValue{};
        } else if (name == u"VariableRef" && parent == u"VariableValue" && m_value) {
            m_value->variable = normalisedGuid(m_xml.attribute(u"targetGUID"));
        } else if (name.endsWith(u"Value") && parent == u"VariableValue" && m_value) {
            m_value->value = text();
        } else if (name == u"TextSource" && parent == u"Sources") {
            m_source = RefiTextSource{};
            m_source->guid = normalisedGuid(m_xml.attribute(u"guid"));
            m_source->name = m_xml.attribute(u"name");
            m_source->plainTextPath = m_xml.attribute(u"plainTextPath");
            m_source->creatingUser = normalisedGuid(m_xml.attribute(u"creatingUser"));
            m_source->created = dateTime(m_xml.attribute(u"creationDateTime"));
        } else if (parent == u"Sources") {
            m_document.skipped.append(RefiReaderText::skippedSource(name, m_xml.attribute(u"name")));
            skip();
        } else if (name == u"Description" && parent == u"TextSource" && m_source) {
            m_source->description = text();
        } else if (name == u"PlainTextContent" && parent == u"TextSource" && m_source) {
            m_source->plainTextContent = text();
        } else if (name == u"PlainTextSelection" && parent == u"TextSource" && m_source) {
            m_selection = RefiSelection{};
            m_selection->guid = normalisedGuid(m_xml.attribute(u"guid"));
            m_selection->name = m_xml.attribute(u"name");
            m_selection->start = position(m_xml.attribute(u"startPosition"));
            m_selection->end = position(m_xml.attribute(u"endPosition"));
            m_selection->creatingUser = normalisedGuid(m_xml.attribute(u"creatingUser"));
            m_selection->modifyingUser = normalisedGuid(m_xml.attribute(u"modifyingUser"));
            m_selection->created = dateTime(m_xml.attribute(u"creationDateTime"));
            m_selection->modified = dateTime(m_xml.attribute(u"modifiedDateTime"));
        } else if (name == u"Description" && parent == u"PlainTextSelection" && m_selection) {
            m_selection->description = text();
        } else if (name == u"Coding") {
            m_coding = RefiCoding{};
        } else if (name == u"CodeRef" && parent == u"Coding" && m_coding) {
            m_coding->code = normalisedGuid(m_xml.attribute(u"targetGUID"));
        } else if (name == u"NoteRef") {
            noteRef(parent, normalisedGuid(m_xml.attribute(u"targetGUID")));
        } else if (name == u"Note" && parent == u"Notes") {
            m_note = RefiNote{normalisedGuid(m_xml.attribute(u"guid")),
                              m_xml.attribute(u"name"),
                              {},
                              normalisedGuid(m_xml.attribute(u"creatingUser")),
                              normalisedGuid(m_xml.attribute(u"modifyingUser")),
                              dateTime(m_xml.attribute(u"creationDateTime")),
                              dateTime(m_xml.attribute(u"modifiedDateTime"))};
        } else if (name == u"PlainTextContent" && parent == u"Note" && m_note) {
            m_note->text = text();
        } else if ((name == u"Set" || name == u"Link" || name == u"Graph") && parent == name + u's') {
            m_document.skipped.append(RefiReaderText::skippedGroup(name, m_xml.attribute(u"name")));
            skip();
        } else if (name == u"Description" && parent == u"Project") {
            m_document.description = text();
        }
    }

    void noteRef(const QString &parent, const QString &guid)
    {
        if (parent == u"Coding" && m_coding)
            m_coding->notes.append(guid);
        else if (parent == u"PlainTextSelection" && m_selection)
            m_selection->notes.append(guid);
        else if (parent == u"TextSource" && m_source)
            m_source->notes.append(guid);
        else if (parent == u"Project")
            m_document.projectNotes.append(guid);
    }

    void end(const QString &name)
    {
        if (name == u"Code" && !m_codeStack.isEmpty()) {
            m_codeStack.removeLast();
        } else if (name == u"Case" && m_case) {
            m_document.cases.append(*std::exchange(m_case, std::nullopt));
        } else if (name == u"VariableValue" && m_value) {
            if (m_case)
                m_case->variables.append(*m_value);
            else if (m_source && !m_selection)
                m_source->variables.append(*m_value);
            m_value.reset();
        } else if (name == u"Coding" && m_coding) {
            if (m_selection)
                m_selection->codings.append(*m_coding);
            else if (m_source)
                m_source->codings.append(*m_coding);
            m_coding.reset();
        } else if (name == u"PlainTextSelection" && m_selection && m_source) {
            m_source->selections.append(*std::exchange(m_selection, std::nullopt));
        } else if (name == u"TextSource" && m_source) {
            m_document.sources.append(*std::exchange(m_source, std::nullopt));
        } else if (name == u"Note" && m_note) {
            m_document.notes.append(*std::exchange(m_note, std::nullopt));
        }
    }

    XmlPartReader m_xml;
    QString m_filePath;
    RefiDocument m_document;
    QStringList m_path;
    QList<qsizetype> m_codeStack; // indexes into m_document.codes of the open Code elements
    std::optional<RefiCase> m_case;
    std::optional<RefiVariableValue> m_value;
    std::optional<RefiTextSource> m_source;
    std::optional<RefiSelection> m_selection;
    std::optional<RefiCoding> m_coding;
    std::optional<RefiNote> m_note;
};

} // namespace

std::variant<RefiDocument, ImportError> readRefiProject(const QByteArray &xml, const QString &filePath)
{
    return Reader(xml, filePath).read();
}

} // namespace claimscope::core
