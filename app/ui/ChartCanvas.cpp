#include "ui/ChartCanvas.h"

#include "ui/ChartBuilder.h"
#include "ui/ChartExport.h"

#include <QBarSet>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStyle>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace claimscope::ui {
namespace {

constexpr qsizetype kMaxMenuPassages = 20;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

ChartCanvas::ChartCanvas(Style style, QWidget *parent)
    : QWidget(parent)
    , m_style(style)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ChartCanvas::setChart(const core::Chart &chart)
{
    if (chart == m_full && m_content)
        return;
    m_full = chart;
    m_limited = core::limitChart(chart, ChartBuilder::limits(m_style), m_style != Style::GroupCharts);
    m_chart = m_limited.chart;
    rebuild();
}

QString ChartCanvas::limitNotice() const
{
    QStringList parts;
    if (m_limited.seriesCut()) {
        const QString shown = QLocale().toString(m_limited.shownSeries);
        const QString total = QLocale().toString(m_limited.totalSeries);
        parts.append(
            m_style == Style::Stacked
                ? tr("%1 of %2 sources are drawn one by one, those with the most bars; the others are "
                     "summed up as “Other sources”.")
                      .arg(shown, total)
                : tr("%1 of %2 sources are drawn, those with the most bars.").arg(shown, total));
    }
    if (m_limited.groupsCut()) {
        const QString shown = QLocale().toString(m_limited.shownGroups);
        const QString total = QLocale().toString(m_limited.totalGroups);
        // Figure groups are measures: one is left out when none of the drawn sources cites it.
        parts.append(m_style == Style::GroupCharts ? tr("%1 of %2 measures are drawn.").arg(shown, total)
                                                   : tr("%1 of %2 speakers are drawn.").arg(shown, total));
    }
    if (parts.isEmpty())
        return {};
    parts.append(m_limited.seriesCut()
                     ? tr("Turn on Selected Sources Only to choose the sources, or show one speaker "
                          "from the Speakers panel.")
                     : tr("Show one speaker from the Speakers panel to see the others."));
    return parts.join(u' ');
}

const core::ChartBar *ChartCanvas::barAt(QBarSet *set, int index) const
{
    const auto refs = m_refs.constFind(set);
    if (refs == m_refs.cend() || index < 0 || index >= refs->size())
        return nullptr;
    const BarRef ref = refs->at(index);
    if (ref.group < 0)
        return nullptr;
    return &m_chart.groups.at(ref.group).bars.at(ref.bar);
}

QList<QBarSet *> ChartCanvas::barSets() const
{
    return m_refs.keys();
}

void ChartCanvas::activateBar(QBarSet *set, int index)
{
    const core::ChartBar *bar = barAt(set, index);
    if (!bar || bar->passages.isEmpty())
        return;
    if (bar->passages.size() == 1) {
        emit passageActivated(bar->passages.first().source, bar->passages.first().range);
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("chartPassageMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qsizetype listed = std::min<qsizetype>(bar->passages.size(), kMaxMenuPassages);
    for (qsizetype i = 0; i < listed; ++i) {
        const core::ChartPassage passage = bar->passages.at(i);
        QAction *action = menu->addAction(tr("Passage %1 of %2").arg(i + 1).arg(bar->passages.size()));
        connect(action, &QAction::triggered, this,
                [this, passage] { emit passageActivated(passage.source, passage.range); });
    }
    if (listed < bar->passages.size()) {
        // A summed bar can stand for hundreds of passages; the Quotes and Claims panel lists them.
        menu->addAction(
                tr("%n more: see the Quotes and Claims panel", nullptr, int(bar->passages.size() - listed)))
            ->setEnabled(false);
    }
    menu->popup(QCursor::pos());
}

void ChartCanvas::attach(QBarSet *set, QList<BarRef> refs)
{
    m_refs.insert(set, std::move(refs));
    connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
        const core::ChartBar *bar = barAt(set, index);
        if (on && bar)
            QToolTip::showText(QCursor::pos(), bar->tooltip, this);
        else
            QToolTip::hideText();
    });
    connect(set, &QBarSet::clicked, this, [this, set](int index) { activateBar(set, index); });
}

QWidget *ChartCanvas::makeChart(const ChartPart &part)
{
    BuiltChart built = ChartBuilder::build(m_chart, m_style, part, isDark(palette()));
    for (auto &[set, refs] : built.sets)
        attach(set, std::move(refs));
    auto *view = new QChartView(built.chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(QStringLiteral("chartView"));
    view->setMinimumHeight(built.preferredHeight);
    const QStringList &conflicts = built.conflicts;
    if (conflicts.isEmpty())
        return view;
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(view);
    column->addWidget(conflictNote(conflicts, box));
    return box;
}

// A line under a chart whose sources disagree, with the warning sign, so that the disagreement is
// seen without hovering (and is kept in an exported image).
QWidget *ChartCanvas::conflictNote(const QStringList &labels, QWidget *parent) const
{
    auto *note = new QWidget(parent);
    note->setObjectName(QStringLiteral("chartConflictNote"));
    auto *row = new QHBoxLayout(note);
    row->setContentsMargins(12, 0, 12, 6);
    auto *icon = new QLabel(note);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto *text = new QLabel(
        tr("The sources cite different values for: %1.").arg(QLocale().createSeparatedList(labels)), note);
    text->setWordWrap(true);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    return note;
}

void ChartCanvas::rebuild()
{
    m_refs.clear();
    delete m_content;
    m_inner = nullptr;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *column = new QVBoxLayout(inner);
    column->setContentsMargins(0, 0, 0, 0);
    if (const QString notice = limitNotice(); !notice.isEmpty()) {
        auto *label = new QLabel(notice, inner);
        label->setObjectName(QStringLiteral("chartLimitNotice"));
        label->setWordWrap(true);
        label->setContentsMargins(12, 6, 12, 0);
        column->addWidget(label);
    }
    if (m_chart.isEmpty()) {
        auto *empty = new QLabel(tr("Nothing to show: no source of the selection has any."), inner);
        empty->setObjectName(QStringLiteral("chartEmpty"));
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        column->addWidget(empty);
    } else {
        for (const ChartPart &part : ChartBuilder::parts(m_chart, m_style))
            column->addWidget(makeChart(part));
    }
    column->addStretch(1);
    scroll->setWidget(inner);
    m_content = scroll;
    m_inner = inner;
    m_layout->addWidget(scroll);
}

std::optional<QString> ChartCanvas::exportTo(const QString &path, const QString &title)
{
    if (!m_inner || m_chart.isEmpty())
        return ChartExport::tr("There is no chart to export.");
    // Narrower than this (a dock at the window's side), Qt Charts elides the speakers' names and
    // the legend to nothing: fine for a glance, not for a figure in a paper. The charts are laid
    // out wider for the export and back before the event loop runs again, so nothing flickers.
    const QSize shown = m_inner->size();
    const bool widen = shown.width() < kExportWidth;
    const auto layOut = [this](QSize size) {
        m_inner->resize(size);
        // Qt Charts lays a chart out from a posted request; the export must see the new layout.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    if (widen) {
        m_content->setWidgetResizable(false); // or the scroll area would size it back at once
        layOut(QSize(kExportWidth, shown.height()));
    }
    const auto problem = ChartExport::write(m_inner, path, ChartExport::formatOf(path), title);
    if (widen) {
        layOut(shown);
        m_content->setWidgetResizable(true);
    }
    return problem;
}

void ChartCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_content)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace claimscope::ui
