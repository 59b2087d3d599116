#include "project_open.h"

#include "bench_figures.h"

#include <QElapsedTimer>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace bench {

using namespace claimscope::core;

namespace {

// The stages of one open, as times from its start: store opened (header and schema checks, lock,
// and the contents read while PRAGMA integrity_check runs beside it on a second connection), contents
// handed over by load() (the read ahead, so near zero on an open's first load), Project built, first
// source's text and annotations read, models.
enum OpenStage { StoreOpened, Loaded, ProjectBuilt, FirstDocument, ModelsReady, StageCount };
const char *const kStageKeys[StageCount] = {"open", "load", "project", "first", "models"};

qsizetype g_sink = 0; // keeps the reads of "the first document" from being optimised away

std::optional<std::array<double, StageCount>> openOnce(const QString &path, OpenProject &open)
{
    open.panels.reset();
    open.project.reset();
    open.store.reset();
    std::array<double, StageCount> at{};
    QElapsedTimer timer;
    timer.start();
    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadWrite);
    if (const auto *error = std::get_if<ProjectError>(&opened)) {
        err() << "project_bench: " << error->message << Qt::endl;
        return std::nullopt;
    }
    open.store = std::get<std::unique_ptr<ProjectStore>>(std::move(opened));
    at[StoreOpened] = elapsedMs(timer);
    auto loaded = open.store->load();
    if (const auto *error = std::get_if<ProjectError>(&loaded)) {
        err() << "project_bench: " << error->message << Qt::endl;
        return std::nullopt;
    }
    at[Loaded] = elapsedMs(timer);
    open.project = std::make_unique<Project>(std::get<ProjectContents>(std::move(loaded)), open.store.get());
    at[ProjectBuilt] = elapsedMs(timer);
    if (!open.project->sources().isEmpty()) {
        const SourceRecord &first = open.project->sources().first();
        g_sink += first.document.text.size();
        for (const AnnotationId id : open.project->annotationsOf(first.id))
            g_sink += open.project->annotationText(*open.project->annotation(id)).size();
    }
    at[FirstDocument] = elapsedMs(timer);
    open.panels = std::make_unique<Panels>(open.project.get());
    at[ModelsReady] = elapsedMs(timer);
    return at;
}

// What a view asks for after the filter changed: the rows on its first screen.
void readFirstScreen(const QAbstractItemModel &model)
{
    const int rows = std::min(model.rowCount(), 40);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            g_sink += model.index(row, column).data().toString().size();
    }
}

// `change` timed `runs` times, each after `before` (not timed), with the first screen read.
std::vector<double> timeFilter(AnnotationFilterModel &model, int runs, const std::function<void()> &before,
                               const std::function<void()> &change)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        before();
        QElapsedTimer timer;
        timer.start();
        change();
        readFirstScreen(model);
        times.push_back(elapsedMs(timer));
    }
    return times;
}

// The speaker with the most quotes and claims.
QString frequentSpeaker(const Project &project)
{
    QString best;
    int most = -1;
    for (const SpeakerRecord &record : project.speakers()) {
        const QString &id = record.speaker.id;
        const int count = project.annotationCount(id, AnnotationKind::Quote) +
                          project.annotationCount(id, AnnotationKind::Claim);
        if (count > most) {
            most = count;
            best = id;
        }
    }
    return best;
}

} // namespace

std::optional<OpenFigures> measureOpen(const QString &path, int runs, int filterRuns, const QString &search)
{
    OpenFigures figures;
    const auto put = [&figures](const QString &key, double value) {
        figures.numbers[key].push_back(value);
    };
    OpenProject open;
    figures.numbers[u"rss.start"_s] = {double(peakRssKiB(0))};
    // The first open of this process also loads Qt's SQLite driver, as the app's first open does.
    for (int run = 0; run <= runs; ++run) {
        const auto at = openOnce(path, open);
        if (!at)
            return std::nullopt;
        for (int stage = 0; stage < StageCount; ++stage)
            put(QString::fromLatin1(run == 0 ? "first." : "open.") + QLatin1String(kStageKeys[stage]),
                (*at)[stage]);
        if (run == 0)
            put(u"rss.firstOpen"_s, double(peakRssKiB(0)));
        out()
            << u"open %1: %2 to models ready (store with read %3, load %4, Project %5, first document %6)\n"_s
                   .arg(run == 0 ? u"first"_s : QString::number(run), milliseconds((*at)[ModelsReady]),
                        milliseconds((*at)[StoreOpened]), milliseconds((*at)[Loaded] - (*at)[StoreOpened]),
                        milliseconds((*at)[ProjectBuilt] - (*at)[Loaded]),
                        milliseconds((*at)[FirstDocument] - (*at)[ProjectBuilt]));
    }
    const Project &project = *open.project;
    Panels &panels = *open.panels;
    qsizetype suggested = 0;
    for (const SpeakerRecord &speaker : project.speakers())
        suggested += speaker.suggested ? 1 : 0;
    figures.numbers[u"counts"_s] = {double(project.sources().size()),      double(project.annotationCount()),
                                    double(panels.annotations.rowCount()), double(panels.figures.rowCount()),
                                    double(project.speakers().size()),     double(suggested)};

    AnnotationFilterModel &quotes = panels.quotes;
    const QString speaker = frequentSpeaker(project);
    figures.texts[u"speaker"_s] = project.speakerName(speaker);
    figures.texts[u"search"_s] = search;
    const auto none = [&quotes] {
        quotes.clearFilters();
    };
    const auto bySpeaker = [&quotes, &speaker] {
        quotes.setSpeakers({speaker});
    };
    const auto byText = [&quotes, &search] {
        quotes.setSearchText(search);
    };
    for (const bool sorted : {false, true}) {
        const QString prefix = sorted ? u"sorted."_s : QString();
        if (sorted) {
            // As after the user sorts the panel by its Text column (AnnotationsPanel starts unsorted).
            QElapsedTimer timer;
            timer.start();
            quotes.sort(AnnotationsModel::TextColumn);
            readFirstScreen(quotes);
            put(u"sort"_s, elapsedMs(timer));
        }
        figures.numbers[prefix + u"speaker"_s] = timeFilter(quotes, filterRuns, none, bySpeaker);
        put(prefix + u"speaker.rows"_s, quotes.rowCount());
        figures.numbers[prefix + u"search"_s] = timeFilter(quotes, filterRuns, none, byText);
        put(prefix + u"search.rows"_s, quotes.rowCount());
        figures.numbers[prefix + u"clear"_s] = timeFilter(quotes, filterRuns, bySpeaker, none);
        put(prefix + u"clear.rows"_s, quotes.rowCount());
    }
    put(u"rss.end"_s, double(peakRssKiB(0)));
    return figures;
}

void writeFigures(const OpenFigures &figures)
{
    for (const auto &[key, values] : figures.numbers) {
        QStringList fields;
        for (const double value : values)
            fields.append(QString::number(value, 'g', 10));
        out() << "@n " << key << ' ' << fields.join(u' ') << '\n';
    }
    for (const auto &[key, text] : figures.texts)
        out() << "@t " << key << ' ' << text << '\n';
    out().flush();
}

OpenFigures readFigures(const QByteArray &output)
{
    OpenFigures figures;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(u"@n ")) {
            const QStringList fields = line.mid(3).split(u' ', Qt::SkipEmptyParts);
            std::vector<double> &values = figures.numbers[fields.value(0)];
            for (qsizetype i = 1; i < fields.size(); ++i)
                values.push_back(fields.at(i).toDouble());
        } else if (line.startsWith(u"@t ")) {
            const qsizetype space = line.indexOf(u' ', 3);
            figures.texts[line.mid(3, space - 3)] = space < 0 ? QString() : line.mid(space + 1);
        } else if (!line.isEmpty()) {
            out() << "  " << line << '\n';
        }
    }
    return figures;
}

QString medianOf(const std::vector<double> &values)
{
    return values.empty() ? u"n/a"_s : u"%1 (%2)"_s.arg(milliseconds(median(values)), spread(values));
}

void printOpenRows(const OpenFigures &f)
{
    const std::vector<double> models = f.values(u"open.models"_s);
    const QString runs = QString::number(models.size());
    out() << u"| Open + load + Project | %1 | %2 | |\n"_s.arg(medianOf(f.values(u"open.project"_s)), runs);
    out() << u"| … + first source's text and annotations from Project | %1 | %2 | |\n"_s.arg(
        medianOf(f.values(u"open.first"_s)), runs);
    out() << u"| … + the three panels' models: **open to models ready** | **%1** | %2 | < 1 s |\n"_s.arg(
        medianOf(models), runs);
    out() << u"| First open of a new process (loads the SQLite driver too) | %1; first document at %2 "
             "| 1 | < 1 s |\n"_s.arg(milliseconds(f.value(u"first.models"_s)),
                                     milliseconds(f.value(u"first.first"_s)));
    const int filterRuns = static_cast<int>(f.values(u"speaker"_s).size());
    for (const bool sorted : {false, true}) {
        const QString prefix = sorted ? u"sorted."_s : QString();
        const QString how = sorted ? u"sorted by text, "_s : QString();
        if (sorted)
            out() << u"| Sort Quotes & Claims by text (once, all rows) | %1 | 1 | |\n"_s.arg(
                milliseconds(f.value(u"sort"_s)));
        out() << u"| Filter Quotes & Claims, %1by speaker \"%2\" (%3 rows) | **%4** | %5 | < 50 ms |\n"_s
                     .arg(how, f.text(u"speaker"_s))
                     .arg(f.value(prefix + u"speaker.rows"_s))
                     .arg(medianOf(f.values(prefix + u"speaker"_s)))
                     .arg(filterRuns);
        out() << u"| Filter Quotes & Claims, %1by text \"%2\" (%3 rows) | **%4** | %5 | < 50 ms |\n"_s
                     .arg(how, f.text(u"search"_s))
                     .arg(f.value(prefix + u"search.rows"_s))
                     .arg(medianOf(f.values(prefix + u"search"_s)))
                     .arg(filterRuns);
        out() << u"| Clear the filter, %1back to all %2 rows | %3 | %4 | |\n"_s.arg(how)
                     .arg(f.value(prefix + u"clear.rows"_s))
                     .arg(medianOf(f.values(prefix + u"clear"_s)))
                     .arg(filterRuns);
    }
    out() << u"| Peak RSS of the opening process: after the first open / at the end | %1 / %2 "
             "(at start %3) | | |\n"_s.arg(mebibytes(long(f.value(u"rss.firstOpen"_s))),
                                           mebibytes(long(f.value(u"rss.end"_s))),
                                           mebibytes(long(f.value(u"rss.start"_s))));
}

void printOpenDetails(const OpenFigures &f)
{
    QStringList stages;
    double previous = 0;
    for (int stage = 0; stage < StageCount; ++stage) {
        const double at = median(f.values(u"open."_s + QLatin1String(kStageKeys[stage])));
        stages.append(u"%1 %2"_s.arg(QLatin1String(kStageKeys[stage]), milliseconds(at - previous)));
        previous = at;
    }
    out() << "open stages, differences of the medians: " << stages.join(u", "_s) << '\n';
    const std::vector<double> counts = f.values(u"counts"_s);
    if (counts.size() == 6)
        out() << u"project: %1 sources, %2 annotations (%3 quotes and claims, %4 figures), %5 speakers (%6 "
                 "suggested by the analyzer)\n"_s.arg(counts[0])
                     .arg(counts[1])
                     .arg(counts[2])
                     .arg(counts[3])
                     .arg(counts[4])
                     .arg(counts[5]);
}

} // namespace bench
