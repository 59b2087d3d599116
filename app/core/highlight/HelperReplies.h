#pragma once

#include "core/highlight/HighlightTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

// What the client reads from the highlighting helper's stdout, as pure functions: the helper is
// another program, so every byte it writes is untrusted input (and a fuzz target feeds them here).

namespace claimscope::core {

inline constexpr int kHelperProtocolVersion = 1;

// Splits the complete lines off the front of a buffer; a partial last line stays for the next read.
QList<QByteArray> takeCompleteLines(QByteArray &buffer);

// A line of output as a JSON object, or nothing when it is not one (a fault).
std::optional<QJsonObject> helperMessage(const QByteArray &line);

// Whether a message is the helper's greeting in our protocol version.
bool isHelperGreeting(const QJsonObject &message);

// Turns a highlight reply into spans and formats, checking every span against the text's length.
std::variant<HighlightResult, QString> parseHighlightReply(const QJsonObject &reply, qsizetype textLength);

// The themes of a listThemes reply; entries that are not objects give empty names.
QList<ThemeInfo> parseThemes(const QJsonObject &reply);

} // namespace claimscope::core
