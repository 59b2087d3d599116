#pragma once

#include "core/charts/Chart.h"
#include "core/charts/ChartLimits.h"

#include <QWidget>

#include <optional>

class QBarSet;
class QScrollArea;
class QVBoxLayout;

namespace claimscope::ui {

// Draws one core::Chart with Qt Charts. Figures: one small bar chart per group (a measure has its
// own unit, so measures never share an axis). Stances: one diverging horizontal bar chart, a row
// per speaker and a bar per source, from −2 to +2. Voices: horizontal bars per speaker stacked by
// source. Hovering a bar shows its tooltip (value and sentence); clicking it asks for its passage,
// or offers a menu when it has several.
class ChartCanvas final : public QWidget {
    Q_OBJECT

public:
    enum class Style { GroupCharts, Diverging, Stacked };

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
    struct BarRef {
        int group = -1;
        int bar = -1;
    };
    void rebuild();
    QWidget *makeChart(const QString &title, const QList<int> &groups, const QString &unit);
    QWidget *conflictNote(const QStringList &labels, QWidget *parent) const;
    void attach(QBarSet *set, QList<BarRef> refs);
    QString seriesName(const QString &key) const;
    QColor seriesColour(const QString &key) const;

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
