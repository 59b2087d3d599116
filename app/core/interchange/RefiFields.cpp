#include "core/interchange/RefiFields.h"

#include <QStringList>

namespace claimscope::core {
namespace {

QString escaped(const QString &value)
{
    QString text;
    text.reserve(value.size());
    for (QChar c : value) {
        if (c == u'\\')
            text += QStringLiteral("\\\\");
        else if (c == u'\n')
            text += QStringLiteral("\\n");
        else if (c == u'\r')
            text += QStringLiteral("\\r");
        else
            text += c;
    }
    return text;
}

QString unescaped(QStringView value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            text += next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : next;
        } else {
            text += c;
        }
    }
    return text;
}

} // namespace

QString writeFieldLines(const FieldLines &fields)
{
    QStringList lines;
    for (const auto &[key, value] : fields)
        lines.append(key + QStringLiteral(": ") + escaped(value));
    return lines.join(u'\n');
}

std::optional<FieldLines> readFieldLines(QStringView text, const QStringList &known)
{
    FieldLines fields;
    for (QStringView line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return std::nullopt;
        const QString key = line.left(colon).trimmed().toString();
        if (!known.contains(key))
            return std::nullopt;
        QStringView value = line.mid(colon + 1);
        if (value.startsWith(u' '))
            value = value.mid(1); // the one space writeFieldLines puts after the colon
        fields.append({key, unescaped(value)});
    }
    if (fields.isEmpty())
        return std::nullopt;
    return fields;
}

QString fieldValue(const FieldLines &fields, QStringView key)
{
    for (const auto &[name, value] : fields) {
        if (name == key)
            return value;
    }
    return {};
}

} // namespace claimscope::core
