#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace claimscope::core {

// The fields REFI-QDA has no attribute for (a passage's cue and confidence, a figure's value and
// unit, a stance's score) travel as text a person can read in any QDA program and Claimscope can
// read back: one "key: value" line per field, keys in English. A value's line breaks and
// backslashes are escaped ("\n", "\\"), so every field stays on its line.
using FieldLines = QList<std::pair<QString, QString>>;

QString writeFieldLines(const FieldLines &fields);

// The fields of `text` when every non-empty line is "key: value" with a key among `known`;
// nothing otherwise (a note a person wrote, which is kept as a note).
std::optional<FieldLines> readFieldLines(QStringView text, const QStringList &known);

// The value of `key`, or an empty string.
QString fieldValue(const FieldLines &fields, QStringView key);

} // namespace claimscope::core
