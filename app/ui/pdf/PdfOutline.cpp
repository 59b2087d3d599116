#include "ui/pdf/PdfOutline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

// qpdf 11 asks every user to say how much of its old PointerHolder it still needs; this file needs
// none of it (qpdf/PointerHolder.hh, level 4). Without it every qpdf header warns.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <vector>

namespace claimscope::ui::pdf {
namespace {

Q_LOGGING_CATEGORY(lcOutline, "claimscope.export.pdf")

// The context of this file's messages in the translations.
struct PdfOutline {
    Q_DECLARE_TR_FUNCTIONS(PdfOutline)
};

// qpdf's warnings are written to the log only up to this many: a badly damaged file gives thousands.
constexpr size_t kLoggedWarnings = 20;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

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

// Where an entry takes the reader: the top of `page` at the current zoom, or, on a rotated page,
// whose top is not simply the highest y, the whole page.
QPDFObjectHandle destinationOf(QPDFPageObjectHelper &page)
{
    QPDFObjectHandle handle = page.getObjectHandle();
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (rotate.isInteger() && rotate.getIntValueAsInt() % 360 != 0)
        return QPDFObjectHandle::newArray({handle, QPDFObjectHandle::newName("/Fit")});
    const QPDFObjectHandle::Rectangle box = page.getCropBox().getArrayAsRectangle();
    return QPDFObjectHandle::newArray({handle, QPDFObjectHandle::newName("/XYZ"), QPDFObjectHandle::newNull(),
                                       QPDFObjectHandle::newReal(std::max(box.lly, box.ury), 2),
                                       QPDFObjectHandle::newNull()});
}

// An outline item whose descendants are still being added, with how many of them a reader shows.
struct OpenItem {
    QPDFObjectHandle item;
    long long visibleDescendants = 0;
};

// Ends the items of `chain` from `depth` on: their /Count is now known. Every item is open, so a
// reader shows all of its descendants; an item without any has no /Count (PDF 32000-1, 12.3.3).
void closeFrom(std::vector<OpenItem> &chain, size_t depth)
{
    while (chain.size() > depth) {
        if (chain.back().visibleDescendants > 0)
            chain.back().item.replaceKey("/Count",
                                         QPDFObjectHandle::newInteger(chain.back().visibleDescendants));
        chain.pop_back();
    }
}

// Builds the outline tree for `entries` in `pdf` (their pages already checked) and returns its root,
// the /Outlines dictionary: items linked to their parent (/Parent), their siblings (/Prev, /Next) and
// their children (/First, /Last), with Unicode titles, so that Cyrillic and Turkish survive.
QPDFObjectHandle buildOutline(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages,
                              const QList<PdfOutlineEntry> &entries)
{
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    root.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));

    // The root, then the latest item of each level down to the one last added.
    std::vector<OpenItem> chain{{root}};
    for (const PdfOutlineEntry &entry : entries) {
        const size_t depth =
            std::clamp<size_t>(static_cast<size_t>(std::max(entry.level, 0)) + 1, 1, chain.size());
        closeFrom(chain, depth);
        QPDFObjectHandle parent = chain.back().item;

        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(entry.title.toStdString()));
        item.replaceKey("/Parent", parent);
        item.replaceKey("/Dest", destinationOf(pages.at(static_cast<size_t>(entry.page))));
        if (parent.hasKey("/Last")) {
            QPDFObjectHandle previous = parent.getKey("/Last");
            previous.replaceKey("/Next", item);
            item.replaceKey("/Prev", previous);
        } else {
            parent.replaceKey("/First", item);
        }
        parent.replaceKey("/Last", item);

        for (OpenItem &open : chain)
            ++open.visibleDescendants;
        chain.push_back({item});
    }
    closeFrom(chain, 0);
    return root;
}

// qpdf's words for `error`, without the file name that our own message gives already. The whole of it,
// with the object and the offset, goes to the log.
QString reasonOf(const std::exception &error)
{
    qCWarning(lcOutline) << "qpdf:" << error.what();
    if (const auto *pdfError = dynamic_cast<const QPDFExc *>(&error))
        return QString::fromStdString(pdfError->getMessageDetail());
    return QString::fromLocal8Bit(error.what());
}

void logWarnings(QPDF &pdf)
{
    const std::vector<QPDFExc> warnings = pdf.getWarnings();
    for (size_t i = 0; i < std::min(warnings.size(), kLoggedWarnings); ++i)
        qCWarning(lcOutline) << "qpdf:" << warnings[i].what();
    if (warnings.size() > kLoggedWarnings)
        qCWarning(lcOutline) << "qpdf:" << warnings.size() - kLoggedWarnings << "more warnings";
}

// Removes what a failed write left at `path`. Only a regular file: an output such as /dev/null is
// never the caller's to lose.
void removePartialOutput(const QString &path)
{
    if (QFileInfo(path).isFile() && !QFile::remove(path))
        qCWarning(lcOutline) << "could not remove the partial output" << path;
}

} // namespace

std::optional<QString> addOutline(const QString &input, const QString &output,
                                  const QList<PdfOutlineEntry> &entries)
{
    const QFileInfo inputInfo(input);
    if (!inputInfo.exists())
        return PdfOutline::tr("The PDF %1 does not exist.").arg(shown(input));
    const QFileInfo outputInfo(output);
    if (outputInfo.exists() && outputInfo.canonicalFilePath() == inputInfo.canonicalFilePath())
        return PdfOutline::tr("The PDF with its outline cannot be written over its own input %1.")
            .arg(shown(input));

    // qpdf repairs what damage it can, as readers do; its warnings go to the log, not to stderr.
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    std::vector<QPDFPageObjectHelper> pages;
    try {
        pdf.processFile(QFile::encodeName(input).constData());
        pages = QPDFPageDocumentHelper(pdf).getAllPages();
    } catch (const std::exception &error) {
        logWarnings(pdf);
        return PdfOutline::tr("The PDF %1 could not be read: %2").arg(shown(input), reasonOf(error));
    }
    const auto pageCount = static_cast<int>(pages.size());
    for (const PdfOutlineEntry &entry : entries) {
        if (entry.page < 0 || entry.page >= pageCount)
            return PdfOutline::tr("The outline entry “%1” points to page %2, but the PDF %3 has %n page(s).",
                                  nullptr, pageCount)
                .arg(entry.title)
                .arg(entry.page + 1)
                .arg(shown(input));
    }

    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return PdfOutline::tr("Could not write %1: %2").arg(shown(output), file.errorString());
    FilePipeline pipeline(file);
    // What went wrong while writing: the file's own error first, as it is the plainer one; then qpdf's,
    // which can also be about an object of the input it could read only now.
    QString failure;
    try {
        if (!entries.isEmpty()) {
            QPDFObjectHandle catalog = pdf.getRoot();
            catalog.replaceKey("/Outlines", buildOutline(pdf, pages, entries));
            catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFWriter writer(pdf);
        writer.setOutputPipeline(&pipeline);
        // Annotations are many small dictionaries that poppler writes uncompressed; packed into
        // compressed object streams (PDF 1.5, which qpdf then declares) a 100-page export with 2,000
        // highlights shrinks from about 1.2 MB to 0.2 MB, for some 70 ms more.
        writer.setObjectStreamMode(qpdf_o_generate);
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
    if (!failure.isEmpty()) {
        removePartialOutput(output);
        return PdfOutline::tr("Could not write %1: %2").arg(shown(output), failure);
    }
    return std::nullopt;
}

} // namespace claimscope::ui::pdf
