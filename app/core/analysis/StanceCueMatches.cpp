#include "core/analysis/StanceCueMatches.h"

#include "core/analysis/StanceCuePrecheck.h"

#include <algorithm>

namespace claimscope::core::stance {

namespace {

// Characters no cue pattern consumes (see StanceCues.cpp: literals, \w, spaces, hyphens and
// [^.;:!?]), so no match and no attempt at a match reaches past one.
bool isBarrier(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':';
}

// Not a word character for \b, in any PCRE2 version's Unicode \w (letters, digits, marks,
// connector punctuation): before a unit, it reads like the start of the unit's text.
bool isNonWord(QChar c)
{
    return c.isSpace() || (c.isPunct() && c.category() != QChar::Punctuation_Connector);
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

void search(const Cue &cue, const QString &piece, qsizetype offset, QList<TextRange> *out)
{
    for (auto it = cue.pattern.globalMatch(piece); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out->append({offset + match.capturedStart(), offset + match.capturedEnd()});
    }
}

} // namespace

CueMatches::CueMatches(const QString &text, const Language &language)
    : m_text(text)
    , m_language(language)
    , m_indexed(!hasLoneSurrogate(text))
{
}

const QList<QList<TextRange>> &CueMatches::segmentAt(qsizetype position) const
{
    // The scorer asks about the same unit start once per cue: its walk back is remembered.
    qsizetype start = position;
    if (position == m_lastPosition) {
        start = m_lastStart;
    } else {
        while (start > 0 && !isBarrier(m_text.at(start - 1)))
            --start;
        m_lastPosition = position;
        m_lastStart = start;
    }
    auto found = m_segments.find(start);
    if (found != m_segments.end())
        return *found;
    qsizetype end = position;
    while (end < m_text.size() && !isBarrier(m_text.at(end)))
        ++end;
    // The barrier itself belongs to the segment: a search may read it, though no match holds it.
    end = std::min(end + 1, m_text.size());
    // Copied and folded once: every cue reads the same piece.
    const QString piece = m_text.mid(start, end - start);
    const PrecheckText folded(piece);
    QList<QList<TextRange>> matches;
    matches.reserve(m_language.cues.size());
    for (const Cue &cue : m_language.cues) {
        QList<TextRange> &found = matches.emplace_back();
        if (!cue.literals || folded.mayHold(*cue.literals))
            search(cue, piece, start, &found);
    }
    return *m_segments.insert(start, matches);
}

void CueMatches::appendIndexed(qsizetype cue, qsizetype from, qsizetype to, QList<TextRange> *out) const
{
    // Segment by segment: each ends at a barrier (or the text's end), where the next begins.
    qsizetype position = from;
    while (position < to) {
        const QList<TextRange> &matches = segmentAt(position).at(cue);
        for (const TextRange &match : matches) {
            if (match.start >= from && match.start < to)
                out->append(match);
        }
        while (position < m_text.size() && !isBarrier(m_text.at(position)))
            ++position;
        ++position;
    }
}

void CueMatches::appendSearched(qsizetype cue, qsizetype from, qsizetype to, QList<TextRange> *out) const
{
    const Cue &pattern = m_language.cues.at(cue);
    if (pattern.literals) {
        // The scorer asks for the same stretch once per cue, in a row: it is folded once.
        if (!m_piece || m_pieceRange.start != from || m_pieceRange.end != to) {
            m_piece.emplace(QStringView(m_text).mid(from, to - from));
            m_pieceRange = {from, to};
        }
        if (!m_piece->mayHold(*pattern.literals))
            return;
    }
    search(pattern, m_text.mid(from, to - from), from, out);
}

// Whether a document match of `cue` runs over `position`: the document's search skipped what a
// search starting there would try.
bool CueMatches::straddled(qsizetype cue, qsizetype position) const
{
    const QList<TextRange> &matches = segmentAt(position).at(cue);
    return std::any_of(matches.cbegin(), matches.cend(), [position](const TextRange &match) {
        return match.start < position && match.end > position;
    });
}

QList<TextRange> CueMatches::in(qsizetype cue, const TextRange &unit) const
{
    QList<TextRange> found;
    const qsizetype a = unit.start;
    const qsizetype b = unit.end;
    if (b <= a)
        return found;
    // A unit cutting a surrogate pair is text PCRE refuses: search it as it is.
    if (!m_indexed || m_text.at(a).isLowSurrogate() || m_text.at(b - 1).isHighSurrogate()) {
        appendSearched(cue, a, b, &found);
        return found;
    }
    // The scorer asks about each unit once per cue, in a row: its barriers are found once.
    if (!(m_unit == unit)) {
        m_unit = unit;
        m_firstBarrier = -1;
        m_lastBarrier = -1;
        for (qsizetype i = a; i < b; ++i) {
            if (isBarrier(m_text.at(i))) {
                if (m_firstBarrier < 0)
                    m_firstBarrier = i;
                m_lastBarrier = i;
            }
        }
    }
    const qsizetype firstBarrier = m_firstBarrier;
    const qsizetype lastBarrier = m_lastBarrier;
    // The first stretch reads as in the document when the character before it is no word
    // character (\b sees the same) and no document match runs into it.
    const bool startAsIndexed = (a == 0 || isNonWord(m_text.at(a - 1))) && !straddled(cue, a);
    // The last one when a barrier or the end of the text follows, which no attempt gets past
    // and which, like the end of a unit, is no word character.
    const bool endAsIndexed = b == m_text.size() || isBarrier(m_text.at(b));
    if (firstBarrier < 0) {
        if (startAsIndexed && endAsIndexed)
            appendIndexed(cue, a, b, &found);
        else
            appendSearched(cue, a, b, &found);
        return found;
    }
    if (startAsIndexed) {
        appendIndexed(cue, a, lastBarrier + 1, &found);
    } else {
        appendSearched(cue, a, firstBarrier + 1, &found);
        appendIndexed(cue, firstBarrier + 1, lastBarrier + 1, &found);
    }
    if (lastBarrier + 1 < b) {
        if (endAsIndexed)
            appendIndexed(cue, lastBarrier + 1, b, &found);
        else
            appendSearched(cue, lastBarrier + 1, b, &found);
    }
    return found;
}

} // namespace claimscope::core::stance
