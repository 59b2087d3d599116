#pragma once

// The annotated PDF export's last step: the outline (bookmarks) for sources, charts and speakers,
// written with qpdf, which, unlike poppler, can build new objects in a PDF's catalog.

#include "ui/pdf/PdfExportTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace claimscope::ui::pdf {

// Reads the PDF `input`, replaces its outline with `entries` (in order; an entry is the child of the
// nearest entry before it with a lower level, and one with no such entry is at the top), asks readers
// to open with the outline shown, and writes the result to `output`, which must be another file than
// `input`. Everything else in the PDF (pages, annotations, document information) is kept. Each entry
// opens its page at the top, at the reader's current zoom. An empty `entries` writes the PDF with
// its outline, if it has one, unchanged.
//
// Returns why it failed, in the interface language, or nothing when `output` was written. On a failure
// `output` is not left behind half written: it is either untouched or removed.
std::optional<QString> addOutline(const QString &input, const QString &output,
                                  const QList<PdfOutlineEntry> &entries);

} // namespace claimscope::ui::pdf
