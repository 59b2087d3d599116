#include "ui/pdf/PdfChartPages.h"

#include "core/charts/FigureChart.h"
#include "core/charts/StanceChart.h"
#include "core/charts/VoiceChart.h"
#include "core/project/Project.h"
#include "ui/pdf/PdfLayoutText.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace claimscope::ui::pdf {
namespace {

constexpr int kFigureColumns = 2;
constexpr qreal kFigureHeight = 200; // points of one small figure chart
constexpr qreal kGap = 14;           // between charts, and under the header
constexpr qreal kSwatch = 7;
constexpr qreal kWholeChartMinimum = 280; // points of a stance or voice chart at least

// Qt Charts lays a chart out with the screen's metrics and draws it with the painter's: a font in
// points would be measured at 96 dpi and drawn at 72, a quarter smaller than the room left for it.
// A font in pixels is the same size in both, and a scene unit is a point here.
QFont chartFont(int pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font = PdfFonts::sans(10, weight);
    font.setPixelSize(pixels);
    return font;
}

// The chart on white paper: the page's fonts, no shadow (it would be a bitmap), no frame, the
// title and legend only where the page does not give them itself.
void dressForPaper(QChart *chart, bool keepTitle)
{
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setVisible(false);
    if (keepTitle)
        chart->setTitleFont(chartFont(9, QFont::Bold));
    else
        chart->setTitle(QString());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(chartFont(7));
        axis->setTitleFont(chartFont(7));
    }
}

QString elided(const QFontMetricsF &metrics, const QString &text, qreal width)
{
    return metrics.elidedText(text, Qt::ElideRight, width);
}

} // namespace

PdfChartPages::PdfChartPages(const core::Project &project, const QList<core::SourceId> &sources,
                             const PdfLayoutContext &context)
    : m_context(context)
{
    core::ChartFilter filter;
    filter.sources = QSet<core::SourceId>(sources.cbegin(), sources.cend());
    const std::array<std::pair<Kind, ChartStyle>, 3> kinds{{{Kind::Figures, ChartStyle::GroupCharts},
                                                            {Kind::Stances, ChartStyle::Diverging},
                                                            {Kind::Voices, ChartStyle::Stacked}}};
    for (const auto &[kind, style] : kinds) {
        if (sources.isEmpty())
            break; // an empty filter would mean every source
        const core::Chart chart = kind == Kind::Figures   ? core::figureChart(project, filter)
                                  : kind == Kind::Stances ? core::stanceChart(project, filter)
                                                          : core::voiceChart(project, filter);
        Section section{
            kind,
            style,
            core::limitChart(chart, ChartBuilder::limits(style), style != ChartStyle::GroupCharts),
            {}};
        section.parts = ChartBuilder::parts(section.limited.chart, style);
        if (section.parts.isEmpty())
            continue;
        m_sections.append(section);
        const int index = int(m_sections.size() - 1);
        if (style != ChartStyle::GroupCharts) {
            m_pages.append(Page{index, {0}});
            continue;
        }
        const QRectF area = drawHeader(nullptr, section);
        const int rows = std::max(1, int(std::floor((area.height() + kGap) / (kFigureHeight + kGap))));
        const int perPage = rows * kFigureColumns;
        for (int first = 0; first < section.parts.size(); first += perPage) {
            Page page{index, {}};
            for (int part = first; part < std::min<int>(first + perPage, int(section.parts.size())); ++part)
                page.parts.append(part);
            m_pages.append(page);
        }
    }
}

std::optional<int> PdfChartPages::firstPage(Kind kind) const
{
    for (int page = 0; page < m_pages.size(); ++page) {
        if (m_sections.at(m_pages.at(page).section).kind == kind)
            return page;
    }
    return std::nullopt;
}

QRectF PdfChartPages::drawHeader(QPainter *painter, const Section &section) const
{
    const QRectF body = m_context.geometry.body();
    const core::Chart &chart = section.limited.chart;
    qreal y = body.top();

    const QFont headingFont = PdfFonts::sans(13, QFont::Bold);
    const QFontMetricsF heading(headingFont, m_context.device);
    if (painter) {
        painter->setFont(headingFont);
        painter->setPen(ink::text());
        painter->drawText(QPointF(body.left(), y + heading.ascent()),
                          elided(heading, chart.title, body.width()));
    }
    y += heading.height() + 6;

    const QFontMetricsF details(m_context.fonts.details, m_context.device);
    const core::LimitedChart &limited = section.limited;
    const QString cut =
        PdfLayoutText::chartCut(limited.shownSeries, limited.totalSeries, limited.shownGroups,
                                limited.totalGroups, section.style != ChartStyle::GroupCharts);
    if (!cut.isEmpty()) {
        const QRectF room(body.left(), y, body.width(), body.height());
        const QRectF used = details.boundingRect(room, Qt::TextWordWrap, cut);
        if (painter) {
            painter->setFont(m_context.fonts.details);
            painter->setPen(ink::muted());
            painter->drawText(room, Qt::TextWordWrap, cut);
        }
        y += used.height() + 4;
    }

    // The colours of the bars, which the charts' own legends would elide: a flow of swatches.
    const QString lead = chart.seriesKind == core::SeriesKind::Source ? PdfLayoutText::seriesBySource()
                                                                      : PdfLayoutText::seriesBySpeaker();
    qreal x = body.left();
    const qreal line = details.height() + 2;
    if (painter) {
        painter->setFont(m_context.fonts.details);
        painter->setPen(ink::muted());
        painter->drawText(QPointF(x, y + details.ascent()), lead);
    }
    x += details.horizontalAdvance(lead) + 6;
    for (const core::ChartSeries &series : chart.series) {
        const QString name = elided(details, series.name, body.width() * 0.6);
        const qreal width = kSwatch + 3 + details.horizontalAdvance(name);
        if (x + width > body.right() && x > body.left()) {
            x = body.left();
            y += line;
        }
        if (painter) {
            const QRectF swatch(x, y + (details.height() - kSwatch) / 2, kSwatch, kSwatch);
            painter->fillRect(swatch, ChartBuilder::seriesColour(chart, series.key));
            painter->setPen(ink::text());
            painter->drawText(QPointF(x + kSwatch + 3, y + details.ascent()), name);
        }
        x += width + 10;
    }
    y += line + kGap;
    return QRectF(body.left(), y, body.width(), body.bottom() - y);
}

void PdfChartPages::drawChart(QPainter &painter, const Section &section, const ChartPart &part,
                              const QRectF &target) const
{
    BuiltChart built = ChartBuilder::build(section.limited.chart, section.style, part, false);
    dressForPaper(built.chart, section.style == ChartStyle::GroupCharts);
    QGraphicsScene scene; // owns the chart from here
    scene.addItem(built.chart);
    QRectF drawn = target;
    if (section.style != ChartStyle::GroupCharts) {
        // As tall as the window would make it (its pixels are three quarters of a point), within
        // the page: a few speakers do not need a page of bars.
        drawn.setHeight(std::clamp(built.preferredHeight * 0.75,
                                   std::min(kWholeChartMinimum, target.height()), target.height()));
    }
    const QRectF source(QPointF(0, 0), drawn.size());
    built.chart->setGeometry(source);
    // No event loop runs here to deliver the layout request: lay the chart out now.
    built.chart->layout()->activate();
    scene.setSceneRect(source);
    scene.render(&painter, drawn, source, Qt::IgnoreAspectRatio);
}

void PdfChartPages::drawPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= m_pages.size())
        return;
    const Page &page = m_pages.at(index);
    const Section &section = m_sections.at(page.section);
    painter.save();
    const QRectF area = drawHeader(&painter, section);
    if (section.style != ChartStyle::GroupCharts) {
        drawChart(painter, section, section.parts.at(page.parts.first()), area);
        painter.restore();
        return;
    }
    const qreal width = (area.width() - kGap * (kFigureColumns - 1)) / kFigureColumns;
    for (int i = 0; i < page.parts.size(); ++i) {
        const int row = i / kFigureColumns;
        const int column = i % kFigureColumns;
        const QRectF target(area.left() + column * (width + kGap), area.top() + row * (kFigureHeight + kGap),
                            width, kFigureHeight);
        drawChart(painter, section, section.parts.at(page.parts.at(i)), target);
    }
    painter.restore();
}

} // namespace claimscope::ui::pdf
