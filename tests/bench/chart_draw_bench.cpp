// Chart drawing benchmark (issue 7, "Measures", the part chart_bench leaves out): the chart panel
// (ui::ChartsPanel) drawing its three tabs with Qt Charts, over the project of ~1,000 generated
// sources that chart_bench computes (chart_project.h), or over the sample project of the first
// start (--sample-project) for a small one. The panel is 720 × 820 and shown on the offscreen
// platform. Timed, with medians over runs, for each tab, with the tab current and its chart
// already computed: the drawn chart's widgets deleted (ChartCanvas::setChart of an empty chart),
// the Qt Charts widgets built again (setChart of the chart), the layout that follows (the posted
// events), the first paint and a repaint (QWidget::grab() of the panel). Then the whole path of
// one stance edit until the Stances tab is painted again: the edit and its signals, the panel's
// refresh from the event loop (the models recompute, the canvases get their charts), the layout
// and the paint. Also the panel opened on the project, and what each tab draws (charts, bar sets,
// legend entries, bars). Prints one table. It is a benchmark, not a test: it never fails on timing.
//
//   chart_draw_bench [--sources N] [--size-mb N] [--workers N] [--runs N] [--language CODE]
//                    [--samples DIR] [--sample-project] [--screenshots DIR] [--json FILE]
//
// The interface language is Russian by default, as in chart_bench.

#include "bench_figures.h"
#include "bench_report.h"
#include "chart_project.h"
#include "core/charts/ChartModels.h"
#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "project_corpus.h"
#include "ui/ChartCanvas.h"
#include "ui/ChartsPanel.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QLegend>
#include <QLegendMarker>
#include <QPixmap>
#include <QPointer>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using namespace bench;
using namespace claimscope;
using core::ChartKind;

constexpr std::array kKinds{ChartKind::Figures, ChartKind::Stances, ChartKind::Voices};
constexpr int kPanelWidth = 720;
constexpr int kPanelHeight = 820;

QString tabName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Figures:
        return u"Figures"_s;
    case ChartKind::Stances:
        return u"Stances"_s;
    case ChartKind::Voices:
        return u"Voices"_s;
    }
    return {};
}

// Delivers what setChart, a tab change or a resize posted: layout requests, the charts' scene
// polish and layout. Twice, as handling them posts more.
void settle()
{
    for (int i = 0; i < 2; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// The canvas's content (its scroll area), which every rebuild replaces.
QScrollArea *contentOf(ui::ChartCanvas *canvas)
{
    return canvas->findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
}

// What a tab draws once built.
struct Drawn {
    qsizetype charts = 0;
    qsizetype barSets = 0;
    qsizetype legendEntries = 0; // in the legends shown
    qsizetype bars = 0;          // values that stand for a bar of the chart
    qsizetype values = 0;        // values of all bar sets (one per category each; most are empty)
    qsizetype chartBars = 0;     // core::Chart::barCount()
    qsizetype groups = 0;        // core::Chart::groups: measures, or speakers (a row each)
    int tallest = 0;             // the tallest chart view's height, px
};

Drawn drawnBy(ui::ChartCanvas *canvas)
{
    Drawn drawn;
    const QList<QChartView *> views = canvas->findChildren<QChartView *>();
    drawn.charts = views.size();
    for (const QChartView *view : views) {
        drawn.tallest = std::max(drawn.tallest, view->height());
        if (view->chart()->legend()->isVisible())
            drawn.legendEntries += view->chart()->legend()->markers().size();
    }
    const QList<QBarSet *> sets = canvas->barSets();
    drawn.barSets = sets.size();
    for (QBarSet *set : sets) {
        drawn.values += set->count();
        for (int i = 0; i < set->count(); ++i)
            drawn.bars += canvas->barAt(set, i) ? 1 : 0;
    }
    drawn.chartBars = canvas->chart().barCount();
    drawn.groups = canvas->chart().groups.size();
    return drawn;
}

struct TabTiming {
    std::vector<double> teardown; // setChart of an empty chart: the drawn chart's widgets deleted
    std::vector<double> build;    // setChart of the chart: Qt Charts widgets built
    std::vector<double> layout;   // the events that follow: layouts, the charts' scene
    std::vector<double> paint;    // the first grab after that
    std::vector<double> repaint;  // grab again
};

TabTiming timeTab(ui::ChartsPanel &panel, ChartKind kind, int runs)
{
    TabTiming timing;
    panel.tabs()->setCurrentIndex(static_cast<int>(kind));
    settle();
    ui::ChartCanvas *canvas = panel.canvas(kind);
    const core::Chart chart = panel.models()->chart(kind); // computed already; a copy
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        canvas->setChart(core::Chart{});
        timing.teardown.push_back(elapsedMs(timer));
        settle();
        timer.start();
        canvas->setChart(chart);
        timing.build.push_back(elapsedMs(timer));
        timer.start();
        settle();
        timing.layout.push_back(elapsedMs(timer));
        timer.start();
        const QPixmap first = panel.grab();
        timing.paint.push_back(elapsedMs(timer));
        timer.start();
        const QPixmap second = panel.grab();
        timing.repaint.push_back(elapsedMs(timer));
    }
    return timing;
}

struct EditTiming {
    std::vector<double> total;   // edit to Stances tab painted
    std::vector<double> edit;    // setStance and its signals
    std::vector<double> refresh; // the panel's refresh: models recomputed, three setChart
    std::vector<double> layout;  // the events that follow
    std::vector<double> paint;   // grab
};

// One stance edit `runs` times (the score moved back and forth, as in chart_bench), each until the
// Stances tab (current) is painted again. Empty when an edit is refused or the tab never rebuilds.
std::optional<EditTiming> timeStanceEdit(ui::ChartsPanel &panel, core::Project &project, int runs)
{
    const core::StanceRecord *stance = stanceInTheMiddle(project);
    if (!stance) {
        err() << "chart_draw_bench: the project has no stance" << Qt::endl;
        return std::nullopt;
    }
    const core::SourceId source = stance->source;
    const QString speaker = stance->speaker;
    const int score = stance->score;
    ui::ChartCanvas *canvas = panel.canvas(ChartKind::Stances);
    panel.tabs()->setCurrentIndex(static_cast<int>(ChartKind::Stances));
    settle();
    EditTiming timing;
    for (int run = 0; run < runs; ++run) {
        settle();
        const QPointer<QScrollArea> before = contentOf(canvas);
        QElapsedTimer total;
        total.start();
        if (!project.setStance(source, speaker, run % 2 ? score : (score > 0 ? -2 : 2), {})) {
            err() << "chart_draw_bench: an edit was refused" << Qt::endl;
            return std::nullopt;
        }
        const double edited = elapsedMs(total);
        // The panel refreshes from a zero-timer: the event loop runs until the tab was rebuilt.
        const QDeadlineTimer deadline(60'000);
        while (before && !deadline.hasExpired())
            QCoreApplication::processEvents();
        if (before) {
            err() << "chart_draw_bench: the Stances tab was not rebuilt after a stance edit" << Qt::endl;
            return std::nullopt;
        }
        const double refreshed = elapsedMs(total);
        settle();
        const double laidOut = elapsedMs(total);
        const QPixmap painted = panel.grab();
        timing.total.push_back(elapsedMs(total));
        timing.edit.push_back(edited);
        timing.refresh.push_back(refreshed - edited);
        timing.layout.push_back(laidOut - refreshed);
        timing.paint.push_back(elapsedMs(total) - laidOut);
    }
    return timing;
}

// The offscreen platform warns on every window whose size hints change (each rebuilt chart view):
// those warnings are dropped, every other message goes on as before.
QtMessageHandler previousHandler = nullptr;

void dropSizeHintWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.contains(u"does not support propagateSizeHints"_s))
        return;
    previousHandler(type, context, message);
}

QString row(const QString &figure, const std::vector<double> &values)
{
    return u"| %1 | %2 (%3) | %4 |\n"_s.arg(figure, milliseconds(median(values)), spread(values))
        .arg(values.size());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(dropSizeHintWarnings);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The chart panel drawing its three tabs with Qt Charts, over a project of ~1,000 generated "
        "sources or over the sample project."_s);
    parser.addHelpOption();
    const ChartBenchOptions options(5, 3);
    options.addTo(parser);
    const QCommandLineOption sampleProjectOption(
        u"sample-project"_s,
        u"Draw the sample project of the first start (six articles) instead of generated sources."_s);
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s, u"Also save each tab as drawn, as chart_draw_bench-<tab>.png in DIR."_s, u"DIR"_s);
    parser.addOptions({sampleProjectOption, screenshotsOption, reportOption()});
    parser.process(app);
    Report report(u"chart_draw"_s);
    report.setFileFrom(parser);
    QStandardPaths::setTestModeEnabled(true); // helper definitions go to a test cache

    core::Localization localization;
    localization.setLanguage(parser.value(options.language));
    const int runs = options.runs(parser);
    const core::LexiconResult lexiconResult =
        core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
    if (const auto *error = std::get_if<core::LexiconError>(&lexiconResult)) {
        err() << "chart_draw_bench: " << error->message() << Qt::endl;
        return 1;
    }
    const core::Lexicon &lexicon = std::get<core::Lexicon>(lexiconResult);
    QTemporaryDir temporary(QDir(QDir::tempPath()).filePath(u"chart_draw_bench-XXXXXX"_s));
    if (!temporary.isValid()) {
        err() << "chart_draw_bench: no temporary folder" << Qt::endl;
        return 1;
    }

    QElapsedTimer stage;
    stage.start();
    std::unique_ptr<core::Project> project;
    QString described;
    if (parser.isSet(sampleProjectOption)) {
        project = loadSampleProject(lexicon, temporary.path(), u"chart_draw_bench"_s);
        if (!project)
            return 1;
        described =
            u"the sample project, %1 sources; built and analysed in %2 s"_s.arg(project->sources().size())
                .arg(elapsedMs(stage) / 1000, 0, 'f', 1);
    } else {
        const auto articles = readSampleArticles(parser.value(options.samples));
        if (!articles)
            return 1;
        CorpusOptions corpusOptions;
        corpusOptions.sources = std::max(1, parser.value(options.sources).toInt());
        corpusOptions.targetBytes = static_cast<qint64>(parser.value(options.size).toDouble() * kMegabyte);
        const auto corpus = writeCorpus(*articles, lexicon, corpusOptions, temporary.path());
        if (!corpus)
            return 1;
        stage.start();
        const int workers = parser.value(options.workers).toInt();
        project = buildProject(corpus->files, lexicon, workers, u"chart_draw_bench"_s);
        if (!project)
            return 1;
        described = u"%1 generated sources, %2 MB of UTF-8; imported and analysed in %3 s on %4 core(s)"_s
                        .arg(corpus->files.size())
                        .arg(double(corpus->bytes) / kMegabyte, 0, 'f', 2)
                        .arg(elapsedMs(stage) / 1000, 0, 'f', 1)
                        .arg(workers > 0 ? workers : QThread::idealThreadCount());
    }
    out() << u"== Drawing the charts of a project with Qt Charts ==\n"
             "project: %1; %2 annotations; interface language %3; panel %4 × %5 on the %6 platform\n"_s
                 .arg(described)
                 .arg(project->annotationCount())
                 .arg(localization.language())
                 .arg(kPanelWidth)
                 .arg(kPanelHeight)
                 .arg(QGuiApplication::platformName());
    out().flush();

    ui::ChartsPanel panel;
    panel.resize(kPanelWidth, kPanelHeight);
    panel.show();
    settle();

    // The panel opened on the project: models created, the three charts computed and their tabs
    // built, laid out and the first tab (Figures) painted.
    std::vector<double> opened;
    for (int run = 0; run < runs; ++run) {
        panel.setProject(nullptr);
        panel.tabs()->setCurrentIndex(0);
        settle();
        QElapsedTimer timer;
        timer.start();
        panel.setProject(project.get());
        settle();
        const QPixmap painted = panel.grab();
        opened.push_back(elapsedMs(timer));
    }

    std::array<TabTiming, 3> tabs;
    std::array<Drawn, 3> drawn;
    for (const ChartKind kind : kKinds) {
        const auto k = static_cast<size_t>(kind);
        tabs[k] = timeTab(panel, kind, runs);
        drawn[k] = drawnBy(panel.canvas(kind));
        if (parser.isSet(screenshotsOption)) {
            const QString path = QDir(parser.value(screenshotsOption))
                                     .filePath(u"chart_draw_bench-%1.png"_s.arg(tabName(kind).toLower()));
            if (!panel.grab().save(path))
                err() << "chart_draw_bench: could not write " << path << Qt::endl;
        }
    }
    const auto edit = timeStanceEdit(panel, *project, runs);
    if (!edit)
        return 1;

    for (const ChartKind kind : kKinds) {
        const Drawn &d = drawn[static_cast<size_t>(kind)];
        out()
            << u"%1 tab: %2 chart(s), the tallest %3 px high; %4 bar sets, %5 legend entries shown, %6 bars "
               "drawn (%7 values in the bar sets; the chart has %8 bars in %9 groups)\n"_s.arg(tabName(kind))
                   .arg(d.charts)
                   .arg(d.tallest)
                   .arg(d.barSets)
                   .arg(d.legendEntries)
                   .arg(d.bars)
                   .arg(d.values)
                   .arg(d.chartBars)
                   .arg(d.groups);
    }

    out() << "\n| Figure | Median (min – max) | Runs |\n|---|---|---|\n";
    out() << row(u"Panel opened on the project (three charts computed, three tabs built, Figures painted)"_s,
                 opened);
    for (const ChartKind kind : kKinds) {
        const TabTiming &t = tabs[static_cast<size_t>(kind)];
        const QString tab = tabName(kind);
        out() << row(u"%1: the drawn chart's widgets deleted (setChart of an empty chart)"_s.arg(tab),
                     t.teardown);
        out() << row(u"%1: Qt Charts widgets built from the computed chart (setChart)"_s.arg(tab), t.build);
        out() << row(u"%1: laid out (the events that follow)"_s.arg(tab), t.layout);
        out() << row(u"%1: first paint (grab)"_s.arg(tab), t.paint);
        out() << row(u"%1: painted again (grab)"_s.arg(tab), t.repaint);
    }
    out() << row(u"**One stance edit until the Stances tab is painted again**"_s, edit->total);
    out() << row(u"… the edit and its signals (setStance)"_s, edit->edit);
    out() << row(u"… the panel's refresh (models recomputed, the old chart deleted, three setChart)"_s,
                 edit->refresh);
    out() << row(u"… laid out (the events that follow)"_s, edit->layout);
    out() << row(u"… painted (grab)"_s, edit->paint);
    out().flush();

    report.figure(u"open_ms"_s, median(opened), u"ms"_s, opened);
    report.figure(u"stance_edit_painted_ms"_s, median(edit->total), u"ms"_s, edit->total);
    report.peak(u"peak_mib"_s, peakRssKiB(0));
    report.note(u"project"_s, parser.isSet(sampleProjectOption) ? u"sample"_s : u"generated"_s);
    return report.write() ? 0 : 1;
}
