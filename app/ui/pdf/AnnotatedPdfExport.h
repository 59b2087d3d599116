#pragma once

#include "ui/pdf/PdfExportTypes.h"

#include <QCoreApplication>

#include <optional>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// The annotated PDF export from start to end, the same for the window and the command line: the
// originals of sources imported from a PDF (collectOriginals), the pages (layOutPdf), the original
// pages put in their places (insertOriginalPages), the Highlight annotations and the document
// information (annotatePdf), the outline (addOutline). Every step writes into a temporary folder
// beside the target; the last file is renamed onto the target, so a failed or cancelled export
// leaves no file behind, and an earlier file at the target stays as it was until the new one is
// complete.
class AnnotatedPdfExport final {
    Q_DECLARE_TR_FUNCTIONS(AnnotatedPdfExport)

public:
    // Writes `project`'s annotated PDF to `path`. Returns why it failed (in the interface language),
    // or nothing when the file was written. `progress` may cancel between steps and pages.
    static std::optional<QString> write(const core::Project &project, const PdfExportOptions &options,
                                        const QString &path, const PdfProgress &progress = {});

    // Title (the project's name), author (the person logged in), subject (the research question),
    // keywords (the speakers drawn), creator (Claimscope and its version).
    static PdfMetadata metadataFor(const core::Project &project, const PdfExportOptions &options);

    // What progress reports and cancel look like from outside: the message a cancelled export gives.
    static QString cancelledMessage();
};

} // namespace claimscope::ui::pdf
