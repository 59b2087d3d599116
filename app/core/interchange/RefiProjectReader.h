#pragma once

#include "core/document/ImportError.h"
#include "core/interchange/RefiDocument.h"

#include <QByteArray>

#include <variant>

namespace claimscope::core {

// Reads project.qde. Refused as Malformed, naming the file: XML that is not well-formed, any
// DOCTYPE (no entity is ever expanded, nothing outside the package is read), a root that is not a
// REFI-QDA 1.0 Project. Anything else the schema allows is read or listed in `skipped`; elements of
// other namespaces are ignored.
std::variant<RefiDocument, ImportError> readRefiProject(const QByteArray &xml, const QString &filePath);

} // namespace claimscope::core
