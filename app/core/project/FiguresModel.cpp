#include "core/project/FiguresModel.h"

#include "core/i18n/NumberFormat.h"
#include "core/project/Project.h"

using namespace Qt::StringLiterals;

namespace claimscope::core {

FiguresModel::FiguresModel(Project *project, QObject *parent)
    : AnnotationRowsModel(project, parent)
{
    populate();
}

int FiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case MeasureColumn:
        return tr("Measure");
    case SubjectColumn:
        return tr("Subject");
    case YearColumn:
        return tr("Year");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

QVariant FiguresModel::cell(const AnnotationRecord &annotation, int column, int role) const
{
    const FigureFields &figure = annotation.figure;
    switch (column) {
    case ValueColumn:
        if (role == SortRole)
            return figure.value;
        if (role == Qt::ToolTipRole)
            return project()->annotationText(annotation).toString();
        // 43.5 billion, 43,5 млрд, 43,5 milyar: the reader's language, two decimals at most.
        return NumberFormat::scaled(figure.value, 2);
    case UnitColumn:
        // Unit keys are the analyzer's, language-neutral; only the percent key reads better as a sign.
        return figure.unit == u"percent"_s ? u"%"_s : figure.unit;
    case MeasureColumn:
        return figure.measure;
    case SubjectColumn:
        return figure.subject;
    case YearColumn:
        if (!figure.year)
            return {};
        return role == SortRole ? QVariant(*figure.year) : QVariant(QString::number(*figure.year));
    case SourceColumn:
        return project()->sourceTitle(annotation.source);
    }
    return {};
}

} // namespace claimscope::core
