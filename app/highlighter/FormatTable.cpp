#include "FormatTable.h"

#include <QColor>
#include <QJsonObject>
#include <QLatin1String>

namespace claimscope::highlighter {

namespace {

// The protocol leaves this format's spans out: the client paints plain text as it is.
const QLatin1String kNormalTextName("Normal Text");

QJsonObject formatJson(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme)
{
    // textColor(), not hasTextColor(): the latter is false when a colour equals the theme's normal
    // text, and the client must not have to know the theme's normal colour.
    return {{QStringLiteral("name"), format.name()},
            {QStringLiteral("color"), format.textColor(theme).name()},
            {QStringLiteral("background"), format.hasBackgroundColor(theme)
                                               ? QJsonValue(format.backgroundColor(theme).name())
                                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("bold"), format.isBold(theme)},
            {QStringLiteral("italic"), format.isItalic(theme)},
            {QStringLiteral("underline"), format.isUnderline(theme)}};
}

} // namespace

FormatTable::FormatTable(const KSyntaxHighlighting::Definition &definition)
{
    const auto formats = definition.formats();
    m_formats.reserve(static_cast<std::size_t>(formats.size()));
    for (const auto &format : formats)
        append(format);
}

int FormatTable::classify(const KSyntaxHighlighting::Format &format)
{
    if (!format.isValid() || format.name() == kNormalTextName)
        return slotFor(format) = kSkip;
    return append(format);
}

int FormatTable::append(const KSyntaxHighlighting::Format &format)
{
    const int index = static_cast<int>(m_formats.size());
    m_formats.push_back(format);
    // The Normal Text entry stays in the table (the client may want its colours) but gets no spans.
    return slotFor(format) = format.name() == kNormalTextName ? kSkip : index;
}

int &FormatTable::slotFor(const KSyntaxHighlighting::Format &format)
{
    const auto id = static_cast<std::size_t>(format.id());
    if (id >= m_indexById.size())
        m_indexById.resize(id + 1, kUnknown);
    return m_indexById[id];
}

std::vector<int> FormatTable::formatIds() const
{
    std::vector<int> ids;
    ids.reserve(m_formats.size());
    for (const auto &format : m_formats)
        ids.push_back(format.id());
    return ids;
}

QJsonArray FormatTable::toJson(const KSyntaxHighlighting::Theme &theme) const
{
    QJsonArray table;
    for (const auto &format : m_formats)
        table.append(formatJson(format, theme));
    return table;
}

} // namespace claimscope::highlighter
