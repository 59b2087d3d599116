#pragma once

#include "core/analysis/Annotations.h"

#include <QJsonObject>
#include <QString>

namespace claimscope::core {

// The documented interchange shape of an analysis (docs/ANALYSIS_JSON.md): offsets are UTF-16
// code units of the decoded text, end exclusive; a speaker is an id of the same document or null.
QJsonObject analysisToJson(const DocumentAnalysis &analysis, const QString &file);

// One CSV table (RFC 4180) of every quote, claim and figure, for spreadsheets; `header` adds the
// column names.
QString analysisToCsv(const DocumentAnalysis &analysis, const QString &file, bool header);

// A readable listing for a terminal.
QString analysisToText(const DocumentAnalysis &analysis, const QString &file);

} // namespace claimscope::core
