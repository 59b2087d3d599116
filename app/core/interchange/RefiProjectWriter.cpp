#include "core/interchange/RefiProjectWriter.h"

#include "core/interchange/CodePoints.h"
#include "core/interchange/RefiCodebook.h"
#include "core/interchange/RefiDocument.h"
#include "core/interchange/RefiFields.h"
#include "core/interchange/RefiGuids.h"
#include "core/interchange/RefiVocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QXmlStreamWriter>

#include <algorithm>
#include <unordered_map>

namespace claimscope::core {
namespace {

class RefiWriterText final {
    Q_DECLARE_TR_FUNCTIONS(RefiProjectWriter)

public:
    static QString analysisUser() { return tr("Claimscope analysis"); }
    static QString person() { return tr("Claimscope user"); }
    static QString figureNote() { return tr("Figure value"); }
    static QString stanceNote(const QString &speaker) { return tr("Stance of %1").arg(speaker); }
    static QString personNote() { return tr("Note"); }
    static QString questionNote() { return tr("Research question"); }
    static QString projectNotes() { return tr("Project notes"); }
};

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The name a selection shows in other programs' lists: its passage, shortened.
QString passageName(QStringView passage)
{
    constexpr qsizetype kLongest = 80;
    QString name = passage.toString().simplified();
    if (name.size() > kLongest)
        name = name.left(kLongest - 1).trimmed() + u'…';
    return name;
}

// A note as written: the record the reader gives back (RefiDocument.h).
using Note = RefiNote;

class ProjectXmlWriter final {
public:
    explicit ProjectXmlWriter(const ProjectContents &contents)
        : m_contents(contents)
        , m_xml(&m_bytes)
        , m_personGuid(newGuid())
    {
        for (const SpeakerRecord &speaker : contents.speakers)
            m_speakers.insert(speaker.speaker.id, &speaker);
        for (const AnnotationRecord &annotation : contents.annotations) {
            m_annotations[annotation.source].append(&annotation);
            m_selectionGuids.insert(annotation.id, newGuid());
        }
        for (auto &list : m_annotations) {
            std::sort(list.begin(), list.end(), [](const AnnotationRecord *a, const AnnotationRecord *b) {
                return std::tie(a->range.start, a->range.end, a->id) <
                       std::tie(b->range.start, b->range.end, b->id);
            });
        }
        for (const StanceRecord &stance : contents.stances)
            m_stances[stance.source].append(&stance);
    }

    RefiPackage write()
    {
        RefiPackage package;
        m_xml.setAutoFormatting(true);
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(kRefiProjectNamespace.toString());
        m_xml.writeStartElement(kRefiProjectNamespace.toString(), QStringLiteral("Project"));
        m_xml.writeAttribute(QStringLiteral("name"), m_contents.settings.name);
        m_xml.writeAttribute(QStringLiteral("origin"), refiOrigin());
        m_xml.writeAttribute(QStringLiteral("creatingUserGUID"), m_personGuid);
        m_xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(QDateTime::currentDateTimeUtc()));
        writeUsers();
        m_xml.writeStartElement(QStringLiteral("CodeBook"));
        m_xml.writeStartElement(QStringLiteral("Codes"));
        writeCodes(m_xml, projectCodebook(m_contents.speakers));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        writeVariables();
        writeCases();
        if (!m_contents.sources.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("Sources"));
            for (const SourceRecord &source : m_contents.sources)
                package.files.append(writeSource(source));
            m_xml.writeEndElement();
        }
        const QStringList projectNotes = addProjectNotes();
        writeNotes();
        for (const QString &guid : projectNotes)
            writeRef(QStringLiteral("NoteRef"), guid);
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        package.projectXml = m_bytes;
        return package;
    }

private:
    QString creator(Origin origin) const
    {
        return origin == Origin::Manual ? m_personGuid : analysisUserGuid();
    }

    void writeRef(const QString &element, const QString &guid)
    {
        m_xml.writeEmptyElement(element);
        m_xml.writeAttribute(QStringLiteral("targetGUID"), guid);
    }

    void writeUsers()
    {
        m_xml.writeStartElement(QStringLiteral("Users"));
        m_xml.writeEmptyElement(QStringLiteral("User"));
        m_xml.writeAttribute(QStringLiteral("guid"), analysisUserGuid());
        m_xml.writeAttribute(QStringLiteral("name"), RefiWriterText::analysisUser());
        m_xml.writeEmptyElement(QStringLiteral("User"));
        m_xml.writeAttribute(QStringLiteral("guid"), m_personGuid);
        m_xml.writeAttribute(QStringLiteral("name"), RefiWriterText::person());
        m_xml.writeEndElement();
    }

    void writeVariables()
    {
        m_xml.writeStartElement(QStringLiteral("Variables"));
        for (RefiVariable variable : allRefiVariables()) {
            m_xml.writeStartElement(QStringLiteral("Variable"));
            m_xml.writeAttribute(QStringLiteral("guid"), variableGuid(variable));
            m_xml.writeAttribute(QStringLiteral("name"), variableName(variable));
            m_xml.writeAttribute(QStringLiteral("typeOfVariable"), variableType(variable));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeValue(RefiVariable variable, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("VariableValue"));
        writeRef(QStringLiteral("VariableRef"), variableGuid(variable));
        const QString type = variableType(variable);
        const QString element = type == u"Date"      ? QStringLiteral("DateValue")
                                : type == u"Boolean" ? QStringLiteral("BooleanValue")
                                                     : QStringLiteral("TextValue");
        m_xml.writeTextElement(element, value);
        m_xml.writeEndElement();
    }

    void writeCases()
    {
        if (m_contents.speakers.isEmpty())
            return;
        QHash<QString, QList<const AnnotationRecord *>> bySpeaker;
        for (const AnnotationRecord &annotation : m_contents.annotations)
            bySpeaker[annotation.speaker].append(&annotation);
        m_xml.writeStartElement(QStringLiteral("Cases"));
        for (const SpeakerRecord &record : m_contents.speakers) {
            const Speaker &speaker = record.speaker;
            m_xml.writeStartElement(QStringLiteral("Case"));
            m_xml.writeAttribute(QStringLiteral("guid"), caseGuid(speaker.id));
            m_xml.writeAttribute(QStringLiteral("name"), speaker.name);
            if (!speaker.role.isEmpty())
                m_xml.writeTextElement(QStringLiteral("Description"), speaker.role);
            for (AnnotationKind kind : {AnnotationKind::Quote, AnnotationKind::Claim, AnnotationKind::Figure,
                                        AnnotationKind::SpeakerMention})
                writeRef(QStringLiteral("CodeRef"), speakerCodeGuid(kind, speaker.id));
            writeValue(RefiVariable::SpeakerId, speaker.id);
            writeValue(RefiVariable::Role, speaker.role);
            writeValue(RefiVariable::Kind, speaker.kind);
            writeValue(RefiVariable::FormsEnglish, speaker.formsEn.join(u'\n'));
            writeValue(RefiVariable::FormsRussian, speaker.formsRu.join(u'\n'));
            writeValue(RefiVariable::FormsTurkish, speaker.formsTr.join(u'\n'));
            writeValue(RefiVariable::Suggested,
                       record.suggested ? QStringLiteral("true") : QStringLiteral("false"));
            for (const AnnotationRecord *annotation : bySpeaker.value(speaker.id))
                writeRef(QStringLiteral("SelectionRef"), m_selectionGuids.value(annotation->id));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    std::pair<QString, QByteArray> writeSource(const SourceRecord &source)
    {
        const QString guid = newGuid();
        const QString file = guid + QStringLiteral(".txt");
        const DocumentMetadata &m = source.document.metadata;
        const CodePointIndex points(source.document.text);
        m_xml.writeStartElement(QStringLiteral("TextSource"));
        m_xml.writeAttribute(QStringLiteral("guid"), guid);
        m_xml.writeAttribute(QStringLiteral("name"), m.title);
        m_xml.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://") + file);
        m_xml.writeAttribute(QStringLiteral("creatingUser"), m_personGuid);
        if (source.importedAt.isValid())
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(source.importedAt));

        // The stances of this source, each linked from the passages it rests on.
        QHash<std::pair<qsizetype, qsizetype>, QStringList> stanceNotesAt;
        QStringList stanceNotes;
        for (const StanceRecord *stance : m_stances.value(source.id)) {
            const QString note = addStanceNote(*stance, points);
            stanceNotes.append(note);
            for (const TextRange &range : stance->evidence)
                stanceNotesAt[{range.start, range.end}].append(note);
        }
        for (const AnnotationRecord *annotation : m_annotations.value(source.id))
            writeSelection(source, *annotation, points,
                           stanceNotesAt.value({annotation->range.start, annotation->range.end}));
        for (const QString &note : stanceNotes)
            writeRef(QStringLiteral("NoteRef"), note);
        writeValue(RefiVariable::Outlet, m.outlet);
        writeValue(RefiVariable::Author, m.author);
        writeValue(RefiVariable::Date, m.date.isValid() ? m.date.toString(Qt::ISODate) : QString());
        writeValue(RefiVariable::Url, m.url);
        writeValue(RefiVariable::Language, m.language);
        writeValue(RefiVariable::Format, m.format);
        writeValue(RefiVariable::Analysed,
                   source.analysed ? QStringLiteral("true") : QStringLiteral("false"));
        m_xml.writeEndElement();
        return {QStringLiteral("Sources/") + file, source.document.text.toUtf8()};
    }

    void writeSelection(const SourceRecord &source, const AnnotationRecord &a, const CodePointIndex &points,
                        const QStringList &stanceNotes)
    {
        const QString creatingUser = creator(a.origin);
        m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
        m_xml.writeAttribute(QStringLiteral("guid"), m_selectionGuids.value(a.id));
        m_xml.writeAttribute(
            QStringLiteral("name"),
            passageName(QStringView(source.document.text).mid(a.range.start, a.range.length())));
        m_xml.writeAttribute(QStringLiteral("startPosition"),
                             QString::number(points.toCodePoints(a.range.start)));
        m_xml.writeAttribute(QStringLiteral("endPosition"),
                             QString::number(points.toCodePoints(a.range.end)));
        m_xml.writeAttribute(QStringLiteral("creatingUser"), creatingUser);
        if (a.created.isValid())
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(a.created));
        if (a.origin == Origin::Edited)
            m_xml.writeAttribute(QStringLiteral("modifyingUser"), m_personGuid);
        if (a.modified.isValid())
            m_xml.writeAttribute(QStringLiteral("modifiedDateTime"), isoTime(a.modified));
        m_xml.writeTextElement(QStringLiteral("Description"), writeFieldLines(selectionFields(a, points)));

        m_xml.writeStartElement(QStringLiteral("Coding"));
        m_xml.writeAttribute(QStringLiteral("guid"), newGuid());
        m_xml.writeAttribute(QStringLiteral("creatingUser"), creatingUser);
        if (a.created.isValid())
            m_xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(a.created));
        const bool knownSpeaker = m_speakers.contains(a.speaker);
        writeRef(QStringLiteral("CodeRef"),
                 knownSpeaker ? speakerCodeGuid(a.kind, a.speaker) : categoryGuid(a.kind));
        m_xml.writeEndElement();

        if (a.kind == AnnotationKind::Figure)
            writeRef(QStringLiteral("NoteRef"), addNote({newGuid(),
                                                         RefiWriterText::figureNote(),
                                                         writeFieldLines(figureFields(a.figure)),
                                                         creatingUser,
                                                         {},
                                                         a.created,
                                                         a.modified}));
        if (!a.note.isEmpty())
            writeRef(QStringLiteral("NoteRef"), addNote({newGuid(),
                                                         RefiWriterText::personNote(),
                                                         a.note,
                                                         m_personGuid,
                                                         {},
                                                         a.modified,
                                                         a.modified}));
        for (const QString &note : stanceNotes)
            writeRef(QStringLiteral("NoteRef"), note);
        m_xml.writeEndElement();
    }

    FieldLines selectionFields(const AnnotationRecord &a, const CodePointIndex &points) const
    {
        FieldLines fields;
        if (!a.speaker.isEmpty() && !m_speakers.contains(a.speaker))
            fields.append({fieldKey(RefiField::Speaker), a.speaker});
        if (!a.cue.isEmpty())
            fields.append({fieldKey(RefiField::Cue), a.cue});
        if (!a.cueRange.isEmpty()) {
            fields.append(
                {fieldKey(RefiField::CueStart), QString::number(points.toCodePoints(a.cueRange.start))});
            fields.append(
                {fieldKey(RefiField::CueEnd), QString::number(points.toCodePoints(a.cueRange.end))});
        }
        if (a.kind == AnnotationKind::Quote)
            fields.append({fieldKey(RefiField::QuoteMarks),
                           a.quoteMarks ? QStringLiteral("yes") : QStringLiteral("no")});
        if (!a.claimSource.isEmpty())
            fields.append({fieldKey(RefiField::ClaimSource), a.claimSource});
        fields.append({fieldKey(RefiField::Confidence), number(a.confidence)});
        return fields;
    }

    static FieldLines figureFields(const FigureFields &f)
    {
        FieldLines fields{{fieldKey(RefiField::Value), number(f.value)}, {fieldKey(RefiField::Unit), f.unit}};
        if (!f.measure.isEmpty())
            fields.append({fieldKey(RefiField::Measure), f.measure});
        if (!f.subject.isEmpty())
            fields.append({fieldKey(RefiField::Subject), f.subject});
        if (f.year)
            fields.append({fieldKey(RefiField::Year), QString::number(*f.year)});
        if (!f.qualifier.isEmpty())
            fields.append({fieldKey(RefiField::Qualifier), f.qualifier});
        return fields;
    }

    QString addStanceNote(const StanceRecord &s, const CodePointIndex &points)
    {
        QStringList evidence;
        for (const TextRange &range : s.evidence)
            evidence.append(QString::number(points.toCodePoints(range.start)) + u'-' +
                            QString::number(points.toCodePoints(range.end)));
        FieldLines fields{{fieldKey(RefiField::Speaker), s.speaker},
                          {fieldKey(RefiField::Target), s.target},
                          {fieldKey(RefiField::Score), QString::number(s.score)},
                          {fieldKey(RefiField::Evidence), evidence.join(QStringLiteral("; "))},
                          {fieldKey(RefiField::Confidence), number(s.confidence)}};
        if (!s.note.isEmpty())
            fields.append({fieldKey(RefiField::Note), s.note});
        const SpeakerRecord *speaker = m_speakers.value(s.speaker);
        return addNote({newGuid(), RefiWriterText::stanceNote(speaker ? speaker->speaker.name : s.speaker),
                        writeFieldLines(fields), creator(s.origin),
                        s.origin == Origin::Edited ? m_personGuid : QString(), s.created, s.modified});
    }

    QStringList addProjectNotes()
    {
        QStringList guids;
        if (!m_contents.settings.question.isEmpty()) {
            const FieldLines question{{fieldKey(RefiField::ResearchQuestion), m_contents.settings.question}};
            guids.append(addNote({newGuid(),
                                  RefiWriterText::questionNote(),
                                  writeFieldLines(question),
                                  m_personGuid,
                                  {},
                                  {},
                                  {}}));
        }
        if (!m_contents.settings.notes.isEmpty())
            guids.append(addNote({newGuid(),
                                  RefiWriterText::projectNotes(),
                                  m_contents.settings.notes,
                                  m_personGuid,
                                  {},
                                  {},
                                  {}}));
        return guids;
    }

    QString addNote(Note note)
    {
        m_notes.append(std::move(note));
        return m_notes.constLast().guid;
    }

    void writeNotes()
    {
        if (m_notes.isEmpty())
            return;
        m_xml.writeStartElement(QStringLiteral("Notes"));
        for (const Note &note : std::as_const(m_notes)) {
            m_xml.writeStartElement(QStringLiteral("Note"));
            m_xml.writeAttribute(QStringLiteral("guid"), note.guid);
            m_xml.writeAttribute(QStringLiteral("name"), note.name);
            m_xml.writeAttribute(QStringLiteral("creatingUser"), note.creatingUser);
            if (note.created.isValid())
                m_xml.writeAttribute(QStringLiteral("creationDateTime"), isoTime(note.created));
            if (!note.modifyingUser.isEmpty())
                m_xml.writeAttribute(QStringLiteral("modifyingUser"), note.modifyingUser);
            if (note.modified.isValid())
                m_xml.writeAttribute(QStringLiteral("modifiedDateTime"), isoTime(note.modified));
            m_xml.writeTextElement(QStringLiteral("PlainTextContent"), note.text);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    const ProjectContents &m_contents;
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
    QString m_personGuid;
    QHash<QString, const SpeakerRecord *> m_speakers;
    QHash<SourceId, QList<const AnnotationRecord *>> m_annotations;
    QHash<SourceId, QList<const StanceRecord *>> m_stances;
    QHash<AnnotationId, QString> m_selectionGuids;
    QList<Note> m_notes;
};

} // namespace

RefiPackage refiPackage(const ProjectContents &contents)
{
    return ProjectXmlWriter(contents).write();
}

} // namespace claimscope::core
