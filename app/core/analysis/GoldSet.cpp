#include "core/analysis/GoldSet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace claimscope::core {
namespace {

// Gold files and the documents they annotate are small; anything larger is not one of them.
constexpr qint64 kMaxGoldBytes = 64 * 1024 * 1024;

const QString kGoldSuffix = QStringLiteral(".gold.json");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Enough of a text to recognise it in an error message.
QString excerpt(const QString &text)
{
    constexpr qsizetype kMax = 60;
    const QString shown = text.size() <= kMax ? text : QString(text.left(kMax - 1) + u'…');
    return u'“' + shown + u'”';
}

QString goldName(const QString &goldPath)
{
    QString name = QFileInfo(goldPath).fileName();
    if (name.endsWith(kGoldSuffix))
        name.chop(kGoldSuffix.size());
    return name;
}

bool readFile(const QString &path, QByteArray &bytes, QString &error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        error = QFileInfo::exists(path) ? QStringLiteral("%1 is not a file").arg(path)
                                        : QStringLiteral("%1 not found").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxGoldBytes) {
        error = QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(kMaxGoldBytes);
        return false;
    }
    bytes = file.readAll();
    return true;
}

// The document exactly as the gold's offsets count it: a byte-order mark is a code point and CR LF
// is two, as Python reads the file with newline="".
bool readDocument(const QString &path, QString &text, QString &error)
{
    QByteArray bytes;
    if (!readFile(path, bytes, error))
        return false;
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    text = decoder.decode(bytes);
    if (decoder.hasError()) {
        error = QStringLiteral("document %1 is not valid UTF-8").arg(path);
        return false;
    }
    return true;
}

// Turns gold spans (code points) into ranges (UTF-16 units) and checks them against the text.
// Every check returns false after recording the first problem, which parsing then reports.
class GoldParser final {
public:
    explicit GoldParser(const QString &text)
        : m_text(text)
    {
        // m_units[i] is the UTF-16 offset of code point i; the last entry is the text's end.
        m_units.reserve(text.size() + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_units.append(i);
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                ++i;
        }
        m_units.append(text.size());
    }

    QString error() const { return m_error; }

    bool parse(const QJsonObject &root, GoldDocument &gold)
    {
        for (const char *section : {"speakers", "quotes", "claims", "figures", "stances"}) {
            if (!root.contains(key(section)))
                return fail({}, QStringLiteral("missing the \"%1\" array").arg(key(section)));
            if (!root.value(key(section)).isArray())
                return fail(key(section), QStringLiteral("must be an array"));
        }
        if (root.contains(key("non_speech_quoted")) && !root.value(key("non_speech_quoted")).isArray())
            return fail(QStringLiteral("non_speech_quoted"), QStringLiteral("must be an array"));
        if (!optionalString(root, "language", {}, gold.analysis.language))
            return false;

        return parseSpeakers(root.value(key("speakers")).toArray(), gold) &&
               parseQuotes(root.value(key("quotes")).toArray(), gold) &&
               parseClaims(root.value(key("claims")).toArray(), gold) &&
               parseFigures(root.value(key("figures")).toArray(), gold) &&
               parseStances(root.value(key("stances")).toArray(), gold) &&
               parseNonSpeech(root.value(key("non_speech_quoted")).toArray(), gold);
    }

private:
    bool fail(const QString &where, const QString &message)
    {
        m_error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
        return false;
    }

    qsizetype codePointCount() const { return m_units.size() - 1; }

    bool offset(const QJsonValue &value, const QString &where, qsizetype &out)
    {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != std::floor(number) || std::abs(number) > 1e15)
            return fail(where, QStringLiteral("offsets must be integers"));
        out = static_cast<qsizetype>(number);
        return true;
    }

    // A non-empty span inside the text, converted to UTF-16.
    bool span(const QJsonValue &start, const QJsonValue &end, const QString &where, TextRange &out)
    {
        qsizetype from = 0;
        qsizetype to = 0;
        if (!offset(start, where, from) || !offset(end, where, to))
            return false;
        if (from < 0 || from >= to || to > codePointCount())
            return fail(where,
                        QStringLiteral("span [%1, %2) is empty or outside the document (%3 code points)")
                            .arg(from)
                            .arg(to)
                            .arg(codePointCount()));
        out = {m_units.at(from), m_units.at(to)};
        return true;
    }

    bool pair(const QJsonValue &value, const QString &where, TextRange &out)
    {
        const QJsonArray array = value.toArray();
        if (!value.isArray() || array.size() != 2)
            return fail(where, QStringLiteral("expected [start, end]"));
        return span(array.at(0), array.at(1), where, out);
    }

    bool sameText(const TextRange &range, const QString &expected, const QString &where, const char *what)
    {
        const QString actual = m_text.mid(range.start, range.length());
        if (actual != expected)
            return fail(where, QStringLiteral("%1 differs: gold %2 but the document has %3")
                                   .arg(key(what), excerpt(expected), excerpt(actual)));
        return true;
    }

    // An entry with start, end and text.
    bool textSpan(const QJsonObject &entry, const QString &where, TextRange &range, QString &text)
    {
        for (const char *name : {"start", "end", "text"}) {
            if (!entry.contains(key(name)))
                return fail(where, QStringLiteral("missing \"%1\"").arg(key(name)));
        }
        if (!entry.value(key("text")).isString())
            return fail(where, QStringLiteral("text must be a string"));
        text = entry.value(key("text")).toString();
        return span(entry.value(key("start")), entry.value(key("end")), where, range) &&
               sameText(range, text, where, "text");
    }

    bool object(const QJsonValue &value, const QString &where, QJsonObject &out)
    {
        if (!value.isObject())
            return fail(where, QStringLiteral("not an object"));
        out = value.toObject();
        return true;
    }

    bool optionalString(const QJsonObject &entry, const char *name, const QString &where, QString &out)
    {
        const QJsonValue value = entry.value(key(name));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(where, QStringLiteral("%1 must be a string").arg(key(name)));
        out = value.toString();
        return true;
    }

    bool optionalFlag(const QJsonObject &entry, const char *name, const QString &where, bool &out)
    {
        const QJsonValue value = entry.value(key(name));
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(where, QStringLiteral("%1 must be true or false").arg(key(name)));
        out = value.toBool();
        return true;
    }

    // "speaker": a declared id, or null for an institution or group (an empty id in the model).
    bool speakerRef(const QJsonObject &entry, const QString &where, QString &out, bool allowNull = true)
    {
        if (!entry.contains(key("speaker")))
            return fail(where,
                        QStringLiteral("missing \"speaker\" (null for a source that is not a person)"));
        const QJsonValue value = entry.value(key("speaker"));
        if (value.isNull() && allowNull)
            return true;
        if (!value.isString() || value.toString().isEmpty())
            return fail(where, allowNull ? QStringLiteral("speaker must be an id or null")
                                         : QStringLiteral("speaker must be an id"));
        out = value.toString();
        if (!m_declared.contains(out))
            return fail(where, QStringLiteral("speaker \"%1\" is not declared in speakers").arg(out));
        return true;
    }

    bool cue(const QJsonObject &entry, const QString &where, QString &cueText, TextRange &cueRange)
    {
        const QJsonValue value = entry.value(key("cue"));
        const QJsonValue cueSpan = entry.value(key("cue_span"));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString() || value.toString().isEmpty())
            return fail(where, QStringLiteral("cue must be a non-empty string or null"));
        cueText = value.toString();
        const QString spanWhere = where + QStringLiteral(".cue_span");
        return pair(cueSpan, spanWhere, cueRange) && sameText(cueRange, cueText, spanWhere, "cue");
    }

    bool parseSpeakers(const QJsonArray &speakers, GoldDocument &gold)
    {
        for (qsizetype i = 0; i < speakers.size(); ++i) {
            QString where = QStringLiteral("speakers[%1]").arg(i);
            QJsonObject entry;
            if (!object(speakers.at(i), where, entry))
                return false;
            SpeakerMention speaker;
            speaker.id = entry.value(key("id")).toString();
            if (speaker.id.isEmpty())
                return fail(where, QStringLiteral("id must be a non-empty string"));
            where += QStringLiteral(" (%1)").arg(speaker.id);
            if (m_declared.contains(speaker.id))
                return fail(where, QStringLiteral("declared twice"));
            m_declared.insert(speaker.id);
            speaker.name = speaker.id;
            GoldSpeakerInfo info;
            if (!optionalFlag(entry, "quoted", where, info.quoted) ||
                !optionalString(entry, "mention_role", where, info.mentionRole))
                return false;
            const QJsonValue mentions = entry.value(key("mentions"));
            if (!mentions.isUndefined() && !mentions.isArray())
                return fail(where, QStringLiteral("mentions must be an array"));
            const QJsonArray mentionArray = mentions.toArray();
            for (qsizetype j = 0; j < mentionArray.size(); ++j) {
                TextRange range;
                if (!pair(mentionArray.at(j), where + QStringLiteral(".mentions[%1]").arg(j), range))
                    return false;
                speaker.mentions.append(range);
            }
            gold.analysis.speakers.append(speaker);
            gold.speakerInfo.append(info);
        }
        return true;
    }

    bool kind(const QJsonObject &entry, const QString &where, const char *expected)
    {
        const QJsonValue value = entry.value(key("kind"));
        if (!value.isUndefined() && value.toString() != key(expected))
            return fail(where, QStringLiteral("kind must be \"%1\"").arg(key(expected)));
        return true;
    }

    bool parseQuotes(const QJsonArray &quotes, GoldDocument &gold)
    {
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            const QString where = QStringLiteral("quotes[%1]").arg(i);
            QJsonObject entry;
            if (!object(quotes.at(i), where, entry))
                return false;
            QuoteAnnotation quote;
            GoldQuoteInfo info;
            quote.confidence = 1;
            quote.origin = Origin::Manual;
            // Unmarked direct speech is scored apart from marked quotes, so the flag may not be guessed.
            if (!entry.value(key("quote_marks")).isBool())
                return fail(where, QStringLiteral("quote_marks must be true or false"));
            quote.quoteMarks = entry.value(key("quote_marks")).toBool();
            if (!kind(entry, where, "direct") || !textSpan(entry, where, quote.range, quote.text) ||
                !speakerRef(entry, where, quote.speaker) || !cue(entry, where, quote.cue, quote.cueRange) ||
                !optionalFlag(entry, "closing_mark", where, info.closingMark) ||
                !optionalFlag(entry, "borderline", where, info.borderline) ||
                !optionalString(entry, "source", where, info.source) ||
                !optionalString(entry, "note", where, info.note))
                return false;
            gold.analysis.quotes.append(quote);
            gold.quoteInfo.append(info);
        }
        return true;
    }

    bool parseClaims(const QJsonArray &claims, GoldDocument &gold)
    {
        for (qsizetype i = 0; i < claims.size(); ++i) {
            const QString where = QStringLiteral("claims[%1]").arg(i);
            QJsonObject entry;
            if (!object(claims.at(i), where, entry))
                return false;
            ClaimAnnotation claim;
            GoldClaimInfo info;
            claim.confidence = 1;
            claim.origin = Origin::Manual;
            if (!kind(entry, where, "indirect") || !textSpan(entry, where, claim.range, claim.text) ||
                !speakerRef(entry, where, claim.speaker) || !cue(entry, where, claim.cue, claim.cueRange) ||
                !optionalString(entry, "source", where, claim.source) ||
                !optionalFlag(entry, "borderline", where, info.borderline) ||
                !optionalString(entry, "note", where, info.note))
                return false;
            gold.analysis.claims.append(claim);
            gold.claimInfo.append(info);
        }
        return true;
    }

    bool parseFigures(const QJsonArray &figures, GoldDocument &gold)
    {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const QString where = QStringLiteral("figures[%1]").arg(i);
            QJsonObject entry;
            if (!object(figures.at(i), where, entry))
                return false;
            FigureAnnotation figure;
            GoldFigureInfo info;
            figure.confidence = 1;
            figure.origin = Origin::Manual;
            if (!textSpan(entry, where, figure.range, figure.text) ||
                !speakerRef(entry, where, figure.speaker))
                return false;
            if (!entry.value(key("value")).isDouble())
                return fail(where, QStringLiteral("value must be a number"));
            figure.value = entry.value(key("value")).toDouble();
            const QJsonValue year = entry.value(key("year"));
            if (year.isDouble() && year.toDouble() == std::floor(year.toDouble()))
                figure.year = year.toInt();
            else if (!year.isUndefined() && !year.isNull())
                return fail(where, QStringLiteral("year must be an integer or null"));
            if (!optionalString(entry, "unit", where, figure.unit) ||
                !optionalString(entry, "measure", where, figure.measure) ||
                !optionalString(entry, "subject", where, figure.subject) ||
                !optionalString(entry, "qualifier", where, figure.qualifier) ||
                !optionalString(entry, "source", where, info.source) ||
                !optionalString(entry, "note", where, info.note))
                return false;
            gold.analysis.figures.append(figure);
            gold.figureInfo.append(info);
        }
        return true;
    }

    bool parseStances(const QJsonArray &stances, GoldDocument &gold)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < stances.size(); ++i) {
            const QString where = QStringLiteral("stances[%1]").arg(i);
            QJsonObject entry;
            if (!object(stances.at(i), where, entry))
                return false;
            StanceAnnotation stance;
            GoldStanceInfo info;
            stance.confidence = 1;
            stance.origin = Origin::Manual;
            if (!speakerRef(entry, where, stance.speaker, false))
                return false;
            // Scoring looks stances up by speaker; a second one would make the result depend on order.
            if (seen.contains(stance.speaker))
                return fail(where, QStringLiteral("a second stance for \"%1\"").arg(stance.speaker));
            seen.insert(stance.speaker);
            const QJsonValue score = entry.value(key("score"));
            const double number = score.toDouble(99);
            if (!score.isDouble() || number != std::floor(number) || number < -2 || number > 2)
                return fail(where, QStringLiteral("score must be an integer from -2 to 2"));
            stance.score = static_cast<int>(number);
            if (!optionalString(entry, "target", where, stance.target) ||
                !optionalString(entry, "basis", where, info.basis) ||
                !optionalString(entry, "reason", where, info.reason))
                return false;
            const QJsonValue evidence = entry.value(key("evidence"));
            const QJsonValue evidenceText = entry.value(key("evidence_text"));
            if ((!evidence.isUndefined() && !evidence.isArray()) ||
                (!evidenceText.isUndefined() && !evidenceText.isArray()))
                return fail(where, QStringLiteral("evidence and evidence_text must be arrays"));
            const QJsonArray spans = evidence.toArray();
            const QJsonArray texts = evidenceText.toArray();
            if (!evidenceText.isUndefined() && texts.size() != spans.size())
                return fail(where, QStringLiteral("%1 evidence spans but %2 evidence_text entries")
                                       .arg(spans.size())
                                       .arg(texts.size()));
            for (qsizetype j = 0; j < spans.size(); ++j) {
                const QString spanWhere = where + QStringLiteral(".evidence[%1]").arg(j);
                TextRange range;
                if (!pair(spans.at(j), spanWhere, range))
                    return false;
                if (!evidenceText.isUndefined() &&
                    !sameText(range, texts.at(j).toString(), spanWhere, "evidence_text"))
                    return false;
                stance.evidence.append(range);
            }
            gold.analysis.stances.append(stance);
            gold.stanceInfo.append(info);
        }
        return true;
    }

    bool parseNonSpeech(const QJsonArray &entries, GoldDocument &gold)
    {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString where = QStringLiteral("non_speech_quoted[%1]").arg(i);
            QJsonObject entry;
            GoldNonSpeechQuote quoted;
            if (!object(entries.at(i), where, entry) || !textSpan(entry, where, quoted.range, quoted.text) ||
                !optionalString(entry, "type", where, quoted.type))
                return false;
            gold.nonSpeechQuoted.append(quoted);
        }
        return true;
    }

    const QString &m_text;
    QList<qsizetype> m_units;
    QSet<QString> m_declared;
    QString m_error;
};

bool parseJson(const QByteArray &json, QJsonObject &root, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error =
            QStringLiteral("broken JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        error = QStringLiteral("not a JSON object");
        return false;
    }
    root = document.object();
    return true;
}

// The document name from "file": a plain file name, so that a gold file cannot point anywhere else.
bool documentName(const QJsonObject &root, QString &name, QString &error)
{
    name = root.value(key("file")).toString();
    if (name.isEmpty()) {
        error = QStringLiteral("file: missing the name of the document");
        return false;
    }
    if (name.contains(u'/') || name.contains(u'\\') || name == QStringLiteral("..")) {
        error = QStringLiteral("file: must be a plain file name, got \"%1\"").arg(name);
        return false;
    }
    return true;
}

GoldResult parseWithText(const QJsonObject &root, const QString &text, const QString &goldPath,
                         const QString &documentPath)
{
    GoldDocument gold;
    gold.name = goldName(goldPath);
    gold.goldPath = goldPath;
    gold.documentPath = documentPath;
    gold.text = text;
    GoldParser parser(gold.text);
    if (!parser.parse(root, gold))
        return GoldError{goldPath, parser.error()};
    return gold;
}

// Reads the gold file and its document from the first of documentDirs that has it, or from
// documentPath when that is given.
GoldResult load(const QString &goldPath, const QStringList &documentDirs, const QString &documentPath)
{
    QByteArray json;
    QString error;
    QJsonObject root;
    if (!readFile(goldPath, json, error) || !parseJson(json, root, error))
        return GoldError{goldPath, error};
    QString path = documentPath;
    if (path.isEmpty()) {
        QString name;
        if (!documentName(root, name, error))
            return GoldError{goldPath, error};
        for (const QString &dir : documentDirs) {
            path = QDir(dir).filePath(name);
            if (QFileInfo::exists(path))
                break;
        }
    }
    QString text;
    if (!readDocument(path, text, error))
        return GoldError{goldPath, QStringLiteral("file: ") + error};
    return parseWithText(root, text, goldPath, path);
}

} // namespace

QString GoldError::text() const
{
    return goldPath + QStringLiteral(": ") + message;
}

GoldResult loadGoldFile(const QString &goldPath)
{
    const QFileInfo info(goldPath);
    QStringList dirs{info.absolutePath()};
    if (info.absoluteDir().dirName() == QStringLiteral("gold"))
        dirs.append(QFileInfo(info.absolutePath()).absolutePath());
    return load(goldPath, dirs, {});
}

GoldResult loadGoldFile(const QString &goldPath, const QString &documentPath)
{
    return load(goldPath, {}, documentPath);
}

GoldResult parseGold(const QByteArray &json, const QString &documentText, const QString &goldPath)
{
    QString error;
    QJsonObject root;
    if (!parseJson(json, root, error))
        return GoldError{goldPath, error};
    return parseWithText(root, documentText, goldPath, {});
}

} // namespace claimscope::core
