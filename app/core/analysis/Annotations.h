#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace claimscope::core {

// A range of a document's text: UTF-16 offsets, end exclusive (as QString counts).
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    qsizetype overlap(const TextRange &other) const
    {
        return std::max<qsizetype>(0, std::min(end, other.end) - std::max(start, other.start));
    }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Who made an annotation. Re-analysis replaces automatic ones and never touches the others.
enum class Origin { Automatic, Manual, Edited };

// A person the document names: a lexicon entry, or someone the text introduces (suggested).
struct SpeakerMention {
    QString id;   // the lexicon id, or a new id for a suggested speaker
    QString name; // display name
    QString role;
    QList<TextRange> mentions;
    bool suggested = false;
    QString kind; // politician, official, expert, author or other (the lexicon's kinds)
};

// Direct speech: the range is the text inside the quotation marks (or the unmarked paragraph).
struct QuoteAnnotation {
    TextRange range;
    QString text;
    QString speaker; // a SpeakerMention id of the same document, or empty
    QString cue;
    TextRange cueRange;
    bool quoteMarks = true;
    double confidence = 0;
    Origin origin = Origin::Automatic;
};

// Reported speech: the range is the reported proposition only.
struct ClaimAnnotation {
    TextRange range;
    QString text;
    QString speaker; // a SpeakerMention id, or empty when the source is not a person
    QString source;  // the source as the text names it when it is not a person
    QString cue;
    TextRange cueRange;
    double confidence = 0;
    Origin origin = Origin::Automatic;
};

// A cited number, typed. Money in whole units of its currency; percentages and shares as percent.
struct FigureAnnotation {
    TextRange range;
    QString text;
    double value = 0;
    QString unit;    // "USD", "KZT", "RUB", "EUR", "percent", "count", …
    QString measure; // what is measured ("trade turnover", "share of oil exports", …)
    QString subject; // what it is measured of ("Kazakhstan–EU trade", …)
    std::optional<int> year;
    QString qualifier; // "more than", "about", … (English, whatever the text's language)
    QString speaker;   // when the figure sits inside a quote or claim of that speaker
    double confidence = 0;
    Origin origin = Origin::Automatic;
};

// A speaker's position on the project's question, −2 (firmly against) … +2 (pushing for).
struct StanceAnnotation {
    QString speaker;
    QString target;
    int score = 0;
    QList<TextRange> evidence;
    double confidence = 0;
    Origin origin = Origin::Automatic;
};

struct DocumentAnalysis {
    QString language;
    QList<SpeakerMention> speakers;
    QList<QuoteAnnotation> quotes;
    QList<ClaimAnnotation> claims;
    QList<FigureAnnotation> figures;
    QList<StanceAnnotation> stances;
};

} // namespace claimscope::core
