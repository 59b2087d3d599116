// The two steps after the page layout of the annotated PDF export, on small PDFs drawn here with
// Russian and Turkish text at known places: annotatePdf adds one Highlight annotation per mark and
// the document information, addOutline the bookmarks. The result is re-opened with poppler and
// checked one to one against what was asked (annotations, their words, metadata, outline), checked by
// `qpdf --check` and `pdftotext`, and rendered with `pdftoppm` to see the highlights where the words
// are. Broken inputs and unwritable outputs give a message and leave no file. A 100-page run with
// 2,000 marks is timed.

#include "ui/pdf/PdfAnnotator.h"
#include "ui/pdf/PdfOutline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <functional>
#include <memory>
#include <poppler-annotation.h>
#include <poppler-link.h>
#include <poppler-qt6.h>
#include <sys/resource.h>

using namespace claimscope::ui::pdf;
using namespace Qt::StringLiterals;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");

// How far a rectangle may move on its way through normalised annotation coordinates, in points.
constexpr qreal kTolerance = 0.5;

// A line of text drawn on a page, from its baseline's left end, in points from the page's top left.
struct Line {
    int page = 0;
    QPointF baseline;
    QString text;
};

// Where a drawn word landed, in points from its page's top left.
struct DrawnWord {
    int page = 0;
    QString word;
    QRectF rect;
};

// A mark to add and the word each of its rectangles covers.
struct MarkedWords {
    PdfMark mark;
    QStringList words;
};

QFont textFont()
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(12);
    return font;
}

// Draws `lines` on `pageCount` A4 pages at 72 dpi, so that the painter's units are the PDF's points, and
// returns where each word of them landed (measured with the writer's own font metrics).
QList<DrawnWord> writeBasePdf(const QString &path, const QList<Line> &lines, int pageCount)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(u"base title"_s);
    writer.setCreator(u"base creator"_s);

    const QFont font = textFont();
    const QFontMetricsF metrics(font, &writer);
    QList<DrawnWord> words;
    QPainter painter(&writer);
    painter.setFont(font);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        for (const Line &line : lines) {
            if (line.page != page)
                continue;
            painter.drawText(line.baseline, line.text);
            qsizetype start = 0;
            for (const QString &word : line.text.split(u' ')) {
                const qreal left = line.baseline.x() + metrics.horizontalAdvance(line.text.left(start));
                words.append({page, word,
                              QRectF(left, line.baseline.y() - metrics.ascent(),
                                     metrics.horizontalAdvance(word), metrics.ascent() + metrics.descent())});
                start += word.size() + 1;
            }
        }
    }
    painter.end();
    return words;
}

QRectF rectOf(const QList<DrawnWord> &words, int page, const QString &word)
{
    for (const DrawnWord &drawn : words) {
        if (drawn.page == page && drawn.word == word)
            return drawn.rect;
    }
    return {};
}

bool near(const QPointF &a, const QPointF &b)
{
    return qAbs(a.x() - b.x()) <= kTolerance && qAbs(a.y() - b.y()) <= kTolerance;
}

bool near(const QRectF &a, const QRectF &b)
{
    return near(a.topLeft(), b.topLeft()) && near(a.bottomRight(), b.bottomRight());
}

QString describe(const QRectF &rect)
{
    return u"(%1, %2, %3 x %4)"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

QPointF toPoints(const QPointF &normalised, const QSizeF &pageSize)
{
    return {normalised.x() * pageSize.width(), normalised.y() * pageSize.height()};
}

QRectF toPoints(const QRectF &normalised, const QSizeF &pageSize)
{
    return QRectF(toPoints(normalised.topLeft(), pageSize), toPoints(normalised.bottomRight(), pageSize));
}

// Runs a tool of the system; its exit code, or -1 when it did not run. Its output goes to `output`.
int runTool(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    if (output)
        *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}

// Runs `write` while no file may grow past `bytes`, as on a full disk, but with a regular file half
// written: the write fails with EFBIG (its signal, SIGXFSZ, is ignored meanwhile rather than ending
// the test).
template<typename Write> auto withFileSizeLimit(rlim_t bytes, Write write)
{
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit limited = old;
    limited.rlim_cur = bytes;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    setrlimit(RLIMIT_FSIZE, &limited);
    auto result = write();
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    return result;
}

// Poppler reports every oddity of a damaged file through qDebug(); the broken inputs here are meant.
void quietPoppler(const QString &, const QVariant &) {}

// Where a test's input and output come from.
enum class Input { Good, Missing, RandomBytes, CutInHalf, PasswordProtected, SameAsOutput };
enum class Output { Fresh, MissingDirectory, UnderAFile, DiskFull, TooLarge };

} // namespace

Q_DECLARE_METATYPE(Input)
Q_DECLARE_METATYPE(Output)

class TestPdfAnnotate final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void highlightsMatchTheMarksOneToOne();
    void documentInformationIsSet();
    void marksWithoutAreaAreSkipped();
    void outlineHasTheTitlesLevelsAndPages();
    void outlineNestsByLevel();
    void outputPassesQpdfCheckAndKeepsItsText();
    void renderedHighlightsCoverTheirWords();
    void failuresLeaveNoFile_data();
    void failuresLeaveNoFile();
    void hundredPagesWithTwoThousandMarks();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QList<MarkedWords> m_marked;
    QList<PdfOutlineEntry> m_outline;
    PdfMetadata m_metadata;
    QString m_base;
    QString m_annotated;
    QString m_final;
    QTemporaryDir m_dir;
};

void TestPdfAnnotate::initTestCase()
{
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(kShots));

    const QList<Line> lines{
        {0, {72, 100}, u"Президент Токаев заявил о реформах."_s},
        {0, {72, 140}, u"Bakan Şimşek Kasım ayında açıkladı."_s},
        {0, {72, 180}, u"Inflation reached 64.3 percent last year,"_s},
        {0, {72, 200}, u"but the central bank disagreed."_s},
        {1, {72, 300}, u"Second page: Ankara responded on Tuesday."_s},
        {1, {300, 700}, u"Near the bottom: Astana."_s},
        {2, {72, 100}, u"Index of speakers"_s},
    };
    m_base = path(u"base.pdf"_s);
    const QList<DrawnWord> words = writeBasePdf(m_base, lines, 3);
    QVERIFY(QFileInfo(m_base).size() > 0);

    const auto mark = [&](claimscope::core::AnnotationId id, int page, const QStringList &covered,
                          const QString &author, const QString &contents, const QColor &colour) {
        MarkedWords marked{{id, claimscope::core::AnnotationKind::Quote, page, {}, author, contents, colour},
                           covered};
        for (const QString &word : covered)
            marked.mark.rects.append(rectOf(words, page, word));
        return marked;
    };
    m_marked = {
        mark(1, 0, {u"Токаев"_s}, u"Касым-Жомарт Токаев"_s, u"Цитата · Токаев · позиция +0,6"_s,
             QColor(255, 214, 102)),
        mark(2, 0, {u"Kasım"_s}, u"Mehmet Şimşek"_s, u"Rakam · Mehmet Şimşek · Kasım 2023"_s,
             QColor(155, 220, 255)),
        // One passage over two lines: one rectangle per line.
        mark(3, 0, {u"percent"_s, u"central"_s}, QString(), u"Claim · no speaker\nnote: two lines"_s,
             QColor(190, 240, 170)),
        // A passage over a page break gives two marks of one annotation, one on each page.
        mark(4, 0, {u"bank"_s}, u"Central bank"_s, u"Quote · Central bank (start)"_s, QColor(240, 170, 200)),
        mark(4, 1, {u"Ankara"_s}, u"Central bank"_s, u"Quote · Central bank (end)"_s, QColor(240, 170, 200)),
        mark(5, 1, {u"Astana."_s}, u"Astana"_s, u"Figure · Astana"_s, QColor(255, 160, 60)),
    };
    for (const MarkedWords &marked : std::as_const(m_marked)) {
        for (const QRectF &rect : marked.mark.rects)
            QVERIFY2(!rect.isEmpty(), qPrintable(marked.words.join(u' ')));
    }
    m_outline = {
        {u"Источники"_s, 0, 0}, {u"Токаев о реформах"_s, 0, 1}, {u"Kasım enflasyonu"_s, 1, 1},
        {u"Speakers"_s, 2, 0},  {u"Mehmet Şimşek"_s, 2, 1},     {u"Касым-Жомарт Токаев"_s, 0, 1},
    };
    m_metadata = {u"Выборы в Казахстане — Kasım raporu"_s, u"Исследователь Ağaoğlu"_s, u"Claims and quotes"_s,
                  u"Токаев, Şimşek, inflation"_s, u"Claimscope test"_s};

    m_annotated = path(u"annotated.pdf"_s);
    m_final = path(u"final.pdf"_s);
    QList<PdfMark> marks;
    for (const MarkedWords &marked : std::as_const(m_marked))
        marks.append(marked.mark);
    const std::optional<QString> annotated = annotatePdf(m_base, m_annotated, marks, m_metadata);
    QVERIFY2(!annotated, qPrintable(annotated.value_or(QString())));
    const std::optional<QString> outlined = addOutline(m_annotated, m_final, m_outline);
    QVERIFY2(!outlined, qPrintable(outlined.value_or(QString())));
}

void TestPdfAnnotate::highlightsMatchTheMarksOneToOne()
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(m_final);
    QVERIFY(document);
    QCOMPARE(document->numPages(), 3);

    QSet<QString> names;
    for (int p = 0; p < document->numPages(); ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        const QSizeF size = page->pageSizeF();
        QList<const MarkedWords *> expected;
        for (const MarkedWords &marked : std::as_const(m_marked)) {
            if (marked.mark.page == p)
                expected.append(&marked);
        }
        const auto annotations = page->annotations({});
        QCOMPARE(annotations.size(), size_t(expected.size()));

        for (const auto &annotation : annotations) {
            QCOMPARE(annotation->subType(), Poppler::Annotation::AHighlight);
            const auto *highlight = static_cast<const Poppler::HighlightAnnotation *>(annotation.get());
            const auto found =
                std::find_if(expected.cbegin(), expected.cend(), [&](const MarkedWords *marked) {
                    return marked->mark.contents == highlight->contents();
                });
            QVERIFY2(found != expected.cend(), qPrintable(highlight->contents()));
            const MarkedWords &marked = **found;
            expected.removeOne(&marked);

            QCOMPARE(highlight->highlightType(), Poppler::HighlightAnnotation::Highlight);
            QCOMPARE(highlight->author(), marked.mark.author);
            QCOMPARE(highlight->style().color().rgb(), marked.mark.colour.rgb());
            QCOMPARE(highlight->style().opacity(), 1.0);
            QVERIFY(highlight->creationDate().isValid());
            QVERIFY(highlight->modificationDate().isValid());
            QVERIFY(!highlight->uniqueName().isEmpty());
            QVERIFY2(!names.contains(highlight->uniqueName()), qPrintable(highlight->uniqueName()));
            names.insert(highlight->uniqueName());

            // Each quadrilateral, back in points, is the word's rectangle, corner by corner, and poppler
            // finds the word under it.
            const QList<Poppler::HighlightAnnotation::Quad> quads = highlight->highlightQuads();
            QCOMPARE(quads.size(), marked.mark.rects.size());
            QRectF united;
            for (qsizetype i = 0; i < quads.size(); ++i) {
                const QRectF want = marked.mark.rects.at(i);
                united = united.united(want);
                const auto &points = quads.at(i).points;
                QVERIFY2(near(toPoints(points[0], size), want.topLeft()) &&
                             near(toPoints(points[1], size), want.topRight()) &&
                             near(toPoints(points[2], size), want.bottomRight()) &&
                             near(toPoints(points[3], size), want.bottomLeft()),
                         qPrintable(marked.words.at(i)));
                const QRectF back(toPoints(points[0], size), toPoints(points[2], size));
                QCOMPARE(page->text(back).trimmed(), marked.words.at(i));
            }

            const QRectF boundary = toPoints(highlight->boundary(), size);
            QVERIFY2(near(boundary, united), qPrintable(describe(boundary) + u" ≠ "_s + describe(united)));
            const QString underBoundary = page->text(boundary).simplified();
            if (marked.words.size() == 1)
                QCOMPARE(underBoundary, marked.words.constFirst());
            for (const QString &word : marked.words)
                QVERIFY2(underBoundary.contains(word), qPrintable(underBoundary));
        }
    }
    QCOMPARE(names.size(), m_marked.size());
}

void TestPdfAnnotate::documentInformationIsSet()
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(m_final);
    QVERIFY(document);
    QCOMPARE(document->title(), m_metadata.title);
    QCOMPARE(document->author(), m_metadata.author);
    QCOMPARE(document->subject(), m_metadata.subject);
    QCOMPARE(document->keywords(), m_metadata.keywords);
    QCOMPARE(document->creator(), m_metadata.creator);
    QCOMPARE(document->info(u"Title"_s), m_metadata.title);

    // An empty field keeps what the page layout wrote.
    const QString kept = path(u"kept-creator.pdf"_s);
    PdfMetadata partial = m_metadata;
    partial.creator.clear();
    const std::optional<QString> error = annotatePdf(m_base, kept, {}, partial);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    const std::unique_ptr<Poppler::Document> keptDocument = Poppler::Document::load(kept);
    QVERIFY(keptDocument);
    QCOMPARE(keptDocument->creator(), u"base creator"_s);
    QCOMPARE(keptDocument->title(), m_metadata.title);
}

void TestPdfAnnotate::marksWithoutAreaAreSkipped()
{
    // A mark with no rectangle, or one wholly off its page, is a slip of the layout: it is logged and
    // left out, and the export goes on; a rectangle reaching over the edge is cut to the page.
    const QList<PdfMark> marks{
        {1, claimscope::core::AnnotationKind::Quote, 0, {}, u"a"_s, u"no rectangle"_s, Qt::red},
        {2,
         claimscope::core::AnnotationKind::Quote,
         0,
         {QRectF(-100, -100, 50, 20)},
         u"b"_s,
         u"off the page"_s,
         Qt::green},
        {3,
         claimscope::core::AnnotationKind::Quote,
         1,
         {QRectF(500, 820, 200, 40)},
         u"c"_s,
         u"over the corner"_s,
         Qt::blue},
    };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"annotation 1 has no area on page 1"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"annotation 2 has no area on page 1"_s));
    const QString output = path(u"no-area.pdf"_s);
    const std::optional<QString> error = annotatePdf(m_base, output, marks, m_metadata);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(output);
    QVERIFY(document);
    QCOMPARE(document->page(0)->annotations({}).size(), size_t(0));
    const auto cornered = document->page(1)->annotations({});
    QCOMPARE(cornered.size(), size_t(1));
    const QSizeF size = document->page(1)->pageSizeF();
    QVERIFY2(near(toPoints(cornered.front()->boundary(), size), QRectF(500, 820, 95, 22)),
             qPrintable(describe(toPoints(cornered.front()->boundary(), size))));
}

void TestPdfAnnotate::outlineHasTheTitlesLevelsAndPages()
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(m_final);
    QVERIFY(document);
    QCOMPARE(document->pageMode(), Poppler::Document::UseOutlines);

    // The outline read back, flattened in order, as the entries were given, with whether the reader
    // opens each entry that has children, and where on its page each entry opens.
    QList<PdfOutlineEntry> found;
    QStringList closed;
    QList<double> tops;
    const std::function<void(const QVector<Poppler::OutlineItem> &, int)> walk =
        [&](const QVector<Poppler::OutlineItem> &items, int level) {
            for (const Poppler::OutlineItem &item : items) {
                const QSharedPointer<const Poppler::LinkDestination> destination = item.destination();
                // LinkDestination counts pages from 1.
                found.append({item.name(), destination ? destination->pageNumber() - 1 : -1, level});
                tops.append(destination && destination->isChangeTop() ? destination->top() : -1);
                if (item.hasChildren() && !item.isOpen())
                    closed.append(item.name());
                walk(item.children(), level + 1);
            }
        };
    walk(document->outline(), 0);
    QCOMPARE(found, m_outline);
    QCOMPARE(closed, QStringList());
    // Each entry opens its page at the top.
    for (const double top : std::as_const(tops))
        QVERIFY2(qAbs(top) < 0.001, qPrintable(QString::number(top)));
}

void TestPdfAnnotate::outlineNestsByLevel()
{
    // A child before any top entry goes to the top; a level that skips one nests under the last entry.
    const QList<PdfOutlineEntry> entries{
        {u"orphan"_s, 1, 1}, {u"top"_s, 0, 0}, {u"deep"_s, 2, 3}, {u"child"_s, 1, 1}, {u"last"_s, 2, 0},
    };
    const QString output = path(u"nested.pdf"_s);
    const std::optional<QString> error = addOutline(m_base, output, entries);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(output);
    QVERIFY(document);
    const QVector<Poppler::OutlineItem> top = document->outline();
    QCOMPARE(top.size(), 3);
    QCOMPARE(top.at(0).name(), u"orphan"_s);
    QCOMPARE(top.at(1).name(), u"top"_s);
    QCOMPARE(top.at(2).name(), u"last"_s);
    QCOMPARE(top.at(2).destination()->pageNumber(), 3);
    const QVector<Poppler::OutlineItem> children = top.at(1).children();
    QCOMPARE(children.size(), 2);
    QCOMPARE(children.at(0).name(), u"deep"_s);
    QCOMPARE(children.at(1).name(), u"child"_s);
    QVERIFY(!top.at(0).hasChildren());

    // The base had no annotations and gets none; its information stays.
    QCOMPARE(document->title(), u"base title"_s);
}

void TestPdfAnnotate::outputPassesQpdfCheckAndKeepsItsText()
{
    const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (qpdf.isEmpty() && pdftotext.isEmpty())
        QSKIP("neither qpdf nor pdftotext is installed");
    if (!qpdf.isEmpty()) {
        for (const QString &file : {m_annotated, m_final}) {
            QByteArray report;
            QCOMPARE(runTool(qpdf, {u"--check"_s, file}, &report), 0);
            QVERIFY2(report.contains("No syntax or stream encoding errors"), report.constData());
        }
    }
    if (!pdftotext.isEmpty()) {
        QByteArray text;
        QCOMPARE(runTool(pdftotext, {u"-enc"_s, u"UTF-8"_s, m_final, u"-"_s}, &text), 0);
        const QString decoded = QString::fromUtf8(text);
        QVERIFY2(decoded.contains(u"Токаев"_s), text.constData());
        QVERIFY2(decoded.contains(u"Kasım"_s), text.constData());
        QVERIFY2(decoded.contains(u"Şimşek"_s), text.constData());
    }
}

void TestPdfAnnotate::renderedHighlightsCoverTheirWords()
{
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm is not installed");
    constexpr int kDpi = 80;
    for (const int page : {1, 2}) {
        const QString prefix = kShots + u"pdf-annotate-page%1"_s.arg(page);
        QCOMPARE(runTool(pdftoppm, {u"-png"_s, u"-r"_s, QString::number(kDpi), u"-f"_s, QString::number(page),
                                    u"-l"_s, QString::number(page), u"-singlefile"_s, m_final, prefix}),
                 0);
        const QImage image(prefix + u".png"_s);
        QVERIFY(!image.isNull());

        // The base PDF has no colour of its own, so a pixel in a mark's colour is the annotation's: most
        // of each word's rectangle (all but its letters) is in it, and the page outside is white.
        const qreal scale = kDpi / 72.0;
        for (const MarkedWords &marked : std::as_const(m_marked)) {
            if (marked.mark.page != page - 1)
                continue;
            for (const QRectF &rect : marked.mark.rects) {
                const QRect pixels = QRectF(rect.topLeft() * scale, rect.size() * scale)
                                         .toAlignedRect()
                                         .adjusted(1, 1, -1, -1);
                int coloured = 0;
                for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
                    for (int x = pixels.left(); x <= pixels.right(); ++x) {
                        const QColor pixel = image.pixelColor(x, y);
                        const QColor want = marked.mark.colour;
                        if (qAbs(pixel.red() - want.red()) < 12 && qAbs(pixel.green() - want.green()) < 12 &&
                            qAbs(pixel.blue() - want.blue()) < 12)
                            ++coloured;
                    }
                }
                const qreal share = qreal(coloured) / (pixels.width() * pixels.height());
                QVERIFY2(share > 0.5, qPrintable(u"%1: %2 of the rectangle in the mark's colour"_s
                                                     .arg(marked.words.join(u' '))
                                                     .arg(share)));
                const QPoint outside = pixels.topLeft() - QPoint(0, 6);
                QCOMPARE(image.pixelColor(outside), QColor(Qt::white));
            }
        }
    }
}

void TestPdfAnnotate::failuresLeaveNoFile_data()
{
    QTest::addColumn<bool>("outline");
    QTest::addColumn<Input>("input");
    QTest::addColumn<Output>("output");
    QTest::addColumn<int>("page");

    QTest::newRow("annotate: the input does not exist") << false << Input::Missing << Output::Fresh << 0;
    QTest::newRow("annotate: the input is random bytes") << false << Input::RandomBytes << Output::Fresh << 0;
    QTest::newRow("annotate: the input is a PDF cut in half")
        << false << Input::CutInHalf << Output::Fresh << 0;
    QTest::newRow("annotate: the input needs a password")
        << false << Input::PasswordProtected << Output::Fresh << 0;
    QTest::newRow("annotate: the output is the input") << false << Input::SameAsOutput << Output::Fresh << 0;
    QTest::newRow("annotate: the output's folder does not exist")
        << false << Input::Good << Output::MissingDirectory << 0;
    QTest::newRow("annotate: the output's folder is a file")
        << false << Input::Good << Output::UnderAFile << 0;
    QTest::newRow("annotate: the disk is full") << false << Input::Good << Output::DiskFull << 0;
    QTest::newRow("annotate: the output stops growing half way")
        << false << Input::Good << Output::TooLarge << 0;
    QTest::newRow("annotate: a mark on page 99") << false << Input::Good << Output::Fresh << 98;

    QTest::newRow("outline: the input does not exist") << true << Input::Missing << Output::Fresh << 0;
    QTest::newRow("outline: the input is random bytes") << true << Input::RandomBytes << Output::Fresh << 0;
    QTest::newRow("outline: the input is a PDF cut in half")
        << true << Input::CutInHalf << Output::Fresh << 0;
    QTest::newRow("outline: the output is the input") << true << Input::SameAsOutput << Output::Fresh << 0;
    QTest::newRow("outline: the output's folder does not exist")
        << true << Input::Good << Output::MissingDirectory << 0;
    QTest::newRow("outline: the output's folder is a file") << true << Input::Good << Output::UnderAFile << 0;
    QTest::newRow("outline: the disk is full") << true << Input::Good << Output::DiskFull << 0;
    QTest::newRow("outline: the output stops growing half way")
        << true << Input::Good << Output::TooLarge << 0;
    QTest::newRow("outline: an entry on page 99") << true << Input::Good << Output::Fresh << 98;
}

void TestPdfAnnotate::failuresLeaveNoFile()
{
    QFETCH(bool, outline);
    QFETCH(Input, input);
    QFETCH(Output, output);
    QFETCH(int, page);

    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u':');
    QString in = m_base;
    QString out = path(tag + u"-out.pdf"_s);
    switch (input) {
    case Input::Good:
        break;
    case Input::Missing:
        in = path(u"nowhere.pdf"_s);
        break;
    case Input::RandomBytes:
    case Input::CutInHalf: {
        QFile base(m_base);
        QVERIFY(base.open(QIODevice::ReadOnly));
        QByteArray bytes = base.readAll();
        if (input == Input::CutInHalf) {
            bytes.truncate(bytes.size() / 2);
        } else {
            for (char &byte : bytes)
                byte = char(QRandomGenerator::global()->bounded(256));
        }
        in = path(tag + u"-in.pdf"_s);
        QFile broken(in);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(bytes);
        break;
    }
    case Input::PasswordProtected: {
        const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed to encrypt a PDF");
        in = path(tag + u"-in.pdf"_s);
        QCOMPARE(runTool(qpdf, {u"--encrypt"_s, u"user"_s, u"owner"_s, u"256"_s, u"--"_s, m_base, in}), 0);
        break;
    }
    case Input::SameAsOutput:
        in = path(tag + u"-in.pdf"_s);
        QVERIFY(QFile::copy(m_base, in));
        out = in;
        break;
    }
    switch (output) {
    case Output::Fresh:
        break;
    case Output::MissingDirectory:
        out = path(u"no-such-folder/out.pdf"_s);
        break;
    case Output::UnderAFile:
        out = m_base + u"/out.pdf"_s;
        break;
    case Output::DiskFull:
        out = u"/dev/full"_s;
        if (!QFileInfo::exists(out))
            QSKIP("this system has no /dev/full");
        break;
    case Output::TooLarge:
        break;
    }
    const qint64 inputSize = QFileInfo(in).size();

    QElapsedTimer timer;
    timer.start();
    const auto run = [&] {
        const PdfMark mark{7,
                           claimscope::core::AnnotationKind::Claim,
                           page,
                           {QRectF(72, 90, 40, 14)},
                           u"someone"_s,
                           u"a claim"_s,
                           Qt::yellow};
        return outline ? addOutline(in, out, {{u"Somewhere"_s, page, 0}})
                       : annotatePdf(in, out, {mark}, m_metadata);
    };
    const std::optional<QString> message =
        output == Output::TooLarge ? withFileSizeLimit(rlim_t(inputSize / 2), run) : run();
    QVERIFY2(message, "a failure must be reported");
    qInfo().noquote() << "message:" << *message;
    QVERIFY(!message->isEmpty());
    QVERIFY2(timer.elapsed() < 10'000, "a failure must not take long");

    // The message names what went wrong: the page, the output, or the input.
    const QString clue = page > 0                  ? u"99"_s
                         : output != Output::Fresh ? QDir::toNativeSeparators(out)
                                                   : QDir::toNativeSeparators(in);
    QVERIFY2(message->contains(clue), qPrintable(clue));

    if (output == Output::DiskFull) {
        QVERIFY2(QFileInfo(out).exists() && !QFileInfo(out).isFile(), "/dev/full must not be removed");
    } else if (input == Input::SameAsOutput) {
        QCOMPARE(QFileInfo(in).size(), inputSize);
    } else {
        QVERIFY2(!QFileInfo::exists(out), qPrintable(out));
    }
}

void TestPdfAnnotate::hundredPagesWithTwoThousandMarks()
{
    constexpr int kPages = 100;
    constexpr int kLinesPerPage = 20;
    const QStringList speakers{u"Токаев"_s, u"Şimşek"_s, u"Erdoğan"_s, u"Lagarde"_s, u"Набиуллина"_s};

    QList<Line> lines;
    for (int page = 0; page < kPages; ++page) {
        for (int line = 0; line < kLinesPerPage; ++line)
            lines.append(
                {page, QPointF(60, 70 + line * 36),
                 u"Line %1 on page %2: %3 said prices rose in Kasım."_s.arg(line + 1).arg(page + 1).arg(
                     speakers.at(line % speakers.size()))});
    }
    const QString base = path(u"bench-base.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    const QList<DrawnWord> words = writeBasePdf(base, lines, kPages);
    const qint64 baseMs = timer.elapsed();

    QList<PdfMark> marks;
    for (const DrawnWord &word : words) {
        if (speakers.contains(word.word))
            marks.append({marks.size() + 1,
                          claimscope::core::AnnotationKind::Quote,
                          word.page,
                          {word.rect},
                          word.word,
                          u"Quote · "_s + word.word,
                          QColor::fromHsv(int(marks.size() * 37 % 360), 90, 255)});
    }
    QCOMPARE(marks.size(), kPages * kLinesPerPage);
    QList<PdfOutlineEntry> outline{{u"Sources"_s, 0, 0}};
    for (int page = 0; page < kPages; ++page)
        outline.append({u"Источник %1"_s.arg(page + 1), page, 1});
    outline.append({u"Speakers"_s, kPages - 1, 0});
    for (const QString &speaker : speakers)
        outline.append({speaker, 0, 1});

    const QString annotated = path(u"bench-annotated.pdf"_s);
    const QString final = path(u"bench-final.pdf"_s);
    timer.restart();
    const std::optional<QString> annotateError = annotatePdf(base, annotated, marks, m_metadata);
    const qint64 annotateMs = timer.elapsed();
    QVERIFY2(!annotateError, qPrintable(annotateError.value_or(QString())));
    timer.restart();
    const std::optional<QString> outlineError = addOutline(annotated, final, outline);
    const qint64 outlineMs = timer.elapsed();
    QVERIFY2(!outlineError, qPrintable(outlineError.value_or(QString())));

    qInfo().noquote() << u"%1 pages, %2 marks, %3 outline entries: base written in %4 ms; annotatePdf %5 ms; "
                         u"addOutline %6 ms; together %7 ms; %8 KB -> %9 KB -> %10 KB"_s.arg(kPages)
                             .arg(marks.size())
                             .arg(outline.size())
                             .arg(baseMs)
                             .arg(annotateMs)
                             .arg(outlineMs)
                             .arg(annotateMs + outlineMs)
                             .arg(QFileInfo(base).size() / 1024)
                             .arg(QFileInfo(annotated).size() / 1024)
                             .arg(QFileInfo(final).size() / 1024);

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(final);
    QVERIFY(document);
    QCOMPARE(document->numPages(), kPages);
    size_t annotations = 0;
    for (int page = 0; page < kPages; ++page)
        annotations += document->page(page)->annotations({Poppler::Annotation::AHighlight}).size();
    QCOMPARE(annotations, size_t(marks.size()));
    QCOMPARE(document->outline().size(), 2);
    QCOMPARE(document->outline().at(0).children().size(), kPages);
}

QTEST_MAIN(TestPdfAnnotate)
#include "tst_pdfannotate.moc"
