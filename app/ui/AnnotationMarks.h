#pragma once

#include "core/project/ProjectRecords.h"

#include <QColor>
#include <QList>
#include <QString>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui {

// One project annotation as the viewer paints it: where, what kind, whose, in which colour, and
// the tooltip that names it. A value made from the project, so that the viewer needs no project.
struct AnnotationMark {
    core::AnnotationId id = 0;
    core::AnnotationKind kind = core::AnnotationKind::Quote;
    core::TextRange range;
    QString speaker; // speaker id, empty when unattributed
    QColor colour;   // the speaker's colour; invalid when unattributed
    QString tooltip; // "Quote · Kassym-Jomart Tokayev · edited", in the interface language

    friend bool operator==(const AnnotationMark &, const AnnotationMark &) = default;
};

// The marks of `source`'s annotations in text order (start, then id).
QList<AnnotationMark> annotationMarks(const core::Project &project, core::SourceId source);

// "Quote", "Claim", "Figure", "Speaker mention" in the interface language.
QString annotationKindName(core::AnnotationKind kind);

} // namespace claimscope::ui
