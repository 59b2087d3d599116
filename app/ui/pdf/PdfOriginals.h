#pragma once

#include "ui/pdf/PdfExportTypes.h"

#include <QList>
#include <QString>

#include <variant>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// The annotated PDF export's first step: which of `sources` imported from a PDF can be shown by
// their own pages. For each (its format is "pdf" or it has a page geometry) it asks the project for
// the original file, copies it into `folder` (the export's temporary folder, which goes with it),
// and checks that qpdf opens it without a password and that its pages are those the source's words
// were read from (as many, of the same sizes): highlights placed from the word boxes on other pages
// would mark the wrong words. A source that fails any of these is typeset, its state saying why.
//
// Returns the states by source, or why the export cannot go on: a copy could not be written, or
// `progress` (called once per source) returned false (then PdfLayoutText::cancelled()).
std::variant<PdfOriginals, QString> collectOriginals(const core::Project &project,
                                                     const QList<core::SourceId> &sources,
                                                     const QString &folder, const PdfProgress &progress = {});

} // namespace claimscope::ui::pdf
