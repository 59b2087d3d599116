#pragma once

// What the export's qpdf steps (the original pages, the outline) share: opening a PDF with qpdf's
// warnings kept out of stderr, writing one through a QFile so that a failed write is worded and
// cleaned up like every other file of the application, and a page's size as readers show it.

// qpdf 11 asks every user to say how much of its old PointerHolder it still needs; the export needs
// none of it (qpdf/PointerHolder.hh, level 4). Without it every qpdf header warns. Quoted includes
// come first, so this header is seen before any <qpdf/…> of the file that includes it.
#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4
#endif

#include <QSizeF>
#include <QString>
#include <qpdf/PDFVersion.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <exception>
#include <optional>

namespace claimscope::ui::pdf::qpdfsupport {

// Reads `path` into `pdf` (which must be new), repairing what damage qpdf can, as readers do, with
// its warnings going to the log rather than to stderr. A file that needs a password is refused.
// Returns qpdf's reason when it could not be read.
std::optional<QString> open(QPDF &pdf, const QString &path);

// Writes `pdf` to `output`, with compressed object streams and at least `version`. Returns why it
// failed (the file's error first, then qpdf's); a failed write leaves no file at `output`.
std::optional<QString> write(QPDF &pdf, const QString &output, const PDFVersion &version = {});

// qpdf's words for `error`, without the file name that the callers' messages give already; the
// whole of it, with the object and the offset, goes to the log.
QString reasonOf(const std::exception &error);

// Writes qpdf's warnings on `pdf` so far to the log, at most a screenful.
void logWarnings(QPDF &pdf);

// The page's size in points as readers show it and poppler reports it (Poppler::Page::pageSizeF):
// the crop box cut to the media box, width and height swapped on a page turned by 90 or 270°.
QSizeF displayedSize(QPDFPageObjectHelper &page);

// The page's /Rotate as poppler reads it: 0, 90, 180 or 270 (other values count as 0).
int rotationOf(QPDFPageObjectHelper &page);

// Removes what a failed write left at `path`. Only a regular file: an output such as /dev/null is
// never the caller's to lose.
void removePartialOutput(const QString &path);

} // namespace claimscope::ui::pdf::qpdfsupport
