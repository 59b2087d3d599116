#include "core/document/office/PackageXml.h"

using namespace Qt::StringLiterals;

namespace claimscope::core {

bool containsDoctype(const QByteArray &bytes)
{
    static const QByteArray utf8 = "<!DOCTYPE";
    static const QByteArray utf16le = [] {
        QByteArray pattern;
        for (char c : utf8)
            pattern.append(c).append('\0');
        return pattern;
    }();
    static const QByteArray utf16be = [] {
        QByteArray pattern;
        for (char c : utf8)
            pattern.append('\0').append(c);
        return pattern;
    }();
    return bytes.contains(utf8) || bytes.contains(utf16le) || bytes.contains(utf16be);
}

XmlPartReader::XmlPartReader(const QByteArray &bytes, QString partName)
    : m_reader(bytes)
    , m_part(std::move(partName))
{
    if (containsDoctype(bytes))
        m_refusal = QCoreApplication::translate("PackageXml", "a DOCTYPE declaration");
}

bool XmlPartReader::next()
{
    if (failed())
        return false;
    while (!m_reader.atEnd()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            ++m_depth;
            return true;
        case QXmlStreamReader::EndElement:
            --m_depth;
            return true;
        case QXmlStreamReader::Characters:
            return true;
        case QXmlStreamReader::DTD:
            m_refusal = QCoreApplication::translate("PackageXml", "a DOCTYPE declaration");
            return false;
        case QXmlStreamReader::EntityReference:
            m_refusal =
                QCoreApplication::translate("PackageXml", "an unresolved entity &%1;").arg(m_reader.name());
            return false;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break; // declarations, comments, processing instructions
        }
    }
    return false;
}

QString XmlPartReader::attribute(QStringView ns, QStringView name) const
{
    return m_reader.attributes().value(ns.toString(), name.toString()).toString();
}

QString XmlPartReader::attribute(QStringView name) const
{
    for (const QXmlStreamAttribute &attribute : m_reader.attributes()) {
        if (attribute.namespaceUri().isEmpty() && attribute.name() == name)
            return attribute.value().toString();
    }
    return {};
}

QString XmlPartReader::readText()
{
    if (!isStart())
        return {};
    QString text = m_reader.readElementText(QXmlStreamReader::IncludeChildElements);
    --m_depth;
    return text;
}

void XmlPartReader::skipElement()
{
    if (!isStart())
        return;
    m_reader.skipCurrentElement();
    --m_depth;
}

std::optional<ImportError> XmlPartReader::error(const QString &filePath) const
{
    if (!m_refusal.isEmpty())
        return ImportError(ImportError::Reason::Malformed, filePath, m_part + u": " + m_refusal);
    if (m_reader.hasError()) {
        return ImportError(ImportError::Reason::Malformed, filePath,
                           QCoreApplication::translate("PackageXml", "%1, line %2: %3")
                               .arg(m_part)
                               .arg(m_reader.lineNumber())
                               .arg(m_reader.errorString()));
    }
    return std::nullopt;
}

} // namespace claimscope::core
