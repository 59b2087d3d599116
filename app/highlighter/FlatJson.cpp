#include "FlatJson.h"

#include <charconv>
#include <cstring>

namespace claimscope::highlighter {

namespace {

class Reader final {
public:
    explicit Reader(const QByteArray &json)
        : m_pos(json.constData())
        , m_end(json.constData() + json.size())
    {
    }

    std::optional<FlatObject> readObject()
    {
        FlatObject object;
        skipSpace();
        if (!consume('{'))
            return std::nullopt;
        skipSpace();
        if (!consume('}')) {
            do {
                QString key;
                skipSpace();
                if (!readString(key))
                    return std::nullopt;
                skipSpace();
                if (!consume(':'))
                    return std::nullopt;
                skipSpace();
                if (!readValue(std::move(key), object))
                    return std::nullopt;
                skipSpace();
            } while (consume(','));
            if (!consume('}'))
                return std::nullopt;
        }
        skipSpace();
        if (m_pos != m_end)
            return std::nullopt;
        return object;
    }

private:
    bool readValue(QString &&key, FlatObject &object)
    {
        if (m_pos == m_end)
            return false;
        switch (*m_pos) {
        case '"': {
            QString value;
            if (!readString(value))
                return false;
            object.strings.insert(key, value);
            return true;
        }
        case 't':
            return consumeWord("true");
        case 'f':
            return consumeWord("false");
        case 'n':
            return consumeWord("null");
        default: {
            double value = 0;
            if (!readNumber(value))
                return false;
            object.numbers.insert(key, value);
            return true;
        }
        }
    }

    bool readString(QString &out)
    {
        if (!consume('"'))
            return false;
        // Find the closing quote first, so that the result is allocated once (UTF-16 never needs more
        // units than the UTF-8 has bytes); raw control characters are refused on the way, as JSON
        // requires them escaped.
        const char *close = m_pos;
        while (close < m_end && *close != '"') {
            if (static_cast<unsigned char>(*close) < 0x20)
                return false;
            if (*close == '\\' && ++close == m_end)
                return false;
            ++close;
        }
        if (close == m_end)
            return false;
        out.clear();
        out.reserve(static_cast<qsizetype>(close - m_pos));

        while (m_pos < close) {
            const auto *backslash = static_cast<const char *>(std::memchr(m_pos, '\\', close - m_pos));
            const char *runEnd = backslash ? backslash : close;
            appendUtf8(out, m_pos, runEnd);
            m_pos = runEnd;
            if (backslash) {
                ++m_pos;
                if (!readEscape(out))
                    return false;
            }
        }
        ++m_pos; // the closing quote
        return true;
    }

    static void appendUtf8(QString &out, const char *begin, const char *end)
    {
        // QString::fromUtf8() in Qt 5 drops a byte-order mark at the start of its input; here that
        // would be a real U+FEFF in the text (after an escape), and dropping it would shift offsets.
        constexpr char kBom[] = "\xEF\xBB\xBF";
        if (end - begin >= 3 && std::memcmp(begin, kBom, 3) == 0) {
            out.append(QChar(char16_t(0xFEFF)));
            begin += 3;
        }
        if (begin != end)
            out.append(QString::fromUtf8(begin, static_cast<qsizetype>(end - begin)));
    }

    // After the backslash. \uXXXX appends one UTF-16 unit, so a surrogate pair written as two escapes
    // comes out as the pair it was.
    bool readEscape(QString &out)
    {
        if (m_pos >= m_end)
            return false;
        const char escape = *m_pos++;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            out.append(QChar(char16_t(escape)));
            return true;
        case 'b':
            out.append(QChar(u'\b'));
            return true;
        case 'f':
            out.append(QChar(u'\f'));
            return true;
        case 'n':
            out.append(QChar(u'\n'));
            return true;
        case 'r':
            out.append(QChar(u'\r'));
            return true;
        case 't':
            out.append(QChar(u'\t'));
            return true;
        case 'u': {
            if (m_end - m_pos < 4)
                return false;
            unsigned unit = 0;
            const auto [last, error] = std::from_chars(m_pos, m_pos + 4, unit, 16);
            if (error != std::errc() || last != m_pos + 4)
                return false;
            m_pos += 4;
            out.append(QChar(char16_t(unit)));
            return true;
        }
        default:
            return false;
        }
    }

    // JSON's number grammar exactly; from_chars would also take forms JSON does not allow.
    bool readNumber(double &value)
    {
        const char *start = m_pos;
        consume('-');
        if (consume('0')) {
            // no further leading digits allowed
        } else if (!skipDigits()) {
            return false;
        }
        if (consume('.') && !skipDigits())
            return false;
        if (consume('e') || consume('E')) {
            if (!consume('+'))
                consume('-');
            if (!skipDigits())
                return false;
        }
        // Locale-independent, unlike strtod (QCoreApplication sets the C locale from the environment).
        const auto [last, error] = std::from_chars(start, m_pos, value);
        return error == std::errc() && last == m_pos;
    }

    bool skipDigits()
    {
        const char *start = m_pos;
        while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9')
            ++m_pos;
        return m_pos != start;
    }

    void skipSpace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r'))
            ++m_pos;
    }

    bool consume(char c)
    {
        if (m_pos < m_end && *m_pos == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    bool consumeWord(const char *word)
    {
        const auto length = static_cast<std::ptrdiff_t>(std::strlen(word));
        if (m_end - m_pos < length || std::memcmp(m_pos, word, static_cast<std::size_t>(length)) != 0)
            return false;
        m_pos += length;
        return true;
    }

    const char *m_pos;
    const char *const m_end;
};

} // namespace

std::optional<FlatObject> readFlatObject(const QByteArray &json)
{
    return Reader(json).readObject();
}

} // namespace claimscope::highlighter
