#include "core/project/AnnotationsModel.h"

#include "core/project/Project.h"

namespace claimscope::core {

AnnotationsModel::AnnotationsModel(Project *project, QObject *parent)
    : AnnotationRowsModel(project, parent)
{
    populate();
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Text");
    case SpeakerColumn:
        return tr("Speaker");
    case SourceColumn:
        return tr("Source");
    case CueColumn:
        return tr("Cue");
    case KindColumn:
        return tr("Kind");
    case OriginColumn:
        return tr("Origin");
    }
    return {};
}

QString AnnotationsModel::kindName(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote:
        return tr("Quote");
    case AnnotationKind::Claim:
        return tr("Claim");
    case AnnotationKind::Figure:
        return tr("Figure");
    case AnnotationKind::SpeakerMention:
        return tr("Speaker mention");
    }
    return {};
}

QString AnnotationsModel::originName(Origin origin)
{
    switch (origin) {
    case Origin::Automatic:
        return tr("Automatic");
    case Origin::Manual:
        return tr("Manual");
    case Origin::Edited:
        return tr("Edited");
    }
    return {};
}

bool AnnotationsModel::accepts(AnnotationKind kind) const
{
    return kind == AnnotationKind::Quote || kind == AnnotationKind::Claim;
}

QVariant AnnotationsModel::cell(const AnnotationRecord &annotation, int column, int role) const
{
    const Project *p = project();
    switch (column) {
    case TextColumn: {
        const QStringView text = p->annotationText(annotation);
        if (role == Qt::ToolTipRole)
            return annotation.note.isEmpty() ? text.toString() : text.toString() + u"\n\n" + annotation.note;
        // A quote may run over paragraphs; a table cell shows it on one line.
        return text.toString().simplified();
    }
    case SpeakerColumn:
        // A claim whose source is not a person names that source instead.
        if (annotation.speaker.isEmpty())
            return annotation.claimSource;
        return p->speakerName(annotation.speaker);
    case SourceColumn:
        return p->sourceTitle(annotation.source);
    case CueColumn:
        return annotation.cue;
    case KindColumn:
        return kindName(annotation.kind);
    case OriginColumn:
        return originName(annotation.origin);
    }
    return {};
}

} // namespace claimscope::core
