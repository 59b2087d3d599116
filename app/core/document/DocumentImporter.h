#pragma once

#include "core/document/ImportResult.h"

#include <QString>

namespace claimscope::core {

// What a person may add to a second attempt at a file.
struct ImportOptions {
    QString password; // for an encrypted PDF that answered ImportError::Reason::PasswordRequired
};

// Imports one file of any supported kind, chosen by its name and, failing that, by its content.
// Every failure is an ImportError naming the file and the reason; nothing is half-imported.
// Works for Qt resource paths (":/sample/…") too.
ImportResult importFile(const QString &filePath, const ImportOptions &options = {});

// Call once before importFile() runs on several threads at a time: sets up the parser libraries
// whose first use is not thread-safe (libxml2). Cheap after the first call.
void prepareImportersForThreads();

// Glob patterns of the files importFile() reads, for file dialogs.
QStringList importableFilePatterns();

} // namespace claimscope::core
