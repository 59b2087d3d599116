#pragma once

// The wire format of docs/HIGHLIGHTER_PROTOCOL.md as far as requests go: what a line asks for.
// Replies are built by Reply.

#include <QByteArray>
#include <QHash>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace claimscope::highlighter {

inline constexpr int kProtocolVersion = 1;

// One request line, decoded. A line that cannot be a request keeps the reason in `error`; its `id` is
// still filled in when the line had a usable one, so that the error reply can name it.
struct Request {
    std::optional<qint64> id;
    QString method;
    QHash<QString, QString> strings; // every string-valued field, the method included
    QString error;

    bool isValid() const { return error.isEmpty(); }
    // A field's value when it is a string.
    std::optional<QString> string(QLatin1String key) const;
};

Request parseRequest(const QByteArray &line);

// The first line the helper writes, before reading anything.
QByteArray greetingLine();

} // namespace claimscope::highlighter
