#pragma once

#include "ui/pdf/PdfLayoutContext.h"

#include <QString>

class QPainter;

namespace claimscope::ui::pdf {

// The foot of every page: what the page belongs to on the left (the project, a source's title,
// the charts, the index), "Page 3 of 12" on the right.
void drawPageFooter(QPainter &painter, const PdfLayoutContext &context, const QString &section, int page,
                    int pageCount);

} // namespace claimscope::ui::pdf
