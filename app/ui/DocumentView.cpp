#include "ui/DocumentView.h"

#include "core/document/TextSearch.h"
#include "ui/FindBar.h"
#include "ui/HighlightLegend.h"
#include "ui/SpanHighlighter.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

#include <functional>

namespace claimscope::ui {
namespace {

// Enough to mark every match of a sensible query; beyond it painting would slow to a crawl.
constexpr qsizetype kMaxMarkedMatches = 10000;

// Tells when a paint has finished, not merely begun: that is the moment the reader sees the text.
class PaintReportingTextEdit final : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> afterPaint;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPlainTextEdit::paintEvent(event);
        if (afterPaint)
            afterPaint();
    }
};

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
    , m_text(new PaintReportingTextEdit(this))
    , m_findBar(new FindBar(this))
    , m_legend(new HighlightLegend(this))
    , m_highlighter(new SpanHighlighter(m_text->document()))
{
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->document()->setDocumentMargin(18);
    static_cast<PaintReportingTextEdit *>(m_text)->afterPaint = [this] {
        if (m_hasDocument)
            emit documentPainted();
    };
    m_baseFont = m_text->font();
    m_text->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();

    connect(m_findBar, &FindBar::queryChanged, this, &DocumentView::updateMatches);
    connect(m_findBar, &FindBar::nextRequested, this, &DocumentView::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &DocumentView::findPrevious);
    connect(m_findBar, &FindBar::closeRequested, this, &DocumentView::hideFindBar);
    retranslate();
}

void DocumentView::setDocument(const core::Document &document)
{
    m_highlighter->clearResult();
    m_plainText = document.text;
    m_text->setPlainText(m_plainText);
    m_hasDocument = true;
    if (m_findBar->isVisible())
        updateMatches();
}

void DocumentView::setHighlights(core::HighlightResult result)
{
    m_legend->setFormats(result.formats);
    m_highlighter->setResult(std::move(result));
}

bool DocumentView::eventFilter(QObject *watched, QEvent *event)
{
    // The category under the mouse, so that a colour never has to be guessed.
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_text->cursorForPosition(help->pos()).position();
        const QString format = m_highlighter->formatNameAt(position);
        if (format.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), HighlightLegend::displayName(format), m_text->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentView::clear()
{
    m_highlighter->clearResult();
    m_plainText.clear();
    m_text->clear();
    m_hasDocument = false;
    updateMatches();
}

QString DocumentView::selectedText() const
{
    // QTextCursor gives paragraph separators (U+2029) for line breaks; readers expect "\n".
    return m_text->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

void DocumentView::zoomIn()
{
    m_text->zoomIn(1);
}

void DocumentView::zoomOut()
{
    m_text->zoomOut(1);
}

void DocumentView::resetZoom()
{
    m_text->setFont(m_baseFont);
}

void DocumentView::showFindBar()
{
    const QString selection = selectedText();
    m_findBar->activate(selection.contains(u'\n') ? QString() : selection);
    updateMatches();
}

void DocumentView::hideFindBar()
{
    m_findBar->hide();
    m_text->setExtraSelections({});
    m_text->setFocus();
}

void DocumentView::findNext()
{
    if (!m_findBar->isVisible()) {
        showFindBar();
        return;
    }
    if (m_matches.isEmpty())
        return;
    selectMatch((m_currentMatch + 1) % m_matches.size());
}

void DocumentView::findPrevious()
{
    if (!m_findBar->isVisible()) {
        showFindBar();
        return;
    }
    if (m_matches.isEmpty())
        return;
    selectMatch((m_currentMatch - 1 + m_matches.size()) % m_matches.size());
}

void DocumentView::updateMatches()
{
    const QString query = m_findBar->query();
    m_matches = core::findAll(m_plainText, query, m_findBar->caseSensitivity());
    m_currentMatch = -1;

    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat markFormat;
    markFormat.setBackground(palette().color(QPalette::Highlight).lighter(160));
    for (qsizetype i = 0; i < std::min(m_matches.size(), kMaxMarkedMatches); ++i) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(static_cast<int>(m_matches.at(i)));
        cursor.setPosition(static_cast<int>(m_matches.at(i) + query.size()), QTextCursor::KeepAnchor);
        marks.append({cursor, markFormat});
    }
    m_text->setExtraSelections(marks);

    if (m_matches.isEmpty()) {
        m_findBar->setMatchStatus(-1, 0);
        return;
    }
    // Start from the reader's place, not from the top.
    const qsizetype from = m_text->textCursor().selectionStart();
    const auto at = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
    selectMatch(at == m_matches.cend() ? 0 : at - m_matches.cbegin());
}

void DocumentView::selectMatch(qsizetype index)
{
    m_currentMatch = index;
    const qsizetype start = m_matches.at(index);
    QTextCursor cursor(m_text->document());
    cursor.setPosition(static_cast<int>(start));
    cursor.setPosition(static_cast<int>(start + m_findBar->query().size()), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    m_findBar->setMatchStatus(index, m_matches.size());
}

void DocumentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentView::retranslate()
{
    m_text->setPlaceholderText(tr("Choose a source on the left, or open files with File → Open."));
}

} // namespace claimscope::ui
