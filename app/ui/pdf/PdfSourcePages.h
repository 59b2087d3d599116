#pragma once

#include "core/project/ProjectRecords.h"
#include "ui/AnnotationMarks.h"
#include "ui/pdf/PdfExportTypes.h"
#include "ui/pdf/PdfLayoutContext.h"
#include "ui/pdf/PdfMarginNotes.h"
#include "ui/pdf/PdfTextPages.h"

#include <QColor>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

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
class PdfSourcePages final {
public:
    PdfSourcePages(const core::Project &project, const core::SourceRecord &source,
                   const PdfExportOptions &options, const PdfLayoutContext &context);

    core::SourceId source() const { return m_source; }
    QString title() const { return m_title; }
    int pageCount() const { return m_text.pageCount(); }

    // Marks with pages counted from this source's first page.
    const QList<PdfMark> &marks() const { return m_marks; }
    // Speaker id → the pages (from this source's first, ascending, no repeats) where a quote or
    // claim of theirs lies, whether or not quotes and claims are drawn.
    const QHash<QString, QList<int>> &speakerPages() const { return m_speakerPages; }

    void drawPage(QPainter &painter, int page) const;

private:
    struct StanceLine {
        QLineF line;
        QColor colour;
    };
    struct Stance {
        QString speaker;
        int score = 0;
        QList<core::TextRange> evidence;
    };

    void writeHeader(const core::SourceRecord &source);
    void writeText(const QString &text);
    void drawMarks(const QList<AnnotationMark> &marks);
    void collectStances(const core::Project &project);
    void locateMarks(const core::Project &project, const QList<AnnotationMark> &marks);
    void locateStances(const core::Project &project);
    void locateSpeakers(const QList<AnnotationMark> &marks);
    std::optional<int> stanceOver(const QString &speaker, const core::TextRange &range) const;
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
    QList<Stance> m_stances;
    QList<PdfMark> m_marks;
    QList<QList<PdfMarginNote>> m_pageNotes;
    QList<QList<StanceLine>> m_pageLines;
    QHash<QString, QList<int>> m_speakerPages;
};

} // namespace claimscope::ui::pdf
