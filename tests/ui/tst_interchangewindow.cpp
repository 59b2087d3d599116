// Issue 11 as a user meets it in the window, in English, Russian and Turkish: File → Export offers
// the annotated PDF and the four formats for other programs, each writes its file; File → Import
// REFI-QDA Project makes a new project from a .qdpx and opens it, with a report; what another
// program's project held that Claimscope has no place for is shown in View → Project Notes.
// Screenshots: the Export menu, the report, and the notes (tests/screenshots/interchange-*.png).

#include "core/i18n/Localization.h"
#include "core/interchange/InterchangeFiles.h"
#include "core/interchange/RefiProjectWriter.h"
#include "core/project/Project.h"
#include "ui/InterchangeFlow.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace claimscope;
using namespace Qt::StringLiterals;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");

template<typename T> T *waitForChild(QWidget &window, const QString &name)
{
    for (int i = 0; i < 200; ++i) {
        if (T *child = window.findChild<T *>(name); child && child->isVisible())
            return child;
        QTest::qWait(25);
    }
    return nullptr;
}

// Another program's project: a Quote code with a speaker, a theme code, and a memo.
const QByteArray kOtherProject = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="Other QDA">
 <CodeBook><Codes>
  <Code guid="bbbbbbbb-0000-4000-8000-000000000010" name="Quote" isCodable="true">
   <Code guid="bbbbbbbb-0000-4000-8000-000000000011" name="Peskov" isCodable="true" color="#aa3300"/>
  </Code>
  <Code guid="bbbbbbbb-0000-4000-8000-000000000020" name="Energy" isCodable="true"/>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="bbbbbbbb-0000-4000-8000-000000000100" name="Briefing">
   <PlainTextContent>Peskov said: "We respect the decision." Oil exports rose.</PlainTextContent>
   <PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000101" startPosition="14" endPosition="38">
    <Coding guid="bbbbbbbb-0000-4000-8000-000000000102"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000011"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000103" startPosition="40" endPosition="57">
    <Coding guid="bbbbbbbb-0000-4000-8000-000000000104"><CodeRef targetGUID="bbbbbbbb-0000-4000-8000-000000000020"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
 <Notes><Note guid="bbbbbbbb-0000-4000-8000-000000000400" name="Memo"><PlainTextContent>Ask the press office.</PlainTextContent></Note></Notes>
 <NoteRef targetGUID="bbbbbbbb-0000-4000-8000-000000000400"/>
</Project>)";

} // namespace

class TestInterchangeWindow final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_interchangewindow"_s);
        QVERIFY(QDir().mkpath(kShots));
        QVERIFY(m_dir.isValid());
    }

    void exportAndImport_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "ru", "tr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void exportAndImport()
    {
        QFETCH(QString, language);
        QVERIFY(m_localization.setLanguage(language));
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.projects()->openSampleProject());
        const core::Project &sample = *window.projects()->project();
        const qsizetype sources = sample.sources().size();
        const qsizetype annotations = sample.annotationCount();

        // File → Export: the PDF first, then the four formats, all in the interface language.
        auto *menu = window.findChild<QMenu *>(u"exportMenu"_s);
        QVERIFY(menu);
        const QList<QAction *> entries = menu->actions();
        QCOMPARE(entries.first()->objectName(), u"actionExportPdf"_s);
        QStringList names;
        for (QAction *action : entries) {
            if (!action->isSeparator()) {
                QVERIFY(action->isEnabled());
                names.append(action->text().remove(u'&'));
            }
        }
        QCOMPARE(names.size(), 5);
        if (language == u"ru")
            QVERIFY2(names.filter(u"Таблица CSV"_s).size() == 1, qPrintable(names.join(u" | ")));
        if (language == u"tr")
            QVERIFY2(names.filter(u"CSV Tablosu"_s).size() == 1, qPrintable(names.join(u" | ")));
        menu->popup(window.mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QVERIFY(menu->grab().save(kShots + u"interchange-menu-%1.png"_s.arg(language)));
        menu->hide();

        ui::InterchangeFlow *flow = window.interchange();
        for (core::ExportFormat format : {core::ExportFormat::Qdpx, core::ExportFormat::Qdc,
                                          core::ExportFormat::Csv, core::ExportFormat::Json}) {
            const QString path = m_dir.filePath(u"sample-%1.%2"_s.arg(language, core::exportSuffix(format)));
            QVERIFY(flow->exportTo(format, path));
            QVERIFY(QFileInfo(path).size() > 1000);
            QVERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
        }
        // A refused write says why and leaves no file.
        const QString nowhere = m_dir.filePath(u"no-such-folder/x.csv"_s);
        QVERIFY(!flow->exportTo(core::ExportFormat::Csv, nowhere));
        QVERIFY(!QFile::exists(nowhere));
        auto *warning = waitForChild<QMessageBox>(window, u"interchangeMessage"_s);
        QVERIFY(warning);
        warning->close();

        // The .qdpx back in as a new project: the same sources and annotations, and a report.
        const QString copy = m_dir.filePath(u"reimported-%1.claimscope"_s.arg(language));
        // The open project is never replaced by a new one.
        const QString sampleFile = window.projects()->filePath();
        QVERIFY(!flow->makeRoomFor(sampleFile));
        QVERIFY(QFile::exists(sampleFile));
        warning = waitForChild<QMessageBox>(window, u"interchangeMessage"_s);
        QVERIFY(warning);
        QVERIFY(warning->text().contains(QFileInfo(sampleFile).fileName()));
        warning->close();
        QVERIFY(flow->importTo(m_dir.filePath(u"sample-%1.qdpx"_s.arg(language)), copy));
        QCOMPARE(window.projects()->filePath(), copy);
        QCOMPARE(window.projects()->project()->sources().size(), sources);
        QCOMPARE(window.projects()->project()->annotationCount(), annotations);
        auto *report = waitForChild<QMessageBox>(window, u"qdpxImportReport"_s);
        QVERIFY(report);
        QVERIFY(report->text().contains(QLocale().toString(int(sources))) ||
                report->text().contains(QString::number(sources)));
        report->close();

        // Another program's project: its theme code and memo are kept as notes, and shown.
        const QString other = m_dir.filePath(u"other-%1.qdpx"_s.arg(language));
        QVERIFY(!core::writeRefiPackage(core::RefiPackage{kOtherProject, {}}, other));
        QVERIFY(flow->importTo(other, m_dir.filePath(u"other-%1.claimscope"_s.arg(language))));
        QCOMPARE(window.projects()->project()->annotationCount(), 1);
        report = waitForChild<QMessageBox>(window, u"qdpxImportReport"_s);
        QVERIFY(report);
        QVERIFY(report->detailedText().contains(u"Oil exports rose."_s));
        QVERIFY(report->detailedText().contains(u"Ask the press office."_s));
        QVERIFY(report->grab().save(kShots + u"interchange-report-%1.png"_s.arg(language)));
        report->close();
        flow->notesAction()->trigger();
        auto *notes = waitForChild<QPlainTextEdit>(window, u"projectNotesText"_s);
        QVERIFY(notes);
        QVERIFY(notes->toPlainText().contains(u"“Energy”"_s));
        QWidget *dialog = notes->window();
        QVERIFY(dialog->grab().save(kShots + u"interchange-notes-%1.png"_s.arg(language)));
        dialog->close();
        QVERIFY(window.grab().save(kShots + u"interchange-window-%1.png"_s.arg(language)));
    }
};

QTEST_MAIN(TestInterchangeWindow)
#include "tst_interchangewindow.moc"
