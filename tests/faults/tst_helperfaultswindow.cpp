// The highlighting helper failing while the window works: during an import of several files (the
// analysis runs on worker threads, one helper each), during "Analyse All Sources Again", and while
// the viewer highlights the source it shows. fault_highlighter stands in for the helper and fails
// on the chosen try of one marked document, so the fault comes in the middle of the batch.
//
// After each fault: the window is still there and still works; every source is in the project and
// on disk, the ones the fault did not touch exactly as an import without faults makes them, the
// touched one either the same (the client asked a new helper again) or imported without
// annotations with the user told which file and why; the next analysis, and the viewer's next
// highlighting, work again. Records lost are counted and must be none.

#include "FaultRecords.h"
#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "core/project/SourceListModel.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace claimscope;
using namespace Qt::StringLiterals;

namespace {

// An import of five short texts takes about a second, five under AddressSanitizer; a hang of the
// helper costs the client's own timeout (3 s). Two minutes means the window itself hangs.
constexpr int kImportTimeoutMs = 120'000;
constexpr int kSources = 5;
constexpr int kMarked = 3; // the document the faults are aimed at: the middle of the batch

// The reasons the client gives (HighlighterClient.cpp), by kind of fault.
QString reasonFor(const QString &kind)
{
    if (kind == u"crash"_s || kind == u"cut"_s)
        return u"the highlighting helper crashed"_s;
    if (kind == u"exit"_s)
        return u"the highlighting helper stopped (exit code 3)"_s;
    if (kind == u"garbage"_s)
        return u"the highlighting helper wrote something that is not a reply"_s;
    if (kind == u"hang"_s)
        return u"the highlighting helper did not answer within"_s;
    return u"the highlighting helper sent an invalid reply"_s;
}

QString marker(int document)
{
    return u"faultmark%1x"_s.arg(document);
}

// The visible warning boxes of `window` whose text or details contain `needle`.
QList<QMessageBox *> warningsAbout(QWidget *window, const QString &needle)
{
    QList<QMessageBox *> found;
    for (QMessageBox *box : window->findChildren<QMessageBox *>()) {
        if (box->isVisible() && QString(box->text() + box->informativeText()).contains(needle))
            found.append(box);
    }
    return found;
}

void closeWarnings(QWidget *window)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>())
        box->close();
    QCoreApplication::processEvents();
}

} // namespace

class TestHelperFaultsWindow final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    QTemporaryDir m_dir;
    QStringList m_files;
    QString m_referenceProject;
    faults::RecordsBySource m_reference;
    int m_run = 0;
    QMap<QString, int> m_injected; // by kind
    int m_lost = 0;

    // Chooses the fault for every helper started from now on; returns the folder of its count and log.
    QString aimFault(const QString &kind, const QString &at, const QString &only)
    {
        const QString state = m_dir.filePath(u"state-%1"_s.arg(++m_run));
        QDir().mkpath(state);
        qputenv("CLAIMSCOPE_FAULT_KIND", kind.toUtf8());
        qputenv("CLAIMSCOPE_FAULT_AT", at.toUtf8());
        qputenv("CLAIMSCOPE_FAULT_ONLY", only.toUtf8());
        qputenv("CLAIMSCOPE_FAULT_STATE", QFile::encodeName(state));
        return state;
    }

    int faultsLogged(const QString &state, const QString &kind)
    {
        QFile log(state + u"/log"_s);
        if (!log.open(QIODevice::ReadOnly))
            return 0;
        const int count = int(log.readAll().count('\n'));
        m_injected[kind] += count;
        return count;
    }

    QString newProjectPath(const QString &name)
    {
        const QString path = m_dir.filePath(name + u".claimscope"_s);
        QFile::remove(path);
        return path;
    }

    static bool importInto(ui::MainWindow &window, const QStringList &files)
    {
        QSignalSpy finished(window.projects(), &ui::ProjectController::importFinished);
        window.projects()->importSources(files);
        return finished.wait(kImportTimeoutMs);
    }

    static bool reanalyse(ui::MainWindow &window)
    {
        QSignalSpy finished(window.projects(), &ui::ProjectController::reanalysisFinished);
        window.projects()->reanalyseSources();
        return finished.wait(kImportTimeoutMs);
    }

    // Compares every source with the reference, but `spared` (the marked one, when its analysis
    // failed) only by its text, and counts what was lost.
    void compareWithReference(const faults::RecordsBySource &actual, const QString &context,
                              const QByteArray &spared = {})
    {
        QCOMPARE(actual.size(), m_reference.size());
        for (auto it = m_reference.cbegin(); it != m_reference.cend(); ++it) {
            const faults::SourceRecords found = actual.value(it.key());
            if (it.key() == spared) {
                QCOMPARE(found.text, it->text);
                continue;
            }
            m_lost += faults::recordsLost(*it, found);
            const QString difference = faults::differenceOf(*it, found);
            QVERIFY2(difference.isEmpty(), qPrintable(context + u": "_s + difference));
        }
    }

    QByteArray markedChecksum() const
    {
        for (auto it = m_reference.cbegin(); it != m_reference.cend(); ++it) {
            if (it->text.contains(marker(kMarked)))
                return it.key();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_helperfaultswindow"_s);
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(QStringLiteral(CLAIMSCOPE_FAULT_HELPER)).isExecutable());
        // Every helper the app starts from here on is the faulty one (it reads this when it starts).
        qputenv("CLAIMSCOPE_HIGHLIGHTER", CLAIMSCOPE_FAULT_HELPER);

        // Five of the sample's texts, each with a marker a fault can be aimed at.
        QDir sample(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR));
        const QStringList names = sample.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= kSources);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"sources"_s)));
        for (int i = 0; i < kSources; ++i) {
            QFile original(sample.filePath(names.at(i)));
            QVERIFY(original.open(QIODevice::ReadOnly));
            const QString path = m_dir.filePath(u"sources/"_s + names.at(i));
            QFile copy(path);
            QVERIFY(copy.open(QIODevice::WriteOnly));
            copy.write(original.readAll().trimmed() + "\n\nFault marker " + marker(i + 1).toUtf8() + ".\n");
            m_files.append(path);
        }

        // The reference: the same import with the faulty helper told to make no fault.
        aimFault(u"none"_s, {}, {});
        m_referenceProject = newProjectPath(u"reference"_s);
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(window.projects()->newProject(m_referenceProject));
            QVERIFY(importInto(window, m_files));
            QCOMPARE(window.project()->sources().size(), kSources);
            m_reference = faults::recordsBySource(window.project()->contents());
        }
        for (const faults::SourceRecords &source : std::as_const(m_reference)) {
            QVERIFY(source.analysed);
            QVERIFY(source.records.size() > 3);
        }
        QVERIFY(!markedChecksum().isEmpty());
    }

    void init() { QSettings().clear(); }

    void cleanupTestCase()
    {
        QStringList kinds;
        int total = 0;
        for (auto it = m_injected.cbegin(); it != m_injected.cend(); ++it) {
            kinds.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
            total += it.value();
        }
        qInfo("tst_helperfaultswindow: faults injected: %d (%s); records lost: %d", total,
              qPrintable(kinds.join(u", "_s)), m_lost);
        QCOMPARE(m_lost, 0);
    }

    void importThenReanalyse_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("recovered");
        QTest::newRow("helper crashes once: asked again") << u"crash"_s << u"1"_s << true;
        QTest::newRow("helper dies halfway through a reply: asked again") << u"cut"_s << u"1"_s << true;
        QTest::newRow("helper writes garbage once: asked again") << u"garbage"_s << u"1"_s << true;
        QTest::newRow("helper exits on both tries") << u"exit"_s << u"1,2"_s << false;
        QTest::newRow("helper replies with spans outside the text") << u"badspans"_s << u"1"_s << false;
        QTest::newRow("helper hangs") << u"hang"_s << u"1"_s << false;
    }

    // The fault during an import of five files, then the same fault during "Analyse All Sources
    // Again" of the imported project, then that analysis once more without faults.
    void importThenReanalyse()
    {
        QFETCH(QString, kind);
        QFETCH(QString, at);
        QFETCH(bool, recovered);
        const QByteArray marked = markedChecksum();
        const QString fileName = QFileInfo(m_files.at(kMarked - 1)).fileName();
        const QString path = newProjectPath(u"import-%1"_s.arg(m_run + 1));

        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->newProject(path));

        // 1. The import.
        QString state = aimFault(kind, at, marker(kMarked));
        QVERIFY(importInto(window, m_files));
        QCOMPARE(faultsLogged(state, kind), int(at.split(u',').size()));
        auto imported = faults::recordsBySource(window.project()->contents());
        if (recovered) {
            compareWithReference(imported, u"import"_s);
            QVERIFY(warningsAbout(&window, fileName).isEmpty());
        } else {
            compareWithReference(imported, u"import"_s, marked);
            // Imported, readable, without annotations; and the user is told which file and why.
            QVERIFY(!imported.value(marked).analysed);
            QVERIFY(imported.value(marked).records.isEmpty());
            QVERIFY2(!warningsAbout(&window, fileName).isEmpty(), "the failed analysis was not reported");
            QVERIFY(!warningsAbout(&window, reasonFor(kind)).isEmpty());
        }
        // What the window shows is what the file holds.
        auto onDisk = faults::loadProjectFile(path);
        QVERIFY2(std::holds_alternative<core::ProjectContents>(onDisk),
                 qPrintable(faults::loadProblem(onDisk)));
        QVERIFY(faults::recordsBySource(std::get<core::ProjectContents>(onDisk)) == imported);
        closeWarnings(&window);

        // 2. Re-analysis with the fault again (a source analysed before must keep its annotations
        // when its new analysis fails).
        if (!imported.value(marked).analysed) {
            aimFault(u"none"_s, {}, {});
            QVERIFY(reanalyse(window));
        }
        state = aimFault(kind, at, marker(kMarked));
        QVERIFY(reanalyse(window));
        QCOMPARE(faultsLogged(state, kind), int(at.split(u',').size()));
        compareWithReference(faults::recordsBySource(window.project()->contents()), u"re-analysis"_s);
        if (!recovered)
            QVERIFY2(!warningsAbout(&window, fileName).isEmpty(), "the failed re-analysis was not reported");
        closeWarnings(&window);

        // 3. Without the fault, everything works again, in the file too.
        aimFault(u"none"_s, {}, {});
        QVERIFY(reanalyse(window));
        compareWithReference(faults::recordsBySource(window.project()->contents()), u"after"_s);
        QVERIFY(warningsAbout(&window, fileName).isEmpty());
        onDisk = faults::loadProjectFile(path);
        QVERIFY(std::holds_alternative<core::ProjectContents>(onDisk));
        compareWithReference(faults::recordsBySource(std::get<core::ProjectContents>(onDisk)), u"file"_s);
    }

    void viewerHighlighting_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("at");
        QTest::newRow("helper crashes on both tries") << u"crash"_s << u"1,2"_s;
        QTest::newRow("helper writes garbage on both tries") << u"garbage"_s << u"1,2"_s;
        QTest::newRow("helper replies with spans outside the text") << u"badspans"_s << u"1"_s;
        QTest::newRow("helper hangs") << u"hang"_s << u"1"_s;
    }

    // The viewer asks for the spans of the source it shows: the fault leaves the text plain with
    // the reason in the status bar, and the next source, and the same one again, are highlighted.
    void viewerHighlighting()
    {
        QFETCH(QString, kind);
        QFETCH(QString, at);
        const QString path = newProjectPath(u"viewer-%1"_s.arg(m_run + 1));
        QVERIFY(QFile::copy(m_referenceProject, path));
        const QString state = aimFault(kind, at, marker(kMarked));

        ui::MainWindow window;
        window.show();
        QSignalSpy highlighted(&window, &ui::MainWindow::highlightingFinished);
        QVERIFY(window.projects()->openProject(path));
        QVERIFY(highlighted.wait(kImportTimeoutMs)); // the first source, unmarked
        QCOMPARE(highlighted.takeFirst().at(0).toBool(), true);
        auto *label = window.findChild<QLabel *>(u"highlightStatusLabel"_s);
        QVERIFY(label);

        int markedRow = -1;
        for (int row = 0; row < window.sources()->rowCount(); ++row) {
            if (window.sources()->document(row).text.contains(marker(kMarked)))
                markedRow = row;
        }
        QVERIFY(markedRow > 0);
        window.selectSource(markedRow);
        QVERIFY(highlighted.wait(kImportTimeoutMs));
        QCOMPARE(highlighted.takeFirst().at(0).toBool(), false);
        QCOMPARE(faultsLogged(state, kind), int(at.split(u',').size()));
        QVERIFY2(label->text().contains(reasonFor(kind)), qPrintable(label->text()));
        QCOMPARE(window.documentView()->textView()->toPlainText(),
                 window.sources()->document(markedRow).text);

        window.selectSource(0);
        QVERIFY(highlighted.wait(kImportTimeoutMs));
        QCOMPARE(highlighted.takeFirst().at(0).toBool(), true);
        QVERIFY(label->text().isEmpty());
        window.selectSource(markedRow);
        QVERIFY(highlighted.wait(kImportTimeoutMs));
        QCOMPARE(highlighted.takeFirst().at(0).toBool(), true);

        // Looking changed nothing in the project.
        auto onDisk = faults::loadProjectFile(path);
        QVERIFY(std::holds_alternative<core::ProjectContents>(onDisk));
        compareWithReference(faults::recordsBySource(std::get<core::ProjectContents>(onDisk)), u"viewer"_s);
    }

    void theWarningReadsInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"en"_s << u"could not be analysed and was imported without annotations"_s;
        QTest::newRow("ru") << u"ru"_s << u"импортирован без пометок: анализ не удался"_s;
        QTest::newRow("tr") << u"tr"_s << u"analiz edilemedi ve işaretlemesiz içe aktarıldı"_s;
    }

    // What the person reads when the helper fails on one file of an import, in each language
    // (tests/screenshots/helper-fault-<language>.png).
    void theWarningReadsInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QVERIFY(m_localization.setLanguage(language));
        const QString fileName = QFileInfo(m_files.at(kMarked - 1)).fileName();
        {
            ui::MainWindow window;
            window.show();
            QVERIFY(window.projects()->newProject(newProjectPath(u"warning-%1"_s.arg(language))));
            aimFault(u"exit"_s, u"1,2"_s, marker(kMarked));
            QVERIFY(importInto(window, m_files));
            const QList<QMessageBox *> boxes = warningsAbout(&window, fileName);
            QCOMPARE(boxes.size(), 1);
            const QString text = boxes.front()->text() + boxes.front()->informativeText();
            QVERIFY2(text.contains(expected), qPrintable(text));
            const QString shots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots");
            QVERIFY(QDir().mkpath(shots));
            QVERIFY(boxes.front()->grab().save(shots + u"/helper-fault-"_s + language + u".png"_s));
            closeWarnings(&window);
        }
        QVERIFY(m_localization.setLanguage(u"en"_s));
    }
};

QTEST_MAIN(TestHelperFaultsWindow)
#include "tst_helperfaultswindow.moc"
