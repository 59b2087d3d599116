#pragma once

#include "core/project/ProjectRecords.h"
#include "ui/pdf/PdfExportTypes.h"

#include <QHash>
#include <QList>
#include <QString>

class QPainter;

namespace claimscope::ui::pdf {

// One exported source as a section of the PDF, laid out when it is made: either its text typeset
// (PdfSourcePages) or a header page followed by the source's own original pages
// (PdfOriginalSource). The layout draws the first drawnPageCount() pages and leaves room for the
// originalPageCount() pages after them, which a later step puts in.
class PdfSourceSection {
public:
    virtual ~PdfSourceSection() = default;

    virtual core::SourceId source() const = 0;
    virtual QString title() const = 0;
    virtual int drawnPageCount() const = 0;
    virtual int originalPageCount() const { return 0; }
    int pageCount() const { return drawnPageCount() + originalPageCount(); }

    // Marks with pages counted from this section's first page (original pages included).
    virtual const QList<PdfMark> &marks() const = 0;
    // Speaker id → the pages (from this section's first, ascending, no repeats) where a quote or
    // claim of theirs lies, whether or not quotes and claims are drawn.
    virtual const QHash<QString, QList<int>> &speakerPages() const = 0;

    // Draws one of the first drawnPageCount() pages.
    virtual void drawPage(QPainter &painter, int page) const = 0;

protected:
    PdfSourceSection() = default;
    PdfSourceSection(const PdfSourceSection &) = default;
    PdfSourceSection &operator=(const PdfSourceSection &) = default;
};

} // namespace claimscope::ui::pdf
