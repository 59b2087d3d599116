#include "core/analysis/AnalysisJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

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
        array.append(
            QJsonObject{{QStringLiteral("start"), static_cast<qint64>(item.range.start)},
                        {QStringLiteral("end"), static_cast<qint64>(item.range.end)},
                        {QStringLiteral("text"), item.text},
                        {QStringLiteral("speaker"), speakerOrNull(item.speaker)},
                        {QStringLiteral("cue"), item.cue.isEmpty() ? QJsonValue() : QJsonValue(item.cue)},
                        {QStringLiteral("confidence"), item.confidence}});
    }
    return array;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString csvRow(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &field : fields)
        escaped.append(csvField(field));
    return escaped.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QJsonObject analysisToJson(const DocumentAnalysis &analysis, const QString &file)
{
    QJsonArray speakers;
    for (const SpeakerMention &speaker : analysis.speakers) {
        speakers.append(QJsonObject{{QStringLiteral("id"), speaker.id},
                                    {QStringLiteral("name"), speaker.name},
                                    {QStringLiteral("role"), speaker.role},
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
