#include "core/highlight/AlternationFactoring.h"

#include <QList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace claimscope::core {
namespace {

// One element of a pattern: a character, a class, a group or an escape, with its quantifier.
struct Token {
    QString text;
    // The characters it matches when it matches exactly one of a few known characters (folded when
    // case-insensitive), sorted; empty when it is anything else and must not be moved past.
    std::u32string chars;
};

using Sequence = QList<Token>;

char32_t codePointAt(QStringView pattern, qsizetype i, qsizetype *width)
{
    if (pattern[i].isHighSurrogate() && i + 1 < pattern.size() && pattern[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(pattern[i], pattern[i + 1]);
    }
    *width = 1;
    return pattern[i].unicode();
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// Where the bracketed class starting at `i` ends (one past its ']'), and its characters when it
// lists plain characters only (no ranges, negation or escapes such as \w).
qsizetype readClass(QStringView pattern, qsizetype i, std::optional<std::u32string> *members)
{
    std::u32string chars;
    bool plain = true;
    qsizetype j = i + 1;
    if (j < pattern.size() && pattern[j] == u'^') {
        plain = false;
        ++j;
    }
    bool first = true;
    while (j < pattern.size() && (pattern[j] != u']' || first)) {
        first = false;
        qsizetype width = 1;
        if (pattern[j] == u'\\') {
            if (j + 1 >= pattern.size() || isAsciiAlnum(pattern[j + 1]))
                plain = false;
            else
                chars += codePointAt(pattern, j + 1, &width);
            j += 1 + width;
            continue;
        }
        if (pattern[j] == u'-' || pattern[j] == u'[')
            plain = false;
        chars += codePointAt(pattern, j, &width);
        j += width;
    }
    if (plain)
        *members = chars;
    return std::min(j + 1, pattern.size());
}

// Where the group starting at `i` ends, one past its closing parenthesis.
qsizetype readGroup(QStringView pattern, qsizetype i)
{
    int depth = 0;
    qsizetype j = i;
    while (j < pattern.size()) {
        const QChar c = pattern[j];
        if (c == u'\\') {
            j += 2;
            continue;
        }
        if (c == u'[') {
            std::optional<std::u32string> ignored;
            j = readClass(pattern, j, &ignored);
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return j + 1;
        ++j;
    }
    return j;
}

qsizetype readQuantifier(QStringView pattern, qsizetype i)
{
    if (i >= pattern.size())
        return i;
    qsizetype j = i;
    if (pattern[j] == u'?' || pattern[j] == u'*' || pattern[j] == u'+') {
        ++j;
    } else if (pattern[j] == u'{') {
        while (j < pattern.size() && pattern[j] != u'}')
            ++j;
        j = std::min(j + 1, pattern.size());
    } else {
        return i;
    }
    if (j < pattern.size() && (pattern[j] == u'?' || pattern[j] == u'+'))
        ++j; // lazy or possessive
    return j;
}

// Case-insensitive matching groups characters as Unicode case folding does; only scripts whose
// folding is simple and the same in Qt and PCRE2 (Latin, Cyrillic) are grouped that way.
std::optional<char32_t> key(char32_t c, bool caseInsensitive)
{
    if (!caseInsensitive)
        return c;
    const bool basicLatin = c < 0x80;
    const bool cyrillic = c >= 0x400 && c <= 0x4FF;
    if (!basicLatin && !cyrillic)
        return std::nullopt;
    return QChar::toCaseFolded(c);
}

Sequence tokenize(QStringView pattern, bool caseInsensitive)
{
    Sequence tokens;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern[i];
        qsizetype end = i + 1;
        std::optional<std::u32string> chars;
        if (c == u'\\') {
            if (i + 1 < pattern.size() && !isAsciiAlnum(pattern[i + 1])) {
                qsizetype width = 1;
                chars = std::u32string(1, codePointAt(pattern, i + 1, &width));
                end = i + 1 + width;
            } else if (i + 2 < pattern.size() && pattern[i + 2] == u'{') {
                end = pattern.indexOf(u'}', i) + 1; // \x{…}, \p{…}
                if (end == 0)
                    end = pattern.size();
            } else {
                end = std::min(i + 2, pattern.size());
            }
        } else if (c == u'[') {
            end = readClass(pattern, i, &chars);
        } else if (c == u'(') {
            end = readGroup(pattern, i);
        } else if (c != u'.' && c != u'^' && c != u'$' && c != u'|') {
            qsizetype width = 1;
            chars = std::u32string(1, codePointAt(pattern, i, &width));
            end = i + width;
        }
        const qsizetype afterQuantifier = readQuantifier(pattern, end);
        Token token{pattern.sliced(i, afterQuantifier - i).toString(), {}};
        if (chars && afterQuantifier == end && !chars->empty()) {
            std::u32string keys;
            bool known = true;
            for (const char32_t member : *chars) {
                const std::optional<char32_t> folded = key(member, caseInsensitive);
                known = known && folded.has_value();
                if (folded)
                    keys += *folded;
            }
            if (known) {
                std::sort(keys.begin(), keys.end());
                keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
                token.chars = keys;
            }
        }
        tokens.append(token);
        i = afterQuantifier;
    }
    return tokens;
}

bool overlap(const std::u32string &a, const std::u32string &b)
{
    return std::any_of(a.begin(), a.end(), [&b](char32_t c) { return b.find(c) != std::u32string::npos; });
}

QString joined(const Sequence &sequence, qsizetype from = 0)
{
    QString out;
    for (qsizetype i = from; i < sequence.size(); ++i)
        out += sequence[i].text;
    return out;
}

struct Branch {
    Token head;
    QList<Sequence> rests; // in their original order
};

// The alternatives, factored, as the parts of one alternation.
QStringList factor(const QList<Sequence> &alternatives)
{
    QStringList parts;
    QList<Branch> branches; // since the last alternative nothing may move past
    const auto flush = [&parts, &branches] {
        for (const Branch &branch : std::as_const(branches)) {
            if (branch.rests.size() == 1) {
                parts.append(branch.head.text + joined(branch.rests.front()));
                continue;
            }
            const QStringList inner = factor(branch.rests);
            if (inner.size() == 1)
                parts.append(branch.head.text + inner.front());
            else
                parts.append(branch.head.text + u"(?:"_s + inner.join(u'|') + u')');
        }
        branches.clear();
    };
    for (const Sequence &alternative : alternatives) {
        if (alternative.isEmpty() || alternative.front().chars.empty()) {
            flush();
            parts.append(joined(alternative));
            continue;
        }
        const Token &first = alternative.front();
        const Sequence rest = alternative.mid(1);
        auto same = std::find_if(branches.begin(), branches.end(),
                                 [&first](const Branch &b) { return b.head.chars == first.chars; });
        if (same != branches.end()) {
            same->rests.append(rest);
            continue;
        }
        // A first character that only partly matches an earlier branch's must stay behind it.
        if (std::any_of(branches.begin(), branches.end(),
                        [&first](const Branch &b) { return overlap(b.head.chars, first.chars); }))
            flush();
        branches.append({first, {rest}});
    }
    flush();
    return parts;
}

} // namespace

QString factorAlternation(const QStringList &alternatives, bool caseInsensitive)
{
    QList<Sequence> sequences;
    sequences.reserve(alternatives.size());
    for (const QString &alternative : alternatives)
        sequences.append(tokenize(alternative, caseInsensitive));
    return factor(sequences).join(u'|');
}

} // namespace claimscope::core
