#include "core/interchange/RefiGuids.h"

#include <QUuid>

namespace claimscope::core {
namespace {

// Claimscope's namespace for version-5 GUIDs; made once, never to change.
const QUuid kNamespace(QStringLiteral("{6b0d3c1e-93f4-4f7a-9a57-2c5e1d8b7f20}"));

} // namespace

QString stableGuid(const QString &key)
{
    return QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString normalisedGuid(QStringView text)
{
    QString guid = text.trimmed().toString().toLower();
    if (guid.startsWith(u'{') && guid.endsWith(u'}'))
        guid = guid.mid(1, guid.size() - 2);
    return guid;
}

} // namespace claimscope::core
