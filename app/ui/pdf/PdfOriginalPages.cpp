#include "ui/pdf/PdfOriginalPages.h"

#include "ui/pdf/PdfQpdfSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <memory>
#include <vector>

namespace claimscope::ui::pdf {
namespace {

// The context of this file's messages in the translations.
struct PdfOriginalPages {
    Q_DECLARE_TR_FUNCTIONS(PdfOriginalPages)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// An action the export may keep: a link to a place in the document or to a web page, which the
// reader follows only when clicked. Launch, JavaScript, SubmitForm, ImportData, GoToR and the rest
// could run or fetch something in the reader of our export, which the person never asked for.
bool isInertAction(QPDFObjectHandle action)
{
    if (!action.isDictionary())
        return false;
    QPDFObjectHandle kind = action.getKey("/S");
    return kind.isName() && (kind.getName() == "/URI" || kind.getName() == "/GoTo");
}

// The annotations of `list` that are safe to pass on: without additional actions (/AA: on open,
// on mouse-over…), with an action only when inert (and without a /Next one chained to it), and
// without the kinds that carry files or media.
QPDFObjectHandle inertAnnotations(QPDFObjectHandle list)
{
    QPDFObjectHandle kept = QPDFObjectHandle::newArray();
    for (QPDFObjectHandle annotation : list.getArrayAsVector()) {
        if (!annotation.isDictionary())
            continue;
        QPDFObjectHandle subtype = annotation.getKey("/Subtype");
        if (subtype.isName() && (subtype.getName() == "/FileAttachment" || subtype.getName() == "/Movie" ||
                                 subtype.getName() == "/Sound" || subtype.getName() == "/Screen" ||
                                 subtype.getName() == "/RichMedia" || subtype.getName() == "/3D"))
            continue;
        annotation.removeKey("/AA");
        if (annotation.hasKey("/A")) {
            QPDFObjectHandle action = annotation.getKey("/A");
            if (isInertAction(action))
                action.removeKey("/Next");
            else
                annotation.removeKey("/A");
        }
        kept.appendItem(annotation);
    }
    return kept;
}

// Puts the pages of `original` into `pdf` after its page `after` (0-based), in their order.
//
// A page's annotations are taken off while the pages are copied and copied after all of them: qpdf
// turns a reference to a page it has not copied yet into null, so a link from page 1 of the original
// to its page 3 would otherwise lose its destination.
void insertPages(QPDF &pdf, QPDF &original, int after)
{
    QPDFPageDocumentHelper originalPages(original);
    // /Rotate, /MediaBox, /CropBox and /Resources may sit on the original's page tree, which is not
    // copied: each page gets its own.
    originalPages.pushInheritedAttributesToPage();
    std::vector<QPDFPageObjectHelper> pages = originalPages.getAllPages();
    std::vector<QPDFObjectHandle> annotations;
    annotations.reserve(pages.size());
    for (QPDFPageObjectHelper &page : pages) {
        QPDFObjectHandle object = page.getObjectHandle();
        QPDFObjectHandle list = object.getKey("/Annots");
        annotations.push_back(list.isArray() ? inertAnnotations(list) : list);
        object.removeKey("/Annots");
        object.removeKey("/AA"); // the page's own actions, on open and close
    }

    QPDFPageDocumentHelper target(pdf);
    for (size_t i = 0; i < pages.size(); ++i) {
        // addPageAt may add a copy rather than the object given: the page before is asked for anew.
        QPDFPageObjectHelper previous(pdf.getAllPages().at(static_cast<size_t>(after) + i));
        target.addPageAt(pages[i], false, previous);
    }
    for (size_t i = 0; i < pages.size(); ++i) {
        QPDFObjectHandle list = annotations[i];
        if (!list.isArray())
            continue;
        // copyForeignObject takes indirect objects only; a direct /Annots array is made one first.
        if (!list.isIndirect())
            list = original.makeIndirectObject(list);
        QPDFObjectHandle copied = pdf.copyForeignObject(list);
        QPDFObjectHandle page = pdf.getAllPages().at(static_cast<size_t>(after) + 1 + i);
        // Direct on the page, as poppler writes its own: the indirect array copied goes unreferenced,
        // and qpdf leaves it out of the file.
        page.replaceKey("/Annots", copied.shallowCopy());
    }
}

} // namespace

std::optional<QString> insertOriginalPages(const QString &input, const QString &output,
                                           const QList<PdfOriginalInsert> &inserts)
{
    const QFileInfo inputInfo(input);
    if (!inputInfo.exists())
        return PdfOriginalPages::tr("The PDF %1 does not exist.").arg(shown(input));
    const QFileInfo outputInfo(output);
    if (outputInfo.exists() && outputInfo.canonicalFilePath() == inputInfo.canonicalFilePath())
        return PdfOriginalPages::tr(
                   "The PDF with the original pages cannot be written over its own input %1.")
            .arg(shown(input));

    QPDF pdf;
    if (const std::optional<QString> reason = qpdfsupport::open(pdf, input))
        return PdfOriginalPages::tr("The PDF %1 could not be read: %2").arg(shown(input), *reason);
    // The originals' streams are read when the result is written: each stays open until then.
    std::vector<std::unique_ptr<QPDF>> originals;
    PDFVersion version = pdf.getVersionAsPDFVersion();
    for (const PdfOriginalInsert &insert : inserts) {
        const auto pageCount = static_cast<int>(pdf.getAllPages().size());
        if (insert.firstPage < 1 || insert.firstPage > pageCount)
            return PdfOriginalPages::tr(
                       "The original pages of a source belong after page %1, but the PDF %2 has %n page(s).",
                       nullptr, pageCount)
                .arg(insert.firstPage)
                .arg(shown(input));
        auto original = std::make_unique<QPDF>();
        if (const std::optional<QString> reason = qpdfsupport::open(*original, insert.file))
            return PdfOriginalPages::tr("The original PDF %1 could not be read: %2")
                .arg(shown(insert.file), *reason);
        const auto originalCount = static_cast<int>(original->getAllPages().size());
        if (originalCount != insert.pageCount)
            return PdfOriginalPages::tr("The original PDF %1 has %n page(s), not the %2 expected.", nullptr,
                                        originalCount)
                .arg(shown(insert.file))
                .arg(insert.pageCount);
        try {
            insertPages(pdf, *original, insert.firstPage - 1);
        } catch (const std::exception &error) {
            return PdfOriginalPages::tr("The pages of the original PDF %1 could not be copied: %2")
                .arg(shown(insert.file), qpdfsupport::reasonOf(error));
        }
        // The result declares the newest version among its parts, so that readers expect what an
        // original's pages may use.
        if (version < original->getVersionAsPDFVersion())
            version = original->getVersionAsPDFVersion();
        originals.push_back(std::move(original));
    }
    if (const std::optional<QString> failure = qpdfsupport::write(pdf, output, version))
        return PdfOriginalPages::tr("Could not write %1: %2").arg(shown(output), *failure);
    return std::nullopt;
}

} // namespace claimscope::ui::pdf
