#include "Protocol.h"

#include "FlatJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QtGlobal>

#include <cmath>
#include <variant>

namespace claimscope::highlighter {

namespace {

// Ids travel as JSON numbers, which are doubles; beyond 2^53 they stop being exact integers.
constexpr double kLargestExactInteger = 9007199254740992.0;

std::optional<qint64> integerId(const FlatObject &object)
{
    const auto found = object.numbers.constFind(QStringLiteral("id"));
    if (found == object.numbers.constEnd())
        return std::nullopt;
    const double number = *found;
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > kLargestExactInteger)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// The slow, complete path: any valid JSON, with QJsonDocument's error messages for the rest.
std::variant<FlatObject, QString> readWithQJsonDocument(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
    if (!document.isObject())
        return QStringLiteral("a request must be a JSON object");
    FlatObject flat;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            flat.strings.insert(it.key(), it.value().toString());
        else if (it.value().isDouble())
            flat.numbers.insert(it.key(), it.value().toDouble());
    }
    return flat;
}

} // namespace

std::optional<QString> Request::string(QLatin1String key) const
{
    const auto found = strings.constFind(key);
    if (found == strings.constEnd())
        return std::nullopt;
    return *found;
}

Request parseRequest(const QByteArray &line)
{
    Request request;
    FlatObject object;
    if (std::optional<FlatObject> fast = readFlatObject(line)) {
        object = std::move(*fast);
    } else {
        auto slow = readWithQJsonDocument(line);
        if (const QString *error = std::get_if<QString>(&slow)) {
            request.error = *error;
            return request;
        }
        object = std::move(std::get<FlatObject>(slow));
    }

    request.id = integerId(object);
    if (!request.id) {
        request.error = QStringLiteral("a request needs an integer \"id\"");
        return request;
    }
    request.strings = std::move(object.strings);
    const std::optional<QString> method = request.string(QLatin1String("method"));
    if (!method) {
        request.error = QStringLiteral("a request needs a string \"method\"");
        return request;
    }
    request.method = *method;
    return request;
}

QByteArray greetingLine()
{
    // Written by hand: the field order is fixed and nothing here needs escaping.
    return QByteArrayLiteral("{\"hello\":\"claimscope-highlighter\",\"protocol\":") +
           QByteArray::number(kProtocolVersion) +
           QByteArrayLiteral(",\"engine\":\"KSyntaxHighlighting " CLAIMSCOPE_ENGINE_VERSION "\",\"qt\":\"") +
           QByteArray(qVersion()) + QByteArrayLiteral("\"}");
}

} // namespace claimscope::highlighter
