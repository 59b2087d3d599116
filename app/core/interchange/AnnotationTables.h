#pragma once

#include "core/project/ProjectStore.h"

#include <QByteArray>
#include <QJsonDocument>

namespace claimscope::core {

// The quotes, claims, figures and stances of a project as tables for R, pandas and spreadsheets
// (docs/EXPORTS.md describes every column and key). Offsets are Unicode code points, end
// exclusive, as Python's str and R's substr count; keys and kind names are stable English, not
// translated, so that scripts keep working whatever the interface language.

// One CSV table (RFC 4180, UTF-8 without a byte-order mark, CR LF): a row per quote, claim,
// figure and stance, in project order and text order, each with its source's metadata.
QByteArray annotationsCsv(const ProjectContents &contents);

// One JSON object: the project, its sources and speakers, then one array per kind, whose records
// name their source and speaker by id.
QJsonDocument annotationsJson(const ProjectContents &contents);

} // namespace claimscope::core
