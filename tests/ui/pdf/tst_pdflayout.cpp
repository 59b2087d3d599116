// The page layout of the annotated PDF export: the sample project laid out and read back with
// poppler. Page count and size as reported, every mark's rectangles cover exactly its annotation's
// words, every annotation of a chosen kind has a mark and no other kind has one, Russian and
// Turkish text comes out intact, the options change what they should, a cancel or an unwritable
// path gives a message and leaves no file; pages rendered to PNG for a look; timings printed.

#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "core/project/ProjectSession.h"
#include "core/project/SampleProject.h"
#include "ui/MarkFormats.h"
#include "ui/pdf/PdfLayoutContext.h"
#include "ui/pdf/PdfPageLayout.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <poppler-qt6.h>
#include <variant>

using namespace claimscope;
using namespace Qt::StringLiterals;
using ui::pdf::PdfExportOptions;
using ui::pdf::PdfLayoutResult;
using ui::pdf::PdfMark;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");

// Whitespace of any kind and amount counts as one space: poppler joins lines and words its way.
// A line that breaks after a hyphen of the text ("anti-" / "Western") is read back with a space
// after it: none counts.
QString normalised(QStringView text)
{
    static const QRegularExpression hyphenBreak(u"(?<=\\w[-‐–])\\s+"_s,
                                                QRegularExpression::UseUnicodePropertiesOption);
    return text.toString().simplified().replace(hyphenBreak, QString());
}

std::unique_ptr<Poppler::Document> openPdf(const QString &path)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (document && document->isLocked())
        return nullptr;
    return document;
}

QString allText(const Poppler::Document &document)
{
    QString text;
    for (int i = 0; i < document.numPages(); ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document.page(i))
            text += page->text(QRectF()) + u'\n';
    }
    return text;
}

// The words poppler finds under the mark's rectangles, a line at a time.
QString textUnder(const Poppler::Document &document, const PdfMark &mark)
{
    const std::unique_ptr<Poppler::Page> page = document.page(mark.page);
    if (!page)
        return {};
    QStringList lines;
    for (const QRectF &rect : mark.rects)
        lines.append(page->text(rect));
    return lines.join(u' ');
}

// The colour most of a rectangle's pixels have, on a page rendered at 72 dpi.
QColor dominantColour(const QImage &page, const QRectF &rect)
{
    QHash<QRgb, int> counts;
    const QRect pixels = rect.toAlignedRect().intersected(page.rect());
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            ++counts[page.pixel(x, y) & 0xffffff];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

// The options a person gets by default. Made out of line: GCC 12 warns of a dangling pointer where
// it inlines the QSet initialiser list of PdfExportOptions' default kinds (a false positive).
[[gnu::noinline]] PdfExportOptions defaultOptions()
{
    return PdfExportOptions{};
}

bool closeColours(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestPdfLayout final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    QTemporaryDir m_dir;
    core::ProjectSession m_session;

    const core::Project &project() const { return *m_session.project; }

    // Lays the project out to a new file of the temporary folder; fails the test when it fails.
    std::optional<PdfLayoutResult> layOut(const core::Project &project, const PdfExportOptions &options,
                                          const QString &name)
    {
        const auto result = ui::pdf::layOutPdf(project, options, m_dir.filePath(name));
        if (const QString *error = std::get_if<QString>(&result)) {
            qWarning("%s", qPrintable(*error));
            return std::nullopt;
        }
        return std::get<PdfLayoutResult>(result);
    }

    // A project in memory holding the sample's sources `copies` times over, for the timings.
    std::unique_ptr<core::Project> repeatedSample(int copies) const
    {
        core::ProjectContents contents = project().contents();
        const QList<core::SourceRecord> sources = contents.sources;
        const QList<core::AnnotationRecord> annotations = contents.annotations;
        const QList<core::StanceRecord> stances = contents.stances;
        qint64 nextId = 100000;
        for (int copy = 1; copy < copies; ++copy) {
            QHash<core::SourceId, core::SourceId> ids;
            for (core::SourceRecord source : sources) {
                ids.insert(source.id, ++nextId);
                source.id = nextId;
                source.document.metadata.title += u" (%1)"_s.arg(copy + 1);
                contents.sources.append(source);
            }
            for (core::AnnotationRecord annotation : annotations) {
                annotation.id = ++nextId;
                annotation.source = ids.value(annotation.source);
                contents.annotations.append(annotation);
            }
            for (core::StanceRecord stance : stances) {
                stance.id = ++nextId;
                stance.source = ids.value(stance.source);
                contents.stances.append(stance);
            }
        }
        return std::make_unique<core::Project>(contents, static_cast<core::ProjectStore *>(nullptr));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_pdflayout"_s);
        QSettings().clear();
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(kShots));
        const core::LexiconResult lexicon =
            core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
        QVERIFY(std::holds_alternative<core::Lexicon>(lexicon));
        const QString path = m_dir.filePath(u"sample.claimscope"_s);
        const auto problem = core::createSampleProject(path, std::get<core::Lexicon>(lexicon));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        auto opened = core::openProjectSession(path);
        QVERIFY(std::holds_alternative<core::ProjectSession>(opened));
        m_session = std::move(std::get<core::ProjectSession>(opened));
        QVERIFY(project().sources().size() >= 6);
        QVERIFY(project().annotationCount() > 50);
    }

    void pageCountAndSizeAreAsReported_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A4 is 595 by 842 points") << int(QPageSize::A4) << QSizeF(595, 842);
        QTest::newRow("Letter is 612 by 792 points") << int(QPageSize::Letter) << QSizeF(612, 792);
    }

    void pageCountAndSizeAreAsReported()
    {
        QFETCH(int, size);
        QFETCH(QSizeF, points);
        PdfExportOptions options = defaultOptions();
        options.pageSize = QPageSize::PageSizeId(size);
        const QString name = u"size-%1.pdf"_s.arg(int(size));
        const auto result = layOut(project(), options, name);
        QVERIFY(result);
        QCOMPARE(result->pageSize, points);
        const auto document = openPdf(m_dir.filePath(name));
        QVERIFY(document);
        QCOMPARE(document->numPages(), result->pageCount);
        // Title, at least a page per source, three chart pages, the index.
        QVERIFY(result->pageCount >= 1 + int(project().sources().size()) + 3 + 1);
        for (int i = 0; i < document->numPages(); ++i) {
            const QSizeF page = document->page(i)->pageSizeF();
            QVERIFY2(std::abs(page.width() - points.width()) < 1 &&
                         std::abs(page.height() - points.height()) < 1,
                     qPrintable(u"page %1: %2×%3"_s.arg(i).arg(page.width()).arg(page.height())));
        }
        // "Page X of N" at every foot.
        const std::unique_ptr<Poppler::Page> last = document->page(result->pageCount - 1);
        QVERIFY(last->text(QRectF()).contains(u"Page %1 of %1"_s.arg(result->pageCount)));
        QVERIFY(document->page(0)->text(QRectF()).contains(u"Page 1 of %1"_s.arg(result->pageCount)));
    }

    void marksCoverExactlyTheAnnotatedWords_data()
    {
        // Kind keys, as the project file writes them.
        QTest::addColumn<QStringList>("kinds");
        const QString quote = core::kindKey(core::AnnotationKind::Quote);
        const QString claim = core::kindKey(core::AnnotationKind::Claim);
        const QString figure = core::kindKey(core::AnnotationKind::Figure);
        const QString mention = core::kindKey(core::AnnotationKind::SpeakerMention);
        QTest::newRow("quotes, claims and figures (the default)") << QStringList{quote, claim, figure};
        QTest::newRow("every kind, speaker mentions too") << QStringList{quote, claim, figure, mention};
        QTest::newRow("figures only") << QStringList{figure};
    }

    void marksCoverExactlyTheAnnotatedWords()
    {
        QFETCH(QStringList, kinds);
        PdfExportOptions options = defaultOptions();
        options.kinds.clear();
        for (const QString &key : std::as_const(kinds))
            options.kinds.insert(core::kindFromKey(key).value());
        options.charts = false;
        const QString name = u"marks-%1.pdf"_s.arg(kinds.size());
        const auto result = layOut(project(), options, name);
        QVERIFY(result);
        const auto document = openPdf(m_dir.filePath(name));
        QVERIFY(document);

        // Each annotation's pieces in page order, read back under their rectangles.
        QHash<core::AnnotationId, QStringList> found;
        for (const PdfMark &mark : result->marks) {
            QVERIFY2(options.includes(mark.kind), "a mark of a kind that was not chosen");
            QVERIFY(mark.page >= 0 && mark.page < result->pageCount);
            QVERIFY(!mark.rects.isEmpty());
            QVERIFY(mark.colour.isValid());
            QVERIFY(!mark.contents.isEmpty());
            for (const QRectF &rect : mark.rects)
                QVERIFY(QRectF(QPointF(0, 0), result->pageSize).contains(rect));
            found[mark.annotation].append(textUnder(*document, mark));
        }
        int checked = 0;
        for (const core::SourceRecord &source : project().sources()) {
            for (const core::AnnotationId id : project().annotationsOf(source.id)) {
                const core::AnnotationRecord *annotation = project().annotation(id);
                const QString expected = normalised(project().annotationText(*annotation));
                if (!options.includes(annotation->kind) || expected.isEmpty()) {
                    QVERIFY(!found.contains(id));
                    continue;
                }
                QVERIFY2(found.contains(id), qPrintable(u"no mark for “%1”"_s.arg(expected)));
                const QString read = normalised(found.value(id).join(u' '));
                QVERIFY2(read == expected, qPrintable(u"read “%1”, annotated “%2”"_s.arg(read, expected)));
                ++checked;
            }
        }
        QVERIFY(checked > 5);
    }

    void marksAreDrawnInTheirColours()
    {
        PdfExportOptions options = defaultOptions();
        options.charts = false;
        const auto result = layOut(project(), options, u"colours.pdf"_s);
        QVERIFY(result);
        const auto document = openPdf(m_dir.filePath(u"colours.pdf"_s));
        QVERIFY(document);
        int quotes = 0;
        int figures = 0;
        int stances = 0;
        QHash<int, QImage> pages;
        for (const PdfMark &mark : result->marks) {
            if (!pages.contains(mark.page))
                pages.insert(mark.page, document->page(mark.page)->renderToImage(72, 72));
            const QImage &image = pages.value(mark.page);
            if (mark.kind == core::AnnotationKind::Quote && mark.rects.first().width() > 60) {
                // Mostly tint behind a line of a quote.
                const QColor seen = dominantColour(image, mark.rects.first().adjusted(1, 1, -1, -1));
                QVERIFY2(closeColours(seen, mark.colour, 12),
                         qPrintable(u"%1 drawn as %2"_s.arg(mark.colour.name(), seen.name())));
                ++quotes;
            }
            if (mark.kind == core::AnnotationKind::Figure) {
                // A light tint of the viewer's amber (0xa35200): readers multiply a highlight into
                // the page, and the amber itself would turn the figure's letters brown.
                QCOMPARE(mark.colour, ui::MarkFormats::blend(QColor(0xa35200), Qt::white, 0.3));
                QVERIFY(mark.colour.lightness() > 180);
                QVERIFY(mark.contents.startsWith(u"Figure"_s));
                ++figures;
            }
            if (mark.kind == core::AnnotationKind::Quote && !mark.author.isEmpty())
                QVERIFY(mark.contents.contains(mark.author));
            // A quote or claim a stance rests on says so.
            if (mark.contents.contains(u"\nStance: "_s))
                ++stances;
        }
        QVERIFY(quotes > 3);
        QVERIFY(figures > 3);
        QVERIFY(stances > 3);
    }

    void russianAndTurkishTextComesOutIntact()
    {
        PdfExportOptions options = defaultOptions();
        const auto result = layOut(project(), options, u"languages.pdf"_s);
        QVERIFY(result);
        const auto document = openPdf(m_dir.filePath(u"languages.pdf"_s));
        QVERIFY(document);
        const QString text = allText(*document);
        QVERIFY(text.contains(u"Токаев"_s));
        QVERIFY(text.contains(u"Kasım"_s));
        // Every source's title is there, in its own script.
        for (const core::SourceRecord &source : project().sources())
            QVERIFY2(normalised(text).contains(normalised(project().sourceTitle(source.id))),
                     qPrintable(project().sourceTitle(source.id)));

        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess process;
        process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, m_dir.filePath(u"languages.pdf"_s), u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString extracted = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(extracted.contains(u"Токаев"_s));
        QVERIFY(extracted.contains(u"Kasım"_s));
    }

    void outlineLeadsToSourcesChartsAndSpeakers()
    {
        PdfExportOptions options = defaultOptions();
        const auto result = layOut(project(), options, u"outline.pdf"_s);
        QVERIFY(result);
        const auto document = openPdf(m_dir.filePath(u"outline.pdf"_s));
        QVERIFY(document);
        QStringList top;
        QStringList sources;
        for (const auto &entry : result->outline) {
            QVERIFY(entry.page >= 0 && entry.page < result->pageCount);
            if (entry.level == 0)
                top.append(entry.title);
            else if (top.size() == 1)
                sources.append(entry.title);
        }
        QCOMPARE(top, (QStringList{u"Sources"_s, u"Charts"_s, u"Speakers"_s}));
        QCOMPARE(sources.size(), project().sources().size());
        // A source's entry leads to the page with its title.
        for (const auto &entry : result->outline) {
            if (entry.level == 1 && sources.contains(entry.title)) {
                const QString page = normalised(document->page(entry.page)->text(QRectF()));
                QVERIFY2(page.contains(normalised(entry.title)), qPrintable(entry.title));
            }
        }
        // A speaker's entry leads to a page where a quote or claim of theirs is marked, and the
        // index names them.
        const auto indexEntry =
            std::find_if(result->outline.cbegin(), result->outline.cend(),
                         [](const auto &entry) { return entry.level == 0 && entry.title == u"Speakers"; });
        QVERIFY(indexEntry != result->outline.cend());
        QString index;
        for (int page = indexEntry->page; page < result->pageCount; ++page)
            index += document->page(page)->text(QRectF());
        index = index.section(u"Index of speakers"_s, 1); // from the heading on
        int speakers = 0;
        bool inSpeakers = false;
        for (const auto &entry : result->outline) {
            if (entry.level == 0) {
                inSpeakers = entry.title == u"Speakers";
                continue;
            }
            if (!inSpeakers)
                continue;
            ++speakers;
            QVERIFY2(normalised(index).contains(entry.title), qPrintable(entry.title));
            const bool marked =
                std::any_of(result->marks.cbegin(), result->marks.cend(), [&](const PdfMark &mark) {
                    return mark.page == entry.page && mark.author == entry.title &&
                           (mark.kind == core::AnnotationKind::Quote ||
                            mark.kind == core::AnnotationKind::Claim);
                });
            QVERIFY2(marked, qPrintable(entry.title));
        }
        QVERIFY(speakers >= 3);
    }

    void aPassageOverAPageBreakGivesAMarkPerPage()
    {
        // Enough text for a hundred page breaks, some of them inside a quote or claim.
        const std::unique_ptr<core::Project> big = repeatedSample(6);
        PdfExportOptions options = defaultOptions();
        options.charts = false;
        const auto result = layOut(*big, options, u"page-breaks.pdf"_s);
        QVERIFY(result);
        const auto document = openPdf(m_dir.filePath(u"page-breaks.pdf"_s));
        QVERIFY(document);
        QHash<core::AnnotationId, QList<PdfMark>> byAnnotation;
        for (const PdfMark &mark : result->marks)
            byAnnotation[mark.annotation].append(mark);
        int crossing = 0;
        for (auto it = byAnnotation.cbegin(); it != byAnnotation.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            ++crossing;
            QStringList read;
            for (qsizetype i = 0; i < it.value().size(); ++i) {
                const PdfMark &mark = it.value().at(i);
                if (i > 0) {
                    QCOMPARE(mark.page, it.value().at(i - 1).page + 1);
                    QCOMPARE(mark.contents, it.value().at(i - 1).contents);
                }
                read.append(textUnder(*document, mark));
            }
            const core::AnnotationRecord *annotation = big->annotation(it.key());
            QCOMPARE(normalised(read.join(u' ')), normalised(big->annotationText(*annotation)));
        }
        QVERIFY(crossing > 0);
    }

    void chartsOffGivesFewerPages()
    {
        PdfExportOptions with = defaultOptions();
        PdfExportOptions without = defaultOptions();
        without.charts = false;
        const auto withCharts = layOut(project(), with, u"charts-on.pdf"_s);
        const auto withoutCharts = layOut(project(), without, u"charts-off.pdf"_s);
        QVERIFY(withCharts && withoutCharts);
        QVERIFY(withoutCharts->pageCount < withCharts->pageCount);
        const auto hasCharts = [](const PdfLayoutResult &result) {
            return std::any_of(result.outline.cbegin(), result.outline.cend(),
                               [](const auto &entry) { return entry.title == u"Charts"; });
        };
        QVERIFY(hasCharts(*withCharts));
        QVERIFY(!hasCharts(*withoutCharts));
        // The same text, on the same pages, with or without charts after it.
        QCOMPARE(withoutCharts->marks, withCharts->marks);
    }

    void someSourcesOnlyInTheOrderAsked()
    {
        PdfExportOptions options = defaultOptions();
        const core::SourceId last = project().sources().last().id;
        const core::SourceId first = project().sources().first().id;
        options.sources = {last, first};
        const auto result = layOut(project(), options, u"two-sources.pdf"_s);
        QVERIFY(result);
        QCOMPARE(result->outline.at(1).title, project().sourceTitle(last).simplified());
        QCOMPARE(result->outline.at(2).title, project().sourceTitle(first).simplified());
        for (const PdfMark &mark : result->marks) {
            const core::AnnotationRecord *annotation = project().annotation(mark.annotation);
            QVERIFY(annotation->source == first || annotation->source == last);
        }
        const auto document = openPdf(m_dir.filePath(u"two-sources.pdf"_s));
        QVERIFY(document);
        // "2 sources exported" once the English plural forms are in the catalogue.
        QVERIFY(document->page(0)->text(QRectF()).contains(u"2 source"_s));
    }

    void progressCountsUpAndCancelStops()
    {
        QList<std::pair<int, int>> calls;
        PdfExportOptions options = defaultOptions();
        const QString path = m_dir.filePath(u"progress.pdf"_s);
        auto result = ui::pdf::layOutPdf(project(), options, path, [&](int done, int total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY(std::holds_alternative<PdfLayoutResult>(result));
        QVERIFY(calls.size() >= project().sources().size());
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first > calls.at(i - 1).first);
            QCOMPARE(calls.at(i).second, calls.first().second);
        }
        QCOMPARE(calls.last().first, calls.last().second);

        // Cancelled at once, half-way through the layout, in the middle of drawing.
        for (const int stopAt : {0, 3, int(calls.last().second) - 2}) {
            const QString cancelled = m_dir.filePath(u"cancelled-%1.pdf"_s.arg(stopAt));
            result = ui::pdf::layOutPdf(project(), options, cancelled,
                                        [&](int done, int) { return done < stopAt; });
            QVERIFY(std::holds_alternative<QString>(result));
            QCOMPARE(std::get<QString>(result), u"The export was cancelled."_s);
            QVERIFY(!QFileInfo::exists(cancelled));
        }
    }

    void anUnwritablePathGivesAMessage()
    {
        const QString path = m_dir.filePath(u"no such folder/out.pdf"_s);
        const auto result = ui::pdf::layOutPdf(project(), defaultOptions(), path);
        QVERIFY(std::holds_alternative<QString>(result));
        QVERIFY(std::get<QString>(result).contains(u"out.pdf"_s));
        QVERIFY(!QFileInfo::exists(path));
    }

    void pagesLookRight()
    {
        PdfExportOptions options = defaultOptions();
        options.kinds.insert(core::AnnotationKind::SpeakerMention);
        const QString path = m_dir.filePath(u"look.pdf"_s);
        const auto result = layOut(project(), options, u"look.pdf"_s);
        QVERIFY(result);
        // Kept beside the screenshots, for a look in a PDF reader.
        QFile::remove(kShots + u"pdf-layout.pdf"_s);
        QVERIFY(QFile::copy(path, kShots + u"pdf-layout.pdf"_s));
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm is not installed");
        // The title page, a source's first page, the Russian source, the first chart page, the index.
        QList<std::pair<QString, int>> pages{{u"title"_s, 0}};
        for (const auto &entry : result->outline) {
            if (entry.level == 1 && pages.size() == 1)
                pages.append({u"source"_s, entry.page});
            if (entry.title.contains(u"БРИКС"_s))
                pages.append({u"russian"_s, entry.page});
            if (entry.title.contains(u"ülke"_s))
                pages.append({u"turkish"_s, entry.page});
            if (entry.title == u"Figures" || entry.title == u"Stances" || entry.title == u"Voices")
                pages.append({entry.title.toLower(), entry.page});
            if (entry.title == u"Speakers")
                pages.append({u"index"_s, entry.page});
        }
        for (const auto &[label, page] : std::as_const(pages)) {
            const QString prefix = kShots + u"pdf-layout-"_s + label;
            QFile::remove(prefix + u".png"_s);
            QProcess process;
            process.start(pdftoppm,
                          {u"-png"_s, u"-r"_s, u"60"_s, u"-singlefile"_s, u"-f"_s, QString::number(page + 1),
                           u"-l"_s, QString::number(page + 1), path, prefix});
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            const QImage image(prefix + u".png"_s);
            QVERIFY2(!image.isNull(), qPrintable(prefix));
            // Not blank: a page of white would say the drawing went nowhere.
            QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2) != QColor(Qt::white) ||
                    image != QImage(image.size(), image.format()));
        }
    }

    void timings()
    {
        QElapsedTimer timer;
        timer.start();
        const auto sample = layOut(project(), defaultOptions(), u"time-sample.pdf"_s);
        const qint64 sampleTime = timer.elapsed();
        QVERIFY(sample);
        qInfo("sample project: %d pages in %lld ms", sample->pageCount, sampleTime);

        // About a hundred pages: the sample's sources again and again.
        const int perCopy = sample->pageCount;
        const int copies = std::max(2, 100 / std::max(1, perCopy - 5));
        const std::unique_ptr<core::Project> big = repeatedSample(copies);
        timer.restart();
        const auto large = layOut(*big, defaultOptions(), u"time-large.pdf"_s);
        const qint64 largeTime = timer.elapsed();
        QVERIFY(large);
        qInfo("%d copies of the sample: %d pages, %lld marks, in %lld ms", copies, large->pageCount,
              qint64(large->marks.size()), largeTime);
        // The goal is 2 s for the whole export of 100 pages; the layout must leave room for
        // the annotations. Generous here, for loaded machines and debug builds.
        QVERIFY2(largeTime < 20000, qPrintable(QString::number(largeTime)));
    }

    void cleanupTestCase()
    {
        m_session.project.reset(); // before the store it writes to
        m_session.store.reset();
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
