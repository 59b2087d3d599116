#pragma once

// The annotated PDF export's step after the layout: the original pages of the sources imported from
// a PDF go into the places the layout left for them (qpdf, which, unlike poppler, can copy pages from
// one PDF into another). The highlights go on them after, with everything else (annotatePdf).

#include "ui/pdf/PdfExportTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace claimscope::ui::pdf {

// Reads the PDF `input` (the layout's pages), puts the pages of each insert's file in at its
// firstPage (inserts in page order, each right after a page of `input` or of an insert before it),
// and writes the result to `output`, which must be another file than `input`. The original pages
// keep their size, crop box, rotation, resources, links and other annotations; interactive form
// fields are not made fields of the export (their widgets still show), and links to named
// destinations of the original lead nowhere.
//
// Returns why it failed, in the interface language, or nothing when `output` was written. On a failure
// `output` is not left behind half written: it is either untouched or removed.
std::optional<QString> insertOriginalPages(const QString &input, const QString &output,
                                           const QList<PdfOriginalInsert> &inserts);

} // namespace claimscope::ui::pdf
