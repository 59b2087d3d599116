#include "core/document/PlainTextBuilder.h"

#include <algorithm>
#include <utility>

namespace claimscope::core {
namespace {

bool endsWithWhitespace(const QString &text)
{
    return !text.isEmpty() && (text.back() == u' ' || text.back() == u'\n' || text.back() == u'\t');
}

void trimTrailingSpaces(QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == u' ')
        --end;
    text.truncate(end);
}

} // namespace

void PlainTextBuilder::flushPendingBreak()
{
    if (m_text.isEmpty()) {
        m_pendingNewlines = 0;
        m_pendingCell = false;
        m_pendingSpace = false;
        return;
    }
    if (m_pendingNewlines > 0) {
        trimTrailingSpaces(m_text);
        m_text.append(QString(m_pendingNewlines, u'\n'));
    } else if (m_pendingCell) {
        trimTrailingSpaces(m_text);
        m_text.append(u'\t');
    } else if (m_pendingSpace && !endsWithWhitespace(m_text)) {
        m_text.append(u' ');
    }
    m_pendingNewlines = 0;
    m_pendingCell = false;
    m_pendingSpace = false;
}

void PlainTextBuilder::appendFlowing(QStringView text)
{
    for (QChar c : text) {
        if (c.isSpace() && c != QChar::Nbsp) {
            m_pendingSpace = true;
            continue;
        }
        flushPendingBreak();
        m_text.append(c);
    }
}

void PlainTextBuilder::appendVerbatim(QStringView text)
{
    if (text.isEmpty())
        return;
    flushPendingBreak();
    m_text.append(text);
}

void PlainTextBuilder::lineBreak()
{
    m_pendingNewlines = std::max(m_pendingNewlines, 1);
}

void PlainTextBuilder::paragraphBreak()
{
    m_pendingNewlines = 2;
}

void PlainTextBuilder::cellBreak()
{
    m_pendingCell = true;
}

QString PlainTextBuilder::finish()
{
    trimTrailingSpaces(m_text);
    while (m_text.endsWith(u'\n'))
        m_text.chop(1);
    return std::exchange(m_text, {});
}

} // namespace claimscope::core
