#pragma once

// A check of a REFI-QDA project document that needs no schema file, so that it runs wherever the
// tests run (xmllint with the published schema runs too when ../shared is there). It checks what
// a program reading the file relies on: the root and namespace, the order of the Project's parts,
// GUIDs well formed and unique, every reference pointing at an element that exists, colours,
// and every selection inside its source's text, counted in code points.

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>

namespace refitest {

// `sourceLength(plainTextPath)` is the code-point length of a source's text, −1 when the package
// lacks it. Returns the problems found (none: the document is sound).
inline QStringList structuralProblems(const QByteArray &xml, const QString &ns,
                                      const std::function<qint64(const QString &)> &sourceLength)
{
    static const QRegularExpression guid(QStringLiteral(
        "^\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?$"));
    static const QRegularExpression colour(QStringLiteral("^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$"));
    static const QStringList projectOrder{
        QStringLiteral("Users"),       QStringLiteral("CodeBook"), QStringLiteral("Variables"),
        QStringLiteral("Cases"),       QStringLiteral("Sources"),  QStringLiteral("Notes"),
        QStringLiteral("Links"),       QStringLiteral("Sets"),     QStringLiteral("Graphs"),
        QStringLiteral("Description"), QStringLiteral("NoteRef")};
    QStringList problems;
    QSet<QString> guids;
    QList<std::pair<QString, QString>> references; // element, target
    QXmlStreamReader reader(xml);
    int depth = 0;
    int lastPart = -1;
    qint64 currentLength = -1;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement())
            --depth;
        if (!reader.isStartElement())
            continue;
        ++depth;
        const QString name = reader.name().toString();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.namespaceUri() != ns)
            problems.append(QStringLiteral("%1 is not in %2").arg(name, ns));
        if (depth == 1) {
            sawRoot = true;
            if (name != u"Project" && name != u"CodeBook")
                problems.append(QStringLiteral("root is %1").arg(name));
        }
        if (depth == 2 && name != u"Codes" && name != u"Sets") {
            const int part = int(projectOrder.indexOf(name));
            if (part < 0 || part < lastPart || (part == lastPart && name != u"NoteRef"))
                problems.append(QStringLiteral("%1 out of order under Project").arg(name));
            lastPart = part;
        }
        if (attributes.hasAttribute(QStringLiteral("guid"))) {
            const QString value =
                attributes.value(QStringLiteral("guid")).toString().toLower().remove(u'{').remove(u'}');
            if (!guid.match(value).hasMatch())
                problems.append(QStringLiteral("%1 has a malformed guid %2").arg(name, value));
            if (guids.contains(value))
                problems.append(QStringLiteral("guid %1 is used twice").arg(value));
            guids.insert(value);
        }
        if (attributes.hasAttribute(QStringLiteral("targetGUID")))
            references.append({name, attributes.value(QStringLiteral("targetGUID"))
                                         .toString()
                                         .toLower()
                                         .remove(u'{')
                                         .remove(u'}')});
        if (attributes.hasAttribute(QStringLiteral("color")) &&
            !colour.match(attributes.value(QStringLiteral("color")).toString()).hasMatch())
            problems.append(QStringLiteral("%1 has a malformed color").arg(name));
        if (name == u"Code" && (!attributes.hasAttribute(QStringLiteral("name")) ||
                                !attributes.hasAttribute(QStringLiteral("isCodable"))))
            problems.append(QStringLiteral("a Code lacks name or isCodable"));
        if (name == u"TextSource") {
            const QString path = attributes.value(QStringLiteral("plainTextPath")).toString();
            currentLength = sourceLength(path);
            if (currentLength < 0)
                problems.append(QStringLiteral("the package lacks %1").arg(path));
        }
        if (name == u"PlainTextSelection") {
            bool startOk = false;
            bool endOk = false;
            const qint64 start = attributes.value(QStringLiteral("startPosition")).toLongLong(&startOk);
            const qint64 end = attributes.value(QStringLiteral("endPosition")).toLongLong(&endOk);
            if (!startOk || !endOk || start < 0 || end < start || end > currentLength)
                problems.append(QStringLiteral("selection %1–%2 outside a text of %3 code points")
                                    .arg(start)
                                    .arg(end)
                                    .arg(currentLength));
        }
    }
    if (reader.hasError())
        problems.append(reader.errorString());
    if (!sawRoot)
        problems.append(QStringLiteral("no root element"));
    for (const auto &[element, target] : references) {
        if (!guids.contains(target))
            problems.append(
                QStringLiteral("%1 points at %2, which is not in the document").arg(element, target));
    }
    return problems;
}

} // namespace refitest
