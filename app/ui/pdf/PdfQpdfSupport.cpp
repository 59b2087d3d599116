#include "ui/pdf/PdfQpdfSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <vector>

namespace claimscope::ui::pdf::qpdfsupport {
namespace {

Q_LOGGING_CATEGORY(lcQpdf, "claimscope.export.pdf")

// qpdf's warnings are written to the log only up to this many: a badly damaged file gives thousands.
constexpr size_t kLoggedWarnings = 20;

// Hands what qpdf writes to a QFile, so that the output file is opened, and its errors worded, the
// way the rest of the application does it. It never throws: qpdf finishes its pipelines from
// destructors, where an exception ends the program, so the first error is kept for the caller to ask
// about when qpdf is done, and what comes after it is dropped. qpdf asks for QPDF_DLL_CLASS on its
// pipelines (Pipeline.hh).
class QPDF_DLL_CLASS FilePipeline final : public Pipeline {
public:
    explicit FilePipeline(QFile &file)
        : Pipeline("claimscope output", nullptr)
        , m_file(file)
    {
    }

    void write(unsigned char const *data, size_t length) override
    {
        const auto size = static_cast<qint64>(length);
        if (m_error.isEmpty() && m_file.write(reinterpret_cast<const char *>(data), size) != size)
            m_error = m_file.errorString();
    }

    void finish() override
    {
        if (m_error.isEmpty() && !m_file.flush())
            m_error = m_file.errorString();
    }

    // Why writing failed; empty while it has not.
    const QString &error() const { return m_error; }

private:
    QFile &m_file;
    QString m_error;
};

} // namespace

std::optional<QString> open(QPDF &pdf, const QString &path)
{
    pdf.setSuppressWarnings(true);
    try {
        pdf.processFile(QFile::encodeName(path).constData());
        // The page tree is read (and any damage to it met) here, not half-way through a later step.
        pdf.getAllPages();
    } catch (const std::exception &error) {
        logWarnings(pdf);
        return reasonOf(error);
    }
    return std::nullopt;
}

std::optional<QString> write(QPDF &pdf, const QString &output, const PDFVersion &version)
{
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    FilePipeline pipeline(file);
    // What went wrong while writing: the file's own error first, as it is the plainer one; then qpdf's,
    // which can also be about an object of the input it could read only now.
    QString failure;
    try {
        QPDFWriter writer(pdf);
        writer.setOutputPipeline(&pipeline);
        // Annotations are many small dictionaries that poppler writes uncompressed; packed into
        // compressed object streams (PDF 1.5, which qpdf then declares) a 100-page export with 2,000
        // highlights shrinks from about 1.2 MB to 0.2 MB, for some 70 ms more.
        writer.setObjectStreamMode(qpdf_o_generate);
        if (PDFVersion() < version)
            writer.setMinimumPDFVersion(version);
        writer.write();
    } catch (const std::exception &error) {
        failure = reasonOf(error);
    }
    file.close();
    if (!pipeline.error().isEmpty())
        failure = pipeline.error();
    else if (file.error() != QFileDevice::NoError)
        failure = file.errorString();
    logWarnings(pdf);
    if (failure.isEmpty())
        return std::nullopt;
    removePartialOutput(output);
    return failure;
}

QString reasonOf(const std::exception &error)
{
    qCWarning(lcQpdf) << "qpdf:" << error.what();
    if (const auto *pdfError = dynamic_cast<const QPDFExc *>(&error))
        return QString::fromStdString(pdfError->getMessageDetail());
    return QString::fromLocal8Bit(error.what());
}

void logWarnings(QPDF &pdf)
{
    const std::vector<QPDFExc> warnings = pdf.getWarnings();
    for (size_t i = 0; i < std::min(warnings.size(), kLoggedWarnings); ++i)
        qCWarning(lcQpdf) << "qpdf:" << warnings[i].what();
    if (warnings.size() > kLoggedWarnings)
        qCWarning(lcQpdf) << "qpdf:" << warnings.size() - kLoggedWarnings << "more warnings";
}

int rotationOf(QPDFPageObjectHelper &page)
{
    // Poppler takes an integer, brought into 0..359, and draws any other angle than a right one
    // upright.
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (!rotate.isInteger())
        return 0;
    const int degrees = ((rotate.getIntValueAsInt() % 360) + 360) % 360;
    return degrees % 90 == 0 ? degrees : 0;
}

QSizeF displayedSize(QPDFPageObjectHelper &page)
{
    const QPDFObjectHandle::Rectangle media = page.getMediaBox().getArrayAsRectangle();
    const QPDFObjectHandle::Rectangle crop = page.getCropBox().getArrayAsRectangle();
    // Boxes may be written with any two opposite corners.
    const auto span = [](double a1, double a2, double b1, double b2) {
        return std::max(0.0, std::min(std::max(a1, a2), std::max(b1, b2)) -
                                 std::max(std::min(a1, a2), std::min(b1, b2)));
    };
    const QSizeF size(span(crop.llx, crop.urx, media.llx, media.urx),
                      span(crop.lly, crop.ury, media.lly, media.ury));
    const int rotation = rotationOf(page);
    return rotation == 90 || rotation == 270 ? size.transposed() : size;
}

void removePartialOutput(const QString &path)
{
    if (QFileInfo(path).isFile() && !QFile::remove(path))
        qCWarning(lcQpdf) << "could not remove the partial output" << path;
}

} // namespace claimscope::ui::pdf::qpdfsupport
