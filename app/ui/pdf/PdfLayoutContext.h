#pragma once

#include "ui/MarkFormats.h"
#include "ui/pdf/PdfLayoutStyle.h"

class QPaintDevice;

namespace claimscope::ui::pdf {

// What every part of the layout draws with: the writer (for its metrics), the page geometry, the
// fonts, and the viewer's mark formats on white paper. Made once per export.
struct PdfLayoutContext {
    QPaintDevice *device = nullptr;
    PdfPageGeometry geometry;
    PdfFonts fonts;
    MarkFormats formats;
};

// The viewer's palette for paper: black text on a white base, so that MarkFormats gives the light
// tints whatever theme the window has.
QPalette paperPalette();

} // namespace claimscope::ui::pdf
