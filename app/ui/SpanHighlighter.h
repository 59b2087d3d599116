#pragma once

#include "core/highlight/HighlightTypes.h"
#include "ui/AnnotationMarks.h"
#include "ui/MarkFormats.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace claimscope::ui {

// Paints the helper's spans, and over them the project's annotation marks. Without marks the
// viewer shows exactly what the analysis reads; once marks are set, the project says what is a
// quote or a figure, so the helper's Quote and Figure spans are left out (its speakers, cues and
// quotation marks stay). Document positions are the spans' offsets (the viewer holds the document
// text unchanged).
class SpanHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit SpanHighlighter(QTextDocument *document);

    void setResult(core::HighlightResult result);
    void clearResult();
    const core::HighlightResult &result() const { return m_result; }

    // The format name ("Quote", "Speaker", …) at a document position; empty outside every span.
    QString formatNameAt(qsizetype position) const;
    // Whether the helper's spans of this format are painted (Quote and Figure are not under marks).
    bool paintsFormat(const QString &formatName) const;

    // Repaints only the blocks whose marks changed, except when marks replace the helper's quotes
    // and figures for the first time.
    void setMarks(QList<AnnotationMark> marks);
    void clearMarks();
    bool hasMarks() const { return m_hasMarks; }
    const QList<AnnotationMark> &marks() const { return m_marks; } // sorted by start
    // Indexes into marks() of those covering `position`.
    QList<qsizetype> marksAt(qsizetype position) const;

    // Quotes and claims of other speakers (and unattributed ones) are not painted. Empty: all.
    void setSpeakerFilter(const QString &speaker);
    bool paintsMark(const AnnotationMark &mark) const;

    // The palette the tints are blended towards (the text view's).
    void setPalette(const QPalette &palette);

    // Forgets spans and marks at once (one repaint), for a new text.
    void clear();

protected:
    void highlightBlock(const QString &text) override;

private:
    void paintSpans(qsizetype blockStart, qsizetype blockEnd);
    void paintMarks(qsizetype blockStart, qsizetype blockEnd);
    // Merges `format` into what is painted over [start, start + count) of the current block.
    void mergeFormat(int start, int count, const QTextCharFormat &format);
    // The first mark that could still cover `position` (all before it end at or before it).
    qsizetype firstMarkEndingAfter(qsizetype position) const;
    void indexMarks();
    void updateHiddenFormats();
    void rehighlightRanges(const QList<core::TextRange> &ranges);

    core::HighlightResult m_result;
    QList<QTextCharFormat> m_charFormats;
    QList<bool> m_hiddenFormats; // per helper format: left out under marks

    QList<AnnotationMark> m_marks;
    QList<qsizetype> m_maxEnd; // the largest end of marks[0..i]: marks nest, so ends are unsorted
    QList<QTextCharFormat> m_markFormats;
    bool m_hasMarks = false;
    QString m_speakerFilter;
    MarkFormats m_formats;
};

} // namespace claimscope::ui
