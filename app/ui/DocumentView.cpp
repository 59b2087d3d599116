#include "ui/DocumentView.h"

#include "core/document/TextSearch.h"
#include "ui/FindBar.h"
#include "ui/HighlightLegend.h"
#include "ui/SpanHighlighter.h"
#include "ui/SpeakerFilterBar.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
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
    , m_filterBar(new SpeakerFilterBar(this))
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
    m_text->installEventFilter(this); // its palette changes: the marks' tints follow
    // A signal rather than an override: the mouse and the menu key both end up here, and tests
    // and other code can ask for the menu the same way.
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QPlainTextEdit::customContextMenuRequested, this, &DocumentView::showContextMenu);
    m_highlighter->setPalette(m_text->palette());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_legend);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();
    m_filterBar->hide();

    connect(m_filterBar, &SpeakerFilterBar::showAllRequested, this, [this] { setSpeakerFilter({}); });
    connect(m_findBar, &FindBar::queryChanged, this, &DocumentView::updateMatches);
    connect(m_findBar, &FindBar::nextRequested, this, &DocumentView::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &DocumentView::findPrevious);
    connect(m_findBar, &FindBar::closeRequested, this, &DocumentView::hideFindBar);
    retranslate();
}

void DocumentView::setDocument(const core::Document &document)
{
    // Marks are the previous document's; the speaker filter stays (it is about a person).
    m_highlighter->clear();
    m_marks.clear();
    m_legend->setAnnotationMode(false);
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
    // The annotation or category under the mouse, so that a colour never has to be guessed.
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tooltip = tooltipAt(m_text->cursorForPosition(help->pos()).position());
        if (tooltip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tooltip, m_text->viewport());
        return true;
    }
    // The text view's own PaletteChange, since ours comes before the view has resolved its palette.
    if (watched == m_text && event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(m_text->palette());
    return QWidget::eventFilter(watched, event);
}

void DocumentView::clear()
{
    m_highlighter->clear();
    m_marks.clear();
    m_legend->setAnnotationMode(false);
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
    m_text->setPlaceholderText(tr("Choose a source on the left, or add files with File → Import Sources."));
}

} // namespace claimscope::ui

// Annotation marks, the speaker filter, selection by range and the context menu.
namespace claimscope::ui {

void DocumentView::setAnnotationMarks(QList<AnnotationMark> marks)
{
    std::stable_sort(marks.begin(), marks.end(), [](const AnnotationMark &a, const AnnotationMark &b) {
        return a.range.start < b.range.start;
    });
    if (m_highlighter->hasMarks() && marks == m_marks)
        return;
    m_marks = marks;
    m_highlighter->setMarks(std::move(marks));
    m_legend->setAnnotationMode(true);
    updateFilterBar(); // the swatch takes the colour of the filtered speaker's marks
}

QList<AnnotationMark> DocumentView::marksAt(qsizetype position) const
{
    QList<AnnotationMark> found;
    for (qsizetype i : m_highlighter->marksAt(position))
        found.append(m_highlighter->marks().at(i));
    std::stable_sort(found.begin(), found.end(), [](const AnnotationMark &a, const AnnotationMark &b) {
        return a.range.length() < b.range.length();
    });
    return found;
}

QString DocumentView::tooltipAt(qsizetype position) const
{
    const QString format = m_highlighter->formatNameAt(position);
    const QString category =
        m_highlighter->paintsFormat(format) ? HighlightLegend::displayName(format) : QString();
    const AnnotationMark *smallest = nullptr;
    for (qsizetype i : m_highlighter->marksAt(position)) {
        const AnnotationMark &mark = m_highlighter->marks().at(i);
        if (m_highlighter->paintsMark(mark) && (!smallest || mark.range.length() < smallest->range.length()))
            smallest = &mark;
    }
    if (!smallest)
        return category;
    // The category adds what the mark does not say (a reporting verb, a quotation mark), but a
    // mention's "Speaker" would only repeat it.
    QString tooltip = smallest->tooltip;
    if (!category.isEmpty() &&
        !(format == u"Speaker" && smallest->kind == core::AnnotationKind::SpeakerMention))
        tooltip += u'\n' + category;
    // As rich text, so that a long note wraps; escaped, so that a note's "<" stays a character.
    return QStringLiteral("<p>%1</p>").arg(tooltip.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
}

void DocumentView::setSpeakerFilter(const QString &speaker, const QString &displayName)
{
    m_speakerFilterName = speaker.isEmpty() ? QString() : displayName;
    const bool changed = speaker != m_speakerFilter;
    m_speakerFilter = speaker;
    m_highlighter->setSpeakerFilter(speaker);
    updateFilterBar();
    if (changed)
        emit speakerFilterChanged(speaker);
}

void DocumentView::updateFilterBar()
{
    if (m_speakerFilter.isEmpty()) {
        m_filterBar->hide();
        return;
    }
    QColor colour;
    for (const AnnotationMark &mark : std::as_const(m_marks)) {
        if (mark.speaker == m_speakerFilter && mark.colour.isValid()) {
            colour = mark.colour;
            break;
        }
    }
    m_filterBar->setSpeaker(m_speakerFilterName.isEmpty() ? m_speakerFilter : m_speakerFilterName, colour);
    m_filterBar->show();
}

void DocumentView::selectRange(core::TextRange range)
{
    // The document holds the text unchanged, so offsets are cursor positions; the last position
    // is the end of the text (characterCount() counts a final paragraph separator).
    const qsizetype last = std::max(0, m_text->document()->characterCount() - 1);
    const int start = static_cast<int>(std::clamp<qsizetype>(std::min(range.start, range.end), 0, last));
    const int end = static_cast<int>(std::clamp<qsizetype>(std::max(range.start, range.end), 0, last));
    QTextCursor selection(m_text->document());
    selection.setPosition(start);
    selection.setPosition(end, QTextCursor::KeepAnchor);

    // Centre the passage's middle; setting the selection afterwards scrolls only when its end is
    // out of view, that is when the passage is taller than half the view.
    QTextCursor middle(m_text->document());
    middle.setPosition(start + (end - start) / 2);
    m_text->setTextCursor(middle);
    m_text->centerCursor();
    m_text->setTextCursor(selection);
    QTextCursor first(m_text->document());
    first.setPosition(start);
    if (m_text->cursorRect(first).top() < 0) {
        // Taller than the view: its start is what a reader needs, under a line of context. The
        // scroll bar counts visual lines (QPlainTextEdit), so the start's line is its value.
        const QTextBlock block = first.block();
        const QTextLine line = block.layout()->lineForTextPosition(first.positionInBlock());
        const int lineInBlock = line.isValid() ? line.lineNumber() : 0;
        m_text->verticalScrollBar()->setValue(block.firstLineNumber() + lineInBlock - 1);
    }
}

core::TextRange DocumentView::selectedRange() const
{
    const QTextCursor cursor = m_text->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void DocumentView::showContextMenu(const QPoint &viewportPosition)
{
    // Plain text has no links, so Qt's menu needs the position for nothing but its signature.
    QMenu *menu = m_text->createStandardContextMenu(viewportPosition);
    // Deleted when control returns to this event loop: an action triggered from the menu runs
    // first (QMenu hides, then triggers, in one call), even if it opens a dialog of its own.
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    const qsizetype position = m_text->cursorForPosition(viewportPosition).position();
    emit contextMenuAboutToShow(menu, position);
    menu->popup(m_text->viewport()->mapToGlobal(viewportPosition));
}

} // namespace claimscope::ui
