#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <optional>
#include <string>

// A literal test that proves a stance cue cannot match a stretch of text, so that PCRE need not
// run. Most stretches hold none of a cue's words, and a caseless Unicode search costs far more
// than looking for a few folded strings (three cues cost 5 to 20 times the others; their letters
// в, о, с, т, д, s and k each have three or four caseless forms in PCRE).
namespace claimscope::core::stance {

// The character a caseless match treats `c` as, for the characters this test is sure of (ASCII,
// Latin-1, basic Cyrillic, the Turkish letters, general punctuation); 0 for any other. Sure means:
// a sure character matches a sure pattern character caselessly exactly when both fold alike
// (tst_stanceprecheck checks this against PCRE for every pair). ſ, the Kelvin sign, ᲀ (a form of
// в) and the like are not sure, so a stretch holding one is always searched.
char16_t precheckFold(char16_t c);

// A stretch of text folded for the pre-check, with a bitmap of the pairs of characters in it:
// most literals are ruled out by a pair missing, at a few instructions each, and only the others
// are looked for in the text. (QStringView::contains, tried first, cost more than the regex.)
class PrecheckText final {
public:
    explicit PrecheckText(QStringView text);

    // Whether every character is sure; if not, nothing can be ruled out.
    bool isSure() const { return m_sure; }
    // Folded (meaningful when isSure()).
    const std::u16string &folded() const { return m_folded; }
    // Whether a match of a pattern requiring one of `literals` may lie in the text: false only
    // when the text is sure and holds none of them.
    bool mayHold(const QStringList &literals) const;

private:
    static constexpr std::size_t kPairBits = 4096;
    static std::size_t pairHash(char16_t first, char16_t second)
    {
        return ((std::size_t(first) << 6) ^ std::size_t(second)) & (kPairBits - 1);
    }

    std::u16string m_folded;
    std::bitset<kPairBits> m_pairs;
    bool m_sure = true;
};

// Strings of which every match of `pattern` holds at least one (folded), read from the pattern's
// literal runs; nothing when the pattern uses syntax this reader does not follow, or a branch has
// no literal it must consume. Never wrong the other way: a string listed is always consumed.
std::optional<QStringList> requiredLiterals(const QRegularExpression &pattern);

} // namespace claimscope::core::stance
