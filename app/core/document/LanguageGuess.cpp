#include "core/document/LanguageGuess.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace claimscope::core {
namespace {

constexpr qsizetype kSampleLength = 20000;
constexpr qsizetype kMinLetters = 20;

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

// Letters of Kazakh's Cyrillic alphabet that Russian has not (әғқңөұүһі and their capitals). A
// switch, not a search of a string per letter: this runs on every letter of every imported text.
bool isKazakhLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x04D9:
    case 0x0493:
    case 0x049B:
    case 0x04A3:
    case 0x04E9:
    case 0x04B1:
    case 0x04AF:
    case 0x04BB:
    case 0x0456:
    case 0x04D8:
    case 0x0492:
    case 0x049A:
    case 0x04A2:
    case 0x04E8:
    case 0x04B0:
    case 0x04AE:
    case 0x04BA:
    case 0x0406:
        return true;
    default:
        return false;
    }
}

// Letters of Turkish that English has not (ğĞşŞıİ).
bool isTurkishLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x011F:
    case 0x011E:
    case 0x015F:
    case 0x015E:
    case 0x0131:
    case 0x0130:
        return true;
    default:
        return false;
    }
}

constexpr std::u16string_view kEnglishWords[] = {u"the",  u"and", u"of",   u"to",  u"in",   u"is",
                                                 u"that", u"for", u"with", u"was", u"said", u"not"};
constexpr std::u16string_view kTurkishWords[] = {u"ve", u"bir",  u"bu",   u"için",     u"ile",    u"da",
                                                 u"de", u"daha", u"gibi", u"olduğunu", u"olarak", u"değil"};
constexpr qsizetype kLongestWord = 8; // "olduğunu", "olarak": longer words are in neither list

template<size_t N> bool listed(const std::u16string_view (&words)[N], std::u16string_view word)
{
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// `word` lowered into `buffer` as QString::toLower() lowers it, when it could be in a word list: the
// lists are short words, and a word with U+0130 (İ) can be in none of them, since QString lowers it to
// i and a combining dot, two units (QChar::toLower() leaves it as it is). Lowering in place, without a
// QString per word, is most of what makes the guess cheap on a long text.
std::optional<std::u16string_view> lowerShortWord(QStringView word,
                                                  std::array<char16_t, kLongestWord> &buffer)
{
    if (word.size() > kLongestWord)
        return std::nullopt;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.unicode() == 0x0130 || c.isSurrogate())
            return std::nullopt;
        buffer[static_cast<size_t>(i)] = c.toLower().unicode();
    }
    return std::u16string_view(buffer.data(), static_cast<size_t>(word.size()));
}

} // namespace

QString guessLanguage(QStringView text)
{
    const QStringView sample = text.first(std::min(text.size(), kSampleLength));
    qsizetype letters = 0, cyrillic = 0, kazakh = 0, turkishLetters = 0;
    for (QChar c : sample) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (isCyrillic(c)) {
            ++cyrillic;
            if (isKazakhLetter(c))
                ++kazakh;
        } else if (isTurkishLetter(c)) {
            ++turkishLetters;
        }
    }
    if (letters < kMinLetters)
        return {};
    if (cyrillic * 2 > letters)
        return kazakh * 50 > cyrillic ? QStringLiteral("kk") : QStringLiteral("ru");

    qsizetype english = 0, turkish = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= sample.size(); ++i) {
        const bool letter = i < sample.size() && sample.at(i).isLetter();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            std::array<char16_t, kLongestWord> buffer;
            if (const auto word = lowerShortWord(sample.sliced(start, i - start), buffer)) {
                english += listed(kEnglishWords, *word);
                turkish += listed(kTurkishWords, *word);
            }
            start = -1;
        }
    }
    if (turkish + turkishLetters / 4 > english)
        return QStringLiteral("tr");
    if (english > 0)
        return QStringLiteral("en");
    return {};
}

QString normaliseLanguageCode(QStringView code)
{
    static const QStringList known = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tr"),
                                      QStringLiteral("kk")};
    const QString primary = code.left(2).toString().toLower();
    const bool whole = code.size() == 2 || (code.size() > 2 && (code.at(2) == u'-' || code.at(2) == u'_'));
    return whole && known.contains(primary) ? primary : QString();
}

} // namespace claimscope::core
