#include "ui/FiguresPanel.h"

#include "core/project/AnnotationFilterModel.h"
#include "core/project/FiguresModel.h"
#include "core/project/Project.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace claimscope::ui {

using core::AnnotationRowsModel;
using core::FiguresModel;

FiguresPanel::FiguresPanel(core::Project *project, QWidget *parent)
    : QWidget(parent)
    // With no filter set, the filter model only sorts, by the panel's SortRole (values as numbers).
    , m_sorted(new core::AnnotationFilterModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"figuresPanel"_s);
    m_view->setObjectName(u"figureList"_s);
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // No sort indicator: figures stay in project order (sources in turn, text order) until sorted.
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Six columns do not fit a narrow dock: they keep readable widths and the list scrolls sideways.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Double-click, or Enter (which item views turn into activated()).
    connect(m_view, &QTreeView::activated, this, &FiguresPanel::activate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    setProject(project);
    retranslate();
}

FiguresPanel::~FiguresPanel() = default;

core::Project *FiguresPanel::project() const
{
    return m_project;
}

void FiguresPanel::setProject(core::Project *project)
{
    m_project = project;
    FiguresModel *old = m_model;
    m_model = new FiguresModel(project, this);
    m_sorted->setSourceModel(m_model);
    delete old;
    // A new model resets the header's sections to their default width.
    fitColumns(true);
}

core::AnnotationId FiguresPanel::currentAnnotation() const
{
    return m_view->currentIndex().data(AnnotationRowsModel::AnnotationIdRole).value<core::AnnotationId>();
}

bool FiguresPanel::selectAnnotation(core::AnnotationId id)
{
    const QModelIndex index = m_sorted->mapFromSource(m_model->indexOfAnnotation(id));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void FiguresPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const core::TextRange range{index.data(AnnotationRowsModel::RangeStartRole).value<qsizetype>(),
                                index.data(AnnotationRowsModel::RangeEndRole).value<qsizetype>()};
    emit passageActivated(index.data(AnnotationRowsModel::SourceIdRole).value<core::SourceId>(), range);
}

void FiguresPanel::fitColumns(bool initial)
{
    // Starting widths in characters: "43.5 billion", a unit key, a measure, a subject, a year, a
    // title. No column is ever narrower than its header; after a language change the reader's own
    // widths stay unless the header no longer fits.
    static constexpr std::array<int, FiguresModel::ColumnCount> characters{12, 9, 18, 14, 0, 18};
    const int character = m_view->fontMetrics().averageCharWidth();
    QHeaderView *header = m_view->header();
    for (int column = 0; column < FiguresModel::ColumnCount; ++column) {
        int width = header->sectionSizeHint(column);
        if (initial)
            width = std::max(width, characters.at(column) * character);
        else
            width = std::max(width, header->sectionSize(column));
        header->resizeSection(column, width);
    }
}

void FiguresPanel::retranslate()
{
    m_view->setAccessibleName(tr("Figures"));
    m_model->retranslate();
    fitColumns(false);
}

void FiguresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace claimscope::ui
