#include "ui/pdf/PdfPageLayout.h"

#include "core/project/Project.h"
#include "ui/pdf/PdfChartPages.h"
#include "ui/pdf/PdfLayoutContext.h"
#include "ui/pdf/PdfLayoutText.h"
#include "ui/pdf/PdfOriginalSource.h"
#include "ui/pdf/PdfPageFooter.h"
#include "ui/pdf/PdfSourcePages.h"
#include "ui/pdf/PdfSpeakerIndex.h"
#include "ui/pdf/PdfTitlePage.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace claimscope::ui::pdf {
namespace {

// Counts the steps of the export for `progress`: laying out and drawing the title page, each
// source, the charts and the index. False when the caller cancels.
class Steps final {
public:
    Steps(const PdfProgress &progress, int total)
        : m_progress(progress)
        , m_total(total)
    {
    }
    bool report() const { return !m_progress || m_progress(m_done, m_total); }
    bool advance()
    {
        ++m_done;
        return report();
    }

private:
    const PdfProgress &m_progress;
    int m_total = 0;
    int m_done = 0;
};

// The writer's pages one after another, each with its footer, numbered as in the finished PDF: the
// original pages of a source, which a later step puts in, count without being drawn.
class PageSequence final {
public:
    PageSequence(QPdfWriter &writer, QPainter &painter, const PdfLayoutContext &context, int count)
        : m_writer(writer)
        , m_painter(painter)
        , m_context(context)
        , m_count(count)
    {
    }
    // Starts the next page (the writer begins with one) and draws its footer.
    QPainter &next(const QString &section)
    {
        if (m_started)
            m_writer.newPage();
        m_started = true;
        ++m_page;
        drawPageFooter(m_painter, m_context, section, m_page, m_count);
        return m_painter;
    }
    // Counts `pages` pages that are not drawn here.
    void skip(int pages) { m_page += pages; }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    const PdfLayoutContext &m_context;
    int m_count = 0;
    int m_page = -1;
    bool m_started = false;
};

QString projectName(const core::Project &project)
{
    const QString name = project.settings().name.simplified();
    return name.isEmpty() ? PdfLayoutText::untitledProject() : name;
}

// A source's section: its own pages when its original is used, its text typeset otherwise.
std::unique_ptr<PdfSourceSection> sectionFor(const core::Project &project, const core::SourceRecord &source,
                                             const PdfExportOptions &options, const PdfLayoutContext &context,
                                             const PdfOriginals &originals)
{
    const auto original = originals.constFind(source.id);
    if (original == originals.cend())
        return std::make_unique<PdfSourcePages>(project, source, options, context);
    if (original->state == PdfOriginalState::Used)
        return std::make_unique<PdfOriginalSource>(project, source, original->pageCount, options, context);
    return std::make_unique<PdfSourcePages>(project, source, options, context,
                                            PdfLayoutText::typesetBecause(original->state));
}

// What a failed export leaves: nothing.
QString failed(QFile &file, const QString &why)
{
    file.close();
    file.remove();
    return why;
}

} // namespace

std::variant<PdfLayoutResult, QString> layOutPdf(const core::Project &project,
                                                 const PdfExportOptions &options, const QString &path,
                                                 const PdfProgress &progress, const PdfOriginals &originals)
{
    const QList<core::SourceId> sources = options.sourcesIn(project);
    const int chartSteps = options.charts ? 1 : 0;
    Steps steps(progress, 2 * (2 + int(sources.size()) + chartSteps));
    if (!steps.report())
        return PdfLayoutText::cancelled();

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return PdfLayoutText::cannotWrite(path, file.errorString());
    QPdfWriter writer(&file);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    writer.setResolution(72); // a painter unit is a point
    // The page layout has no margins of its own: the geometry places everything from the edge.
    writer.setPageLayout(
        QPageLayout(QPageSize(options.pageSize), QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    writer.setTitle(projectName(project));
    writer.setCreator(QStringLiteral("Claimscope " CLAIMSCOPE_VERSION));
    const PdfLayoutContext context{&writer, PdfPageGeometry::forPageSize(options.pageSize), PdfFonts::make(),
                                   MarkFormats(paperPalette())};

    // The layout pass: every section knows its pages before the first is drawn.
    const PdfTitlePage title(project, sources, options, context);
    if (!steps.advance())
        return failed(file, PdfLayoutText::cancelled());
    std::vector<std::unique_ptr<PdfSourceSection>> sourcePages;
    sourcePages.reserve(sources.size());
    for (const core::SourceId id : sources) {
        sourcePages.push_back(sectionFor(project, *project.source(id), options, context, originals));
        if (!steps.advance())
            return failed(file, PdfLayoutText::cancelled());
    }
    std::optional<PdfChartPages> charts;
    if (options.charts) {
        charts.emplace(project, sources, context);
        if (!steps.advance())
            return failed(file, PdfLayoutText::cancelled());
    }

    PdfLayoutResult result;
    result.pageSize = context.geometry.page;
    int page = title.pageCount();
    QHash<QString, QList<int>> speakerPages;
    for (const auto &pages : sourcePages) {
        if (pages == sourcePages.front())
            result.outline.append(PdfOutlineEntry{PdfLayoutText::sources(), page, 0});
        result.outline.append(PdfOutlineEntry{pages->title(), page, 1});
        for (PdfMark mark : pages->marks()) {
            mark.page += page;
            result.marks.append(std::move(mark));
        }
        for (auto it = pages->speakerPages().cbegin(); it != pages->speakerPages().cend(); ++it) {
            QList<int> &all = speakerPages[it.key()];
            for (const int onPage : it.value())
                all.append(onPage + page); // sources follow each other: still ascending
        }
        if (pages->originalPageCount() > 0)
            result.originals.append(PdfOriginalInsert{pages->source(), originals.value(pages->source()).file,
                                                      page + pages->drawnPageCount(),
                                                      pages->originalPageCount()});
        page += pages->pageCount();
    }
    if (charts && charts->pageCount() > 0) {
        result.outline.append(PdfOutlineEntry{PdfLayoutText::charts(), page, 0});
        const std::array<std::pair<PdfChartPages::Kind, QString>, 3> names{
            {{PdfChartPages::Kind::Figures, PdfLayoutText::figures()},
             {PdfChartPages::Kind::Stances, PdfLayoutText::stances()},
             {PdfChartPages::Kind::Voices, PdfLayoutText::voices()}}};
        for (const auto &[kind, name] : names) {
            if (const std::optional<int> first = charts->firstPage(kind))
                result.outline.append(PdfOutlineEntry{name, page + *first, 1});
        }
        page += charts->pageCount();
    }
    const PdfSpeakerIndex index(project, speakerPages, context);
    if (!steps.advance())
        return failed(file, PdfLayoutText::cancelled());
    result.outline.append(PdfOutlineEntry{PdfLayoutText::speakers(), page, 0});
    for (const PdfSpeakerIndex::Entry &entry : index.entries())
        result.outline.append(PdfOutlineEntry{entry.name, entry.pages.first(), 1});
    result.pageCount = page + index.pageCount();

    // The drawing pass.
    QPainter painter;
    if (!painter.begin(&writer))
        return failed(file, PdfLayoutText::cannotWrite(path, file.errorString()));
    PageSequence pages(writer, painter, context, result.pageCount);
    const auto stop = [&](const QString &why) {
        painter.end();
        return failed(file, why);
    };
    const QString name = projectName(project);
    for (int i = 0; i < title.pageCount(); ++i)
        title.drawPage(pages.next(name), i);
    if (!steps.advance())
        return stop(PdfLayoutText::cancelled());
    for (const auto &source : sourcePages) {
        for (int i = 0; i < source->drawnPageCount(); ++i)
            source->drawPage(pages.next(source->title()), i);
        pages.skip(source->originalPageCount());
        if (!steps.advance())
            return stop(PdfLayoutText::cancelled());
    }
    if (charts) {
        for (int i = 0; i < charts->pageCount(); ++i)
            charts->drawPage(pages.next(PdfLayoutText::charts()), i);
        if (!steps.advance())
            return stop(PdfLayoutText::cancelled());
    }
    for (int i = 0; i < index.pageCount(); ++i)
        index.drawPage(pages.next(PdfLayoutText::indexHeading()), i);
    if (!painter.end() || file.error() != QFileDevice::NoError)
        return failed(file, PdfLayoutText::writeFailed(path, file.errorString()));
    if (!steps.advance())
        return failed(file, PdfLayoutText::cancelled());
    file.close();
    return result;
}

} // namespace claimscope::ui::pdf
