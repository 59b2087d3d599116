// The annotated PDF export end to end, as File → Export Annotated PDF runs it: the sample project
// exported, then read back with poppler-qt6 (pages, outline, metadata, one Highlight annotation
// per quote, claim and figure, each over its words), checked by `qpdf --check` and `pdftotext`;
// failures and Cancel leave no file; pages rendered to PNG in three languages for looking at.

#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "core/project/ProjectSession.h"
#include "core/project/SampleProject.h"
#include "ui/AnnotationMarks.h"
#include "ui/AppActions.h"
#include "ui/ExportPdfDialog.h"
#include "ui/MainWindow.h"
#include "ui/PdfExportFlow.h"
#include "ui/ProjectController.h"
#include "ui/pdf/AnnotatedPdfExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>
#include <poppler-qt6.h>

using namespace claimscope;
using namespace Qt::StringLiterals;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");

// Whitespace as one space; a word hyphenated in the text and broken at its hyphen on the page
// ("anti- Western") read as written.
QString normalised(const QString &text)
{
    static const QRegularExpression brokenAtHyphen(u"(\\w)- (\\w)"_s,
                                                   QRegularExpression::UseUnicodePropertiesOption);
    return text.simplified().remove(u'\u00ad').replace(brokenAtHyphen, u"\\1-\\2"_s);
}

// Every Highlight annotation of the document, with its page.
std::vector<std::pair<int, std::unique_ptr<Poppler::Annotation>>>
highlights(const Poppler::Document &document)
{
    std::vector<std::pair<int, std::unique_ptr<Poppler::Annotation>>> found;
    for (int p = 0; p < document.numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = document.page(p);
        for (std::unique_ptr<Poppler::Annotation> &annotation : page->annotations()) {
            if (annotation->subType() == Poppler::Annotation::AHighlight)
                found.emplace_back(p, std::move(annotation));
        }
    }
    return found;
}

// The words under an annotation's quads, as poppler reads them.
QString textUnder(const Poppler::Document &document, int pageIndex, const Poppler::Annotation &annotation)
{
    const std::unique_ptr<Poppler::Page> page = document.page(pageIndex);
    const QSizeF size = page->pageSizeF();
    const auto &highlight = static_cast<const Poppler::HighlightAnnotation &>(annotation);
    QStringList parts;
    for (const Poppler::HighlightAnnotation::Quad &quad : highlight.highlightQuads()) {
        qreal left = 1, top = 1, right = 0, bottom = 0;
        for (const QPointF &point : quad.points) {
            left = std::min(left, point.x());
            right = std::max(right, point.x());
            top = std::min(top, point.y());
            bottom = std::max(bottom, point.y());
        }
        parts.append(page->text(QRectF(QPointF(left * size.width(), top * size.height()),
                                       QPointF(right * size.width(), bottom * size.height()))));
    }
    return normalised(parts.join(u' '));
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestPdfExport final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    QTemporaryDir m_dir;
    QString m_pristine;
    std::optional<core::ProjectSession> m_session;

    const core::Project &project() const { return *m_session->project; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_pdfexport"_s);
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QVERIFY(QDir().mkpath(kShots));
        const core::LexiconResult lexicon =
            core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
        QVERIFY(std::holds_alternative<core::Lexicon>(lexicon));
        m_pristine = m_dir.filePath(u"sample.claimscope"_s);
        const auto problem = core::createSampleProject(m_pristine, std::get<core::Lexicon>(lexicon));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        auto opened = core::openProjectSession(m_pristine);
        QVERIFY(std::holds_alternative<core::ProjectSession>(opened));
        m_session.emplace(std::move(std::get<core::ProjectSession>(opened)));
    }

    void cleanupTestCase() { m_session.reset(); }

    void theSampleReadsBackAsExported()
    {
        const QString path = m_dir.filePath(u"sample.pdf"_s);
        const ui::pdf::PdfExportOptions options; // quotes, claims, figures, charts, A4
        QList<int> steps;
        const auto problem = ui::pdf::AnnotatedPdfExport::write(project(), options, path, [&](int done, int) {
            steps.append(done);
            return true;
        });
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last(), 100);
        QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));

        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        QVERIFY(document && !document->isLocked());
        QVERIFY(document->numPages() >= project().sources().size() + 2); // title, sources, charts, index
        // A4 in points.
        const QSizeF size = document->page(0)->pageSizeF();
        QVERIFY2(qAbs(size.width() - 595.3) < 1 && qAbs(size.height() - 841.9) < 1,
                 qPrintable(u"%1 × %2"_s.arg(size.width()).arg(size.height())));

        // Metadata.
        QCOMPARE(document->info(u"Title"_s), project().settings().name);
        QCOMPARE(document->info(u"Subject"_s), project().settings().question);
        QVERIFY(document->info(u"Keywords"_s).contains(u"Tokayev"_s));
        QVERIFY(document->info(u"Creator"_s).startsWith(u"Claimscope"_s));

        // Outline: the sources, the charts and the speakers, each source by its title.
        const QList<Poppler::OutlineItem> outline = document->outline();
        QStringList top;
        for (const Poppler::OutlineItem &item : outline)
            top.append(item.name());
        QVERIFY2(top.contains(u"Sources"_s) && top.contains(u"Charts"_s) && top.contains(u"Speakers"_s),
                 qPrintable(top.join(u", "_s)));
        const Poppler::OutlineItem sources = outline.at(top.indexOf(u"Sources"_s));
        QCOMPARE(sources.children().size(), project().sources().size());
        for (qsizetype i = 0; i < project().sources().size(); ++i) {
            const Poppler::OutlineItem item = sources.children().at(i);
            QCOMPARE(item.name(), project().sourceTitle(project().sources().at(i).id));
            // The bookmark opens the page that shows the source's title.
            const int page = item.destination()->pageNumber() - 1;
            QVERIFY(normalised(document->page(page)->text(QRectF()))
                        .contains(normalised(project().sourceTitle(project().sources().at(i).id))));
        }

        // One Highlight annotation (one per page it spans) per quote, claim and figure and none for
        // speaker mentions, which were not asked for: by its speaker, saying its kind, in a light
        // tint, over its words. The annotator names each "claimscope-<annotation>-<piece>".
        const auto annotations = highlights(*document);
        QHash<core::AnnotationId, QList<const Poppler::Annotation *>> byAnnotation;
        QHash<core::AnnotationId, QString> wordsUnder;
        for (const auto &[page, annotation] : annotations) {
            const QStringList name = annotation->uniqueName().split(u'-');
            QVERIFY2(name.size() == 3 && name.first() == u"claimscope", qPrintable(annotation->uniqueName()));
            const core::AnnotationId id = name.at(1).toLongLong();
            byAnnotation[id].append(annotation.get());
            wordsUnder[id] += u' ' + textUnder(*document, page, *annotation);
        }
        QHash<core::AnnotationKind, int> projectCounts;
        QHash<core::AnnotationKind, int> pdfCounts;
        for (const core::SourceRecord &source : project().sources()) {
            for (core::AnnotationId id : project().annotationsOf(source.id)) {
                const core::AnnotationRecord &annotation = *project().annotation(id);
                if (!options.includes(annotation.kind)) {
                    QVERIFY2(!byAnnotation.contains(id), qPrintable(core::kindKey(annotation.kind)));
                    continue;
                }
                ++projectCounts[annotation.kind];
                if (byAnnotation.contains(id))
                    ++pdfCounts[annotation.kind];
                const QString author =
                    annotation.speaker.isEmpty() ? QString() : project().speakerName(annotation.speaker);
                const QString words = normalised(project().annotationText(annotation).toString());
                QVERIFY2(byAnnotation.contains(id), qPrintable(words));
                for (const Poppler::Annotation *highlight : byAnnotation.value(id)) {
                    QCOMPARE(highlight->author(), author);
                    QVERIFY2(highlight->contents().startsWith(ui::annotationKindName(annotation.kind)),
                             qPrintable(highlight->contents()));
                    if (!author.isEmpty())
                        QVERIFY(highlight->contents().contains(author));
                    QVERIFY(highlight->style().color().isValid());
                    QVERIFY(highlight->style().color().lightness() > 150);
                }
                QVERIFY2(normalised(wordsUnder.value(id)).contains(words),
                         qPrintable(u"%1 by “%2”: %3 / under: %4"_s.arg(
                             core::kindKey(annotation.kind), author, words, wordsUnder.value(id))));
            }
        }
        QCOMPARE(pdfCounts, projectCounts);
        QVERIFY(projectCounts.value(core::AnnotationKind::Quote) > 10);
        QVERIFY(projectCounts.value(core::AnnotationKind::Figure) > 5);
        QCOMPARE(byAnnotation.size(), std::accumulate(projectCounts.cbegin(), projectCounts.cend(), 0));

        // Other tools read the same file.
        int exitCode = -1;
        const QString check = run(u"qpdf"_s, {u"--check"_s, path}, &exitCode);
        if (!check.isEmpty()) {
            QVERIFY2(exitCode == 0, qPrintable(check));
        }
        const QString text = run(u"pdftotext"_s, {path, u"-"_s});
        if (!text.isEmpty()) {
            QVERIFY(text.contains(u"Токаев"_s));
            QVERIFY(text.contains(u"Kasım"_s));
        }
        QFile::remove(kShots + u"pdf-export-en.pdf"_s);
        QVERIFY(QFile::copy(path, kShots + u"pdf-export-en.pdf"_s));
    }

    void pagesInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ru") << u"ru"_s;
        QTest::newRow("tr") << u"tr"_s;
    }

    void pagesInEachLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(m_localization.setLanguage(language));
        const QString path = m_dir.filePath(u"sample-%1.pdf"_s.arg(language));
        ui::pdf::PdfExportOptions options;
        options.pageSize = QPageSize::Letter;
        const auto problem = ui::pdf::AnnotatedPdfExport::write(project(), options, path);
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        QVERIFY(document);
        QCOMPARE(document->page(0)->pageSizeF(), QSizeF(612, 792));
        // The outline speaks the language of the interface it was exported in.
        const QString sources = document->outline().first().name();
        if (language == u"en")
            QCOMPARE(sources, u"Sources"_s);
        else
            QVERIFY2(sources != u"Sources"_s, qPrintable(sources));
        // Pages to look at: the title page, a source, the charts, the index.
        const QString prefix = kShots + u"pdf-export-%1"_s.arg(language);
        int exitCode = -1;
        run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, path, prefix}, &exitCode);
    }

    void aFailedExportLeavesNothingAndKeepsTheOldFile()
    {
        // A folder that does not exist.
        const QString missing = m_dir.filePath(u"no/such/folder/out.pdf"_s);
        auto problem = ui::pdf::AnnotatedPdfExport::write(project(), {}, missing);
        QVERIFY(problem);
        QVERIFY2(problem->contains(u"does not exist"_s), qPrintable(*problem));
        QVERIFY(!QFile::exists(missing));

        // A folder that cannot be written to.
        const QString locked = m_dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        problem = ui::pdf::AnnotatedPdfExport::write(project(), {}, QDir(locked).filePath(u"out.pdf"_s));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (QFileInfo(locked).isWritable() && ::geteuid() == 0)
            qInfo("running as root: a read-only folder is writable, that case is not checked");
        else {
            QVERIFY(problem);
            QVERIFY(QDir(locked).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        }

        // Cancel half-way: no file, no leftovers, and the file that was there stays as it was.
        const QString target = m_dir.filePath(u"kept.pdf"_s);
        QFile earlier(target);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier export");
        earlier.close();
        problem = ui::pdf::AnnotatedPdfExport::write(project(), {}, target,
                                                     [](int done, int) { return done < 30; });
        QVERIFY(problem);
        QCOMPARE(*problem, ui::pdf::AnnotatedPdfExport::cancelledMessage());
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("an earlier export"));
        const QStringList left =
            QDir(m_dir.path()).entryList({u".claimscope-export-*"_s}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    }

    void theDialogGivesTheChosenOptions()
    {
        QSettings().remove(u"pdfExport"_s);
        const QList<core::SourceId> selected{project().sources().at(2).id, project().sources().at(0).id};
        {
            ui::ExportPdfDialog dialog(project().sources().size(), selected);
            // Several sources selected: those are proposed; the page size follows the system's locale.
            QVERIFY(dialog.selectedSourcesButton()->isChecked());
            QCOMPARE(dialog.options().sources, selected);
            QCOMPARE(dialog.options().pageSize, ui::pdf::defaultPageSize(QLocale::system()));
            QCOMPARE(dialog.options().kinds, ui::pdf::PdfExportOptions::defaultKinds());
            QVERIFY(dialog.options().charts);
            dialog.pageSizes()->setCurrentIndex(dialog.pageSizes()->findData(int(QPageSize::Letter)));
            const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
            const auto quotes = std::find_if(boxes.cbegin(), boxes.cend(),
                                             [](const QCheckBox *box) { return box->text() == u"Quotes"; });
            QVERIFY(quotes != boxes.cend());
            (*quotes)->setChecked(false);
            dialog.accept();
        }
        // The choices are kept for the next time; one selected source means the whole project.
        ui::ExportPdfDialog again(project().sources().size(), {selected.first()});
        QVERIFY(!again.selectedSourcesButton()->isChecked());
        QVERIFY(again.options().sources.isEmpty());
        QCOMPARE(again.options().pageSize, QPageSize::Letter);
        QVERIFY(!again.options().includes(core::AnnotationKind::Quote));
        QVERIFY(again.options().includes(core::AnnotationKind::Claim));
        QSettings().remove(u"pdfExport"_s);
    }

    void theDialogInEachLanguage()
    {
        const QList<core::SourceId> selected{project().sources().at(2).id, project().sources().at(0).id};
        QStringList titles;
        for (const char *language : {"en", "ru", "tr"}) {
            QVERIFY(m_localization.setLanguage(QLatin1StringView(language)));
            ui::ExportPdfDialog dialog(project().sources().size(), selected);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            titles.append(dialog.windowTitle());
            QVERIFY(
                dialog.grab().save(kShots + u"pdf-export-dialog-%1.png"_s.arg(QLatin1StringView(language))));
        }
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()).size(), 3);
    }

    void theWindowExportsTheSelectedSources()
    {
        ui::MainWindow window(&m_localization);
        window.show();
        const QString copy = m_dir.filePath(u"window.claimscope"_s);
        QVERIFY(QFile::copy(m_pristine, copy));
        QVERIFY(window.projects()->openProject(copy));
        QVERIFY(window.actions()->exportPdf->isEnabled());
        ui::pdf::PdfExportOptions options;
        options.sources = {window.project()->sources().at(1).id};
        options.charts = false;
        const QString path = m_dir.filePath(u"window.pdf"_s);
        QSignalSpy status(window.pdfExport(), &ui::PdfExportFlow::statusMessage);
        QVERIFY(window.pdfExport()->exportTo(*window.project(), options, path));
        QCOMPARE(status.size(), 1);
        QVERIFY(status.first().first().toString().contains(QDir::toNativeSeparators(path)));
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
        QVERIFY(document);
        const QList<Poppler::OutlineItem> outline = document->outline();
        QCOMPARE(outline.first().children().size(), 1);
        QCOMPARE(outline.first().children().first().name(),
                 window.project()->sourceTitle(options.sources.first()));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
