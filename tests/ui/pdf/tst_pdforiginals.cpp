// The annotated PDF export of sources imported from a PDF (issue 10): their own pages, not typeset,
// with a Highlight annotation over the words of every quote, claim and figure.
//
// A two-page article is drawn with QPdfWriter (text at known places), imported with core::importFile
// (text, word boxes, the file's bytes), annotated by hand in a project file, exported and read back
// with poppler: the original pages follow the source's header page with their own text and size;
// each highlight lies over its words' boxes and says what its typeset twin's says; footers, outline
// and index count the original pages; a source whose original is missing, unreadable or not the one
// its words came from is typeset with a line saying why; turned, cropped and encrypted originals;
// Cancel at every step leaves no file; `qpdf --check` passes; pages rendered to PNG for a look.

#define POINTERHOLDER_TRANSITION 4

#include "PdfOriginalsArticle.h"
#include "PdfReadBack.h"
#include "core/document/DocumentImporter.h"
#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "core/project/ProjectSession.h"
#include "ui/AnnotationMarks.h"
#include "ui/pdf/AnnotatedPdfExport.h"
#include "ui/pdf/PdfOriginalPages.h"
#include "ui/pdf/PdfWordPieces.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <functional>
#include <memory>
#include <poppler-qt6.h>
#include <set>

using namespace claimscope;
using namespace Qt::StringLiterals;
using core::AnnotationKind;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");

} // namespace

using namespace pdforiginals;

class TestPdfOriginals final : public QObject {
    Q_OBJECT

private:
    // The annotations made on each source, by what they mark.
    struct Marked {
        core::SourceId source = 0;
        QHash<QString, core::AnnotationId> ids;
    };

    core::Localization m_localization;
    QTemporaryDir m_dir;
    QString m_article; // the article as drawn
    int m_projects = 0;

    // A new project file with the two speakers.
    std::optional<core::ProjectSession> newProject(QString *peskov, QString *ushakov)
    {
        auto created =
            core::createProjectSession(m_dir.filePath(u"project-%1.claimscope"_s.arg(++m_projects)), {});
        if (!std::holds_alternative<core::ProjectSession>(created))
            return std::nullopt;
        core::ProjectSession session = std::move(std::get<core::ProjectSession>(created));
        *peskov = session.project->addSpeaker(u"Dmitry Peskov"_s);
        *ushakov = session.project->addSpeaker(u"Yuri Ushakov"_s);
        return session;
    }

    // The article as importFile reads it.
    std::optional<core::Document> imported(const QString &path) const
    {
        core::ImportResult result = core::importFile(path);
        if (!result.ok()) {
            qWarning() << "import failed:" << result.error().message();
            return std::nullopt;
        }
        return result.takeDocument();
    }

    // Adds `document` and marks in it two quotes (one over the page break), a claim over two lines, a
    // figure and a speaker mention.
    static Marked addMarked(core::Project &project, const core::Document &document, const QString &peskov,
                            const QString &ushakov)
    {
        Marked marked;
        marked.source = project.addSource(document);
        const QString &text = document.text;
        const auto add = [&](const QString &key, AnnotationKind kind, core::TextRange range,
                             const QString &speaker) {
            core::AnnotationRecord record;
            record.kind = kind;
            record.source = marked.source;
            record.range = range;
            record.speaker = speaker;
            if (kind == AnnotationKind::Figure) {
                record.figure.value = 43.5e9;
                record.figure.unit = u"USD"_s;
                record.note = u"From the annual report"_s;
            }
            if (!range.isEmpty())
                marked.ids.insert(key, project.addAnnotation(record));
        };
        add(u"first quote"_s, AnnotationKind::Quote, rangeOf(text, u"“We respect the decision,”"_s), peskov);
        add(u"quote over the page break"_s, AnnotationKind::Quote,
            rangeOf(text, u"“The dialogue will continue"_s, u"at every level,”"_s), ushakov);
        add(u"figure"_s, AnnotationKind::Figure, rangeOf(text, u"43.5 billion dollars"_s), {});
        add(u"claim over two lines"_s, AnnotationKind::Claim,
            rangeOf(text, u"the ruling would not change"_s, u"the agreement"_s), peskov);
        add(u"mention"_s, AnnotationKind::SpeakerMention, rangeOf(text, u"Ushakov"_s), ushakov);
        return marked;
    }

    // Exports and opens the result; null (the test failed) when either went wrong.
    std::unique_ptr<Poppler::Document> exportAndOpen(const core::Project &project, const QString &name,
                                                     const ui::pdf::PdfExportOptions &options)
    {
        const QString path = m_dir.filePath(name);
        const auto problem = ui::pdf::AnnotatedPdfExport::write(project, options, path);
        if (problem) {
            qWarning("%s", qPrintable(*problem));
            return nullptr;
        }
        int exitCode = -1;
        const QString check = run(u"qpdf"_s, {u"--check"_s, path}, &exitCode);
        if (!check.isEmpty() && exitCode != 0) {
            qWarning("qpdf --check: %s", qPrintable(check));
            return nullptr;
        }
        return Poppler::Document::load(path);
    }

    // Every highlight of `marked`'s source lies on the original pages that start at `first`, over the
    // words of its annotation; each annotation of an exported kind has one, and only those.
    void checkHighlightsOnOriginal(const core::Project &project, const Poppler::Document &document,
                                   const Marked &marked, int first, int pageCount)
    {
        const core::SourceRecord &source = *project.source(marked.source);
        const core::PageGeometry &geometry = source.document.geometry;
        QHash<core::AnnotationId, QStringList> under;
        QHash<AnnotationKind, int> counts;
        for (const Found &found : highlightsOf(document)) {
            const core::AnnotationRecord *annotation = project.annotation(found.annotation);
            QVERIFY2(annotation, qPrintable(found.highlight->uniqueName()));
            if (annotation->source != marked.source)
                continue;
            QVERIFY2(found.page >= first && found.page < first + pageCount,
                     qPrintable(u"%1 on page %2"_s.arg(found.highlight->uniqueName()).arg(found.page + 1)));
            if (!under.contains(found.annotation))
                ++counts[annotation->kind];
            const std::unique_ptr<Poppler::Page> page = document.page(found.page);
            const QSizeF size = page->pageSizeF();
            under[found.annotation].append(page->text(inPoints(found.highlight->boundary(), size)));

            // Quads against the word boxes: every word of the range wholly on this page is under a
            // quad, and every quad is within the words of the range it touches.
            const int originalPage = found.page - first;
            const QList<QRectF> quads = quadRects(*found.highlight, size);
            QVERIFY(!quads.isEmpty());
            // And drawn there: poppler-qt reads back the geometry it wrote, so only a page drawn by
            // the renderer, from the file's own /QuadPoints, shows that they are where the words are.
            const QImage image = page->renderToImage(72, 72);
            for (const QRectF &quad : quads) {
                const qreal share = tintedShare(image, quad, found.highlight->style().color());
                QVERIFY2(
                    share > 0.3,
                    qPrintable(u"%1: %2 of the quad tinted"_s.arg(found.highlight->uniqueName()).arg(share)));
            }
            for (const core::WordBox &word : geometry.words) {
                if (word.page != originalPage || word.offset < annotation->range.start ||
                    word.offset + word.length > annotation->range.end)
                    continue;
                QVERIFY2(std::any_of(quads.cbegin(), quads.cend(),
                                     [&](const QRectF &quad) { return covers(quad, word.box); }),
                         qPrintable(source.document.text.mid(word.offset, word.length)));
            }
            for (const QRectF &quad : quads) {
                QRectF words;
                for (const core::WordBox &word : geometry.words) {
                    if (word.page == originalPage && word.offset < annotation->range.end &&
                        word.offset + word.length > annotation->range.start && word.box.intersects(quad))
                        words = words.united(word.box);
                }
                QVERIFY2(covers(words, quad), qPrintable(found.highlight->uniqueName()));
            }
        }
        QHash<AnnotationKind, int> expected;
        for (const core::AnnotationId id : marked.ids) {
            const core::AnnotationRecord &annotation = *project.annotation(id);
            if (annotation.kind == AnnotationKind::SpeakerMention) {
                QVERIFY(!under.contains(id)); // not asked for
                continue;
            }
            ++expected[annotation.kind];
            const QString words = normalised(project.annotationText(annotation).toString());
            QVERIFY2(normalised(under.value(id).join(u' ')).contains(words),
                     qPrintable(u"“%1” / under: %2"_s.arg(words, under.value(id).join(u" | "_s))));
        }
        QCOMPARE(counts, expected);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QVERIFY(QDir().mkpath(kShots));
        m_article = m_dir.filePath(u"article.pdf"_s);
        QVERIFY(drawArticle(m_article));
    }

    void wordPiecesJoinWordsOfALine()
    {
        // "ab cd" and "ef" on page 1, "ghi" on page 2; a vertical word; a word far along the line.
        core::PageGeometry geometry;
        geometry.pageSizes = {QSizeF(300, 400), QSizeF(300, 400)};
        geometry.words = {{0, 2, 0, QRectF(10, 10, 20, 10)},   {3, 2, 0, QRectF(35, 10, 20, 10)},
                          {6, 2, 0, QRectF(10, 25, 20, 10)},   {9, 3, 1, QRectF(10, 10, 30, 10)},
                          {13, 4, 1, QRectF(100, 50, 10, 40)}, {18, 2, 1, QRectF(200, 10, 20, 10)}};
        using ui::pdf::wordPieces;
        auto pieces = wordPieces(geometry, {0, 5});
        QCOMPARE(pieces.size(), 1);
        QCOMPARE(pieces.first().page, 0);
        QCOMPARE(pieces.first().rects, QList<QRectF>{QRectF(10, 10, 45, 10)});
        // A range that starts inside a word takes the share of its box.
        pieces = wordPieces(geometry, {1, 5});
        QCOMPARE(pieces.first().rects, QList<QRectF>{QRectF(20, 10, 35, 10)});
        // The next line is a rectangle of its own; the next page a piece of its own.
        pieces = wordPieces(geometry, {3, 12});
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces.at(0).rects, (QList<QRectF>{QRectF(35, 10, 20, 10), QRectF(10, 25, 20, 10)}));
        QCOMPARE(pieces.at(1).page, 1);
        QCOMPARE(pieces.at(1).rects, QList<QRectF>{QRectF(10, 10, 30, 10)});
        // A vertical word is cut along its height; words far apart on a line stay apart.
        pieces = wordPieces(geometry, {14, 16});
        QCOMPARE(pieces.first().rects, QList<QRectF>{QRectF(100, 60, 10, 20)});
        pieces = wordPieces(geometry, {9, 20});
        QCOMPARE(pieces.first().rects.size(), 3);
        // Only the space between two words: nothing.
        QVERIFY(wordPieces(geometry, {2, 3}).isEmpty());
    }

    void theOriginalPagesCarryTheHighlights()
    {
        QString peskov, ushakov;
        auto session = newProject(&peskov, &ushakov);
        QVERIFY(session && !peskov.isEmpty() && !ushakov.isEmpty());
        core::Project &project = *session->project;
        auto document = imported(m_article);
        QVERIFY(document);
        QCOMPARE(document->geometry.pageSizes.size(), 2);
        QVERIFY(!document->original.isEmpty());

        // The article three times: shown by its own pages; its typeset twin, whose original the project
        // does not have; and as plain text, which says nothing about originals.
        const Marked original = addMarked(project, *document, peskov, ushakov);
        QCOMPARE(original.ids.size(), 5);
        core::Document twinDocument = *document;
        twinDocument.original.clear();
        twinDocument.metadata.title = kTitle + u" (twin)"_s;
        const Marked twin = addMarked(project, twinDocument, peskov, ushakov);
        core::Document plainDocument;
        plainDocument.text = document->text;
        plainDocument.metadata.title = u"The same as plain text"_s;
        plainDocument.metadata.format = u"text"_s;
        const Marked plain = addMarked(project, plainDocument, peskov, ushakov);
        QVERIFY(original.source && twin.source && plain.source);
        QVERIFY2(project.originalFile(original.source).has_value(), "the project keeps the original");
        QVERIFY(!project.originalFile(twin.source).value_or(QByteArray()).size());

        const ui::pdf::PdfExportOptions options; // quotes, claims, figures; charts
        const std::unique_ptr<Poppler::Document> pdf = exportAndOpen(project, u"originals.pdf"_s, options);
        QVERIFY(pdf && !pdf->isLocked());
        const int pageCount = pdf->numPages();

        // The source's bookmark opens its header page; its two original pages follow.
        const int header = outlinePage(*pdf, u"Sources"_s, kTitle);
        QVERIFY(header > 0);
        const QString headerText = pageText(*pdf, header);
        QVERIFY2(headerText.contains(kTitle) && headerText.contains(u"Original PDF, 2 page"_s),
                 qPrintable(headerText));
        QVERIFY2(headerText.contains(u"Highlighted on the pages that follow: Quote Claim Figure"_s),
                 qPrintable(headerText));
        const std::unique_ptr<Poppler::Document> drawn = Poppler::Document::load(m_article);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(pageText(*pdf, header + 1 + i), pageText(*drawn, i));
            QCOMPARE(pdf->page(header + 1 + i)->pageSizeF(), kPageSize);
        }

        // Typeset pages say "Page X of N", N counting the original pages, which have no footer.
        int typeset = 0;
        for (int p = 0; p < pageCount; ++p) {
            const QString text = pageText(*pdf, p);
            if (p == header + 1 || p == header + 2) {
                QVERIFY(!text.contains(u"Page "_s));
                continue;
            }
            ++typeset;
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(p + 1).arg(pageCount)), qPrintable(text));
        }
        QCOMPARE(typeset + 2, pageCount);

        checkHighlightsOnOriginal(project, *pdf, original, header + 1, 2);
        if (QTest::currentTestFailed())
            return;

        // The twin is typeset, saying why; the plain text says nothing of originals.
        const int twinPage = outlinePage(*pdf, u"Sources"_s, kTitle + u" (twin)"_s);
        QVERIFY(twinPage > header + 2);
        QVERIFY2(pageText(*pdf, twinPage)
                     .contains(u"Typeset from the imported text: the project does not keep "
                               u"the original PDF"_s),
                 qPrintable(pageText(*pdf, twinPage)));
        const int plainPage = outlinePage(*pdf, u"Sources"_s, u"The same as plain text"_s);
        QVERIFY(plainPage > twinPage);
        QVERIFY(!pageText(*pdf, plainPage).contains(u"Typeset from"_s));

        // A highlight on an original page says what its typeset twin's says, in the same tint.
        const std::vector<Found> found = highlightsOf(*pdf);
        const auto first = [&](core::AnnotationId id) -> const Poppler::HighlightAnnotation * {
            for (const Found &entry : found) {
                if (entry.annotation == id)
                    return entry.highlight.get();
            }
            return nullptr;
        };
        for (auto it = original.ids.cbegin(); it != original.ids.cend(); ++it) {
            const Poppler::HighlightAnnotation *mine = first(it.value());
            const Poppler::HighlightAnnotation *its = first(twin.ids.value(it.key()));
            QCOMPARE(bool(mine), bool(its));
            if (!mine)
                continue;
            QCOMPARE(mine->author(), its->author());
            QCOMPARE(mine->contents(), its->contents());
            QCOMPARE(mine->style().color(), its->style().color());
            QVERIFY(
                mine->contents().startsWith(ui::annotationKindName(project.annotation(it.value())->kind)));
        }
        QCOMPARE(first(original.ids.value(u"first quote"_s))->author(), u"Dmitry Peskov"_s);
        QVERIFY(first(original.ids.value(u"figure"_s))->contents().contains(u"From the annual report"_s));

        // The index gives each speaker the pages of their quotes and claims, as numbered in the end.
        const int speakers = [&] {
            for (const Poppler::OutlineItem &item : pdf->outline()) {
                if (item.name() == u"Speakers" && item.destination())
                    return item.destination()->pageNumber() - 1;
            }
            return -1;
        }();
        QVERIFY(speakers > plainPage);
        QString index;
        for (int p = speakers; p < pageCount; ++p)
            index += pageText(*pdf, p) + u' ';
        for (const QString &speaker : {peskov, ushakov}) {
            QSet<int> pages;
            for (const Found &entry : found) {
                const core::AnnotationRecord *annotation = project.annotation(entry.annotation);
                if (annotation && annotation->speaker == speaker &&
                    annotation->kind != AnnotationKind::Figure)
                    pages.insert(entry.page + 1);
            }
            QList<int> expected(pages.cbegin(), pages.cend());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(indexPages(index, project.speakerName(speaker)), expected);
            QCOMPARE(outlinePage(*pdf, u"Speakers"_s, project.speakerName(speaker)) + 1, expected.first());
        }
        // Peskov speaks on both original pages: the index counts them.
        QVERIFY(indexPages(index, u"Dmitry Peskov"_s).contains(header + 2));
        QVERIFY(indexPages(index, u"Dmitry Peskov"_s).contains(header + 3));

        // Pages to look at: the header page and the original pages with their highlights.
        const QString path = m_dir.filePath(u"originals.pdf"_s);
        for (int p = header; p <= header + 2; ++p) {
            const QString prefix = kShots + u"pdf-originals-page-%1"_s.arg(p + 1);
            run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, QString::number(p + 1), u"-l"_s,
                                QString::number(p + 1), u"-singlefile"_s, path, prefix});
        }
        QFile::remove(kShots + u"pdf-originals.pdf"_s);
        QVERIFY(QFile::copy(path, kShots + u"pdf-originals.pdf"_s));
    }

    void turnedCroppedAndEncryptedOriginals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QSizeF>("shown"); // the pages' size as readers show them
        QTest::newRow("upright, the media box away from the origin") << u"moved"_s << kPageSize;
        QTest::newRow("turned by 90°") << u"90"_s << kPageSize.transposed();
        QTest::newRow("turned by 180°") << u"180"_s << kPageSize;
        QTest::newRow("turned by 270°, with a crop box") << u"270-cropped"_s << QSizeF(560, 420);
        QTest::newRow("encrypted with an owner password only, annotating not allowed")
            << u"encrypted"_s << kPageSize;
    }

    void turnedCroppedAndEncryptedOriginals()
    {
        QFETCH(QString, change);
        QFETCH(QSizeF, shown);
        const QString path = m_dir.filePath(u"changed-%1.pdf"_s.arg(change));
        const int turn = change.left(3).toInt(); // 0 for "moved" and "encrypted"
        QVERIFY(drawArticle(path, turn));
        QVERIFY(rewrite(path, [&](QPDF &pdf, QPDFWriter &writer) {
            if (change == u"encrypted") {
                writer.setR6EncryptionParameters("", "owner", true, true, true, false, false, false,
                                                 qpdf_r3p_full, true);
                return;
            }
            onEveryPage(pdf, [&](QPDFObjectHandle page) {
                if (change == u"moved")
                    page.replaceKey("/MediaBox", box(30, 40, 490, 640));
                else
                    page.replaceKey("/Rotate", QPDFObjectHandle::newInteger(turn));
                if (change == u"270-cropped")
                    page.replaceKey("/CropBox", box(20, 20, 440, 580));
            });
        }));
        QString peskov, ushakov;
        auto session = newProject(&peskov, &ushakov);
        QVERIFY(session);
        auto document = imported(path);
        QVERIFY(document);
        QVERIFY(!document->original.isEmpty());
        QCOMPARE(document->geometry.pageSizes.first(), shown);
        const Marked marked = addMarked(*session->project, *document, peskov, ushakov);
        QCOMPARE(marked.ids.size(), 5); // every passage found in the text read from the turned pages
        ui::pdf::PdfExportOptions options;
        options.charts = false;
        const QString name = u"changed-%1-export.pdf"_s.arg(change);
        const auto pdf = exportAndOpen(*session->project, name, options);
        QVERIFY(pdf);
        const int header = outlinePage(*pdf, u"Sources"_s, kTitle);
        QVERIFY2(pageText(*pdf, header).contains(u"Original PDF, 2 page"_s),
                 qPrintable(pageText(*pdf, header)));
        QCOMPARE(pdf->page(header + 1)->pageSizeF(), shown);
        checkHighlightsOnOriginal(*session->project, *pdf, marked, header + 1, 2);
        if (QTest::currentTestFailed())
            return;
        run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, QString::number(header + 2), u"-l"_s,
                            QString::number(header + 2), u"-singlefile"_s, m_dir.filePath(name),
                            kShots + u"pdf-originals-%1"_s.arg(change)});
    }

    void theOriginalsOwnLinksStayItsActionsGo()
    {
        // Page 1 of the article links to its page 2 and to a web page, in an /Annots array written
        // in the page itself, as many producers do.
        const QString path = m_dir.filePath(u"linked.pdf"_s);
        QVERIFY(drawArticle(path));
        QVERIFY(rewrite(path, [](QPDF &pdf, QPDFWriter &) {
            std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
            const auto annotation = [](const char *subtype, QPDFObjectHandle rect) {
                QPDFObjectHandle made = QPDFObjectHandle::newDictionary();
                made.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
                made.replaceKey("/Subtype", QPDFObjectHandle::newName(subtype));
                made.replaceKey("/Rect", rect);
                return made;
            };
            const auto actionOf = [](const char *kind, const char *key, const char *value) {
                QPDFObjectHandle made = QPDFObjectHandle::newDictionary();
                made.replaceKey("/S", QPDFObjectHandle::newName(kind));
                made.replaceKey(key, QPDFObjectHandle::newString(value));
                return made;
            };
            QPDFObjectHandle toPage = annotation("/Link", box(40, 400, 200, 420));
            toPage.replaceKey("/Dest", QPDFObjectHandle::newArray({pages.at(1).getObjectHandle(),
                                                                   QPDFObjectHandle::newName("/Fit")}));
            QPDFObjectHandle toWeb = annotation("/Link", box(40, 300, 200, 320));
            QPDFObjectHandle action = actionOf("/URI", "/URI", "https://example.org/ruling");
            toWeb.replaceKey("/A", action);
            // And what a hostile original carries (issue 12): actions that run or fetch something.
            const auto scriptAction = [&] {
                return actionOf("/JavaScript", "/JS", "app.launchURL('http://127.0.0.1:9/')");
            };
            action.replaceKey("/Next", scriptAction());
            QPDFObjectHandle launch = annotation("/Link", box(40, 200, 200, 220));
            launch.replaceKey("/A", actionOf("/Launch", "/F", "/bin/sh"));
            QPDFObjectHandle onEnter = QPDFObjectHandle::newDictionary();
            onEnter.replaceKey("/E", scriptAction());
            launch.replaceKey("/AA", onEnter);
            QPDFObjectHandle attachment = annotation("/FileAttachment", box(40, 100, 60, 120));
            attachment.replaceKey("/FS", QPDFObjectHandle::newString("payload.exe"));
            pages.at(0).getObjectHandle().replaceKey(
                "/Annots", QPDFObjectHandle::newArray({toPage, toWeb, launch, attachment}));
            QPDFObjectHandle onOpen = QPDFObjectHandle::newDictionary();
            onOpen.replaceKey("/O", scriptAction());
            pages.at(0).getObjectHandle().replaceKey("/AA", onOpen);
        }));
        QString peskov, ushakov;
        auto session = newProject(&peskov, &ushakov);
        QVERIFY(session);
        auto document = imported(path);
        QVERIFY(document);
        const Marked marked = addMarked(*session->project, *document, peskov, ushakov);
        QCOMPARE(marked.ids.size(), 5);
        ui::pdf::PdfExportOptions options;
        options.charts = false;
        const auto pdf = exportAndOpen(*session->project, u"linked-export.pdf"_s, options);
        QVERIFY(pdf);
        const int header = outlinePage(*pdf, u"Sources"_s, kTitle);
        QVERIFY(header > 0);

        // The links are on the original page 1 still, the first leading to the original page 2 as
        // numbered in the export; the highlights are there beside them.
        QStringList links;
        for (const std::unique_ptr<Poppler::Link> &link : pdf->page(header + 1)->links()) {
            if (link->linkType() == Poppler::Link::Goto)
                links.append(u"page %1"_s.arg(
                    static_cast<const Poppler::LinkGoto &>(*link).destination().pageNumber()));
            else if (link->linkType() == Poppler::Link::Browse)
                links.append(static_cast<const Poppler::LinkBrowse &>(*link).url());
        }
        links.sort();
        QCOMPARE(links, (QStringList{u"https://example.org/ruling"_s, u"page %1"_s.arg(header + 3)}));
        checkHighlightsOnOriginal(*session->project, *pdf, marked, header + 1, 2);

        // Nothing that runs, fetches or carries a file reached the export.
        QPDF written;
        written.processFile(QFile::encodeName(m_dir.filePath(u"linked-export.pdf"_s)).constData());
        // Every object, direct ones inside others too: an action is often a direct dictionary.
        QStringList found;
        std::set<QPDFObjGen> seen;
        std::function<void(QPDFObjectHandle)> visit = [&](QPDFObjectHandle object) {
            if (object.isIndirect() && !seen.insert(object.getObjGen()).second)
                return;
            if (object.isArray()) {
                for (QPDFObjectHandle item : object.getArrayAsVector())
                    visit(item);
            } else if (object.isDictionary() || object.isStream()) {
                QPDFObjectHandle dictionary = object.isStream() ? object.getDict() : object;
                if (dictionary.hasKey("/AA"))
                    found.append(u"/AA"_s);
                for (const char *key : {"/S", "/Subtype"}) {
                    QPDFObjectHandle name = dictionary.getKey(key);
                    if (name.isName() && (name.getName() == "/JavaScript" || name.getName() == "/Launch" ||
                                          name.getName() == "/FileAttachment"))
                        found.append(QString::fromStdString(name.getName()));
                }
                for (const std::string &key : dictionary.getKeys())
                    visit(dictionary.getKey(key));
            }
        };
        visit(written.getTrailer());
        QVERIFY(seen.size() > 10); // the walk did reach the pages
        QCOMPARE(found, QStringList());
    }

    void insertingOriginalPagesRefusesWhatDoesNotFit()
    {
        using ui::pdf::PdfOriginalInsert;
        const QString output = m_dir.filePath(u"spliced.pdf"_s);
        const auto refused = [&](const PdfOriginalInsert &insert, const QString &why) {
            const auto problem = ui::pdf::insertOriginalPages(m_article, output, {insert});
            QVERIFY(problem);
            QVERIFY2(problem->contains(why), qPrintable(*problem));
            QVERIFY(!QFile::exists(output));
        };
        refused({1, m_dir.filePath(u"no-such.pdf"_s), 1, 2}, u"could not be read"_s);
        refused({1, m_article, 3, 2}, u"belong after page 3"_s);
        refused({1, m_article, 1, 3}, u"not the 3 expected"_s);
        if (QTest::currentTestFailed())
            return;

        // The article's two pages between its own first and second.
        QVERIFY(!ui::pdf::insertOriginalPages(m_article, output, {{1, m_article, 1, 2}}));
        const std::unique_ptr<Poppler::Document> spliced = Poppler::Document::load(output);
        const std::unique_ptr<Poppler::Document> article = Poppler::Document::load(m_article);
        QVERIFY(spliced && article);
        QCOMPARE(spliced->numPages(), 4);
        for (const auto &[at, from] : {std::pair{0, 0}, {1, 0}, {2, 1}, {3, 1}})
            QCOMPARE(pageText(*spliced, at), pageText(*article, from));
    }

    void aPdfSourceWithoutItsOriginalIsTypeset_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("line");
        QTest::newRow("not kept") << u"missing"_s << u"the project does not keep the original PDF"_s;
        QTest::newRow("no word boxes") << u"no geometry"_s << u"where its words lie on the original pages"_s;
        QTest::newRow("not a PDF after all") << u"unreadable"_s << u"the original PDF could not be read"_s;
        QTest::newRow("another PDF") << u"other"_s << u"pages are not those the text was read from"_s;
    }

    void aPdfSourceWithoutItsOriginalIsTypeset()
    {
        QFETCH(QString, how);
        QFETCH(QString, line);
        QString peskov, ushakov;
        auto session = newProject(&peskov, &ushakov);
        QVERIFY(session);
        auto document = imported(m_article);
        QVERIFY(document);
        if (how == u"missing")
            document->original.clear();
        else if (how == u"no geometry")
            document->geometry = {};
        else if (how == u"unreadable")
            document->original = "%PDF-1.7\nnothing of a PDF here\n%%EOF\n";
        else {
            // A PDF of one page, where the words were read from two.
            const QString other = m_dir.filePath(u"other.pdf"_s);
            QPdfWriter writer(other);
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), u"Another document"_s);
            QVERIFY(painter.end());
            QFile file(other);
            QVERIFY(file.open(QIODevice::ReadOnly));
            document->original = file.readAll();
        }
        const Marked marked = addMarked(*session->project, *document, peskov, ushakov);
        QVERIFY(marked.source);
        QCOMPARE(marked.ids.size(), 5);
        ui::pdf::PdfExportOptions options;
        options.charts = false;
        const auto pdf = exportAndOpen(*session->project, u"typeset.pdf"_s, options);
        QVERIFY(pdf);
        const int header = outlinePage(*pdf, u"Sources"_s, kTitle);
        const QString text = pageText(*pdf, header);
        QVERIFY2(text.contains(u"Typeset from the imported text: "_s) && text.contains(line),
                 qPrintable(text));
        QVERIFY(!text.contains(u"Original PDF"_s));
        // Typeset: the article's words follow the header, and every page has its footer.
        QVERIFY(text.contains(u"“We respect the decision,” Peskov said"_s));
        for (int p = 0; p < pdf->numPages(); ++p)
            QVERIFY(pageText(*pdf, p).contains(u"Page %1 of %2"_s.arg(p + 1).arg(pdf->numPages())));
        QSet<core::AnnotationId> highlighted;
        for (const Found &found : highlightsOf(*pdf))
            highlighted.insert(found.annotation);
        QCOMPARE(highlighted.size(), 4); // quotes, claim, figure; no mention
    }

    void cancelAtEveryStepLeavesNothing_data()
    {
        QTest::addColumn<int>("stopAt"); // the first percentage the progress refuses
        QTest::newRow("reading the originals") << 2;
        QTest::newRow("laying out") << 40;
        QTest::newRow("putting the original pages in") << 81;
        QTest::newRow("annotating") << 88;
        QTest::newRow("writing the outline") << 95;
        QTest::newRow("at the end") << 100;
    }

    void cancelAtEveryStepLeavesNothing()
    {
        QFETCH(int, stopAt);
        QString peskov, ushakov;
        auto session = newProject(&peskov, &ushakov);
        QVERIFY(session);
        auto document = imported(m_article);
        QVERIFY(document);
        addMarked(*session->project, *document, peskov, ushakov);
        QTemporaryDir folder(m_dir.filePath(u"cancel-XXXXXX"_s));
        const QString target = folder.filePath(u"out.pdf"_s);
        QList<int> reported;
        const auto problem =
            ui::pdf::AnnotatedPdfExport::write(*session->project, {}, target, [&](int done, int) {
                reported.append(done);
                return done < stopAt;
            });
        if (stopAt == 100) {
            // The last report comes when the file is there: nothing to cancel any more.
            QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
            QVERIFY(QFile::exists(target));
            return;
        }
        QVERIFY(problem);
        QCOMPARE(*problem, ui::pdf::AnnotatedPdfExport::cancelledMessage());
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        const QStringList left =
            QDir(folder.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    }
};

QTEST_MAIN(TestPdfOriginals)
#include "tst_pdforiginals.moc"
