#pragma once

#include <QStringList>

namespace claimscope::cli {

// `claimscope export-pdf -o OUT.pdf [--sources LIST] [--page-size a4|letter] [--categories LIST]
// [--no-charts] PROJECT_OR_FILES…`: writes the annotated PDF that File → Export Annotated PDF
// writes (ui::pdf::AnnotatedPdfExport), without a window. A `.claimscope` project is read, never
// written; other files are imported and analysed into a project in memory first. Prints nothing
// on success. Exit code 1 when the PDF could not be written (the reason on stderr, and no file
// left), 2 on a usage error. Needs a QApplication: the charts are drawn with Qt Charts.
int runExportPdf(const QStringList &arguments);

} // namespace claimscope::cli
