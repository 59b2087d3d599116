#pragma once

#include <QStringList>

namespace claimscope::cli {

// `claimscope export-qdpx|export-qdc|export-csv|export-json -o OUT PROJECT_OR_FILES…`: what File →
// Export writes for other programs (core/interchange), without a window. A `.claimscope` project is
// read, never written; other files are imported and analysed into a project in memory first.
// Prints nothing on success. Exit code 1 when the file could not be written (the reason on stderr,
// and no file left), 2 on a usage error. `command` is the subcommand's name.
int runExportData(const QString &command, const QStringList &arguments);

// `claimscope import-qdpx -o NEW.claimscope PROJECT.qdpx`: a REFI-QDA project into a new
// Claimscope project; prints what came in and what was kept as notes. Exit code 1 when the package
// could not be read or the project written (no file is left), 2 on a usage error.
int runImportQdpx(const QStringList &arguments);

} // namespace claimscope::cli
