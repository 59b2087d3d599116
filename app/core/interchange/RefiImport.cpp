#include "core/interchange/RefiImport.h"

#include "core/document/LanguageGuess.h"
#include "core/interchange/CodePoints.h"
#include "core/interchange/RefiCodebook.h"
#include "core/interchange/RefiFields.h"
#include "core/interchange/RefiImportText.h"
#include "core/interchange/RefiPositions.h"
#include "core/interchange/RefiVocabulary.h"
#include "core/project/SampleProject.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace claimscope::core {
namespace {

// A passage as a line of the notes: short, on one line.
QString excerpt(QStringView text)
{
    QString line = text.toString().simplified();
    if (line.size() > 120)
        line = line.left(119).trimmed() + u'…';
    return line;
}

QString noteLine(const RefiNote &note)
{
    const QString text = note.text.simplified();
    return note.name.isEmpty() ? text : note.name + u": " + text;
}

QString slug(const QString &name)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString id = name.toLower().replace(nonWord, QStringLiteral("-"));
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("speaker") : id;
}

class Importer final {
public:
    Importer(const RefiDocument &document, const PackageFileReader &readFile, const QString &filePath,
             const QList<Speaker> &known)
        : m_document(document)
        , m_readFile(readFile)
        , m_known(known)
        , m_filePath(filePath)
        , m_ours(isClaimscopeOrigin(document.origin))
    {
        for (const RefiNote &note : document.notes)
            m_notes.insert(note.guid, &note);
        for (const RefiCodeEntry &code : document.codes)
            m_codes.insert(code.guid, &code);
    }

    std::variant<RefiImported, ImportError> run()
    {
        m_result.contents.settings.name = m_document.name;
        mapCodes();
        addSpeakersFromCases();
        addSpeakersFromCodes();
        int number = 0;
        for (const RefiTextSource &source : m_document.sources)
            addSource(source, ++number);
        if (m_result.contents.sources.isEmpty())
            return ImportError(ImportError::Reason::NoText, m_filePath, RefiImportText::noSources());
        readProjectNotes();
        for (const QString &skipped : m_document.skipped)
            m_kept.append(skipped);
        for (const RefiNote &note : m_document.notes) {
            if (!m_usedNotes.contains(note.guid))
                m_kept.append(RefiImportText::projectNote(noteLine(note)));
        }
        finishNotes();
        RefiImportReport &report = m_result.report;
        report.sources = int(m_result.contents.sources.size());
        report.speakers = int(m_result.contents.speakers.size());
        report.annotations = int(m_result.contents.annotations.size());
        report.stances = int(m_result.contents.stances.size());
        report.keptAsNotes = m_kept;
        return std::move(m_result);
    }

private:
    struct CodeMeaning {
        AnnotationKind kind;
        QString speakerCode; // the speaker's code GUID, empty for the category itself
    };

    void mapCodes()
    {
        for (const RefiCodeEntry &code : m_document.codes) {
            if (code.parent.isEmpty()) {
                if (const auto kind = categoryKind(code.guid, code.name))
                    m_meanings.insert(code.guid, {*kind, {}});
            }
        }
        for (const RefiCodeEntry &code : m_document.codes) {
            const auto parent = m_meanings.constFind(code.parent);
            if (!code.parent.isEmpty() && parent != m_meanings.constEnd() && parent->speakerCode.isEmpty())
                m_meanings.insert(code.guid, {parent->kind, code.guid});
        }
    }

    QString uniqueId(const QString &wanted) const
    {
        QString id = wanted;
        for (int n = 2; m_speakerIndex.contains(id); ++n)
            id = wanted + u'-' + QString::number(n);
        return id;
    }

    void appendSpeaker(SpeakerRecord speaker)
    {
        if (speaker.colour.isEmpty())
            speaker.colour = speakerColour(m_result.contents.speakers.size());
        m_speakerIndex.insert(speaker.speaker.id, m_result.contents.speakers.size());
        m_result.contents.speakers.append(std::move(speaker));
    }

    static QString value(const QList<RefiVariableValue> &values, RefiVariable variable)
    {
        const QString guid = variableGuid(variable);
        for (const RefiVariableValue &value : values) {
            if (value.variable == guid)
                return value.value;
        }
        return {};
    }

    static QStringList forms(const QString &text)
    {
        QStringList forms = text.split(u'\n', Qt::SkipEmptyParts);
        for (QString &form : forms)
            form = form.trimmed();
        forms.removeAll(QString());
        return forms;
    }

    // The lexicon speaker whose name or one of whose name forms is `name`, ignoring case.
    const Speaker *knownSpeaker(const QString &name) const
    {
        if (name.trimmed().isEmpty())
            return nullptr;
        const auto same = [&name](const QString &form) {
            return form.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        };
        for (const Speaker &speaker : m_known) {
            if (same(speaker.name) || std::any_of(speaker.formsEn.begin(), speaker.formsEn.end(), same) ||
                std::any_of(speaker.formsRu.begin(), speaker.formsRu.end(), same) ||
                std::any_of(speaker.formsTr.begin(), speaker.formsTr.end(), same))
                return &speaker;
        }
        return nullptr;
    }

    void addSpeakersFromCases()
    {
        for (const RefiCase &c : m_document.cases) {
            SpeakerRecord record;
            Speaker &speaker = record.speaker;
            speaker.name = c.name.trimmed();
            const QString id = value(c.variables, RefiVariable::SpeakerId).trimmed();
            // Another program's case for a person the lexicon knows becomes that lexicon speaker,
            // with the name forms the highlighter needs to find them in new sources.
            if (const Speaker *match = id.isEmpty() ? knownSpeaker(speaker.name) : nullptr)
                speaker = *match;
            speaker.id =
                uniqueId(id.isEmpty() ? (speaker.id.isEmpty() ? slug(speaker.name) : speaker.id) : id);
            if (speaker.name.isEmpty())
                speaker.name = speaker.id;
            const auto take = [](QString &field, const QString &value) {
                if (!value.isEmpty())
                    field = value;
            };
            const auto takeForms = [](QStringList &field, const QStringList &value) {
                if (!value.isEmpty())
                    field = value;
            };
            take(speaker.role, value(c.variables, RefiVariable::Role));
            if (speaker.role.isEmpty())
                speaker.role = c.description;
            take(speaker.kind, value(c.variables, RefiVariable::Kind));
            takeForms(speaker.formsEn, forms(value(c.variables, RefiVariable::FormsEnglish)));
            takeForms(speaker.formsRu, forms(value(c.variables, RefiVariable::FormsRussian)));
            takeForms(speaker.formsTr, forms(value(c.variables, RefiVariable::FormsTurkish)));
            record.suggested = value(c.variables, RefiVariable::Suggested) == u"true";
            for (const QString &code : c.codes) {
                if (!m_meanings.contains(code) || m_meanings.value(code).speakerCode.isEmpty())
                    continue;
                m_speakerOfCode.insert(code, speaker.id);
                if (record.colour.isEmpty() && m_codes.contains(code))
                    record.colour = m_codes.value(code)->colour;
            }
            appendSpeaker(std::move(record));
        }
    }

    void addSpeakersFromCodes()
    {
        // In document order, so that speakers keep the order the other program shows.
        for (const RefiCodeEntry &code : m_document.codes) {
            const auto meaning = m_meanings.constFind(code.guid);
            if (meaning == m_meanings.constEnd() || meaning->speakerCode.isEmpty() ||
                m_speakerOfCode.contains(code.guid))
                continue;
            const QString name = code.name.trimmed();
            QString id;
            for (const SpeakerRecord &speaker : std::as_const(m_result.contents.speakers)) {
                if (speaker.speaker.name.compare(name, Qt::CaseInsensitive) == 0)
                    id = speaker.speaker.id;
            }
            if (id.isEmpty()) {
                SpeakerRecord record;
                if (const Speaker *match = knownSpeaker(name)) {
                    record.speaker = *match;
                    record.speaker.id = uniqueId(match->id);
                } else {
                    record.speaker.id = uniqueId(slug(name));
                    record.speaker.name = name.isEmpty() ? record.speaker.id : name;
                    record.speaker.role = code.description;
                }
                record.colour = code.colour;
                id = record.speaker.id;
                appendSpeaker(std::move(record));
            }
            m_speakerOfCode.insert(code.guid, id);
        }
    }

    std::optional<QString> sourceText(const RefiTextSource &source, const QString &title)
    {
        if (source.plainTextContent)
            return *source.plainTextContent;
        const QString path = source.plainTextPath;
        const QString internal = QStringLiteral("internal://");
        if (!path.startsWith(internal)) {
            m_kept.append(RefiImportText::outsidePackage(title, path));
            return std::nullopt;
        }
        auto bytes = m_readFile(QStringLiteral("Sources/") + path.mid(internal.size()));
        if (const auto *error = std::get_if<ImportError>(&bytes)) {
            m_kept.append(RefiImportText::unreadable(title, error->reasonText()));
            return std::nullopt;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(std::get<QByteArray>(bytes));
        if (decoder.hasError()) {
            m_kept.append(RefiImportText::notUtf8(title));
            return std::nullopt;
        }
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1); // a byte-order mark is not part of the text (positions start after it)
        return text;
    }

    Origin originOf(const QString &creatingUser, const QString &modifyingUser) const
    {
        const QString analysis = analysisUserGuid();
        if (creatingUser != analysis)
            return Origin::Manual;
        return !modifyingUser.isEmpty() && modifyingUser != analysis ? Origin::Edited : Origin::Automatic;
    }

    QString codeName(const QString &guid) const
    {
        const RefiCodeEntry *code = m_codes.value(guid);
        return code ? u'“' + code->name + u'”' : u'“' + guid + u'”';
    }

    void readSourceVariables(const RefiTextSource &source, const QString &title, DocumentMetadata &m,
                             bool &analysed)
    {
        for (const RefiVariableValue &value : source.variables) {
            const auto variable = variableWithGuid(value.variable);
            const QString text = value.value.trimmed();
            switch (variable.value_or(RefiVariable::SpeakerId)) {
            case RefiVariable::Outlet:
                m.outlet = text;
                break;
            case RefiVariable::Author:
                m.author = text;
                break;
            case RefiVariable::Date:
                m.date = QDate::fromString(text, Qt::ISODate);
                break;
            case RefiVariable::Url:
                m.url = text;
                break;
            case RefiVariable::Language:
                m.language = normaliseLanguageCode(text);
                break;
            case RefiVariable::Format:
                m.format = text;
                break;
            case RefiVariable::Analysed:
                analysed = text == u"true";
                break;
            default:
                m_kept.append(RefiImportText::sourceValue(
                    title, m_document.variables.value(value.variable, value.variable), value.value));
            }
        }
    }

    void addSource(const RefiTextSource &refi, int number)
    {
        const QString title =
            refi.name.trimmed().isEmpty() ? RefiImportText::untitled(number) : refi.name.trimmed();
        const auto original = sourceText(refi, title);
        if (!original)
            return;
        const SourcePositions positions(*original);
        if (positions.text().trimmed().isEmpty()) {
            m_kept.append(RefiImportText::emptySource(title));
            return;
        }
        SourceRecord source;
        source.id = SourceId(m_result.contents.sources.size() + 1);
        source.document.text = positions.text();
        DocumentMetadata &m = source.document.metadata;
        m.title = title;
        m.format = QStringLiteral("text");
        readSourceVariables(refi, title, m, source.analysed);
        if (m.language.isEmpty())
            m.language = guessLanguage(source.document.text);
        source.importedAt = refi.created.isValid() ? refi.created : QDateTime::currentDateTimeUtc();

        if (!refi.codings.isEmpty()) {
            QStringList names;
            for (const RefiCoding &coding : refi.codings)
                names.append(codeName(coding.code));
            m_kept.append(RefiImportText::sourceCoded(title, names.join(QStringLiteral(", "))));
        }
        for (const QString &noteGuid : refi.notes)
            readSourceNote(noteGuid, source, positions, title);
        for (const RefiSelection &selection : refi.selections)
            addSelection(selection, source, positions, title);
        m_result.contents.sources.append(std::move(source));
    }

    void readSourceNote(const QString &guid, const SourceRecord &source, const SourcePositions &positions,
                        const QString &title)
    {
        const RefiNote *note = m_notes.value(guid);
        if (!note || m_usedNotes.contains(guid))
            return;
        m_usedNotes.insert(guid);
        const auto fields = readFieldLines(note->text, stanceFieldKeys());
        bool scoreOk = false;
        const int score = fields ? fieldValue(*fields, fieldKey(RefiField::Score)).toInt(&scoreOk) : 0;
        const QString speaker = fields ? fieldValue(*fields, fieldKey(RefiField::Speaker)) : QString();
        if (!fields || !scoreOk || score < -2 || score > 2 || !m_speakerIndex.contains(speaker)) {
            m_kept.append(RefiImportText::sourceNote(title, noteLine(*note)));
            return;
        }
        StanceRecord stance;
        stance.id = StanceId(m_result.contents.stances.size() + 1);
        stance.source = source.id;
        stance.speaker = speaker;
        stance.target = fieldValue(*fields, fieldKey(RefiField::Target));
        stance.score = score;
        stance.evidence = positions.ranges(fieldValue(*fields, fieldKey(RefiField::Evidence)));
        stance.confidence = fieldValue(*fields, fieldKey(RefiField::Confidence)).toDouble();
        stance.note = fieldValue(*fields, fieldKey(RefiField::Note));
        stance.origin = originOf(note->creatingUser, note->modifyingUser);
        stance.created = note->created.isValid() ? note->created : source.importedAt;
        stance.modified = note->modified.isValid() ? note->modified : stance.created;
        m_result.contents.stances.append(stance);
        m_stanceNotes.insert(guid);
    }

    void addSelection(const RefiSelection &selection, const SourceRecord &source,
                      const SourcePositions &positions, const QString &title)
    {
        const auto range = positions.range(selection.start, selection.end);
        if (!range || range->isEmpty()) {
            m_kept.append(RefiImportText::outOfRange(title, selection.start, selection.end));
            return;
        }
        const QStringView passage = QStringView(positions.text()).mid(range->start, range->length());
        QList<CodeMeaning> meanings;
        QStringList foreign;
        QStringList noteGuids = selection.notes;
        for (const RefiCoding &coding : selection.codings) {
            noteGuids += coding.notes;
            const auto meaning = m_meanings.constFind(coding.code);
            if (meaning == m_meanings.constEnd())
                foreign.append(codeName(coding.code));
            else
                meanings.append(*meaning);
        }
        if (meanings.isEmpty()) {
            m_kept.append(foreign.isEmpty() ? RefiImportText::uncoded(excerpt(passage), title)
                                            : RefiImportText::otherCodes(excerpt(passage), title,
                                                                         foreign.join(QStringLiteral(", "))));
            return;
        }

        AnnotationRecord annotation;
        annotation.source = source.id;
        annotation.range = *range;
        annotation.origin = originOf(selection.creatingUser, selection.modifyingUser);
        annotation.confidence = 1.0;
        annotation.created = selection.created.isValid() ? selection.created : source.importedAt;
        annotation.modified = selection.modified.isValid() ? selection.modified : annotation.created;
        QStringList notes;
        readSelectionFields(selection.description, positions, annotation, notes);
        std::optional<FigureFields> figure;
        for (const QString &guid : noteGuids) {
            const RefiNote *note = m_notes.value(guid);
            if (!note)
                continue;
            if (m_stanceNotes.contains(guid)) // a stance, read with its source
                continue;
            m_usedNotes.insert(guid);
            if (const auto fields = readFieldLines(note->text, figureFieldKeys()))
                figure = figureFrom(*fields);
            else
                notes.append(note->text);
        }
        if (!foreign.isEmpty())
            notes.append(RefiImportText::alsoCoded(foreign.join(QStringLiteral(", "))));
        annotation.note = notes.join(QStringLiteral("\n\n"));
        for (const CodeMeaning &meaning : meanings) {
            AnnotationRecord coded = annotation;
            coded.id = AnnotationId(m_result.contents.annotations.size() + 1);
            coded.kind = meaning.kind;
            if (!meaning.speakerCode.isEmpty())
                coded.speaker = m_speakerOfCode.value(meaning.speakerCode);
            if (coded.kind == AnnotationKind::Figure && figure)
                coded.figure = *figure;
            m_result.contents.annotations.append(coded);
        }
    }

    static FigureFields figureFrom(const FieldLines &fields)
    {
        FigureFields figure;
        figure.value = fieldValue(fields, fieldKey(RefiField::Value)).toDouble();
        figure.unit = fieldValue(fields, fieldKey(RefiField::Unit));
        figure.measure = fieldValue(fields, fieldKey(RefiField::Measure));
        figure.subject = fieldValue(fields, fieldKey(RefiField::Subject));
        bool ok = false;
        const int year = fieldValue(fields, fieldKey(RefiField::Year)).toInt(&ok);
        if (ok)
            figure.year = year;
        figure.qualifier = fieldValue(fields, fieldKey(RefiField::Qualifier));
        return figure;
    }

    void readSelectionFields(const QString &description, const SourcePositions &positions,
                             AnnotationRecord &annotation, QStringList &notes) const
    {
        if (description.trimmed().isEmpty())
            return;
        const auto fields = readFieldLines(description, selectionFieldKeys());
        if (!fields) {
            notes.append(description); // a memo written in another program
            return;
        }
        annotation.speaker = fieldValue(*fields, fieldKey(RefiField::Speaker));
        annotation.cue = fieldValue(*fields, fieldKey(RefiField::Cue));
        const QString cueStart = fieldValue(*fields, fieldKey(RefiField::CueStart));
        const QString cueEnd = fieldValue(*fields, fieldKey(RefiField::CueEnd));
        if (!cueStart.isEmpty() && !cueEnd.isEmpty()) {
            if (const auto range = positions.range(cueStart.toLongLong(), cueEnd.toLongLong()))
                annotation.cueRange = *range;
        }
        annotation.quoteMarks = fieldValue(*fields, fieldKey(RefiField::QuoteMarks)) != u"no";
        annotation.claimSource = fieldValue(*fields, fieldKey(RefiField::ClaimSource));
        const QString confidence = fieldValue(*fields, fieldKey(RefiField::Confidence));
        if (!confidence.isEmpty())
            annotation.confidence = confidence.toDouble();
    }

    void readProjectNotes()
    {
        QStringList ownNotes;
        for (const QString &guid : m_document.projectNotes) {
            const RefiNote *note = m_notes.value(guid);
            if (!note || m_usedNotes.contains(guid))
                continue;
            m_usedNotes.insert(guid);
            if (const auto fields = readFieldLines(note->text, questionFieldKeys()))
                m_result.contents.settings.question =
                    fieldValue(*fields, fieldKey(RefiField::ResearchQuestion));
            else if (m_ours)
                ownNotes.append(note->text); // our own project notes, as they were
            else
                m_kept.append(RefiImportText::projectNote(noteLine(*note)));
        }
        m_result.contents.settings.notes = ownNotes.join(QStringLiteral("\n\n"));
        if (!m_document.description.trimmed().isEmpty())
            m_kept.prepend(RefiImportText::description(m_document.description.simplified()));
    }

    void finishNotes()
    {
        if (m_kept.isEmpty())
            return;
        QString &notes = m_result.contents.settings.notes;
        if (!notes.isEmpty())
            notes += QStringLiteral("\n\n");
        notes += RefiImportText::keptHeader(m_document.name);
        for (const QString &line : std::as_const(m_kept))
            notes += QStringLiteral("\n• ") + line;
    }

    const RefiDocument &m_document;
    const PackageFileReader &m_readFile;
    const QList<Speaker> &m_known;
    QString m_filePath;
    bool m_ours;
    QHash<QString, const RefiNote *> m_notes;
    QHash<QString, const RefiCodeEntry *> m_codes;
    QHash<QString, CodeMeaning> m_meanings;   // code GUID → kind and speaker code
    QHash<QString, QString> m_speakerOfCode;  // speaker code GUID → speaker id
    QHash<QString, qsizetype> m_speakerIndex; // speaker id → index
    QSet<QString> m_usedNotes;
    QSet<QString> m_stanceNotes; // notes that became stances
    QStringList m_kept;
    RefiImported m_result;
};

} // namespace

std::variant<RefiImported, ImportError> projectFromRefi(const RefiDocument &document,
                                                        const PackageFileReader &readFile,
                                                        const QString &filePath, const QList<Speaker> &known)
{
    return Importer(document, readFile, filePath, known).run();
}

QString importSummary(const RefiImportReport &report)
{
    QString text = RefiImportText::summary(report);
    if (!report.keptAsNotes.isEmpty())
        text += u"; " + RefiImportText::kept(int(report.keptAsNotes.size()));
    return text;
}

} // namespace claimscope::core
