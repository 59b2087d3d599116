#pragma once

#include "core/document/ImportResult.h"

#include <QByteArray>
#include <QString>

namespace claimscope::core {

// A text file as it is: its text is the decoded file, line endings aside, so that offsets into it
// are offsets into the file. The title is the first non-empty line when it is short enough.
ImportResult importPlainText(const QByteArray &bytes, const QString &filePath);

} // namespace claimscope::core
