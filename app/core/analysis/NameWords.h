#pragma once

#include "core/analysis/RussianNames.h"

#include <QList>
#include <QSet>
#include <QString>

namespace claimscope::core {

// How a person's name looks in running text, word by word: the tests speaker discovery applies to
// the capitalised words after or before a role.

// A word of running text: letters with inner hyphens, or an initial with its dot ("A.").
struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isHorizontalSpace(QChar c);

// Up to `limit` words after `from`, separated by horizontal spaces only: a comma, a full stop, a
// line break or an apostrophe ends the list.
QList<Word> wordsAfter(const QString &text, qsizetype from, int limit);
// Up to `limit` words ending at or before `to` (same separators), in document order.
QList<Word> wordsBefore(const QString &text, qsizetype to, int limit);

QString textOf(const QString &text, const Word &word);
// From the first word's start to the last one's end, spaces simplified.
QString textOf(const QString &text, const QList<Word> &words);

bool isInitial(const QString &text, const Word &word);
bool lowerCaseWord(const QString &text, const Word &word);
// All capitals, two letters or more: BRICS, МИД, UN.
bool abbreviation(const QString &text, const Word &word);

// A word that can be part of a person's name: capitalised and then lower case ("Seitov",
// "Kassym-Jomart"), or an initial; not all capitals and not a word known not to be a name
// (function words, months, days, institutions, and `cueWords`, lower case).
bool nameWord(const QString &text, const Word &word, const QSet<QString> &cueWords);

// Beginnings of institution words in any of the three languages, in lower case ("институт",
// "кремл", "üniversite"), which decline or take suffixes.
bool institutionWord(const QString &lower);

// Surname endings common in the region's names: a lone capitalised word after a role is a
// surname only when it has one ("политолог Ашимбаев"), not "эксперт Института".
bool surnameLike(const QString &word);

// A Russian word with an adjective's ending cannot start a name ("Центральной", "Казахской"); a
// feminine first name in the instrumental ends in -ой too (Анной), so that case is let through.
bool adjectiveLike(const QString &word, RussianCase grammaticalCase);

// True when the words around [from, to), up to a line break, bracket, quotation mark or full
// stop, are all capitalised: an English headline or a cited title ("Kazakh President Takes Part in
// the Summit"), where a capital says nothing about names.
bool inTitleCase(const QString &text, qsizetype from, qsizetype to);

} // namespace claimscope::core
