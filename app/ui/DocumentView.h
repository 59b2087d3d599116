#pragma once

#include "core/document/Document.h"
#include "core/highlight/HighlightTypes.h"
#include "ui/AnnotationMarks.h"

#include <QFont>
#include <QList>
#include <QWidget>

class QMenu;
class QPlainTextEdit;

namespace claimscope::ui {

class FindBar;
class HighlightLegend;
class SpanHighlighter;
class SpeakerFilterBar;

// The read-only viewer of one source: selectable text, zoom, and a find bar with every match
// marked. Offsets are those of core::Document::text.
class DocumentView final : public QWidget {
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);

    void setDocument(const core::Document &document);
    void clear();
    bool hasDocument() const { return m_hasDocument; }

    // Paints the helper's spans over the current document (until the next setDocument()).
    void setHighlights(core::HighlightResult result);
    SpanHighlighter *highlighter() const { return m_highlighter; }
    HighlightLegend *legend() const { return m_legend; }

    QPlainTextEdit *textView() const { return m_text; }
    FindBar *findBar() const { return m_findBar; }
    QString selectedText() const;

    // The project's annotations of the shown document, painted over the helper's spans (a quote
    // or claim in its speaker's colour). Once marks are set, the helper's Quote and Figure spans
    // are no longer painted: the project says what is a quote or a figure, so a deleted annotation
    // disappears. setDocument() and clear() drop the marks.
    void setAnnotationMarks(QList<AnnotationMark> marks);
    const QList<AnnotationMark> &annotationMarks() const { return m_marks; }
    // The marks covering a document position, smallest range first.
    QList<AnnotationMark> marksAt(qsizetype position) const;

    // Paints only `speaker`'s quotes and claims (the others' and unattributed ones are not
    // painted; figures and mentions are); a bar above the text says so, naming `displayName`, with
    // a button that shows all again. Empty: all. Emits speakerFilterChanged() when it changes. The
    // filter outlives setDocument(): it is about a person, not a document.
    void setSpeakerFilter(const QString &speaker, const QString &displayName = {});
    const QString &speakerFilter() const { return m_speakerFilter; }

    // Selects [range.start, range.end) of the document text (clamped to it) and centres it; a
    // passage taller than the view is shown from its start.
    void selectRange(core::TextRange range);
    // The selection in document offsets; an empty range (at the cursor) when nothing is selected.
    core::TextRange selectedRange() const;

    void zoomIn();
    void zoomOut();
    void resetZoom();

    void showFindBar();
    void findNext();
    void findPrevious();

signals:
    // The viewport has painted a document: what a user sees first after opening it.
    void documentPainted();
    // The speaker filter changed (the bar's button clears it: `speaker` empty).
    void speakerFilterChanged(const QString &speaker);
    // A right click (or the menu key) at document `position`: `menu` holds the standard entries
    // (Copy, Select All); listeners add theirs before it pops up (QMenu::popup, not exec). The menu
    // is deleted once it has closed and any chosen action has run.
    void contextMenuAboutToShow(QMenu *menu, qsizetype position);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMatches();
    void selectMatch(qsizetype index);
    void hideFindBar();
    void retranslate();
    void showContextMenu(const QPoint &viewportPosition);
    // The smallest painted mark's tooltip under `position`, with the helper's category when it
    // adds something; the category alone outside marks.
    QString tooltipAt(qsizetype position) const;
    void updateFilterBar();

    QPlainTextEdit *m_text;
    SpeakerFilterBar *m_filterBar;
    FindBar *m_findBar;
    HighlightLegend *m_legend;
    SpanHighlighter *m_highlighter;
    QFont m_baseFont;
    QString m_plainText;
    QList<qsizetype> m_matches;
    qsizetype m_currentMatch = -1;
    bool m_hasDocument = false;
    QList<AnnotationMark> m_marks;
    QString m_speakerFilter;
    QString m_speakerFilterName;
};

} // namespace claimscope::ui
