#pragma once

#include "core/document/ImportError.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

#include <optional>

namespace claimscope::core {

// Reads one XML part of a package: the OOXML and ODF parts, EPUB's container, encryption and OPF
// files. None of these formats uses a DTD, so a part that declares one is refused as Malformed before
// any of its content is read: entity declarations are where "billion laughs" expansion and external
// entities (file:///etc/passwd, http://…) come from. The DOCTYPE is caught twice, by a scan of the
// raw bytes (UTF-8 and UTF-16) and by QXmlStreamReader's DTD token, which it reports before any
// entity could be referenced. QXmlStreamReader itself never opens a file or a connection.
//
// The reader keeps no recursion of its own: walkers loop over tokens and compare depth() with the
// depth of the element they started at, so deep nesting costs memory, not stack.
class XmlPartReader final {
public:
    XmlPartReader(const QByteArray &bytes, QString partName);

    // Moves to the next start tag, end tag or text; false at the end of the part or on an error.
    bool next();

    bool isStart() const { return m_reader.isStartElement(); }
    bool isEnd() const { return m_reader.isEndElement(); }
    bool isText() const { return m_reader.isCharacters(); }
    // The current start or end tag is `name` in namespace `ns`.
    bool is(QStringView ns, QStringView name) const
    {
        return m_reader.name() == name && m_reader.namespaceUri() == ns;
    }
    bool isStart(QStringView ns, QStringView name) const { return isStart() && is(ns, name); }
    QStringView name() const { return m_reader.name(); }
    QStringView namespaceUri() const { return m_reader.namespaceUri(); }
    QString attribute(QStringView ns, QStringView name) const;
    // An attribute without a namespace.
    QString attribute(QStringView name) const;
    QStringView text() const { return m_reader.text(); }

    // Elements open around the current token, counting a start tag's own element.
    int depth() const { return m_depth; }
    // The text of the current element and its descendants; leaves the reader on its end tag.
    QString readText();
    // Leaves the reader on the end tag of the current element.
    void skipElement();

    bool failed() const { return m_reader.hasError() || !m_refusal.isEmpty(); }
    // Malformed, naming the part, when the part was refused or is not well-formed.
    std::optional<ImportError> error(const QString &filePath) const;

private:
    QXmlStreamReader m_reader;
    QString m_part;
    QString m_refusal;
    int m_depth = 0;
};

// Whether XML bytes declare a document type, in UTF-8 or UTF-16 of either byte order.
bool containsDoctype(const QByteArray &bytes);

} // namespace claimscope::core
