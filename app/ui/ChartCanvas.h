#pragma once

#include "core/charts/Chart.h"
#include "core/charts/ChartLimits.h"
#include "ui/ChartBuilder.h"

#include <QWidget>

#include <optional>

class QBarSet;
class QScrollArea;
class QVBoxLayout;

namespace claimscope::ui {

// Draws one core::Chart with Qt Charts, in one of the ChartBuilder styles. Hovering a bar shows
// its tooltip (value and sentence); clicking it asks for its passage, or offers a menu when it has
// several.
class ChartCanvas final : public QWidget {
    Q_OBJECT

public:
    using Style = ChartStyle;

    ChartCanvas(Style style, QWidget *parent = nullptr);

    // Shows `chart`, cut to core::ChartLimits (a notice above says what was left out).
    void setChart(const core::Chart &chart);
    // What is drawn: the chart as cut.
    const core::Chart &chart() const { return m_chart; }
    const core::LimitedChart &limited() const { return m_limited; }
    // Why not everything is drawn, in the interface language; empty when everything is.
    QString limitNotice() const;
    // The drawn charts, whole (also the part scrolled out of sight): what an export writes.
    QWidget *content() const { return m_inner; }
    // Writes the charts to `path` (PNG or SVG by its suffix), at least kExportWidth wide; the
    // reason when it failed.
    std::optional<QString> exportTo(const QString &path, const QString &title);
    static constexpr int kExportWidth = 800;

    // The bar a set's index stands for (for tests: what a click on it does).
    const core::ChartBar *barAt(QBarSet *set, int index) const;
    QList<QBarSet *> barSets() const;
    // What a click on the bar does: one passage is activated at once; several open a menu (null
    // when there was nothing to choose).
    void activateBar(QBarSet *set, int index);

signals:
    void passageActivated(core::SourceId source, const core::TextRange &range);

protected:
    void changeEvent(QEvent *event) override;

private:
    using BarRef = ChartBarRef;
    void rebuild();
    QWidget *makeChart(const ChartPart &part);
    QWidget *conflictNote(const QStringList &labels, QWidget *parent) const;
    void attach(QBarSet *set, QList<BarRef> refs);

    Style m_style;
    core::Chart m_full; // as given
    core::LimitedChart m_limited;
    core::Chart m_chart; // as drawn
    QVBoxLayout *m_layout;
    QScrollArea *m_content = nullptr; // the scroll area
    QWidget *m_inner = nullptr;       // the charts in it
    QHash<QBarSet *, QList<BarRef>> m_refs;
};

} // namespace claimscope::ui
