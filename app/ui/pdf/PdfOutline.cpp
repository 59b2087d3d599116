#include "ui/pdf/PdfOutline.h"

#include "ui/pdf/PdfQpdfSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <vector>

namespace claimscope::ui::pdf {
namespace {

// The context of this file's messages in the translations.
struct PdfOutline {
    Q_DECLARE_TR_FUNCTIONS(PdfOutline)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

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

    QPDF pdf;
    if (const std::optional<QString> reason = qpdfsupport::open(pdf, input))
        return PdfOutline::tr("The PDF %1 could not be read: %2").arg(shown(input), *reason);
    // The page tree was read by open(): this only wraps its pages.
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    const auto pageCount = static_cast<int>(pages.size());
    for (const PdfOutlineEntry &entry : entries) {
        if (entry.page < 0 || entry.page >= pageCount)
            return PdfOutline::tr("The outline entry “%1” points to page %2, but the PDF %3 has %n page(s).",
                                  nullptr, pageCount)
                .arg(entry.title)
                .arg(entry.page + 1)
                .arg(shown(input));
    }

    try {
        if (!entries.isEmpty()) {
            QPDFObjectHandle catalog = pdf.getRoot();
            catalog.replaceKey("/Outlines", buildOutline(pdf, pages, entries));
            catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
    } catch (const std::exception &error) {
        return PdfOutline::tr("Could not write %1: %2").arg(shown(output), qpdfsupport::reasonOf(error));
    }
    if (const std::optional<QString> failure = qpdfsupport::write(pdf, output))
        return PdfOutline::tr("Could not write %1: %2").arg(shown(output), *failure);
    return std::nullopt;
}

} // namespace claimscope::ui::pdf
