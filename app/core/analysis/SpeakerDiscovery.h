#pragma once

#include "core/analysis/Annotations.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace claimscope::core {

// A person the lexicon does not know, whom the text introduces with a role: "political scientist
// Marat Seitov", "Marat Seitov, an analyst at …", "по мнению политолога Арману Бекова",
// "Kremlin Sözcüsü …", "siyaset bilimci Ayşe Demir".
struct DiscoveredPerson {
    QString name;              // as a lexicon would list it: Russian names in the nominative
    QString role;              // as the text puts it, the role word in its dictionary form
    QString kind;              // the lexicon kind the role implies: expert, official, politician or author
    QList<TextRange> mentions; // every place the text names them: full name, or surname alone
};

// The people `text` introduces, in order of their first mention. `known` are the Speaker spans
// the highlighter found (lexicon names): a name overlapping one of them is not new, and no mention
// of a new person overlaps them. `cues` are the language's reporting cues, which a sentence may
// start with ("Said analyst …") and are never part of a name.
QList<DiscoveredPerson> discoverSpeakers(const QString &text, const QString &language,
                                         const QList<TextRange> &known, const QStringList &cues);

} // namespace claimscope::core
