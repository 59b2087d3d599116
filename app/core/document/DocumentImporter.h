#pragma once

#include "core/document/ImportResult.h"

#include <QString>

namespace claimscope::core {

// Imports one file of any supported kind, chosen by its name and, failing that, by its content.
// Every failure is an ImportError naming the file and the reason; nothing is half-imported.
// Works for Qt resource paths (":/sample/…") too.
ImportResult importFile(const QString &filePath);

// Glob patterns of the files importFile() reads, for file dialogs.
QStringList importableFilePatterns();

} // namespace claimscope::core
