#include "core/document/TextSearch.h"
#include "core/i18n/Localization.h"
#include "core/project/SampleProject.h"
#include "core/project/SourceListModel.h"
#include "core/project/SourceManifest.h"
#include "ui/AppActions.h"
#include "ui/DocumentView.h"
#include "ui/FindBar.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace claimscope;

class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;

    static QString labelText(const ui::MainWindow &window, const char *name)
    {
        const auto *label = window.findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : QString();
    }

    // The viewer's text as stored, no-break spaces included (toPlainText() turns them into spaces).
    static QString viewerText(const ui::MainWindow &window)
    {
        return window.documentView()->textView()->document()->toRawText().replace(QChar::ParagraphSeparator,
                                                                                  u'\n');
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ClaimscopeTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_localization.setLanguage(QStringLiteral("en")));
        QVERIFY(QDir().mkpath(QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots")));
    }

    void init()
    {
        QSettings().clear();
        // Every test starts as a first start: the sample is made afresh in the data folder.
        QFile::remove(core::userSampleProjectPath());
    }

    void opensTheSampleAndShowsEverySource()
    {
        ui::MainWindow window;
        window.show();
        window.openSampleProject();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const core::SourceSet sample = core::loadSourceManifest(core::sampleManifestPath());
        QVERIFY(sample.documents.size() >= 6);
        QCOMPARE(window.sourceList()->model()->rowCount(), sample.documents.size());
        QVERIFY(window.windowTitle().contains(sample.name));

        // Each document, chosen in the list, is what the viewer shows, with its statistics.
        for (int row = 0; row < sample.documents.size(); ++row) {
            const QModelIndex index = window.sourceList()->model()->index(row, 0);
            window.sourceList()->setCurrentIndex(index);
            const int sourceRow = window.currentSourceRow();
            const core::Document &document = window.sources()->document(sourceRow);
            QCOMPARE(index.data().toString(), document.metadata.title);
            QCOMPARE(viewerText(window), document.text);
            QVERIFY2(labelText(window, "charactersLabel").endsWith(QStringLiteral("characters")),
                     qPrintable(labelText(window, "charactersLabel")));
            QVERIFY(labelText(window, "wordsLabel").endsWith(QStringLiteral("words")));
            QVERIFY(!labelText(window, "languageLabel").isEmpty());
        }

        window.sourceList()->setCurrentIndex(window.sourceList()->model()->index(0, 0));
        QTest::qWait(50);
        const QString shots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots");
        QVERIFY(window.grab().save(shots + QStringLiteral("/mainwindow-en.png")));
    }

    void findStepsThroughEveryMatch()
    {
        ui::MainWindow window;
        window.show();
        window.openSampleProject();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString text = viewerText(window);
        const QString query = QStringLiteral("brics");
        const QList<qsizetype> expected = core::findAll(text, query, Qt::CaseInsensitive);
        QVERIFY2(expected.size() >= 3, "the first sample should mention BRICS a few times");

        window.actions()->find->trigger();
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("findQuery"));
        QVERIFY(field && field->isVisible());
        QTest::keyClicks(field, query);

        QPlainTextEdit *view = window.documentView()->textView();
        QCOMPARE(view->textCursor().selectionStart(), expected.at(0));
        QCOMPARE(view->textCursor().selectedText().toLower(), query);
        for (int i = 1; i < expected.size(); ++i) {
            QTest::keyClick(field, Qt::Key_Return);
            QCOMPARE(view->textCursor().selectionStart(), expected.at(i));
        }
        QTest::keyClick(field, Qt::Key_Return); // wraps around
        QCOMPARE(view->textCursor().selectionStart(), expected.at(0));
        window.actions()->findPrevious->trigger();
        QCOMPARE(view->textCursor().selectionStart(), expected.last());

        QTest::keyClicks(field, QStringLiteral("zzzqqq"));
        QVERIFY(window.findChild<ui::FindBar *>()->findChildren<QLabel *>().first()->text().contains(
            QStringLiteral("No matches")));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!field->isVisible());
    }

    void zoomsAndResets()
    {
        ui::MainWindow window;
        window.openSampleProject();
        QPlainTextEdit *view = window.documentView()->textView();
        const qreal base = view->font().pointSizeF();
        window.actions()->zoomIn->trigger();
        window.actions()->zoomIn->trigger();
        QVERIFY(view->font().pointSizeF() > base);
        window.actions()->zoomOut->trigger();
        window.actions()->zoomOut->trigger();
        window.actions()->zoomOut->trigger();
        QVERIFY(view->font().pointSizeF() < base);
        window.actions()->zoomReset->trigger();
        QCOMPARE(view->font().pointSizeF(), base);
    }

    void badFilesAreNamedAndTheGoodOneOpens()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.txt"));
        const QString binary = dir.filePath(QStringLiteral("data.txt"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write("Uali said Kazakhstan would not apply in the foreseeable future.\n");
        goodFile.close();
        QFile binaryFile(binary);
        QVERIFY(binaryFile.open(QIODevice::WriteOnly));
        binaryFile.write(QByteArray("\0\1\2\3\4binary\0", 12));
        binaryFile.close();
        const QString missing = dir.filePath(QStringLiteral("missing.md"));

        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy imported(window.projects(), &ui::ProjectController::importFinished);
        // With no project open yet, the files go into the one a start would open: the sample.
        window.openFiles({binary, good, missing});
        QVERIFY(imported.wait(60000));

        const int sampleSources =
            static_cast<int>(core::loadSourceManifest(core::sampleManifestPath()).documents.size());
        QCOMPARE(window.sources()->rowCount(), sampleSources + 1);
        QCOMPARE(viewerText(window),
                 QStringLiteral("Uali said Kazakhstan would not apply in the foreseeable future.\n"));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("importErrors"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("2 files")));
        QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(binary)));
        QVERIFY(box->informativeText().contains(QStringLiteral("binary")));
        QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(missing)));
        QVERIFY(box->informativeText().contains(QStringLiteral("does not exist")));
        QVERIFY(
            box->grab().save(QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/import-errors-en.png")));
        // The window stays usable: the message does not block, and the same file again is skipped.
        box->close();
        window.openFiles({good});
        QVERIFY(imported.wait(60000));
        QCOMPARE(window.sources()->rowCount(), sampleSources + 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("already in the project")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void aboutNamesTheVersionAndTheLibraries()
    {
        ui::MainWindow window;
        window.show();
        window.actions()->about->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("Claimscope " CLAIMSCOPE_VERSION)));
        for (const char *library : {"Qt", "libxml2", "cmark", "uchardet", "GNU General Public License"})
            QVERIFY2(box->text().contains(QLatin1StringView(library)), library);
        QVERIFY(box->grab().save(QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/about-en.png")));
        box->close();
    }

    void remembersGeometryAndDocks()
    {
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.findChild<QDockWidget *>(QStringLiteral("sourcesDock"))->hide();
            window.close();
        }
        ui::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 640));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("sourcesDock"))->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
