#include "ui/pdf/PdfExportTypes.h"

namespace claimscope::ui::pdf {

QSet<core::AnnotationKind> PdfExportOptions::defaultKinds()
{
    return {core::AnnotationKind::Quote, core::AnnotationKind::Claim, core::AnnotationKind::Figure};
}

} // namespace claimscope::ui::pdf
