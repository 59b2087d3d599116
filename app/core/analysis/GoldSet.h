#pragma once

#include "core/analysis/Annotations.h"
#include "core/document/DocumentOrError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace claimscope::core {

// Gold annotations (NAME.gold.json, the format of shared/seeds/README.md) read into the same
// DocumentAnalysis the analyzer produces, so that the two can be scored against each other.
//
// The gold counts Unicode code points; DocumentAnalysis counts UTF-16 units. Every range is
// converted through the document text, so an emoji before a span shifts it by one unit here and by
// none in the gold file. Every span is checked against the text it claims to cover: a gold file
// that does not fit its document is refused rather than scored with shifted spans.
//
// The loader checks what scoring depends on (offsets, texts, speaker references, values, scores);
// tests/tools/check_gold.py remains the complete check of the format.

// Gold facts the analysis model has no field for. Each list in GoldDocument runs parallel to the
// list of the same items in GoldDocument::analysis.
struct GoldSpeakerInfo {
    bool quoted = false;
    QString mentionRole; // "speaker", "stance_only", "mentioned", "byline_author", …
};

struct GoldQuoteInfo {
    bool closingMark = true; // false for the first paragraph of a multi-paragraph quote
    bool borderline = false;
    QString source; // the institution or group when the speaker is null
    QString note;
};

struct GoldClaimInfo {
    bool borderline = false;
    QString note;
};

struct GoldFigureInfo {
    QString source;
    QString note;
};

struct GoldStanceInfo {
    QString basis; // "expressed", "reported" or "inferred"
    QString reason;
};

// Quotation marks around something that is not speech: a title, a term, a scare quote, a name.
struct GoldNonSpeechQuote {
    TextRange range;
    QString text;
    QString type;
};

struct GoldDocument {
    QString name;         // the gold file's name without ".gold.json"
    QString goldPath;     // the file read, or the path given to parseGold
    QString documentPath; // empty when the text was given rather than read
    QString text;         // the document text every range refers to
    DocumentAnalysis analysis;
    QList<GoldSpeakerInfo> speakerInfo;
    QList<GoldQuoteInfo> quoteInfo;
    QList<GoldClaimInfo> claimInfo;
    QList<GoldFigureInfo> figureInfo;
    QList<GoldStanceInfo> stanceInfo;
    QList<GoldNonSpeechQuote> nonSpeechQuoted;
};

// Why a gold file could not be used. The message names the place in the file ("quotes[3]: …");
// text() puts the file in front, so that a list of errors can be read without context.
struct GoldError {
    QString goldPath;
    QString message;

    QString text() const;
};

// Either a whole gold document or the reason there is none.
using GoldResult = DocumentOrError<GoldDocument, GoldError>;

// Reads a gold file and the document its "file" names: first next to the gold file, then, when
// the gold file sits in a folder called "gold", in that folder's parent (the sample layout).
// The document is read as the gold counts it: strict UTF-8, byte-order mark and CR kept.
GoldResult loadGoldFile(const QString &goldPath);
// The same with the document given; its name need not match "file".
GoldResult loadGoldFile(const QString &goldPath, const QString &documentPath);
// Gold JSON against a text already in memory, e.g. the text the analyzer was given. goldPath only
// names the source in errors and in GoldDocument::name. When the text is not the file the gold was
// made for (an importer that dropped a byte-order mark or CRs), the span checks fail loudly.
GoldResult parseGold(const QByteArray &json, const QString &documentText, const QString &goldPath);

// Every gold file of a folder, in file-name order. Two layouts:
//   seeds:  DIR/NAME.txt beside DIR/NAME.gold.json
//   sample: DIR/NAME.txt with DIR/gold/NAME.gold.json (used when DIR itself holds no gold files)
// A speakers.json in the gold folder (or else in DIR) fills SpeakerMention::name and ::role; without
// one, the name is the id. A file that fails is listed in errors and the others are still loaded.
struct GoldSet {
    QString goldDir;
    QString documentsDir;
    QList<GoldDocument> documents;
    QList<GoldError> errors;
};

GoldSet loadGoldFolder(const QString &dir);

} // namespace claimscope::core
