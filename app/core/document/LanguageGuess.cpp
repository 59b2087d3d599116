#include "core/document/LanguageGuess.h"

#include <QSet>
#include <QStringList>

namespace claimscope::core {
namespace {

constexpr qsizetype kSampleLength = 20000;
constexpr qsizetype kMinLetters = 20;

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

bool isKazakhLetter(QChar c)
{
    static const QString letters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    return letters.contains(c);
}

bool isTurkishLetter(QChar c)
{
    static const QString letters = QStringLiteral("ğĞşŞıİ");
    return letters.contains(c);
}

const QSet<QString> &englishWords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"),  QStringLiteral("and"), QStringLiteral("of"),   QStringLiteral("to"),
        QStringLiteral("in"),   QStringLiteral("is"),  QStringLiteral("that"), QStringLiteral("for"),
        QStringLiteral("with"), QStringLiteral("was"), QStringLiteral("said"), QStringLiteral("not"),
    };
    return words;
}

const QSet<QString> &turkishWords()
{
    static const QSet<QString> words = {
        QStringLiteral("ve"),   QStringLiteral("bir"),  QStringLiteral("bu"),       QStringLiteral("için"),
        QStringLiteral("ile"),  QStringLiteral("da"),   QStringLiteral("de"),       QStringLiteral("olarak"),
        QStringLiteral("daha"), QStringLiteral("gibi"), QStringLiteral("olduğunu"), QStringLiteral("değil"),
    };
    return words;
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
            const QString word = sample.sliced(start, i - start).toString().toLower();
            english += englishWords().contains(word);
            turkish += turkishWords().contains(word);
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
