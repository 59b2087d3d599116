#pragma once

// The annotated PDF export's step after the pages: the page layout has drawn the highlights' colours
// into the typeset pages; this makes each of them a real Highlight annotation too (poppler), so that
// PDF readers list them, show their author and contents, and jump to them, and it fills in the
// document information. On a source's original pages the annotation is all there is of a highlight.

#include "ui/pdf/PdfExportTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace claimscope::ui::pdf {

// Reads the PDF `input`, adds one Highlight annotation per mark (one quadrilateral per rectangle, in
// the mark's colour, with its author and contents), sets the title, author, subject, keywords and
// creator of `metadata` that are not empty, and writes the result to `output`, which must be another
// file than `input`.
//
// Returns why it failed, in the interface language, or nothing when `output` was written. On a failure
// `output` is not left behind half written: it is either untouched (the input could not be read, a
// mark lies on a page the PDF does not have) or removed.
std::optional<QString> annotatePdf(const QString &input, const QString &output, const QList<PdfMark> &marks,
                                   const PdfMetadata &metadata);

} // namespace claimscope::ui::pdf
