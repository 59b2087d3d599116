#include "core/highlight/HelperReplies.h"

#include "core/highlight/HighlighterClient.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>

namespace claimscope::core {
namespace {

QColor colorOf(const QJsonValue &value)
{
    return value.isString() ? QColor(value.toString()) : QColor();
}

} // namespace

QList<QByteArray> takeCompleteLines(QByteArray &buffer)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n', start)) {
        lines.append(buffer.sliced(start, end - start));
        start = end + 1;
    }
    buffer.remove(0, start);
    return lines;
}

std::optional<QJsonObject> helperMessage(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
    if (!json.isObject())
        return std::nullopt;
    return json.object();
}

bool isHelperGreeting(const QJsonObject &message)
{
    return message.value(QStringLiteral("hello")).toString() == QStringLiteral("claimscope-highlighter") &&
           message.value(QStringLiteral("protocol")).toInt() == kHelperProtocolVersion;
}

std::variant<HighlightResult, QString> parseHighlightReply(const QJsonObject &reply, qsizetype textLength)
{
    const QString invalid = HighlighterClient::tr("the highlighting helper sent an invalid reply");
    HighlightResult result;
    result.theme = reply.value(QStringLiteral("theme")).toString();
    for (const QJsonValue &value : reply.value(QStringLiteral("formats")).toArray()) {
        const QJsonObject format = value.toObject();
        result.formats.append(
            {format.value(QStringLiteral("name")).toString(), colorOf(format.value(QStringLiteral("color"))),
             colorOf(format.value(QStringLiteral("background"))),
             format.value(QStringLiteral("bold")).toBool(), format.value(QStringLiteral("italic")).toBool(),
             format.value(QStringLiteral("underline")).toBool()});
    }
    const QJsonArray spans = reply.value(QStringLiteral("spans")).toArray();
    if (spans.size() % 3 != 0)
        return invalid;
    result.spans.reserve(spans.size() / 3);
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < spans.size(); i += 3) {
        const qint64 offset = spans.at(i).toInteger(-1);
        const qint64 length = spans.at(i + 1).toInteger(-1);
        const qint64 format = spans.at(i + 2).toInteger(-1);
        // Compared without adding offset and length: a helper's numbers may be near the largest
        // qint64, and their sum would overflow.
        if (offset < previousEnd || length <= 0 || offset > textLength || length > textLength - offset ||
            format < 0 || format >= result.formats.size())
            return invalid;
        result.spans.append({offset, length, static_cast<int>(format)});
        previousEnd = offset + length;
    }
    return result;
}

QList<ThemeInfo> parseThemes(const QJsonObject &reply)
{
    QList<ThemeInfo> themes;
    for (const QJsonValue &value : reply.value(QStringLiteral("themes")).toArray()) {
        const QJsonObject theme = value.toObject();
        themes.append({theme.value(QStringLiteral("name")).toString(),
                       theme.value(QStringLiteral("translatedName")).toString(),
                       theme.value(QStringLiteral("dark")).toBool()});
    }
    return themes;
}

} // namespace claimscope::core
