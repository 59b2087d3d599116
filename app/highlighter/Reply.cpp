#include "Reply.h"

#include <QJsonDocument>

#include <charconv>

namespace claimscope::highlighter {

Reply::Reply(std::optional<qint64> id, bool ok)
{
    // The id is written by hand: QJsonValue keeps numbers as doubles and may print a large one with
    // an exponent, which a client reading integers would not take.
    m_text = QByteArrayLiteral("{\"id\":");
    m_text += id ? QByteArray::number(*id) : QByteArrayLiteral("null");
    m_text += ok ? QByteArrayLiteral(",\"ok\":true}") : QByteArrayLiteral(",\"ok\":false}");
}

Reply Reply::success(std::optional<qint64> id)
{
    return Reply(id, true);
}

Reply Reply::failure(std::optional<qint64> id, const QString &message)
{
    Reply reply(id, false);
    reply.addFields({{QStringLiteral("error"), message}});
    return reply;
}

Reply &Reply::addFields(const QJsonObject &fields)
{
    if (fields.isEmpty())
        return *this;
    // The compact form of an object is "{…}"; its inside, closing brace included, continues ours.
    const QByteArray object = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    m_text.chop(1);
    m_text += ',';
    m_text.append(object.constData() + 1, object.size() - 1);
    return *this;
}

Reply &Reply::addIntArray(std::string_view key, const std::vector<int> &values)
{
    openField(key);
    // Room for the widest int and a comma per value, brackets and brace, written in place and cut to
    // size afterwards; only the pages written to are ever touched.
    constexpr qsizetype kMaxDigits = 11;
    const qsizetype start = m_text.size();
    m_text.resize(start + 3 + static_cast<qsizetype>(values.size()) * (kMaxDigits + 1));
    char *out = m_text.data() + start;
    char *const end = m_text.data() + m_text.size();
    *out++ = '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            *out++ = ',';
        out = std::to_chars(out, end, values[i]).ptr;
    }
    *out++ = ']';
    *out++ = '}';
    m_text.resize(out - m_text.constData());
    return *this;
}

Reply &Reply::addMembers(const QByteArray &members)
{
    if (members.isEmpty())
        return *this;
    m_text.chop(1);
    m_text += ',';
    m_text += members;
    m_text += '}';
    return *this;
}

void Reply::openField(std::string_view key)
{
    m_text.chop(1);
    m_text += ",\"";
    m_text.append(key.data(), static_cast<qsizetype>(key.size()));
    m_text += "\":";
}

} // namespace claimscope::highlighter
