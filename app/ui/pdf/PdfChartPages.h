#pragma once

#include "core/charts/ChartLimits.h"
#include "core/project/ProjectRecords.h"
#include "ui/ChartBuilder.h"
#include "ui/pdf/PdfLayoutContext.h"

#include <QFontMetricsF>
#include <QList>
#include <QRectF>

#include <optional>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// The three charts of the chart panel, for the exported sources only, as vector pages: Figures
// (several small charts a page, one per measure), Stances and Voices (a page each). Each chart is
// built with ChartBuilder, as the window builds it, in the light theme, and drawn through a
// QGraphicsScene onto the PDF painter, so that bars and words stay vectors. An empty chart gets
// no page.
class PdfChartPages final {
public:
    enum class Kind { Figures, Stances, Voices };

    PdfChartPages(const core::Project &project, const QList<core::SourceId> &sources,
                  const PdfLayoutContext &context);

    int pageCount() const { return int(m_pages.size()); }
    // The first page of a chart, counted from this section's first; none when it is empty.
    std::optional<int> firstPage(Kind kind) const;
    void drawPage(QPainter &painter, int page) const;

private:
    struct Section {
        Kind kind = Kind::Figures;
        ChartStyle style = ChartStyle::GroupCharts;
        core::LimitedChart limited;
        QList<ChartPart> parts;
    };
    struct Page {
        int section = 0;
        QList<int> parts; // indices into the section's parts
    };

    // The heading, what was left out, and the colours of the bars; returns where the charts go.
    QRectF drawHeader(QPainter *painter, const Section &section) const;
    void drawChart(QPainter &painter, const Section &section, const ChartPart &part,
                   const QRectF &target) const;

    const PdfLayoutContext &m_context;
    QList<Section> m_sections;
    QList<Page> m_pages;
};

} // namespace claimscope::ui::pdf
