#include "ui/pdf/PdfOriginals.h"

#include "core/project/Project.h"
#include "ui/pdf/PdfLayoutText.h"
#include "ui/pdf/PdfQpdfSupport.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cmath>
#include <optional>

namespace claimscope::ui::pdf {
namespace {

Q_LOGGING_CATEGORY(lcOriginals, "claimscope.export.pdf")

// How far a page's size may differ from the one recorded at import: poppler and qpdf read the same
// boxes, so only rounding (the geometry is stored in single precision) separates them.
constexpr qreal kSizeTolerance = 0.5;

bool isFromPdf(const core::SourceRecord &source)
{
    return source.document.metadata.format == u"pdf" || !source.document.geometry.isEmpty();
}

// Whether the original at `file` can be opened without a password and has the pages the words were
// read from.
PdfOriginalState check(const QString &file, const core::PageGeometry &geometry, int &pageCount)
{
    QPDF pdf;
    if (const std::optional<QString> reason = qpdfsupport::open(pdf, file)) {
        qCWarning(lcOriginals) << "the original" << file << "cannot be read:" << *reason;
        return PdfOriginalState::Unreadable;
    }
    try {
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (pages.size() != static_cast<size_t>(geometry.pageSizes.size()))
            return PdfOriginalState::Mismatch;
        for (size_t i = 0; i < pages.size(); ++i) {
            const QSizeF size = qpdfsupport::displayedSize(pages[i]);
            const QSizeF recorded = geometry.pageSizes.at(static_cast<qsizetype>(i));
            if (std::abs(size.width() - recorded.width()) > kSizeTolerance ||
                std::abs(size.height() - recorded.height()) > kSizeTolerance)
                return PdfOriginalState::Mismatch;
        }
        pageCount = static_cast<int>(pages.size());
    } catch (const std::exception &error) {
        qCWarning(lcOriginals) << "the original" << file << "is damaged:" << qpdfsupport::reasonOf(error);
        return PdfOriginalState::Unreadable;
    }
    return PdfOriginalState::Used;
}

} // namespace

std::variant<PdfOriginals, QString> collectOriginals(const core::Project &project,
                                                     const QList<core::SourceId> &sources,
                                                     const QString &folder, const PdfProgress &progress)
{
    PdfOriginals originals;
    const int total = int(sources.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return PdfLayoutText::cancelled();
        const core::SourceRecord *source = project.source(sources.at(i));
        if (!source || !isFromPdf(*source))
            continue;
        PdfOriginal &original = originals[source->id];
        if (source->document.geometry.isEmpty() || source->document.geometry.words.isEmpty()) {
            original.state = PdfOriginalState::NoGeometry;
            continue;
        }
        // Nothing: the project file could not give it; empty: the project does not keep it.
        const std::optional<QByteArray> bytes = project.originalFile(source->id);
        if (!bytes || bytes->isEmpty()) {
            original.state = bytes ? PdfOriginalState::Missing : PdfOriginalState::Unreadable;
            continue;
        }
        // A file, not memory: qpdf reads what it copies from it only when the export is written, so
        // that many originals do not all sit in memory at once.
        const QString file = QDir(folder).filePath(QStringLiteral("original-%1.pdf").arg(source->id));
        QFile copy(file);
        const bool written = copy.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                             copy.write(*bytes) == bytes->size() && copy.flush();
        copy.close(); // which may find the last write refused
        if (!written || copy.error() != QFileDevice::NoError) {
            const QString reason = copy.errorString();
            copy.remove();
            return PdfLayoutText::cannotWrite(file, reason);
        }
        original.state = check(file, source->document.geometry, original.pageCount);
        if (original.state == PdfOriginalState::Used)
            original.file = file;
        else
            QFile::remove(file);
    }
    if (progress && !progress(total, total))
        return PdfLayoutText::cancelled();
    return originals;
}

} // namespace claimscope::ui::pdf
