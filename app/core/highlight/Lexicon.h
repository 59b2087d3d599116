#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace claimscope::core {

// One person of the corpus and the ways texts write their name. Russian forms are given in the
// nominative only: the definition generator derives the case forms (Токаев → Токаева, Токаевым…).
struct Speaker {
    QString id;   // stable key, e.g. "tokayev"
    QString name; // display name, e.g. "Kassym-Jomart Tokayev"
    QString role;
    QString kind; // politician, official, expert, author or other
    QStringList formsEn;
    QStringList formsRu;
    QStringList formsTr;

    friend bool operator==(const Speaker &, const Speaker &) = default;
};

// What the highlighter knows about the corpus: its people, and the reporting cues per language
// ("en", "ru", "tr" → "said", "по словам", "göre"…). Cues may be several words long.
struct Lexicon {
    QList<Speaker> speakers;
    QHash<QString, QStringList> cues;

    friend bool operator==(const Lexicon &, const Lexicon &) = default;
};

// Why a lexicon file was refused: the file, and what is wrong in it. Messages are developer-facing
// English, like the JSON they describe.
struct LexiconError {
    QString filePath;
    QString problem;

    QString message() const { return filePath + QStringLiteral(": ") + problem; }
};

using LexiconResult = std::variant<Lexicon, LexiconError>;

// The kinds a speaker may have (the seed set's vocabulary).
QStringList speakerKinds();

// Reads resources/lexicon/speakers.json and cues.json (or any files of that shape; a Qt resource
// path such as ":/lexicon/speakers.json" works too). All or nothing: any broken JSON, missing
// field or wrong type gives an error naming the file and the entry.
LexiconResult loadLexicon(const QString &speakersPath, const QString &cuesPath);

// Lexicon strings as regular-expression patterns, in the dialect KSyntaxHighlighting compiles
// (PCRE2 with Unicode properties). Every character of the entry is matched literally; words may
// be separated by any run of Unicode spaces (no-break spaces too), and after an initial ("A.")
// the space may be missing. A blank entry gives an empty pattern. Boundaries are the caller's.
enum class FormLanguage { En, Ru, Tr };

// A name form. Russian forms are nominatives and come back with their case endings:
// "Касым-Жомарт Токаев" also matches "Касым-Жомарта Токаева", "Токаевым", "Сомовой"…
QString formPattern(const QString &form, FormLanguage language);

// A cue. Turkish (and Azerbaijani) cues spell each letter as its Turkish case pair (i/İ, ı/I) and
// are meant to be matched case-sensitively; other languages' cues are meant to be matched
// case-insensitively (see cueIsCaseInsensitive), because PCRE's caseless mode pairs i with I.
QString cuePattern(const QString &cue, const QString &language);
bool cueIsCaseInsensitive(const QString &language);

// "dedi" → "[dD][eE][dD][iİ]": Turkish-aware case-insensitivity for a case-sensitive pattern.
QString turkishCaseless(QStringView text);

// Lower case by Turkish rules: I → ı, İ → i; other letters as QChar::toLower().
QChar turkishLower(QChar c);

// The lexicon compiled into the application.
QString builtInSpeakersPath();
QString builtInCuesPath();

} // namespace claimscope::core
