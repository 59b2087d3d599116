#include "ui/pdf/PdfExportTypes.h"

#include "core/project/Project.h"

namespace claimscope::ui::pdf {

QSet<core::AnnotationKind> PdfExportOptions::defaultKinds()
{
    return {core::AnnotationKind::Quote, core::AnnotationKind::Claim, core::AnnotationKind::Figure};
}

QList<core::SourceId> PdfExportOptions::sourcesIn(const core::Project &project) const
{
    QList<core::SourceId> chosen;
    if (sources.isEmpty()) {
        for (const core::SourceRecord &source : project.sources())
            chosen.append(source.id);
        return chosen;
    }
    QSet<core::SourceId> seen;
    for (const core::SourceId id : sources) {
        if (project.source(id) && !seen.contains(id)) {
            seen.insert(id);
            chosen.append(id);
        }
    }
    return chosen;
}

} // namespace claimscope::ui::pdf
