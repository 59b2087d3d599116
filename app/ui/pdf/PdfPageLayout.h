#pragma once

#include "ui/pdf/PdfExportTypes.h"

#include <QString>

#include <variant>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// Writes the pages of the annotated PDF to `path` (the caller's temporary file; it renames it):
//   a title page (project, date, question, number of sources, legend of categories and speakers);
//   each exported source: a header, then its text with the chosen kinds of annotation drawn as the
//   viewer draws them and notes in the right margin (speaker, figure value, stance); or, for a
//   source whose original PDF `originals` says is used, a header page followed by room for the
//   original's pages (result.originals says where), whose marks lie over the words' boxes;
//   the Figures, Stances and Voices charts of those sources as vector pages (when options.charts);
//   an index of the speakers quoted or reported, with their pages;
// and "Page X of N" at the foot of every page drawn. All is laid out first, then drawn, so N is
// known; N and every page number (footers, index, outline, marks) count the original pages too. A
// source imported from a PDF whose original is not used is typeset, its header saying why; one that
// `originals` does not name is typeset without a word.
//
// Returns what was drawn: the page count and size, a mark per annotation and page (its lines'
// rectangles in points from the page's top left), the outline, where the original pages go. Or why
// it failed, in the interface language: the file cannot be written, or `progress` returned false
// (then "The export was cancelled."). After a failure the file at `path` is removed.
//
// `progress` is called at least once per source. Call from the GUI thread: the charts are Qt
// Charts items, and the text needs a QGuiApplication.
std::variant<PdfLayoutResult, QString> layOutPdf(const core::Project &project,
                                                 const PdfExportOptions &options, const QString &path,
                                                 const PdfProgress &progress = {},
                                                 const PdfOriginals &originals = {});

} // namespace claimscope::ui::pdf
