// Issue 10 as a user meets it in the window: a PDF report, a Word file and an ODT imported in one go
// are shown highlighted, and the annotated PDF shows the PDF on its own pages with the highlights on
// its words; an encrypted PDF asks for its password (again when it was wrong) and is imported once
// it is given, while Cancel imports nothing and says nothing. Screenshots in English, Russian and
// Turkish: the window on each format, and the password question.

#include "core/document/DocumentImporter.h"
#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "core/project/SourceListModel.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/PdfPasswordPrompt.h"
#include "ui/ProjectController.h"
#include "ui/pdf/AnnotatedPdfExport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <poppler-qt6.h>

using namespace claimscope;
using namespace Qt::StringLiterals;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");
const QString kPdfFixtures = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/pdf-fixtures/");
const QString kOfficeFixtures = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/office-fixtures/");
// The fixtures' user password (tests/core/document/pdf/PdfFixtureTexts.h).
const QString kPassword = u"user-пароль"_s;

bool waitForImport(ui::MainWindow &window)
{
    QSignalSpy finished(window.projects(), &ui::ProjectController::importFinished);
    return finished.wait(120000);
}

// The password question the window shows, once it is there.
ui::PdfPasswordPrompt *waitForPrompt(ui::MainWindow &window)
{
    ui::PdfPasswordPrompt *prompt = nullptr;
    for (int i = 0; i < 600 && !prompt; ++i) {
        prompt = window.findChild<ui::PdfPasswordPrompt *>(u"pdfPasswordPrompt"_s);
        if (!prompt || !prompt->isVisible()) {
            prompt = nullptr;
            QTest::qWait(50);
        }
    }
    return prompt;
}

// A value of tests/data/formats/NAME.json, the article a fixture renders: the text the importers
// must read from it, its declared language.
QString articleValue(const QString &name, const QString &key)
{
    QFile file(QStringLiteral(CLAIMSCOPE_TEST_DATA_DIR "/formats/") + name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"(cannot read %1)"_s.arg(file.fileName());
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toString();
}

int highlightsOn(const Poppler::Page &page)
{
    int count = 0;
    for (const auto &annotation : page.annotations()) {
        if (annotation->subType() == Poppler::Annotation::AHighlight)
            ++count;
    }
    return count;
}

} // namespace

class TestFormatsWindow final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    QTemporaryDir m_dir;

    // A window on a new, empty project.
    std::unique_ptr<ui::MainWindow> newWindow(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        auto window = std::make_unique<ui::MainWindow>();
        window->resize(1280, 800);
        window->show();
        if (!window->projects()->newProject(path))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_formatswindow"_s);
        QVERIFY(QDir().mkpath(kShots));
        QVERIFY(m_dir.isValid());
        const QStringList fixtures{kPdfFixtures + u"article.pdf"_s, kPdfFixtures + u"encrypted.pdf"_s,
                                   kOfficeFixtures + u"briefing-ru.docx"_s,
                                   kOfficeFixtures + u"column-tr.odt"_s};
        for (const QString &fixture : fixtures)
            QVERIFY2(QFileInfo::exists(fixture),
                     qPrintable(fixture + u" (built by pdf_fixtures/office_fixtures)"_s));
    }

    void init() { QSettings().clear(); }

    void aPdfAWordFileAndAnOdtInOneGo_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("tr") << u"tr"_s;
    }

    void aPdfAWordFileAndAnOdtInOneGo()
    {
        QFETCH(QString, language);
        QVERIFY(m_localization.setLanguage(language));
        auto window = newWindow(u"formats-%1.claimscope"_s.arg(language));
        QVERIFY(window);
        // Three texts (English, Russian, Turkish): the same text thrice would be skipped as duplicates.
        window->openFiles({kPdfFixtures + u"article.pdf"_s, kOfficeFixtures + u"briefing-ru.docx"_s,
                           kOfficeFixtures + u"column-tr.odt"_s});
        QVERIFY(waitForImport(*window));
        QVERIFY(!window->findChild<QMessageBox *>(u"importErrors"_s));
        const core::Project &project = *window->project();
        QCOMPARE(project.sources().size(), 3);

        // Each source is shown with its annotations painted, and each has quotes found in it.
        QStringList formats;
        for (int row = 0; row < window->sources()->rowCount(); ++row) {
            window->selectSource(row);
            const core::SourceId id = window->currentSource();
            const core::SourceRecord *source = project.source(id);
            QVERIFY(source);
            formats.append(source->document.metadata.format);
            QVERIFY(source->analysed);
            const auto annotations = project.annotationsOf(id);
            QVERIFY2(annotations.size() > 5, qPrintable(source->document.metadata.filePath));
            QTRY_COMPARE(window->documentView()->annotationMarks().size(), annotations.size());
            const QString format = source->document.metadata.format;
            const QString json = QFileInfo(source->document.metadata.filePath).completeBaseName();
            QCOMPARE(source->document.text.simplified(), articleValue(json, u"expectedText"_s).simplified());
            QCOMPARE(source->document.metadata.language, articleValue(json, u"language"_s));
            QTest::qWait(100); // the status bar's labels are laid out again before the picture
            QVERIFY(window->grab().save(kShots + u"formats-%1-%2.png"_s.arg(format, language)));
            // Only the PDF keeps its file, for the export's own pages; with its word boxes.
            QCOMPARE(project.originalFile(id).value_or(QByteArray()).startsWith("%PDF-"), format == u"pdf");
            QCOMPARE(source->document.geometry.words.isEmpty(), format != u"pdf");
        }
        formats.sort();
        QCOMPARE(formats, (QStringList{u"docx"_s, u"odt"_s, u"pdf"_s}));

        // The annotated PDF: the PDF's own page, with as many highlights as each typeset source has.
        const QString exported = m_dir.filePath(u"formats-%1.pdf"_s.arg(language));
        const auto problem =
            ui::pdf::AnnotatedPdfExport::write(project, ui::pdf::PdfExportOptions(), exported);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(exported);
        const std::unique_ptr<Poppler::Document> article =
            Poppler::Document::load(kPdfFixtures + u"article.pdf"_s);
        QVERIFY(pdf && article);
        const QString articleText = article->page(0)->text(QRectF()).simplified();
        int originalPage = -1, highlights = 0;
        for (int p = 0; p < pdf->numPages(); ++p) {
            const std::unique_ptr<Poppler::Page> page = pdf->page(p);
            highlights += highlightsOn(*page);
            if (page->text(QRectF()).simplified() == articleText)
                originalPage = p;
        }
        QVERIFY2(originalPage >= 0, "the PDF's own page is in the export");
        const int onOriginal = highlightsOn(*pdf->page(originalPage));
        // One highlight for every quote, claim and figure (what the export marks by default); those of
        // the PDF source all on its own page.
        const auto marked = [&](core::SourceId id) {
            const auto annotations = project.annotationsOf(id);
            return int(std::count_if(annotations.cbegin(), annotations.cend(), [&](core::AnnotationId id) {
                const core::AnnotationKind kind = project.annotation(id)->kind;
                return kind == core::AnnotationKind::Quote || kind == core::AnnotationKind::Claim ||
                       kind == core::AnnotationKind::Figure;
            }));
        };
        int expected = 0;
        for (const core::SourceRecord &source : project.sources()) {
            expected += marked(source.id);
            if (source.document.metadata.format == u"pdf")
                QCOMPARE(onOriginal, marked(source.id));
        }
        QVERIFY(onOriginal > 0);
        QCOMPARE(highlights, expected);
        QProcess::execute(u"pdftoppm"_s,
                          {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, QString::number(originalPage + 1), u"-l"_s,
                           QString::number(originalPage + 1), u"-singlefile"_s, exported,
                           kShots + u"formats-export-original-%1"_s.arg(language)});
    }

    void anEncryptedPdfAsksForItsPassword_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("tr") << u"tr"_s;
    }

    void anEncryptedPdfAsksForItsPassword()
    {
        QFETCH(QString, language);
        QVERIFY(m_localization.setLanguage(language));
        auto window = newWindow(u"encrypted-%1.claimscope"_s.arg(language));
        QVERIFY(window);
        const QString file = kPdfFixtures + u"encrypted.pdf"_s;

        // Cancel: nothing imported, no error shown.
        window->openFiles({file});
        QVERIFY(waitForImport(*window));
        ui::PdfPasswordPrompt *prompt = waitForPrompt(*window);
        QVERIFY(prompt);
        QVERIFY(prompt->findChild<QLabel *>()->text().contains(QFileInfo(file).fileName()));
        prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(window->project()->sources().size(), 0);
        QVERIFY(!window->findChild<QMessageBox *>(u"importErrors"_s));
        QVERIFY(!window->findChild<ui::PdfPasswordPrompt *>(u"pdfPasswordPrompt"_s));

        // A wrong password: asked again, saying so; then the right one imports it.
        window->openFiles({file});
        QVERIFY(waitForImport(*window));
        prompt = waitForPrompt(*window);
        QVERIFY(prompt);
        QVERIFY(prompt->grab().save(kShots + u"pdf-password-%1.png"_s.arg(language)));
        const QString firstQuestion = prompt->findChild<QLabel *>()->text();
        prompt->passwordField()->setText(u"guess"_s);
        QSignalSpy wrongDone(window->projects(), &ui::ProjectController::importFinished);
        prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(wrongDone.wait(120000));
        prompt = waitForPrompt(*window);
        QVERIFY(prompt);
        const QString secondQuestion = prompt->findChild<QLabel *>()->text();
        QVERIFY(secondQuestion != firstQuestion);
        QVERIFY(prompt->grab().save(kShots + u"pdf-password-wrong-%1.png"_s.arg(language)));
        prompt->passwordField()->setText(kPassword);
        QSignalSpy rightDone(window->projects(), &ui::ProjectController::importFinished);
        prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(rightDone.wait(120000));
        QCOMPARE(window->project()->sources().size(), 1);
        const core::SourceRecord &source = window->project()->sources().first();
        QCOMPARE(source.document.metadata.format, u"pdf"_s);
        QVERIFY(!source.document.text.isEmpty());
        // A PDF opened with a password is not kept in the project: the file on disk stays the only copy.
        QCOMPARE(window->project()->originalFile(source.id), std::optional<QByteArray>(QByteArray()));
        QVERIFY(!window->findChild<QMessageBox *>(u"importErrors"_s));
    }

    void cleanupTestCase() { QVERIFY(m_localization.setLanguage(u"en"_s)); }
};

QTEST_MAIN(TestFormatsWindow)
#include "tst_formatswindow.moc"
