#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

// The stance scorer's vocabulary per language: the question's own words, negation, and the cues
// that signal a position (see StanceScorer.h for how they are weighed).
namespace claimscope::core::stance {

enum class Kind { Favour, Need, Push, Act, Against, Hedge, Firm };

// A cue: a pattern of one language; `negated` marks cues that carry their own negation
// ("no plans"), which must not be flipped again.
struct Cue {
    QRegularExpression pattern;
    Kind kind;
    bool negated = false;
    bool deniesNeed = false; // "no need", "необязательно": a need to join, denied
    bool timeHedge = false;  // "for now", "пока": limits a refusal in time
    // Folded strings one of which every match holds (see StanceCuePrecheck.h); nothing when the
    // pattern has none, and the cue is then searched everywhere. Filled in by languageFor().
    std::optional<QStringList> literals = std::nullopt;
};

struct Language {
    QRegularExpression topic;
    QRegularExpression negationBefore; // tested on the few words before a cue
    QRegularExpression negationAfter;  // tested on the few words after a cue
    QRegularExpression setback;
    QRegularExpression relations;      // courtesy words about a country: "friend", "strategic partner"
    QRegularExpression roleNoun;       // a role just before a name: "President", "spokesperson"
    QRegularExpression contrast;       // "but", "however"
    QRegularExpression pronounStart;   // a sentence going on about the person just named
    QRegularExpression negationInWord; // negation inside a verb or participle ("olmayan")
    // Most specific first: an earlier match wins an overlap. No cue may consume a barrier
    // character (see StanceCueMatches.h): its matches are looked up per document, not per unit.
    QList<Cue> cues;
};

// The vocabulary of "en", "ru" or "tr"; other languages get English. Built once.
const Language &languageFor(const QString &code);

} // namespace claimscope::core::stance
