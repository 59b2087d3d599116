#include "ui/pdf/PdfAnnotator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>

#include <memory>
#include <poppler-annotation.h>
#include <poppler-qt6.h>

namespace claimscope::ui::pdf {
namespace {

Q_LOGGING_CATEGORY(lcAnnotator, "claimscope.export.pdf")

// The context of this file's messages in the translations.
struct PdfAnnotator {
    Q_DECLARE_TR_FUNCTIONS(PdfAnnotator)
};

// How far from each end of a file its PDF markers are looked for: "%PDF-" near the start and "%%EOF"
// near the end, as readers do (PDF 32000-1, 7.5.2 and 7.5.5).
constexpr qint64 kMarkerWindow = 1024;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Why `path` cannot be a PDF to annotate, judged from the file and its two ends; nothing when it may
// be one. A file cut short is refused here because poppler repairs one (it rebuilds the lost
// cross-reference table) and would annotate what is left of it without a word.
std::optional<QString> checkInputFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return PdfAnnotator::tr("The PDF %1 does not exist.").arg(shown(path));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return PdfAnnotator::tr("The PDF %1 could not be read: %2")
            .arg(shown(path), info.isFile() ? file.errorString() : PdfAnnotator::tr("it is not a file"));
    if (!file.read(kMarkerWindow).contains("%PDF-"))
        return PdfAnnotator::tr("The file %1 is not a PDF.").arg(shown(path));
    if (!file.seek(qMax<qint64>(0, file.size() - kMarkerWindow)) || !file.readAll().contains("%%EOF"))
        return PdfAnnotator::tr("The PDF %1 is incomplete: the file stops before the end of the document.")
            .arg(shown(path));
    return std::nullopt;
}

// Removes what a failed write left at `path`. Only a regular file: an output such as /dev/null is
// never the caller's to lose.
void removePartialOutput(const QString &path)
{
    if (QFileInfo(path).isFile() && !QFile::remove(path))
        qCWarning(lcAnnotator) << "could not remove the partial output" << path;
}

// A mark's rectangle as poppler wants annotation geometry: normalised to the page (0..1 from the top
// left), cut to the page so that a rectangle reaching over the edge stays valid.
QRectF normalised(const QRectF &points, const QSizeF &pageSize)
{
    const QRectF onPage = points.normalized().intersected(QRectF(QPointF(), pageSize));
    return QRectF(onPage.x() / pageSize.width(), onPage.y() / pageSize.height(),
                  onPage.width() / pageSize.width(), onPage.height() / pageSize.height());
}

// One quadrilateral per rectangle, corners in the order poppler-qt takes them: top left, top right,
// bottom right, bottom left. Poppler swaps the last two when it writes /QuadPoints, which gives the
// order readers follow (top left, top right, bottom left, bottom right) rather than the specification's
// counterclockwise one (poppler's HighlightAnnotationPrivate::toQuadrilaterals; PDF Association
// pdf-issues #68).
Poppler::HighlightAnnotation::Quad quadOf(const QRectF &rect)
{
    Poppler::HighlightAnnotation::Quad quad;
    quad.points[0] = rect.topLeft();
    quad.points[1] = rect.topRight();
    quad.points[2] = rect.bottomRight();
    quad.points[3] = rect.bottomLeft();
    quad.capStart = true;
    quad.capEnd = true;
    quad.feather = 0;
    return quad;
}

// The Highlight annotation for `mark` on a page of `pageSize` points, or nothing when none of its
// rectangles has an area on the page. `name` is unique in the document, as readers expect of /NM.
std::unique_ptr<Poppler::HighlightAnnotation> highlightFor(const PdfMark &mark, const QSizeF &pageSize,
                                                           const QString &name, const QDateTime &when)
{
    QList<Poppler::HighlightAnnotation::Quad> quads;
    QRectF boundary;
    for (const QRectF &rect : mark.rects) {
        const QRectF area = normalised(rect, pageSize);
        if (area.isEmpty())
            continue;
        quads.append(quadOf(area));
        boundary = boundary.united(area);
    }
    if (quads.isEmpty())
        return nullptr;

    auto highlight = std::make_unique<Poppler::HighlightAnnotation>();
    highlight->setHighlightType(Poppler::HighlightAnnotation::Highlight);
    highlight->setBoundary(boundary);
    highlight->setHighlightQuads(quads);
    highlight->setAuthor(mark.author);
    highlight->setContents(mark.contents);
    highlight->setUniqueName(name);
    highlight->setCreationDate(when);
    highlight->setModificationDate(when);
    // Opaque: readers draw a highlight multiplied over the page, so the text under it stays readable
    // (the colour is under the text of a typeset page already, and only the annotation's on an
    // original page), and its colour in their lists matches the legend's.
    Poppler::Annotation::Style style;
    style.setColor(QColor(mark.colour.red(), mark.colour.green(), mark.colour.blue()));
    style.setOpacity(1.0);
    highlight->setStyle(style);
    return highlight;
}

// Sets the document information entries of `metadata` that are not empty; false when poppler refused one.
bool setInformation(Poppler::Document &document, const PdfMetadata &metadata)
{
    bool ok = true;
    const auto set = [&](const QString &value, bool (Poppler::Document::*setter)(const QString &)) {
        if (!value.isEmpty())
            ok = (document.*setter)(value) && ok;
    };
    set(metadata.title, &Poppler::Document::setTitle);
    set(metadata.author, &Poppler::Document::setAuthor);
    set(metadata.subject, &Poppler::Document::setSubject);
    set(metadata.keywords, &Poppler::Document::setKeywords);
    set(metadata.creator, &Poppler::Document::setCreator);
    return ok;
}

QString converterError(Poppler::BaseConverter::Error error)
{
    switch (error) {
    case Poppler::BaseConverter::FileLockedError:
        return PdfAnnotator::tr("the document is locked");
    case Poppler::BaseConverter::OpenOutputError:
        return PdfAnnotator::tr("the file could not be opened");
    case Poppler::BaseConverter::NotSupportedInputFileError:
    case Poppler::BaseConverter::NoError:
        break;
    }
    return PdfAnnotator::tr("poppler could not save the document");
}

// Writes `document` with its changes to `output`; a failed write leaves no file behind.
std::optional<QString> writeDocument(const Poppler::Document &document, const QString &output)
{
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return PdfAnnotator::tr("Could not write %1: %2").arg(shown(output), file.errorString());

    const std::unique_ptr<Poppler::PDFConverter> converter = document.pdfConverter();
    converter->setOutputDevice(&file);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    const bool converted = converter->convert();
    // Poppler does not look at what the device says about each write, so the file is asked afterwards:
    // before closing, which forgets an error of an earlier write, and after, for the last one.
    file.flush();
    QString reason = file.error() != QFileDevice::NoError ? file.errorString()
                     : converted                          ? QString()
                                                          : converterError(converter->lastError());
    file.close();
    if (reason.isEmpty() && file.error() != QFileDevice::NoError)
        reason = file.errorString();
    if (reason.isEmpty())
        return std::nullopt;
    removePartialOutput(output);
    return PdfAnnotator::tr("Could not write %1: %2").arg(shown(output), reason);
}

} // namespace

std::optional<QString> annotatePdf(const QString &input, const QString &output, const QList<PdfMark> &marks,
                                   const PdfMetadata &metadata)
{
    if (const std::optional<QString> problem = checkInputFile(input))
        return problem;
    const QFileInfo outputInfo(output);
    if (outputInfo.exists() && outputInfo.canonicalFilePath() == QFileInfo(input).canonicalFilePath())
        return PdfAnnotator::tr("The annotated PDF cannot be written over its own input %1.")
            .arg(shown(input));

    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(input);
    if (!document)
        return PdfAnnotator::tr("The PDF %1 is damaged and could not be opened.").arg(shown(input));
    if (document->isLocked())
        return PdfAnnotator::tr("The PDF %1 is protected by a password.").arg(shown(input));
    const int pageCount = document->numPages();

    // Every mark's page is checked before anything is added, and marks are taken a page at a time, so
    // that each page is loaded once however many marks it carries.
    QMap<int, QList<qsizetype>> marksByPage;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const int page = marks.at(i).page;
        if (page < 0 || page >= pageCount)
            return PdfAnnotator::tr("An annotation belongs on page %1, but the PDF %2 has %n page(s).",
                                    nullptr, pageCount)
                .arg(page + 1)
                .arg(shown(input));
        marksByPage[page].append(i);
    }

    // One time for all, to the second, as PDF dates are written.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime when = now.addMSecs(-now.time().msec());
    for (auto it = marksByPage.cbegin(); it != marksByPage.cend(); ++it) {
        const std::unique_ptr<Poppler::Page> page = document->page(it.key());
        if (!page)
            return PdfAnnotator::tr("Page %1 of the PDF %2 is damaged.").arg(it.key() + 1).arg(shown(input));
        const QSizeF pageSize = page->pageSizeF();
        for (const qsizetype i : it.value()) {
            const PdfMark &mark = marks.at(i);
            const QString name = QStringLiteral("claimscope-%1-%2").arg(mark.annotation).arg(i);
            const std::unique_ptr<Poppler::HighlightAnnotation> highlight =
                highlightFor(mark, pageSize, name, when);
            // A mark with nothing to cover is a slip of the layout, not a reason to lose the export:
            // its colour is still in the page.
            if (!highlight) {
                qCWarning(lcAnnotator)
                    << "annotation" << mark.annotation << "has no area on page" << it.key() + 1;
                continue;
            }
            // The page takes a copy; the annotation object stays ours to delete.
            page->addAnnotation(highlight.get());
        }
    }

    if (!setInformation(*document, metadata))
        return PdfAnnotator::tr("The document information of %1 could not be set.").arg(shown(input));
    return writeDocument(*document, output);
}

} // namespace claimscope::ui::pdf
