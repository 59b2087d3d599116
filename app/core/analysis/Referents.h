#pragma once

#include "core/analysis/Annotations.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace claimscope::core {

// A word that stands for a person already named: a pronoun ("he", "она", "o") or a description
// ("the expert", "политолог", "uzman", "the spokesman"). `kind` is the lexicon kind the
// description requires ("expert", "official", "politician"), empty for a pronoun.
struct Referent {
    TextRange range;
    QString kind;
};

// The referents in [start, end) of the text, in the document's language (every language's
// words are tried for the role nouns, which are distinct across the three).
QList<Referent> findReferents(const QString &text, qsizetype start, qsizetype end, const QString &language);

// The Speaker spans resolved to ids, with the kind of each person, for looking back from a
// referent to the person it stands for.
class MentionHistory final {
public:
    void add(const TextRange &range, const QString &id, const QString &kind);
    // The id of the latest mention before `position` whose kind fits (any kind when `kind` is empty;
    // the latest mention of any kind when none fits). Empty when nobody was named before.
    QString before(qsizetype position, const QString &kind = {}) const;
    // The id of the mention covering or nearest to `range` among those inside [start, end).
    QString nearestWithin(qsizetype start, qsizetype end, qsizetype anchor) const;
    TextRange rangeOf(qsizetype start, qsizetype end, qsizetype anchor) const;
    // The mentions inside [start, end), in document order, as (range, id).
    QList<std::pair<TextRange, QString>> within(qsizetype start, qsizetype end) const;

private:
    struct Entry {
        TextRange range;
        QString id;
        QString kind;
    };
    QList<Entry> m_entries; // in document order
    qsizetype nearestIndex(qsizetype start, qsizetype end, qsizetype anchor) const;
};

} // namespace claimscope::core
