#include "core/analysis/AnalysisJson.h"

#include "core/interchange/Csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <limits>

namespace claimscope::core {
namespace {

QJsonValue speakerOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonArray rangeArray(const QList<TextRange> &ranges)
{
    QJsonArray array;
    for (const TextRange &range : ranges)
        array.append(QJsonArray{static_cast<qint64>(range.start), static_cast<qint64>(range.end)});
    return array;
}

template<typename Speech> QJsonArray speechArray(const QList<Speech> &items)
{
    QJsonArray array;
    for (const Speech &item : items) {
        QJsonObject object{{QStringLiteral("start"), static_cast<qint64>(item.range.start)},
                           {QStringLiteral("end"), static_cast<qint64>(item.range.end)},
                           {QStringLiteral("text"), item.text},
                           {QStringLiteral("speaker"), speakerOrNull(item.speaker)},
                           {QStringLiteral("cue"), item.cue.isEmpty() ? QJsonValue() : QJsonValue(item.cue)},
                           {QStringLiteral("confidence"), item.confidence}};
        // Marked and unmarked quotes are scored apart, so a reader needs to know which is which.
        if constexpr (std::is_same_v<Speech, QuoteAnnotation>)
            object.insert(QStringLiteral("quote_marks"), item.quoteMarks);
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject analysisToJson(const DocumentAnalysis &analysis, const QString &file)
{
    QJsonArray speakers;
    for (const SpeakerMention &speaker : analysis.speakers) {
        speakers.append(QJsonObject{{QStringLiteral("id"), speaker.id},
                                    {QStringLiteral("name"), speaker.name},
                                    {QStringLiteral("role"), speaker.role},
                                    {QStringLiteral("kind"), speaker.kind},
                                    {QStringLiteral("suggested"), speaker.suggested},
                                    {QStringLiteral("mentions"), rangeArray(speaker.mentions)}});
    }
    QJsonArray figures;
    for (const FigureAnnotation &figure : analysis.figures) {
        figures.append(
            QJsonObject{{QStringLiteral("start"), static_cast<qint64>(figure.range.start)},
                        {QStringLiteral("end"), static_cast<qint64>(figure.range.end)},
                        {QStringLiteral("text"), figure.text},
                        {QStringLiteral("value"), figure.value},
                        {QStringLiteral("unit"), figure.unit},
                        {QStringLiteral("measure"), figure.measure},
                        {QStringLiteral("subject"), figure.subject},
                        {QStringLiteral("year"), figure.year ? QJsonValue(*figure.year) : QJsonValue()},
                        {QStringLiteral("speaker"), speakerOrNull(figure.speaker)}});
    }
    QJsonArray stances;
    for (const StanceAnnotation &stance : analysis.stances) {
        stances.append(QJsonObject{{QStringLiteral("speaker"), stance.speaker},
                                   {QStringLiteral("target"), stance.target},
                                   {QStringLiteral("score"), stance.score},
                                   {QStringLiteral("evidence"), rangeArray(stance.evidence)}});
    }
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("language"), analysis.language},
                       {QStringLiteral("speakers"), speakers},
                       {QStringLiteral("quotes"), speechArray(analysis.quotes)},
                       {QStringLiteral("claims"), speechArray(analysis.claims)},
                       {QStringLiteral("figures"), figures},
                       {QStringLiteral("stances"), stances}};
}

namespace {

// Reads the shape analysisToJson writes. Each read… method checks one value and, when it is not
// what the shape says, keeps the first problem with its place and returns false, so that the
// caller can stop at once; nothing is read through a value of the wrong type.
class AnalysisReader final {
public:
    explicit AnalysisReader(const QString *documentText)
        : m_text(documentText)
    {
    }

    std::variant<DocumentAnalysis, QString> read(const QJsonObject &object)
    {
        DocumentAnalysis analysis;
        if (readDocument(object, analysis))
            return analysis;
        return m_error;
    }

private:
    const QString *m_text;
    QString m_error;
    QSet<QString> m_speakerIds;

    bool fail(const QString &where, const QString &problem)
    {
        m_error = where + QStringLiteral(": ") + problem;
        return false;
    }

    static QString at(const QString &where, const QString &key)
    {
        return where.isEmpty() ? key : where + u'.' + key;
    }
    static QString at(const QString &where, qsizetype index)
    {
        return where + u'[' + QString::number(index) + u']';
    }

    bool field(const QJsonObject &object, const QString &where, const QString &key, QJsonValue &value)
    {
        value = object.value(key);
        return !value.isUndefined() || fail(at(where, key), QStringLiteral("missing"));
    }

    bool readString(const QJsonObject &object, const QString &where, const QString &key, QString &out,
                    bool nullable = false)
    {
        QJsonValue value;
        if (!field(object, where, key, value))
            return false;
        if (nullable && value.isNull()) {
            out.clear();
            return true;
        }
        if (!value.isString())
            return fail(at(where, key), nullable ? QStringLiteral("expected a string or null")
                                                 : QStringLiteral("expected a string"));
        out = value.toString();
        return true;
    }

    bool readNumber(const QJsonObject &object, const QString &where, const QString &key, double &out)
    {
        QJsonValue value;
        if (!field(object, where, key, value))
            return false;
        if (!value.isDouble())
            return fail(at(where, key), QStringLiteral("expected a number"));
        out = value.toDouble();
        return true;
    }

    // An integer, whatever its JSON spelling (12 or 12.0); toInteger gives `fallback` for anything else.
    static bool integerOf(const QJsonValue &value, qint64 &out)
    {
        constexpr qint64 kNotInteger = std::numeric_limits<qint64>::min();
        out = value.isDouble() ? value.toInteger(kNotInteger) : kNotInteger;
        return out != kNotInteger;
    }

    bool readOffset(const QJsonValue &value, const QString &where, qsizetype &out)
    {
        qint64 number = 0;
        if (!integerOf(value, number) || number < 0)
            return fail(where, QStringLiteral("expected an offset (an integer ≥ 0)"));
        out = number;
        return true;
    }

    bool checkRange(const TextRange &range, const QString &where)
    {
        if (range.end < range.start)
            return fail(where, QStringLiteral("end %1 is before start %2").arg(range.end).arg(range.start));
        if (m_text && range.end > m_text->size())
            return fail(where, QStringLiteral("end %1 is past the end of the text (%2 UTF-16 units)")
                                   .arg(range.end)
                                   .arg(m_text->size()));
        return true;
    }

    bool readRange(const QJsonObject &object, const QString &where, TextRange &range)
    {
        QJsonValue start;
        QJsonValue end;
        return field(object, where, QStringLiteral("start"), start) &&
               field(object, where, QStringLiteral("end"), end) &&
               readOffset(start, at(where, QStringLiteral("start")), range.start) &&
               readOffset(end, at(where, QStringLiteral("end")), range.end) && checkRange(range, where);
    }

    // A range and its "text", which must be the text it covers when the document's text is known.
    bool readSpan(const QJsonObject &object, const QString &where, TextRange &range, QString &text)
    {
        if (!readRange(object, where, range) || !readString(object, where, QStringLiteral("text"), text))
            return false;
        if (m_text && QStringView(*m_text).sliced(range.start, range.length()) != text)
            return fail(at(where, QStringLiteral("text")),
                        QStringLiteral("“%1” is not the text at %2–%3 (“%4”)")
                            .arg(text)
                            .arg(range.start)
                            .arg(range.end)
                            .arg(m_text->mid(range.start, range.length())));
        return true;
    }

    // [[start, end], …]
    bool readRanges(const QJsonObject &object, const QString &where, const QString &key,
                    QList<TextRange> &ranges)
    {
        QJsonValue value;
        if (!field(object, where, key, value))
            return false;
        const QString place = at(where, key);
        if (!value.isArray())
            return fail(place, QStringLiteral("expected an array of [start, end] pairs"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonArray pair = array.at(i).toArray();
            TextRange range;
            if (!array.at(i).isArray() || pair.size() != 2)
                return fail(at(place, i), QStringLiteral("expected [start, end]"));
            if (!readOffset(pair.at(0), at(at(place, i), 0), range.start) ||
                !readOffset(pair.at(1), at(at(place, i), 1), range.end) || !checkRange(range, at(place, i)))
                return false;
            ranges.append(range);
        }
        return true;
    }

    // A speaker reference: null (no person), or an id of this document's speakers.
    bool readSpeaker(const QJsonObject &object, const QString &where, QString &speaker, bool nullable = true)
    {
        if (!readString(object, where, QStringLiteral("speaker"), speaker, nullable))
            return false;
        if (!speaker.isEmpty() && !m_speakerIds.contains(speaker))
            return fail(at(where, QStringLiteral("speaker")),
                        QStringLiteral("“%1” is not the id of one of the document's speakers").arg(speaker));
        return true;
    }

    // The items of one list of the document, each read by `readItem(object, where)`.
    template<typename ReadItem>
    bool readList(const QJsonObject &document, const QString &key, ReadItem readItem)
    {
        QJsonValue value;
        if (!field(document, QString(), key, value))
            return false;
        if (!value.isArray())
            return fail(key, QStringLiteral("expected an array"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return fail(at(key, i), QStringLiteral("expected an object"));
            if (!readItem(array.at(i).toObject(), at(key, i)))
                return false;
        }
        return true;
    }

    template<typename Speech> bool readSpeech(const QJsonObject &object, const QString &where, Speech &item)
    {
        return readSpan(object, where, item.range, item.text) && readSpeaker(object, where, item.speaker) &&
               readString(object, where, QStringLiteral("cue"), item.cue, true) &&
               readNumber(object, where, QStringLiteral("confidence"), item.confidence);
    }

    bool readDocument(const QJsonObject &object, DocumentAnalysis &analysis)
    {
        // Speakers first: the other lists refer to them.
        const bool ok =
            readString(object, QString(), QStringLiteral("language"), analysis.language) &&
            readList(object, QStringLiteral("speakers"),
                     [&](const QJsonObject &item, const QString &where) {
                         SpeakerMention speaker;
                         if (!readString(item, where, QStringLiteral("id"), speaker.id) ||
                             !readString(item, where, QStringLiteral("name"), speaker.name) ||
                             !readString(item, where, QStringLiteral("role"), speaker.role) ||
                             !readRanges(item, where, QStringLiteral("mentions"), speaker.mentions))
                             return false;
                         // Optional: files written before these fields existed are still read.
                         speaker.kind = item.value(QStringLiteral("kind")).toString();
                         speaker.suggested = item.value(QStringLiteral("suggested")).toBool();
                         if (speaker.id.isEmpty())
                             return fail(at(where, QStringLiteral("id")), QStringLiteral("empty"));
                         m_speakerIds.insert(speaker.id);
                         analysis.speakers.append(speaker);
                         return true;
                     }) &&
            readList(object, QStringLiteral("quotes"),
                     [&](const QJsonObject &item, const QString &where) {
                         QuoteAnnotation quote;
                         if (!readSpeech(item, where, quote))
                             return false;
                         const QJsonValue marks = item.value(QStringLiteral("quote_marks"));
                         if (!marks.isUndefined() && !marks.isBool())
                             return fail(at(where, QStringLiteral("quote_marks")),
                                         QStringLiteral("expected true or false"));
                         quote.quoteMarks = marks.toBool(true);
                         analysis.quotes.append(quote);
                         return true;
                     }) &&
            readList(object, QStringLiteral("claims"),
                     [&](const QJsonObject &item, const QString &where) {
                         ClaimAnnotation claim;
                         if (!readSpeech(item, where, claim))
                             return false;
                         analysis.claims.append(claim);
                         return true;
                     }) &&
            readList(object, QStringLiteral("figures"),
                     [&](const QJsonObject &item, const QString &where) {
                         FigureAnnotation figure;
                         QJsonValue year;
                         if (!readSpan(item, where, figure.range, figure.text) ||
                             !readNumber(item, where, QStringLiteral("value"), figure.value) ||
                             !readString(item, where, QStringLiteral("unit"), figure.unit) ||
                             !readString(item, where, QStringLiteral("measure"), figure.measure) ||
                             !readString(item, where, QStringLiteral("subject"), figure.subject) ||
                             !field(item, where, QStringLiteral("year"), year) ||
                             !readSpeaker(item, where, figure.speaker))
                             return false;
                         if (qint64 number = 0; !year.isNull()) {
                             if (!integerOf(year, number) || number < std::numeric_limits<int>::min() ||
                                 number > std::numeric_limits<int>::max())
                                 return fail(at(where, QStringLiteral("year")),
                                             QStringLiteral("expected a year or null"));
                             figure.year = static_cast<int>(number);
                         }
                         analysis.figures.append(figure);
                         return true;
                     }) &&
            readList(object, QStringLiteral("stances"), [&](const QJsonObject &item, const QString &where) {
                StanceAnnotation stance;
                double score = 0;
                if (!readSpeaker(item, where, stance.speaker, false) ||
                    !readString(item, where, QStringLiteral("target"), stance.target) ||
                    !readNumber(item, where, QStringLiteral("score"), score) ||
                    !readRanges(item, where, QStringLiteral("evidence"), stance.evidence))
                    return false;
                if (score != std::trunc(score) || score < -2 || score > 2)
                    return fail(at(where, QStringLiteral("score")),
                                QStringLiteral("expected an integer from -2 to 2"));
                stance.score = static_cast<int>(score);
                analysis.stances.append(stance);
                return true;
            });
        return ok;
    }
};

} // namespace

std::variant<DocumentAnalysis, QString> analysisFromJson(const QJsonObject &object)
{
    return AnalysisReader(nullptr).read(object);
}

std::variant<DocumentAnalysis, QString> analysisFromJson(const QJsonObject &object,
                                                         const QString &documentText)
{
    return AnalysisReader(&documentText).read(object);
}

QString analysisToCsv(const DocumentAnalysis &analysis, const QString &file, bool header)
{
    QString csv;
    if (header) {
        csv += csvRow({QStringLiteral("file"), QStringLiteral("kind"), QStringLiteral("start"),
                       QStringLiteral("end"), QStringLiteral("speaker"), QStringLiteral("cue"),
                       QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("year"),
                       QStringLiteral("confidence"), QStringLiteral("text")});
    }
    const auto speech = [&](const QString &kind, const auto &items) {
        for (const auto &item : items) {
            csv += csvRow({file, kind, QString::number(item.range.start), QString::number(item.range.end),
                           item.speaker, item.cue, QString(), QString(), QString(),
                           QString::number(item.confidence, 'g', 3), item.text});
        }
    };
    speech(QStringLiteral("quote"), analysis.quotes);
    speech(QStringLiteral("claim"), analysis.claims);
    for (const FigureAnnotation &figure : analysis.figures) {
        csv += csvRow({file, QStringLiteral("figure"), QString::number(figure.range.start),
                       QString::number(figure.range.end), figure.speaker, QString(),
                       QString::number(figure.value, 'g', 15), figure.unit,
                       figure.year ? QString::number(*figure.year) : QString(),
                       QString::number(figure.confidence, 'g', 3), figure.text});
    }
    return csv;
}

// The readable listing is for people, so its words are translated.
class AnalysisText final {
    Q_DECLARE_TR_FUNCTIONS(AnalysisText)

public:
    static QString render(const DocumentAnalysis &analysis, const QString &file);
};

QString analysisToText(const DocumentAnalysis &analysis, const QString &file)
{
    return AnalysisText::render(analysis, file);
}

QString AnalysisText::render(const DocumentAnalysis &analysis, const QString &file)
{
    const QString unknown = QStringLiteral("?");
    QStringList lines{file + QStringLiteral(" (") + analysis.language + u')'};
    for (const SpeakerMention &speaker : analysis.speakers) {
        lines.append(tr("speaker %1: %2, %Ln mention(s)", nullptr, static_cast<int>(speaker.mentions.size()))
                         .arg(speaker.id, speaker.name));
    }
    for (const QuoteAnnotation &quote : analysis.quotes) {
        lines.append(tr("quote [%1–%2] %3: “%4”")
                         .arg(QString::number(quote.range.start), QString::number(quote.range.end),
                              quote.speaker.isEmpty() ? unknown : quote.speaker, quote.text));
    }
    for (const ClaimAnnotation &claim : analysis.claims) {
        lines.append(tr("claim [%1–%2] %3: %4")
                         .arg(QString::number(claim.range.start), QString::number(claim.range.end),
                              claim.speaker.isEmpty() ? (claim.source.isEmpty() ? unknown : claim.source)
                                                      : claim.speaker,
                              claim.text));
    }
    for (const FigureAnnotation &figure : analysis.figures) {
        lines.append(tr("figure [%1–%2] %3 = %4 %5")
                         .arg(QString::number(figure.range.start), QString::number(figure.range.end),
                              figure.text, QLocale().toString(figure.value, 'g', 15), figure.unit));
    }
    return lines.join(QStringLiteral("\n  ")) + u'\n';
}

} // namespace claimscope::core
