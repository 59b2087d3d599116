#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "ui/AnnotationMarks.h"
#include "ui/DocumentView.h"
#include "ui/MarkFormats.h"
#include "ui/SpanHighlighter.h"
#include "ui/SpeakerFilterBar.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <memory>

using namespace claimscope;
using namespace Qt::StringLiterals;
using core::AnnotationKind;
using core::TextRange;

namespace {

const QString kTokayev = u"tokayev"_s;
const QString kLavrov = u"lavrov"_s;
const QColor kTokayevColour(0x1f, 0x77, 0xb4);
const QColor kLavrovColour(0xd6, 0x27, 0x28);

const QString kOpening = u"Kassym-Jomart Tokayev said on Monday: “Our trade with Europe reached 43.5 billion "
                         u"dollars last year.” He added that the partnership “must grow further”.\n\n"
                         u"Sergey Lavrov replied: “We will not accept any new sanctions.” According to "
                         u"Lavrov, exports rose by 12 percent.\n\n"
                         u"An official said: “Nothing has been decided.”\n\n"_s;
const QString kClosing = u"In closing, Tokayev said: “We remain open to dialogue with all partners.”\n"_s;

// Long enough that the closing quote is far out of view at first.
QString articleText()
{
    QString text = kOpening;
    for (int i = 1; i <= 60; ++i)
        text += u"Paragraph %1 of the background: the talks continued in Astana, and the delegations "
                u"met again to compare their drafts.\n\n"_s.arg(i);
    return text + kClosing;
}

const QString kText = articleText();

// The range of the `nth` occurrence of `needle` in the article.
TextRange rangeOf(QStringView needle, int nth = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= nth; ++i)
        at = kText.indexOf(needle, at + 1);
    Q_ASSERT(at >= 0);
    return {at, at + needle.size()};
}

const TextRange kTokayevQuote = rangeOf(u"Our trade with Europe reached 43.5 billion dollars last year.");
const TextRange kTradeFigure = rangeOf(u"43.5 billion dollars");
const TextRange kTokayevName = rangeOf(u"Kassym-Jomart Tokayev");
const TextRange kTokayevClaim = rangeOf(u"the partnership “must grow further”");
const TextRange kLavrovQuote = rangeOf(u"We will not accept any new sanctions.");
const TextRange kLavrovName = rangeOf(u"Sergey Lavrov");
const TextRange kLavrovClaim = rangeOf(u"exports rose by 12 percent");
const TextRange kExportFigure = rangeOf(u"12 percent");
const TextRange kOfficialQuote = rangeOf(u"Nothing has been decided.");
const TextRange kClosingQuote = rangeOf(u"We remain open to dialogue with all partners.");
const TextRange kClosingName = rangeOf(u"Tokayev", 1);
const TextRange kSaid = rangeOf(u"said");
const QString kNote = u"Checked against the <b>transcript</b>"_s;

core::SpeakerRecord speakerRecord(const QString &id, const QString &name, const QColor &colour)
{
    core::SpeakerRecord record;
    record.speaker.id = id;
    record.speaker.name = name;
    record.speaker.kind = u"politician"_s;
    record.colour = colour.name();
    return record;
}

// What the analyzer would have found: automatic quotes, a claim, figures and mentions.
core::DocumentAnalysis analysis()
{
    core::DocumentAnalysis result;
    result.language = u"en"_s;
    result.speakers = {{kTokayev, u"Kassym-Jomart Tokayev"_s, {}, {kTokayevName, kClosingName}, false, {}},
                       {kLavrov, u"Sergey Lavrov"_s, {}, {kLavrovName}, false, {}}};
    for (auto [range, speaker] : {std::pair{kTokayevQuote, kTokayev}, std::pair{kLavrovQuote, kLavrov},
                                  std::pair{kClosingQuote, kTokayev}}) {
        core::QuoteAnnotation quote;
        quote.range = range;
        quote.speaker = speaker;
        quote.confidence = 0.9;
        result.quotes.append(quote);
    }
    core::ClaimAnnotation claim;
    claim.range = kLavrovClaim;
    claim.speaker = kLavrov;
    result.claims.append(claim);
    core::FigureAnnotation trade;
    trade.range = kTradeFigure;
    trade.value = 43.5e9;
    trade.unit = u"USD"_s;
    trade.speaker = kTokayev;
    core::FigureAnnotation exports;
    exports.range = kExportFigure;
    exports.value = 12;
    exports.unit = u"percent"_s;
    result.figures = {trade, exports};
    return result;
}

core::AnnotationId annotationAt(const core::Project &project, core::SourceId source, AnnotationKind kind,
                                TextRange range)
{
    for (core::AnnotationId id : project.annotationsOf(source)) {
        const core::AnnotationRecord *record = project.annotation(id);
        if (record->kind == kind && record->range == range)
            return id;
    }
    return 0;
}

// What the helper would send: speakers, a cue, quotation marks, quotes and a figure.
core::HighlightResult helperResult()
{
    core::HighlightResult result;
    result.theme = u"Breeze Light"_s;
    result.formats = {{u"Speaker"_s, QColor(0x00, 0x57, 0xae), {}, true, false, false},
                      {u"Quote"_s, QColor(0x00, 0x80, 0x40), {}, false, false, false},
                      {u"QuoteMark"_s, QColor(0x80, 0x80, 0x80), {}, false, false, false},
                      {u"Cue"_s, QColor(0x8e, 0x44, 0xad), {}, false, true, false},
                      {u"Figure"_s, QColor(0xb0, 0x3a, 0x2e), {}, true, false, false}};
    const auto span = [](TextRange range, int format) {
        return core::HighlightSpan{range.start, range.length(), format};
    };
    result.spans = {span(kTokayevName, 0),
                    span(kSaid, 3),
                    span({kTokayevQuote.start - 1, kTokayevQuote.start}, 2),
                    span({kTokayevQuote.start, kTradeFigure.start}, 1),
                    span(kTradeFigure, 4),
                    span({kTradeFigure.end, kTokayevQuote.end}, 1),
                    span({kTokayevQuote.end, kTokayevQuote.end + 1}, 2),
                    span(kLavrovName, 0),
                    span(kLavrovQuote, 1),
                    span(kOfficialQuote, 1)};
    return result;
}

// The format the viewer paints at a document position: what the reader sees.
QTextCharFormat paintedAt(const ui::DocumentView &view, qsizetype position)
{
    const QTextBlock block = view.textView()->document()->findBlock(static_cast<int>(position));
    const int inBlock = static_cast<int>(position) - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format;
    }
    return {};
}

QColor backgroundAt(const ui::DocumentView &view, qsizetype position)
{
    const QTextCharFormat format = paintedAt(view, position);
    return format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color() : QColor();
}

QColor foregroundAt(const ui::DocumentView &view, qsizetype position)
{
    const QTextCharFormat format = paintedAt(view, position);
    return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color() : QColor();
}

const ui::AnnotationMark *markOf(const QList<ui::AnnotationMark> &marks, AnnotationKind kind, TextRange range)
{
    for (const ui::AnnotationMark &mark : marks) {
        if (mark.kind == kind && mark.range == range)
            return &mark;
    }
    return nullptr;
}

// The point of the viewport where a document position is drawn.
QPoint pointOf(const ui::DocumentView &view, qsizetype position)
{
    QTextCursor cursor(view.textView()->document());
    cursor.setPosition(static_cast<int>(position));
    return view.textView()->cursorRect(cursor).center();
}

} // namespace

class TestAnnotationMarks final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    std::unique_ptr<core::Project> m_project;
    core::SourceId m_source = 0;
    core::Document m_document;

    // A fresh viewer showing the article with the helper's spans and the project's marks.
    std::unique_ptr<ui::DocumentView> viewWithMarks()
    {
        auto view = std::make_unique<ui::DocumentView>();
        view->resize(760, 520);
        view->setDocument(m_document);
        view->setHighlights(helperResult());
        view->setAnnotationMarks(ui::annotationMarks(*m_project, m_source));
        return view;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_annotationmarks"_s);
        QSettings().clear();
        QVERIFY(QDir().mkpath(QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots")));
        QVERIFY(m_localization.setLanguage(u"en"_s));

        m_document.text = kText;
        m_document.metadata.title = u"Tokayev and Lavrov on trade"_s;
        m_document.metadata.language = u"en"_s;
        m_project = std::make_unique<core::Project>();
        QVERIFY(m_project->addSpeakers({speakerRecord(kTokayev, u"Kassym-Jomart Tokayev"_s, kTokayevColour),
                                        speakerRecord(kLavrov, u"Sergey Lavrov"_s, kLavrovColour)}));
        m_source = m_project->addSource(m_document, analysis());
        QVERIFY(m_source);

        // A person's work on top: an unattributed quote, a claim, a note on an automatic quote.
        core::AnnotationRecord official;
        official.source = m_source;
        official.kind = AnnotationKind::Quote;
        official.range = kOfficialQuote;
        QVERIFY(m_project->addAnnotation(official));
        core::AnnotationRecord claim;
        claim.source = m_source;
        claim.kind = AnnotationKind::Claim;
        claim.range = kTokayevClaim;
        claim.speaker = kTokayev;
        QVERIFY(m_project->addAnnotation(claim));
        const core::AnnotationId lavrovQuote =
            annotationAt(*m_project, m_source, AnnotationKind::Quote, kLavrovQuote);
        QVERIFY(lavrovQuote);
        QVERIFY(m_project->setAnnotationNote(lavrovQuote, kNote));
    }

    void cleanup() { QVERIFY(m_localization.setLanguage(u"en"_s)); }

    // One mark per annotation, in text order, with the speaker's colour and a tooltip naming them.
    void marksAreTheProjectsAnnotations()
    {
        const QList<ui::AnnotationMark> marks = ui::annotationMarks(*m_project, m_source);
        const QList<core::AnnotationId> ids = m_project->annotationsOf(m_source);
        QCOMPARE(marks.size(), ids.size());
        QVERIFY(marks.size() >= 11); // 4 quotes, 2 claims, 2 figures, 3 mentions
        for (qsizetype i = 0; i < marks.size(); ++i) {
            const ui::AnnotationMark &mark = marks.at(i);
            const core::AnnotationRecord *record = m_project->annotation(ids.at(i));
            QCOMPARE(mark.id, record->id);
            QCOMPARE(mark.kind, record->kind);
            QCOMPARE(mark.range, record->range);
            QCOMPARE(mark.speaker, record->speaker);
            if (i > 0)
                QVERIFY(marks.at(i - 1).range.start <= mark.range.start);
            QVERIFY2(mark.tooltip.startsWith(ui::annotationKindName(mark.kind)), qPrintable(mark.tooltip));
            if (record->speaker.isEmpty()) {
                QVERIFY(!mark.colour.isValid());
                QVERIFY2(mark.tooltip.contains(u"no speaker"_s), qPrintable(mark.tooltip));
            } else {
                QCOMPARE(mark.colour, record->speaker == kTokayev ? kTokayevColour : kLavrovColour);
                QVERIFY2(mark.tooltip.contains(m_project->speakerName(record->speaker)),
                         qPrintable(mark.tooltip));
            }
        }
        QCOMPARE(ui::annotationKindName(AnnotationKind::Quote), u"Quote"_s);
        QCOMPARE(ui::annotationKindName(AnnotationKind::Claim), u"Claim"_s);
        QCOMPARE(ui::annotationKindName(AnnotationKind::Figure), u"Figure"_s);
        QCOMPARE(ui::annotationKindName(AnnotationKind::SpeakerMention), u"Speaker mention"_s);

        QCOMPARE(markOf(marks, AnnotationKind::Quote, kTokayevQuote)->tooltip,
                 u"Quote · Kassym-Jomart Tokayev · automatic"_s);
        QCOMPARE(markOf(marks, AnnotationKind::Quote, kOfficialQuote)->tooltip,
                 u"Quote · no speaker · manual"_s);
        QCOMPARE(markOf(marks, AnnotationKind::Claim, kTokayevClaim)->tooltip,
                 u"Claim · Kassym-Jomart Tokayev · manual"_s);
        QCOMPARE(markOf(marks, AnnotationKind::Quote, kLavrovQuote)->tooltip,
                 u"Quote · Sergey Lavrov · edited\nNote: "_s + kNote);
        QCOMPARE(markOf(marks, AnnotationKind::Figure, kTradeFigure)->tooltip,
                 u"Figure · 43.5 billion USD · Kassym-Jomart Tokayev · automatic"_s);
        QCOMPARE(markOf(marks, AnnotationKind::Figure, kExportFigure)->tooltip,
                 u"Figure · 12 % · no speaker · automatic"_s);
        QVERIFY(markOf(marks, AnnotationKind::SpeakerMention, kLavrovName));
    }

    // Without marks the helper's spans are painted as sent; with them, quotes take their speaker's
    // tint and the helper's Quote and Figure spans are gone, its speakers and cues stay.
    void marksArePaintedOverTheHelpersSpans()
    {
        ui::DocumentView view;
        view.resize(760, 520);
        view.setDocument(m_document);
        view.setHighlights(helperResult());
        const QColor helperQuote(0x00, 0x80, 0x40);
        const QColor helperSpeaker(0x00, 0x57, 0xae);
        QCOMPARE(foregroundAt(view, kLavrovQuote.start), helperQuote);
        QCOMPARE(foregroundAt(view, kTradeFigure.start), QColor(0xb0, 0x3a, 0x2e));
        QVERIFY(!backgroundAt(view, kLavrovQuote.start).isValid());
        QVERIFY(!view.highlighter()->hasMarks());

        const QList<ui::AnnotationMark> marks = ui::annotationMarks(*m_project, m_source);
        view.setAnnotationMarks(marks);
        QCOMPARE(view.annotationMarks(), marks);
        const ui::MarkFormats formats(view.textView()->palette());

        // Quotes: the speaker's tint, light on a light palette; the helper's colour no longer.
        for (const TextRange &range : {kTokayevQuote, kLavrovQuote, kOfficialQuote, kClosingQuote}) {
            const ui::AnnotationMark *mark = markOf(marks, AnnotationKind::Quote, range);
            const QColor tint = formats.format(*mark).background().color();
            QCOMPARE(backgroundAt(view, range.start), tint);
            QCOMPARE(backgroundAt(view, range.end - 1), tint);
            QVERIFY(!backgroundAt(view, range.end + 1).isValid());
            QVERIFY2(tint.lightness() > 200, qPrintable(tint.name()));
            QVERIFY(foregroundAt(view, range.start) != helperQuote);
        }
        QVERIFY(backgroundAt(view, kTokayevQuote.start) != backgroundAt(view, kLavrovQuote.start));
        // Nobody's quote is grey: no hue to speak of.
        QVERIFY(backgroundAt(view, kOfficialQuote.start).hslSaturation() < 10);
        QVERIFY(backgroundAt(view, kTokayevQuote.start).hue() > 190 &&
                backgroundAt(view, kTokayevQuote.start).hue() < 220);

        // A figure inside a quote: bold, amber, on the quote's tint.
        const QTextCharFormat figure = paintedAt(view, kTradeFigure.start + 2);
        QCOMPARE(figure.fontWeight(), int(QFont::Bold));
        QCOMPARE(figure.background().color(), backgroundAt(view, kTokayevQuote.start));
        QCOMPARE(figure.foreground().color(),
                 formats.format(*markOf(marks, AnnotationKind::Figure, kTradeFigure)).foreground().color());

        // A claim: a fainter tint and a dashed underline in the speaker's colour.
        const QTextCharFormat claim = paintedAt(view, kLavrovClaim.start);
        QCOMPARE(claim.underlineStyle(), QTextCharFormat::DashUnderline);
        QCOMPARE(claim.underlineColor(), kLavrovColour);
        QVERIFY(claim.background().color().lightness() > backgroundAt(view, kLavrovQuote.start).lightness());

        // A mention: bold and underlined in the speaker's colour, over the helper's Speaker colour.
        const QTextCharFormat mention = paintedAt(view, kTokayevName.start + 3);
        QCOMPARE(mention.underlineStyle(), QTextCharFormat::SingleUnderline);
        QCOMPARE(mention.underlineColor(), kTokayevColour);
        QCOMPARE(mention.fontWeight(), int(QFont::Bold));
        QCOMPARE(mention.foreground().color(), helperSpeaker);
        // The helper's cue is still painted.
        QCOMPARE(foregroundAt(view, kSaid.start), QColor(0x8e, 0x44, 0xad));

        // marksAt: the smallest first.
        const QList<ui::AnnotationMark> atFigure = view.marksAt(kTradeFigure.start + 1);
        QCOMPARE(atFigure.size(), 2);
        QCOMPARE(atFigure.at(0).kind, AnnotationKind::Figure);
        QCOMPARE(atFigure.at(1).kind, AnnotationKind::Quote);
        QVERIFY(view.marksAt(kTokayevQuote.end).isEmpty());
        QCOMPARE(view.marksAt(kClosingQuote.start).size(), 1);

        // A new result from the helper keeps the marks (it may come after them).
        view.setHighlights(helperResult());
        QCOMPARE(backgroundAt(view, kLavrovQuote.start),
                 formats.format(*markOf(marks, AnnotationKind::Quote, kLavrovQuote)).background().color());
        QCOMPARE(foregroundAt(view, kSaid.start), QColor(0x8e, 0x44, 0xad));

        // A new document drops the marks: the helper's spans are painted as sent again.
        view.setDocument(m_document);
        QVERIFY(view.annotationMarks().isEmpty());
        view.setHighlights(helperResult());
        QCOMPARE(foregroundAt(view, kLavrovQuote.start), helperQuote);
        QVERIFY(!backgroundAt(view, kLavrovQuote.start).isValid());
    }

    // Deleting an annotation removes its mark; the helper's quote does not come back in its place.
    void aDeletedAnnotationDisappears()
    {
        auto view = viewWithMarks();
        const core::AnnotationId id = annotationAt(*m_project, m_source, AnnotationKind::Quote, kLavrovQuote);
        QVERIFY(backgroundAt(*view, kLavrovQuote.start).isValid());
        QVERIFY(m_project->removeAnnotation(id));
        view->setAnnotationMarks(ui::annotationMarks(*m_project, m_source));
        QVERIFY(!markOf(view->annotationMarks(), AnnotationKind::Quote, kLavrovQuote));
        QVERIFY(!backgroundAt(*view, kLavrovQuote.start).isValid());
        QVERIFY(!foregroundAt(*view, kLavrovQuote.start).isValid());
        QVERIFY(view->marksAt(kLavrovQuote.start + 1).isEmpty());
        // The others are untouched.
        QVERIFY(backgroundAt(*view, kTokayevQuote.start).isValid());

        m_project->undoStack()->undo();
        view->setAnnotationMarks(ui::annotationMarks(*m_project, m_source));
        QVERIFY(backgroundAt(*view, kLavrovQuote.start).isValid());
        QCOMPARE(view->marksAt(kLavrovQuote.start + 1).size(), 1);
    }

    // A changed speaker repaints the quote in the new speaker's colour.
    void aChangedSpeakerRepaintsTheQuote()
    {
        auto view = viewWithMarks();
        const QColor before = backgroundAt(*view, kClosingQuote.start);
        const core::AnnotationId id =
            annotationAt(*m_project, m_source, AnnotationKind::Quote, kClosingQuote);
        QVERIFY(m_project->setAnnotationSpeaker(id, kLavrov));
        view->setAnnotationMarks(ui::annotationMarks(*m_project, m_source));
        const QColor after = backgroundAt(*view, kClosingQuote.start);
        QVERIFY(after.isValid());
        QVERIFY(after != before);
        QCOMPARE(after, backgroundAt(*view, kLavrovQuote.start));
        m_project->undoStack()->undo();
        view->setAnnotationMarks(ui::annotationMarks(*m_project, m_source));
        QCOMPARE(backgroundAt(*view, kClosingQuote.start), before);
    }

    // Filtering by a speaker hides the others' quotes and claims, keeps figures and mentions, and
    // shows a bar whose button shows all again.
    void theSpeakerFilterShowsOnePersonsQuotes()
    {
        auto view = viewWithMarks();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        auto *bar = view->findChild<ui::SpeakerFilterBar *>();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        QSignalSpy changed(view.get(), &ui::DocumentView::speakerFilterChanged);

        view->setSpeakerFilter(kLavrov, u"Sergey Lavrov"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().at(0).toString(), kLavrov);
        QCOMPARE(view->speakerFilter(), kLavrov);
        QVERIFY(bar->isVisible());
        const auto *message = bar->findChild<QLabel *>(u"speakerFilterMessage"_s);
        QCOMPARE(message->text(), u"Showing only the quotes and claims of Sergey Lavrov"_s);

        QVERIFY(backgroundAt(*view, kLavrovQuote.start).isValid());
        QVERIFY(paintedAt(*view, kLavrovClaim.start).underlineStyle() == QTextCharFormat::DashUnderline);
        QVERIFY(!backgroundAt(*view, kTokayevQuote.start).isValid());
        QVERIFY(!backgroundAt(*view, kOfficialQuote.start).isValid());
        QVERIFY(!backgroundAt(*view, kClosingQuote.start).isValid());
        QVERIFY(paintedAt(*view, kTokayevClaim.start + 1).underlineStyle() == QTextCharFormat::NoUnderline);
        // Figures and mentions of everyone stay.
        QCOMPARE(paintedAt(*view, kTradeFigure.start).fontWeight(), int(QFont::Bold));
        QCOMPARE(paintedAt(*view, kTokayevName.start).underlineStyle(), QTextCharFormat::SingleUnderline);

        // The same filter again is no change.
        view->setSpeakerFilter(kLavrov, u"Sergey Lavrov"_s);
        QCOMPARE(changed.size(), 0);

        // The filter is about a person: it stays on the next document, marks do not.
        view->setDocument(m_document);
        QCOMPARE(view->speakerFilter(), kLavrov);
        QVERIFY(bar->isVisible());
        QVERIFY(view->annotationMarks().isEmpty());
        view->setAnnotationMarks(ui::annotationMarks(*m_project, m_source));
        QVERIFY(!backgroundAt(*view, kTokayevQuote.start).isValid());
        QVERIFY(backgroundAt(*view, kLavrovQuote.start).isValid());

        auto *showAll = bar->findChild<QPushButton *>(u"speakerFilterShowAll"_s);
        QCOMPARE(showAll->text(), u"Show All"_s);
        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().at(0).toString(), QString());
        QVERIFY(view->speakerFilter().isEmpty());
        QVERIFY(!bar->isVisible());
        QVERIFY(backgroundAt(*view, kTokayevQuote.start).isValid());
        QVERIFY(backgroundAt(*view, kOfficialQuote.start).isValid());
    }

    void theTooltipNamesTheAnnotationUnderTheMouse()
    {
        auto view = viewWithMarks();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QWidget *viewport = view->textView()->viewport();
        const auto tooltipAt = [&](qsizetype position) {
            QToolTip::hideText();
            const QPoint point = pointOf(*view, position) + QPoint(2, 0); // over the next character
            QHelpEvent help(QEvent::ToolTip, point, viewport->mapToGlobal(point));
            QCoreApplication::sendEvent(viewport, &help);
            return QToolTip::text();
        };
        QString tip = tooltipAt(kTradeFigure.start + 1);
        QVERIFY2(tip.contains(u"Figure · 43.5 billion USD"_s), qPrintable(tip));
        tip = tooltipAt(kLavrovQuote.start + 3);
        QVERIFY2(tip.contains(u"Quote · Sergey Lavrov · edited"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"&lt;b&gt;transcript"_s), qPrintable(tip)); // the note's "<b>" is text
        // A mention says what the helper's "Speaker" would.
        tip = tooltipAt(kLavrovName.start + 2);
        QVERIFY2(tip.contains(u"Speaker mention · Sergey Lavrov"_s) && !tip.contains(u"<br>"_s),
                 qPrintable(tip));
        // Outside marks the helper's category, as before.
        QCOMPARE(tooltipAt(kSaid.start + 1), u"Reporting verb"_s);
    }

    void selectRangeAndSelectedRangeRoundTrip()
    {
        auto view = viewWithMarks();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QPlainTextEdit *text = view->textView();
        const auto visible = [&](qsizetype position) {
            return text->viewport()->rect().contains(pointOf(*view, position));
        };
        QVERIFY(!visible(kClosingQuote.start));

        view->selectRange(kClosingQuote);
        QCOMPARE(view->selectedRange(), kClosingQuote);
        QCOMPARE(view->selectedText(), kText.sliced(kClosingQuote.start, kClosingQuote.length()));
        QVERIFY(visible(kClosingQuote.start));
        QVERIFY(visible(kClosingQuote.end));

        // Back up to the top: centred, so some text shows above it.
        view->selectRange(kLavrovQuote);
        QCOMPARE(view->selectedRange(), kLavrovQuote);
        QVERIFY(visible(kLavrovQuote.start));

        // A passage taller than the view shows its start.
        const TextRange tall{rangeOf(u"Paragraph 20 ").start, kClosingQuote.end};
        view->selectRange(tall);
        QCOMPARE(view->selectedRange(), tall);
        QVERIFY(visible(tall.start));

        // Clamped to the text; an empty range is the cursor.
        view->selectRange({-5, kText.size() + 100});
        QCOMPARE(view->selectedRange(), (TextRange{0, kText.size()}));
        view->selectRange({kSaid.start, kSaid.start});
        QCOMPARE(view->selectedRange(), (TextRange{kSaid.start, kSaid.start}));
        QVERIFY(view->selectedText().isEmpty());
    }

    // A right click gives listeners the menu and the document position before it shows.
    void theContextMenuIsOfferedToListeners()
    {
        auto view = viewWithMarks();
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QWidget *viewport = view->textView()->viewport();

        QPointer<QMenu> offered;
        qsizetype offeredAt = -1;
        bool triggered = false;
        QAction *ours = nullptr;
        connect(view.get(), &ui::DocumentView::contextMenuAboutToShow, this,
                [&](QMenu *menu, qsizetype position) {
                    offered = menu;
                    offeredAt = position;
                    ours = menu->addAction(u"Mark as Quote"_s);
                    connect(ours, &QAction::triggered, this, [&] { triggered = true; });
                });

        const QPoint point = pointOf(*view, kLavrovQuote.start + 4);
        QContextMenuEvent click(QContextMenuEvent::Mouse, point, viewport->mapToGlobal(point));
        QCoreApplication::sendEvent(viewport, &click);
        QVERIFY(offered);
        QCOMPARE(offeredAt, kLavrovQuote.start + 4);
        QCOMPARE(QApplication::activePopupWidget(), offered.data());
        QVERIFY(offered->isVisible());
        bool hasCopy = false;
        for (QAction *action : offered->actions())
            hasCopy = hasCopy || action->text().contains(u"Copy"_s);
        QVERIFY(hasCopy);
        QVERIFY(view->marksAt(offeredAt).size() == 1); // what a listener looks up next

        // Choosing our entry triggers it, then the menu goes away.
        QTest::mouseClick(offered.data(), Qt::LeftButton, {}, offered->actionGeometry(ours).center());
        QVERIFY(triggered);
        QTRY_VERIFY(!offered);

        // The menu key: the same path, at the text cursor.
        view->selectRange({kTokayevQuote.start + 6, kTokayevQuote.start + 6});
        const QPoint cursorPoint = view->textView()->cursorRect().center();
        QContextMenuEvent key(QContextMenuEvent::Keyboard, cursorPoint, viewport->mapToGlobal(cursorPoint));
        QCoreApplication::sendEvent(view->textView(), &key);
        QVERIFY(offered);
        QCOMPARE(offeredAt, kTokayevQuote.start + 6);
        offered->hide(); // closed without choosing: deleted as well
        QTRY_VERIFY(!offered);
    }

    // The viewer in each language, in a light and a dark palette, with the filter bar in one.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("filtered");
        QTest::newRow("english, light, all speakers") << u"en"_s << false << false;
        QTest::newRow("russian, light, filtered") << u"ru"_s << false << true;
        QTest::newRow("turkish, dark, all speakers") << u"tr"_s << true << false;
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFETCH(bool, filtered);
        QVERIFY(m_localization.setLanguage(language));
        auto view = viewWithMarks();
        if (dark) {
            QPalette palette = view->palette();
            palette.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
            palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
            palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
            palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
            view->setPalette(palette);
            // The tints follow the palette: dark ones on a dark base.
            QVERIFY(backgroundAt(*view, kTokayevQuote.start).lightness() < 110);
        }
        if (filtered)
            view->setSpeakerFilter(kLavrov, m_project->speakerName(kLavrov));
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QCoreApplication::processEvents();
        const QString path =
            QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/viewer-marks-%1.png").arg(language);
        QVERIFY2(view->grab().save(path), qPrintable(path));
    }
};

QTEST_MAIN(TestAnnotationMarks)
#include "tst_annotationmarks.moc"
