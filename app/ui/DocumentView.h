#pragma once

#include "core/document/Document.h"
#include "core/highlight/HighlightTypes.h"

#include <QFont>
#include <QList>
#include <QWidget>

class QPlainTextEdit;

namespace claimscope::ui {

class FindBar;
class HighlightLegend;
class SpanHighlighter;

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

    void zoomIn();
    void zoomOut();
    void resetZoom();

    void showFindBar();
    void findNext();
    void findPrevious();

signals:
    // The viewport has painted a document: what a user sees first after opening it.
    void documentPainted();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateMatches();
    void selectMatch(qsizetype index);
    void hideFindBar();
    void retranslate();

    QPlainTextEdit *m_text;
    FindBar *m_findBar;
    HighlightLegend *m_legend;
    SpanHighlighter *m_highlighter;
    QFont m_baseFont;
    QString m_plainText;
    QList<qsizetype> m_matches;
    qsizetype m_currentMatch = -1;
    bool m_hasDocument = false;
};

} // namespace claimscope::ui
