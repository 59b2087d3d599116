#pragma once

#include <QString>
#include <QStringList>

namespace claimscope::core {

// The grammatical case a Russian role noun is in ("политолога" is genitive); a name in apposition
// to it is in the same case. The accusative of an animate masculine noun looks like its genitive
// and is read as one.
enum class RussianCase { Nominative, Genitive, Dative, Instrumental, Prepositional };

// The nominative of a Russian personal name written in `grammaticalCase`: "Данияра Ашимбаева" →
// "Данияр Ашимбаев", "Анной Сомовой" → "Анна Сомова". The gender is read from the surname (the
// last word), because a first name alone is ambiguous (genitive "Данияра" vs feminine "Дана").
// Names that do not decline (Уали, Росси, Риццо) come back as written.
QString russianNominative(const QStringList &nameWords, RussianCase grammaticalCase);

// True for a Russian patronymic ("Викторович", "Ивановна", in any case).
bool isRussianPatronymic(const QString &word);

} // namespace claimscope::core
