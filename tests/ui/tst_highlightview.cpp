#include "core/highlight/HighlightService.h"
#include "core/i18n/Localization.h"
#include "core/project/SourceListModel.h"
#include "ui/DocumentView.h"
#include "ui/HighlightLegend.h"
#include "ui/MainWindow.h"
#include "ui/SpanHighlighter.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

using namespace claimscope;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");

// The colour the viewer actually paints at a document position (what the user sees).
QColor paintedColorAt(QPlainTextEdit *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

bool waitForHighlights(ui::MainWindow &window)
{
    QSignalSpy finished(&window, &ui::MainWindow::highlightingFinished);
    return finished.wait(20000) && finished.first().at(0).toBool();
}

} // namespace

class TestHighlightView final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClaimscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_highlightview"));
        QSettings().clear();
        QVERIFY(m_localization.setLanguage(QStringLiteral("en")));
        QVERIFY(QDir().mkpath(kShots));
    }

    // Every sample document, in each of its languages, opens with its speakers, quotes and figures
    // painted in the colours the helper sent.
    void everySampleDocumentOpensHighlighted()
    {
        ui::MainWindow window(&m_localization);
        window.resize(1100, 720);
        window.show();
        window.openSampleProject();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitForHighlights(window));

        QSet<QString> seenAnywhere;
        for (int row = 0; row < window.sources()->rowCount(); ++row) {
            if (row > 0) {
                window.sourceList()->setCurrentIndex(window.sourceList()->model()->index(row, 0));
                QVERIFY2(waitForHighlights(window), qPrintable(QString::number(row)));
            }
            ui::SpanHighlighter *highlighter = window.documentView()->highlighter();
            const core::HighlightResult &result = highlighter->result();
            QSet<QString> seen;
            for (const core::HighlightSpan &span : result.spans) {
                const core::HighlightFormat &format = result.formats.at(span.format);
                seen.insert(format.name);
                // Quotes and figures are painted from the project's annotations, which the user
                // corrects (tst_annotationmarks checks them); the helper's own spans of those kinds
                // are not painted then, so that a deleted annotation disappears.
                QVERIFY(!window.documentView()->annotationMarks().isEmpty());
                if (format.name == u"Quote" || format.name == u"Figure")
                    continue;
                // Painted exactly as sent: the viewer's colour at the span is the format's colour.
                QCOMPARE(paintedColorAt(window.documentView()->textView(), static_cast<int>(span.offset)),
                         format.color);
                QCOMPARE(highlighter->formatNameAt(span.offset + span.length - 1), format.name);
            }
            seenAnywhere.unite(seen);
            // One sample cites no figure; every one has speakers, quotes and reporting verbs.
            for (const char *category : {"Speaker", "Quote", "Cue"})
                QVERIFY2(seen.contains(QLatin1StringView(category)),
                         qPrintable(window.sources()->document(window.currentSourceRow()).metadata.filePath +
                                    u' ' + QLatin1StringView(category)));
            QVERIFY(window.documentView()->legend()->isVisible());
            const QString language = window.sources()->document(window.currentSourceRow()).metadata.language;
            QVERIFY(
                window.grab().save(kShots + QStringLiteral("highlighted-%1-%2.png").arg(language).arg(row)));
        }
        QVERIFY(seenAnywhere.contains(QStringLiteral("Figure")));
    }

    void theTooltipNamesTheCategoryUnderTheMouse()
    {
        ui::MainWindow window(&m_localization);
        window.show();
        window.openSampleProject();
        QVERIFY(waitForHighlights(window));
        const core::HighlightResult &result = window.documentView()->highlighter()->result();
        const auto speaker =
            std::find_if(result.spans.cbegin(), result.spans.cend(), [&](const core::HighlightSpan &s) {
                return result.formats.at(s.format).name == u"Speaker";
            });
        QVERIFY(speaker != result.spans.cend());
        QCOMPARE(window.documentView()->highlighter()->formatNameAt(speaker->offset),
                 QStringLiteral("Speaker"));
        QCOMPARE(ui::HighlightLegend::displayName(QStringLiteral("Speaker")), QStringLiteral("Speaker"));
        QCOMPARE(ui::HighlightLegend::displayName(QStringLiteral("Cue")), QStringLiteral("Reporting verb"));
    }

    // A dark window gets a dark theme: light text colours that read on a dark background.
    void aDarkPaletteGetsADarkTheme()
    {
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x32));
        dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
        QApplication::setPalette(dark);
        {
            ui::MainWindow window(&m_localization);
            window.resize(1100, 720);
            window.show();
            window.openSampleProject();
            QVERIFY(waitForHighlights(window));
            const core::HighlightResult &result = window.documentView()->highlighter()->result();
            QCOMPARE(result.theme, QStringLiteral("Breeze Dark"));
            for (const core::HighlightFormat &format : result.formats) {
                if (format.name == u"Speaker" || format.name == u"Quote")
                    QVERIFY2(format.color.lightness() > 110,
                             qPrintable(format.name + u' ' + format.color.name()));
            }
            QVERIFY(window.grab().save(kShots + QStringLiteral("highlighted-dark.png")));
        }
        QApplication::setPalette(original);
    }

    // Without a helper the text is still there, plain, and the status bar says why.
    void aMissingHelperLeavesPlainTextAndSaysWhy()
    {
        qputenv("CLAIMSCOPE_HIGHLIGHTER", "/nonexistent/claimscope-highlighter");
        ui::MainWindow window(&m_localization);
        qunsetenv("CLAIMSCOPE_HIGHLIGHTER");
        window.show();
        window.openSampleProject();
        QSignalSpy finished(&window, &ui::MainWindow::highlightingFinished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(window.documentView()->highlighter()->result().spans.isEmpty());
        QCOMPARE(window.documentView()->textView()->document()->toRawText().size(),
                 window.sources()->document(0).text.size() +
                     (window.sources()->document(0).text.endsWith(u'\n') ? 0 : 1));
        const auto *status = window.findChild<QLabel *>(QStringLiteral("highlightStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("Highlighting is unavailable")),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("/nonexistent/claimscope-highlighter")));
        QVERIFY(window.grab().save(kShots + QStringLiteral("highlighting-unavailable.png")));
    }
};

QTEST_MAIN(TestHighlightView)
#include "tst_highlightview.moc"
