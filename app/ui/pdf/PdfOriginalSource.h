#pragma once

#include "core/project/ProjectRecords.h"
#include "ui/AnnotationMarks.h"
#include "ui/pdf/PdfExportTypes.h"
#include "ui/pdf/PdfLayoutContext.h"
#include "ui/pdf/PdfSourceSection.h"
#include "ui/pdf/PdfTextPages.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// A source imported from a PDF, shown by its own pages: a typeset header page (title, outlet, date,
// "Original PDF, N pages", a legend of the highlights), then room for the N original pages, which
// insertOriginalPages puts in after the layout. The annotations of the chosen kinds become marks on
// those pages, over the boxes of their words (wordPieces), with the facts a typeset highlight has;
// nothing is drawn into the original pages themselves: no tint, no margin notes, no footer.
class PdfOriginalSource final : public PdfSourceSection {
public:
    // `originalPages` is the page count of the original, as collectOriginals checked it against
    // the source's geometry.
    PdfOriginalSource(const core::Project &project, const core::SourceRecord &source, int originalPages,
                      const PdfExportOptions &options, const PdfLayoutContext &context);

    core::SourceId source() const override { return m_source; }
    QString title() const override { return m_title; }
    int drawnPageCount() const override { return m_header.pageCount(); }
    int originalPageCount() const override { return m_originalPages; }

    const QList<PdfMark> &marks() const override { return m_marks; }
    const QHash<QString, QList<int>> &speakerPages() const override { return m_speakerPages; }

    void drawPage(QPainter &painter, int page) const override { m_header.draw(painter, page); }

private:
    void writeHeader(const core::SourceRecord &source);
    void writeLegend();
    void locate(const core::Project &project, const core::SourceRecord &source);

    const PdfLayoutContext &m_context;
    QSet<core::AnnotationKind> m_kinds;
    core::SourceId m_source = 0;
    QString m_title;
    int m_originalPages = 0;
    PdfTextPages m_header;
    QList<PdfMark> m_marks;
    QHash<QString, QList<int>> m_speakerPages;
};

} // namespace claimscope::ui::pdf
