#pragma once

#include "core/analysis/Annotations.h"
#include "core/analysis/RussianNames.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace claimscope::core {

// A word for what a person is, as a text puts it before or after their name when it first names
// them: "political scientist", "политолога", "Sözcüsü", "Dr.".
struct RoleNoun {
    QString base; // the dictionary form, for display: "political scientist", "политолог", "sözcü"
    QString kind; // the lexicon kind it implies: expert, official, politician or author
    RussianCase grammaticalCase = RussianCase::Nominative; // of the written form (Russian only)
    // Officials' titles may carry what they are officials of between the role and the name:
    // "министр иностранных дел России Сергей Лавров", "spokesman for the Kremlin Dmitry Peskov".
    bool takesComplement = false;
    // A title abbreviation ("Dr.", "Prof.") only ever stands before a name.
    bool titleOnly = false;
};

// Every role noun form of one language, found by one pattern.
class RoleNouns final {
public:
    // The role words of "en", "ru" or "tr"; other languages get English.
    static const RoleNouns &forLanguage(const QString &language);

    // Where the forms occur in `text`, as whole words, leftmost first, the longest form at each place.
    QList<TextRange> find(const QString &text) const;
    // The role a found range stands for.
    RoleNoun lookup(QStringView written) const;

private:
    explicit RoleNouns(const QString &language);
    QString key(QStringView written) const;
    bool beginsForm(QStringView word, QString *lowered) const;

    QString m_language;
    QRegularExpression m_pattern;     // every form, longest first
    QSet<QString> m_firstWords;       // key() of each form's first word: only there is the pattern tried
    QHash<QString, RoleNoun> m_forms; // key(form) → role
};

} // namespace claimscope::core
