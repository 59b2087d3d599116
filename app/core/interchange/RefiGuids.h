#pragma once

#include <QString>
#include <QStringView>

namespace claimscope::core {

// REFI-QDA names every element by a GUID. The codebook's (the four categories, each speaker's
// codes and case) are derived from what they stand for (UUID version 5 in Claimscope's own
// namespace), so that two exports, or a codebook and a project, give the same code the same GUID
// and other programs can merge them. Everything else gets a random GUID (version 4): two
// projects' sources and passages must never be taken for each other.
QString stableGuid(const QString &key);
QString newGuid();

// Lower case, without braces: how GUIDs are compared.
QString normalisedGuid(QStringView text);

} // namespace claimscope::core
