#include "core/analysis/StanceCuePrecheck.h"

#include <algorithm>
#include <limits>

namespace claimscope::core::stance {

char16_t precheckFold(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
    if (c < 0xA0)
        return 0;
    if (c <= 0xFF) {
        // µ matches Greek mu, which is not sure.
        if (c == 0xB5)
            return 0;
        if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
            return char16_t(c + 0x20);
        return c;
    }
    switch (c) {
    case 0x011E: // Ğ
    case 0x011F:
        return 0x011F;
    case 0x015E: // Ş
    case 0x015F:
        return 0x015F;
    case 0x0130: // İ and ı each match only themselves in PCRE (no Turkish casing)
    case 0x0131:
        return c;
    default:
        break;
    }
    if (c >= 0x0400 && c <= 0x040F)
        return char16_t(c + 0x50); // Ё and the other letters with marks
    if (c >= 0x0410 && c <= 0x042F)
        return char16_t(c + 0x20);
    if (c >= 0x0430 && c <= 0x045F)
        return c;
    if (c >= 0x2000 && c <= 0x206F)
        return c; // spaces, dashes, quotation marks
    return 0;
}

PrecheckText::PrecheckText(QStringView text)
{
    m_folded.resize(std::size_t(text.size()));
    char16_t previous = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t f = precheckFold(text.at(i).unicode());
        if (f == 0) {
            m_sure = false;
            m_folded.clear();
            return;
        }
        m_folded[std::size_t(i)] = f;
        if (i > 0)
            m_pairs.set(pairHash(previous, f));
        previous = f;
    }
}

bool PrecheckText::mayHold(const QStringList &literals) const
{
    if (!m_sure)
        return true;
    return std::any_of(literals.cbegin(), literals.cend(), [this](const QString &literal) {
        const std::u16string_view wanted(reinterpret_cast<const char16_t *>(literal.utf16()),
                                         std::size_t(literal.size()));
        for (std::size_t i = 1; i < wanted.size(); ++i) {
            if (!m_pairs.test(pairHash(wanted[i - 1], wanted[i])))
                return false;
        }
        return std::u16string_view(m_folded).find(wanted) != std::u16string_view::npos;
    });
}

namespace {

// Reads the subset of PCRE syntax our cue patterns use. For each alternation it keeps the strings
// one of which every match consumes; anything it does not know makes the whole reading fail, so
// that no pre-check is made rather than a wrong one.
class LiteralReader {
public:
    explicit LiteralReader(QStringView pattern)
        : m_pattern(pattern)
    {
    }

    std::optional<QStringList> read()
    {
        const Reading reading = alternation();
        if (m_failed || m_at < m_pattern.size())
            return std::nullopt;
        return reading.required;
    }

private:
    enum class AtomKind { Literal, Group, Other };

    // What a group or branch is known to consume.
    struct Reading {
        std::optional<QStringList> required; // one of these, somewhere in the match
        std::optional<QStringList> exact;    // the match is one of these
    };

    struct Atom {
        AtomKind kind = AtomKind::Other;
        char16_t folded = 0;  // Literal: 0 when the character is not sure
        Reading group;        // Group: its alternation
        bool consumes = true; // false for anchors, \b and lookarounds
    };

    // Beyond this many strings an exact product is cut and the parts tried on their own.
    static constexpr qsizetype kMaxProduct = 64;

    bool atEnd() const { return m_at >= m_pattern.size(); }
    char16_t peek() const { return atEnd() ? char16_t(0) : m_pattern.at(m_at).unicode(); }

    Reading alternation()
    {
        Reading all{QStringList(), QStringList()};
        for (;;) {
            const Reading branchReads = branch();
            if (m_failed)
                return {};
            const auto unite = [](std::optional<QStringList> &into, const std::optional<QStringList> &part) {
                if (!into)
                    return;
                if (!part) {
                    into.reset(); // a branch with nothing known: the alternation knows nothing
                    return;
                }
                for (const QString &literal : *part) {
                    if (!into->contains(literal))
                        into->append(literal);
                }
            };
            unite(all.required, branchReads.required);
            unite(all.exact, branchReads.exact);
            if (peek() != u'|')
                break;
            ++m_at;
        }
        return all;
    }

    // The best of the sets a branch must consume one of: the one whose shortest string is longest.
    // Literals and groups of known strings next to each other are multiplied out ("(need|needs)
    // to (join|apply)" requires "need to join" or …), up to kMaxProduct strings.
    Reading branch()
    {
        std::optional<QStringList> best;
        QStringList product{QString()};
        bool exact = true; // the branch so far is the product alone
        const auto offer = [&best](const QStringList &candidate) {
            const auto shortest = [](const QStringList &list) {
                qsizetype n = std::numeric_limits<qsizetype>::max();
                for (const QString &s : list)
                    n = std::min(n, s.size());
                return n;
            };
            if (candidate.isEmpty() || shortest(candidate) == 0)
                return;
            if (!best || shortest(candidate) > shortest(*best) ||
                (shortest(candidate) == shortest(*best) && candidate.size() < best->size()))
                best = candidate;
        };
        const auto endProduct = [&]() {
            offer(product);
            product = QStringList{QString()};
            exact = false;
        };
        while (!atEnd() && peek() != u'|' && peek() != u')') {
            const Atom atom = readAtom();
            if (m_failed)
                return {};
            const std::optional<int> least = quantifierMinimum();
            if (m_failed)
                return {};
            if (atom.kind == AtomKind::Literal && atom.folded != 0 && least.value_or(1) >= 1) {
                for (QString &s : product)
                    s += QChar(atom.folded);
                if (least) // repeated: what follows is not next to this
                    endProduct();
                continue;
            }
            const bool mandatoryGroup =
                atom.kind == AtomKind::Group && atom.consumes && least.value_or(1) >= 1;
            if (mandatoryGroup && !least && atom.group.exact &&
                product.size() * atom.group.exact->size() <= kMaxProduct) {
                QStringList longer;
                for (const QString &head : std::as_const(product)) {
                    for (const QString &tail : *atom.group.exact)
                        longer.append(head + tail);
                }
                product = longer;
                continue;
            }
            endProduct();
            if (mandatoryGroup && atom.group.required)
                offer(*atom.group.required);
        }
        const QStringList whole = product;
        offer(product);
        if (exact)
            return {best, whole};
        return {best, std::nullopt};
    }

    Atom readAtom()
    {
        Atom atom;
        const char16_t c = m_pattern.at(m_at++).unicode();
        switch (c) {
        case u'(':
            return group();
        case u'[':
            skipClass();
            return atom;
        case u'\\':
            return escape();
        case u'.':
            return atom;
        case u'^':
        case u'$':
            atom.consumes = false;
            return atom;
        case u'*':
        case u'+':
        case u'?':
        case u'{':
        case u'}':
        case u']':
            m_failed = true;
            return atom;
        default:
            atom.kind = AtomKind::Literal;
            atom.folded = precheckFold(c);
            return atom;
        }
    }

    Atom group()
    {
        Atom atom;
        atom.kind = AtomKind::Group;
        if (peek() == u'?') {
            ++m_at;
            const char16_t kind = peek();
            if (kind == u':') {
                ++m_at;
            } else if (kind == u'=' || kind == u'!') {
                ++m_at;
                atom.consumes = false;
            } else if (kind == u'<' && m_at + 1 < m_pattern.size() &&
                       (m_pattern.at(m_at + 1) == u'=' || m_pattern.at(m_at + 1) == u'!')) {
                m_at += 2;
                atom.consumes = false;
            } else {
                m_failed = true; // options, named groups, conditionals: not read
                return atom;
            }
        }
        atom.group = alternation();
        if (m_failed || peek() != u')') {
            m_failed = true;
            return atom;
        }
        ++m_at;
        return atom;
    }

    void skipClass()
    {
        if (peek() == u'^')
            ++m_at;
        if (peek() == u']')
            ++m_at; // a leading ] is literal
        while (!atEnd() && peek() != u']') {
            if (peek() == u'\\' || peek() == u'[')
                ++m_at; // an escape, or a POSIX class: neither may close the class
            ++m_at;
        }
        if (atEnd())
            m_failed = true;
        else
            ++m_at;
    }

    Atom escape()
    {
        Atom atom;
        if (atEnd()) {
            m_failed = true;
            return atom;
        }
        const char16_t e = m_pattern.at(m_at++).unicode();
        if (QStringView(u"bBAzZG").contains(QChar(e))) {
            atom.consumes = false;
        } else if (QStringView(u"wWsSdDhHvV").contains(QChar(e))) {
            // any one character of a kind
        } else if (e < 0x80 && !QChar(e).isLetterOrNumber() && e > u' ') {
            atom.kind = AtomKind::Literal;
            atom.folded = precheckFold(e);
        } else {
            m_failed = true; // \p, \x, back references and the rest: not read
        }
        return atom;
    }

    // The least number of times a quantifier lets the atom before it match, or nothing when
    // there is no quantifier.
    std::optional<int> quantifierMinimum()
    {
        std::optional<int> least;
        const char16_t q = peek();
        if (q == u'?' || q == u'*') {
            ++m_at;
            least = 0;
        } else if (q == u'+') {
            ++m_at;
            least = 1;
        } else if (q == u'{') {
            ++m_at;
            int n = 0;
            bool digits = false;
            while (!atEnd() && peek() >= u'0' && peek() <= u'9') {
                n = std::min(n * 10 + (peek() - u'0'), 1000);
                digits = true;
                ++m_at;
            }
            if (peek() == u',') {
                ++m_at;
                while (!atEnd() && peek() >= u'0' && peek() <= u'9')
                    ++m_at;
            }
            if (!digits || peek() != u'}') {
                m_failed = true;
                return least;
            }
            ++m_at;
            least = n;
        } else {
            return least;
        }
        if (peek() == u'?' || peek() == u'+')
            ++m_at; // lazy or possessive: the same least count
        return least;
    }

    QStringView m_pattern;
    qsizetype m_at = 0;
    bool m_failed = false;
};

} // namespace

std::optional<QStringList> requiredLiterals(const QRegularExpression &pattern)
{
    // Extended syntax gives spaces and # other meanings; other options do not change literals.
    if (!pattern.isValid() ||
        pattern.patternOptions().testFlag(QRegularExpression::ExtendedPatternSyntaxOption))
        return std::nullopt;
    return LiteralReader(pattern.pattern()).read();
}

} // namespace claimscope::core::stance
