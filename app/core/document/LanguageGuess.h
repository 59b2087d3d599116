#pragma once

#include <QString>
#include <QStringView>

namespace claimscope::core {

// The language of a text among those Claimscope reads: "en", "ru", "tr" or "kk"; empty when the
// text is too short or in none of them. A cheap guess from letters and function words, made once
// per import; it only fills metadata the file does not declare.
QString guessLanguage(QStringView text);

// "ru-RU", "RU", "tr_TR" → "ru", "ru", "tr"; anything else → empty.
QString normaliseLanguageCode(QStringView code);

} // namespace claimscope::core
