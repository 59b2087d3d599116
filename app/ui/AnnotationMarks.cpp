#include "ui/AnnotationMarks.h"

#include "core/i18n/NumberFormat.h"
#include "core/project/Project.h"

#include <QCoreApplication>

namespace claimscope::ui {
namespace {

QString originName(core::Origin origin)
{
    switch (origin) {
    case core::Origin::Automatic:
        return QCoreApplication::translate("AnnotationMarks", "automatic");
    case core::Origin::Manual:
        return QCoreApplication::translate("AnnotationMarks", "manual");
    case core::Origin::Edited:
        return QCoreApplication::translate("AnnotationMarks", "edited");
    }
    return {};
}

// "12.5 %", "43.5 billion USD": the value as the Figures panel writes it, then the unit.
QString figureValue(const core::FigureFields &figure)
{
    const QString value = core::NumberFormat::scaled(figure.value, 2);
    // Unit keys are the analyzer's and language-neutral; only the percent key reads better as a sign.
    const QString unit = figure.unit == u"percent" ? QStringLiteral("%") : figure.unit;
    return unit.isEmpty() ? value
                          : QCoreApplication::translate("AnnotationMarks", "%1 %2", "figure value, unit")
                                .arg(value, unit);
}

QString tooltipOf(const core::Project &project, const core::AnnotationRecord &annotation)
{
    QStringList parts{annotationKindName(annotation.kind)};
    if (annotation.kind == core::AnnotationKind::Figure)
        parts.append(figureValue(annotation.figure));
    parts.append(annotation.speaker.isEmpty() ? QCoreApplication::translate("AnnotationMarks", "no speaker")
                                              : project.speakerName(annotation.speaker));
    parts.append(originName(annotation.origin));
    QString tooltip = parts.join(QStringView(u" · "));
    const QString note = annotation.note.trimmed();
    if (!note.isEmpty())
        tooltip += u'\n' + QCoreApplication::translate("AnnotationMarks", "Note: %1").arg(note);
    return tooltip;
}

} // namespace

QList<AnnotationMark> annotationMarks(const core::Project &project, core::SourceId source)
{
    QList<AnnotationMark> marks;
    const QList<core::AnnotationId> ids = project.annotationsOf(source);
    marks.reserve(ids.size());
    for (core::AnnotationId id : ids) {
        const core::AnnotationRecord *annotation = project.annotation(id);
        if (!annotation)
            continue;
        AnnotationMark mark;
        mark.id = annotation->id;
        mark.kind = annotation->kind;
        mark.range = annotation->range;
        mark.speaker = annotation->speaker;
        if (const core::SpeakerRecord *speaker = project.speaker(annotation->speaker))
            mark.colour = QColor::fromString(speaker->colour); // invalid when the record has none
        mark.tooltip = tooltipOf(project, *annotation);
        marks.append(std::move(mark));
    }
    return marks;
}

QString annotationKindName(core::AnnotationKind kind)
{
    switch (kind) {
    case core::AnnotationKind::Quote:
        return QCoreApplication::translate("AnnotationMarks", "Quote");
    case core::AnnotationKind::Claim:
        return QCoreApplication::translate("AnnotationMarks", "Claim");
    case core::AnnotationKind::Figure:
        return QCoreApplication::translate("AnnotationMarks", "Figure");
    case core::AnnotationKind::SpeakerMention:
        return QCoreApplication::translate("AnnotationMarks", "Speaker mention");
    }
    return {};
}

} // namespace claimscope::ui
