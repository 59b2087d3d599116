#include "core/document/office/NoteCollector.h"

namespace claimscope::core {

int NoteCollector::reference(const QString &key)
{
    const auto found = m_numbers.constFind(key);
    if (found != m_numbers.constEnd())
        return found.value();
    m_keys.append(key);
    const int number = int(m_keys.size());
    m_numbers.insert(key, number);
    return number;
}

void NoteCollector::setText(const QString &key, const QString &text)
{
    QString lines;
    for (QChar c : text.trimmed()) {
        if (c != u'\n' || !lines.endsWith(u'\n'))
            lines.append(c);
    }
    m_texts.insert(key, lines);
}

QString NoteCollector::marker(int number)
{
    return u'[' + QString::number(number) + u']';
}

QString NoteCollector::appendTo(const QString &body) const
{
    QString text = body;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (!text.isEmpty())
            text.append(QStringLiteral("\n\n"));
        text.append(marker(int(i + 1)));
        const QString note = m_texts.value(m_keys.at(i));
        if (!note.isEmpty())
            text.append(u' ' + note);
    }
    return text;
}

} // namespace claimscope::core
