#pragma once

#include "core/project/ProjectRecords.h"
#include "ui/AnnotationMarks.h"
#include "ui/pdf/PdfExportTypes.h"
#include "ui/pdf/PdfLayoutContext.h"
#include "ui/pdf/PdfMarginNotes.h"
#include "ui/pdf/PdfMarkDetails.h"
#include "ui/pdf/PdfSourceSection.h"
#include "ui/pdf/PdfTextPages.h"

#include <QColor>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QSet>
#include <QString>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// One source as pages: a header (title, outlet, author, date, URL, language), then its text with
// the annotations of the chosen kinds drawn as the viewer draws them, and in the notes column the
// speaker of each quote and claim, the value of each figure and the stances the passages carry.
//
// Everything is laid out when it is made (the layout pass): how many pages it takes, where each
// annotation lies, on which pages each speaker is quoted or reported. Drawing comes after, once
// the export knows every section's pages.
class PdfSourcePages final : public PdfSourceSection {
public:
    // `headerNote`, when not empty, is one more line of the header: why a source imported from a
    // PDF is typeset rather than shown by its own pages.
    PdfSourcePages(const core::Project &project, const core::SourceRecord &source,
                   const PdfExportOptions &options, const PdfLayoutContext &context,
                   const QString &headerNote = {});

    core::SourceId source() const override { return m_source; }
    QString title() const override { return m_title; }
    int drawnPageCount() const override { return m_text.pageCount(); }

    const QList<PdfMark> &marks() const override { return m_marks; }
    const QHash<QString, QList<int>> &speakerPages() const override { return m_speakerPages; }

    void drawPage(QPainter &painter, int page) const override;

private:
    struct StanceLine {
        QLineF line;
        QColor colour;
    };
    void writeHeader(const core::SourceRecord &source, const QString &note);
    void writeText(const QString &text);
    void drawMarks(const QList<AnnotationMark> &marks);
    void locateMarks(const QList<AnnotationMark> &marks);
    void locateStances(const core::Project &project);
    void locateSpeakers(const QList<AnnotationMark> &marks);
    QList<PdfPagePiece> piecesOf(const core::TextRange &range) const;
    void addNote(int page, PdfMarginNote note);

    const PdfLayoutContext &m_context;
    QSet<core::AnnotationKind> m_kinds; // drawn and marked
    core::SourceId m_source = 0;
    QString m_title;
    qsizetype m_textLength = 0;
    PdfTextPages m_text;
    PdfMarginNotes m_notes;
    int m_textStart = 0; // where the source's text begins in the document, after the header
    PdfMarkDetails m_details;
    QList<PdfMark> m_marks;
    QList<QList<PdfMarginNote>> m_pageNotes;
    QList<QList<StanceLine>> m_pageLines;
    QHash<QString, QList<int>> m_speakerPages;
};

} // namespace claimscope::ui::pdf
