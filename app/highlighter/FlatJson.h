#pragma once

// A fast reader for the shape every request has: one JSON object whose values are strings, numbers,
// booleans or null. QJsonDocument reads a 10 MB `text` at about 120 MB/s and then stores it in its own
// form, so that getting the QString out costs another conversion; this reader decodes the text once,
// several times faster. Anything else (a nested value, a syntax error) it declines, and the caller
// falls back to QJsonDocument, whose verdict and error messages then apply.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace claimscope::highlighter {

struct FlatObject {
    QHash<QString, QString> strings;
    QHash<QString, double> numbers;
    // Booleans, null and (from the fallback) nested values are not kept: no request field uses them.
};

// nullopt: not a flat object, or not valid JSON; QJsonDocument will tell which.
// Not checked here: the validity of the UTF-8 inside strings (undecodable bytes become U+FFFD, where
// QJsonDocument would refuse the line); the client's own JSON writer never produces them.
std::optional<FlatObject> readFlatObject(const QByteArray &json);

} // namespace claimscope::highlighter
