#pragma once

#include "core/analysis/Annotations.h"

#include <QJsonObject>
#include <QString>

#include <variant>

namespace claimscope::core {

// The documented interchange shape of an analysis (docs/ANALYSIS_JSON.md): offsets are UTF-16
// code units of the decoded text, end exclusive; a speaker is an id of the same document or null.
QJsonObject analysisToJson(const DocumentAnalysis &analysis, const QString &file);

// The inverse of analysisToJson: one document object of that shape read back, or why it cannot
// be, naming the place ("quotes[2].end: …"). Every key analysisToJson writes must be there with its
// type (quote_marks may be left out, for true; "file" is not read); keys it does not write are
// ignored. Ranges must have 0 ≤ start ≤ end, stance scores lie in −2…2, and every speaker a quote,
// claim, figure or stance names must be an id of the document's speakers.
// Fields the shape does not carry come back at their defaults (cue ranges, origins, a claim's
// source, a figure's qualifier and confidence, a stance's confidence, suggested speakers).
std::variant<DocumentAnalysis, QString> analysisFromJson(const QJsonObject &object);
// The same, checked against the text the offsets count: every range must lie within it, and every
// "text" field must be exactly the text its range covers.
std::variant<DocumentAnalysis, QString> analysisFromJson(const QJsonObject &object,
                                                         const QString &documentText);

// One CSV table (RFC 4180) of every quote, claim and figure, for spreadsheets; `header` adds the
// column names.
QString analysisToCsv(const DocumentAnalysis &analysis, const QString &file, bool header);

// A readable listing for a terminal.
QString analysisToText(const DocumentAnalysis &analysis, const QString &file);

} // namespace claimscope::core
