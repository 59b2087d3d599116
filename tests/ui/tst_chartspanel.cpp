// The chart dock in the window: each tab draws, a click on a bar (a real mouse click at the bar's
// place) opens its passage, an edit (and its undo) reaches the bar at once, the charts follow the
// Sources panel's selection, disagreeing figures are marked, the theme is followed, and the
// visible chart exports as PNG and SVG; screenshots in three languages.

#include "core/charts/ChartModels.h"
#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "core/project/SourceListModel.h"
#include "ui/ChartCanvas.h"
#include "ui/ChartsPanel.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace claimscope;
using namespace Qt::StringLiterals;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");

// The bar set and index of the first bar of `canvas` whose bar satisfies `accept`.
template<typename Accept> std::pair<QBarSet *, int> findBar(ui::ChartCanvas *canvas, Accept accept)
{
    for (QBarSet *set : canvas->barSets()) {
        for (int i = 0; i < set->count(); ++i) {
            const core::ChartBar *bar = canvas->barAt(set, i);
            if (bar && accept(*bar))
                return {set, i};
        }
    }
    return {nullptr, -1};
}

// The chart view drawing `set`, and the point of its bar `index` in the view's viewport.
std::pair<QChartView *, QPoint> barPoint(ui::ChartCanvas *canvas, QBarSet *set, int index)
{
    for (QChartView *view : canvas->findChildren<QChartView *>()) {
        for (QAbstractSeries *series : view->chart()->series()) {
            auto *bars = qobject_cast<QAbstractBarSeries *>(series);
            if (!bars || !bars->barSets().contains(set))
                continue;
            // Half-way along the bar; sets sit side by side in a category, so aim at this set's slot.
            const qsizetype slot = bars->barSets().indexOf(set);
            const double width = bars->barWidth() / bars->count();
            const double across = index - bars->barWidth() / 2 + width * (slot + 0.5);
            const double along = set->at(index) / 2;
            const bool horizontal = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar;
            const QPointF value = horizontal ? QPointF(along, across) : QPointF(across, along);
            const QPointF scene = view->chart()->mapToPosition(value, bars);
            return {view, view->mapFromScene(scene)};
        }
    }
    return {nullptr, {}};
}

} // namespace

class TestChartsPanel final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    QTemporaryDir m_dir;
    QString m_pristine;

    QString copyOfSample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_pristine, path) ? path : QString();
    }

    // The window on a copy of the sample, with the charts dock floated at a readable size, as a
    // user would drag it out of the bottom tabs. Null when something failed.
    QDockWidget *showWithChartsFloating(ui::MainWindow &window, const QString &copyName)
    {
        window.resize(1500, 900);
        window.show();
        if (!window.projects()->openProject(copyOfSample(copyName)) || !QTest::qWaitForWindowExposed(&window))
            return nullptr;
        auto *dock = window.findChild<QDockWidget *>(u"chartsDock"_s);
        dock->setFloating(true);
        dock->resize(720, 820);
        dock->show();
        return QTest::qWaitForWindowExposed(dock) ? dock : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_chartspanel"_s);
        QSettings().clear();
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QVERIFY(QDir().mkpath(kShots));
        const core::LexiconResult lexicon =
            core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
        QVERIFY(std::holds_alternative<core::Lexicon>(lexicon));
        m_pristine = m_dir.filePath(u"pristine.claimscope"_s);
        const auto problem = core::createSampleProject(m_pristine, std::get<core::Lexicon>(lexicon));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }

    void everyTabDrawsItsOwnChart()
    {
        ui::MainWindow window(&m_localization);
        QDockWidget *dock = showWithChartsFloating(window, u"tabs.claimscope"_s);
        QVERIFY(dock);
        ui::ChartsPanel *panel = window.chartsPanel();
        QTRY_VERIFY(!panel->canvas(core::ChartKind::Figures)->chart().isEmpty());
        for (const char *language : {"en", "ru", "tr"}) {
            QVERIFY(m_localization.setLanguage(QLatin1StringView(language)));
            QList<QImage> images;
            for (int tab = 0; tab < 3; ++tab) {
                panel->tabs()->setCurrentIndex(tab);
                QTest::qWait(50);
                const auto kind = static_cast<core::ChartKind>(tab);
                QVERIFY2(!panel->canvas(kind)->chart().isEmpty(), qPrintable(QString::number(tab)));
                QVERIFY(!panel->canvas(kind)->barSets().isEmpty());
                const QImage image = panel->grab().toImage();
                QVERIFY(!image.isNull());
                images.append(image);
                QVERIFY(image.save(kShots + u"charts-%1-%2.png"_s.arg(tab).arg(QLatin1StringView(language))));
            }
            QVERIFY(images.at(0) != images.at(1));
            QVERIFY(images.at(1) != images.at(2));
            QVERIFY(images.at(0) != images.at(2));
        }
        dock->setFloating(false);
        dock->raise();
        QVERIFY(window.grab().save(kShots + u"charts-window-tr.png"_s));
        QVERIFY(m_localization.setLanguage(u"en"_s));
        // The titles follow the language.
        QCOMPARE(panel->tabs()->tabText(1), u"Stances"_s);
    }

    void clickingABarOpensItsPassage()
    {
        ui::MainWindow window(&m_localization);
        window.show();
        QVERIFY(window.projects()->openProject(copyOfSample(u"click.claimscope"_s)));
        ui::ChartsPanel *panel = window.chartsPanel();
        QTRY_VERIFY(!panel->canvas(core::ChartKind::Figures)->barSets().isEmpty());
        core::Project *project = window.project();
        // A figure of the last source: the viewer must move there and select the figure.
        const core::SourceId last = project->sources().last().id;
        ui::ChartCanvas *figures = panel->canvas(core::ChartKind::Figures);
        const auto [set, index] = findBar(figures, [&](const core::ChartBar &bar) {
            return bar.source == last && bar.passages.size() == 1;
        });
        QVERIFY(set);
        const core::ChartPassage passage = figures->barAt(set, index)->passages.first();
        QVERIFY(window.currentSource() != last);
        emit set->clicked(index); // what Qt Charts emits for a click on the bar
        QCOMPARE(window.currentSource(), last);
        QCOMPARE(window.documentView()->selectedRange(), passage.range);
        QVERIFY(!window.documentView()->selectedText().isEmpty());
    }

    void aMouseClickOnABarOpensItsPassage()
    {
        ui::MainWindow window(&m_localization);
        QVERIFY(showWithChartsFloating(window, u"mouse.claimscope"_s));
        ui::ChartsPanel *panel = window.chartsPanel();
        panel->tabs()->setCurrentIndex(int(core::ChartKind::Stances));
        ui::ChartCanvas *stances = panel->canvas(core::ChartKind::Stances);
        QTRY_VERIFY(!stances->barSets().isEmpty());
        core::Project *project = window.project();
        // A clearly long bar of a source other than the one shown, with one passage.
        const auto [set, index] = findBar(stances, [&](const core::ChartBar &bar) {
            return std::abs(bar.value) >= 1 && bar.passages.size() == 1 &&
                   bar.source != window.currentSource();
        });
        QVERIFY(set);
        const core::ChartBar bar = *stances->barAt(set, index);
        const auto [view, point] = barPoint(stances, set, index);
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        view->ensureVisible(view->mapToScene(point).x(), view->mapToScene(point).y(), 1, 1);
        QVERIFY2(view->viewport()->rect().contains(point),
                 qPrintable(u"%1,%2"_s.arg(point.x()).arg(point.y())));
        QSignalSpy opened(panel, &ui::ChartsPanel::passageActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(window.currentSource(), bar.source);
        QCOMPARE(window.documentView()->selectedRange(), bar.passages.first().range);
        QVERIFY(project->sourceTitle(bar.source).size() > 0);
    }

    void theChartsFollowTheSelectedSources()
    {
        ui::MainWindow window(&m_localization);
        window.show();
        QVERIFY(window.projects()->openProject(copyOfSample(u"selection.claimscope"_s)));
        ui::ChartsPanel *panel = window.chartsPanel();
        ui::ChartCanvas *voices = panel->canvas(core::ChartKind::Voices);
        QTRY_VERIFY(!voices->barSets().isEmpty());
        const QList<core::SourceRecord> sources = window.project()->sources();
        QVERIFY(sources.size() >= 3);
        const auto sourcesDrawn = [&] {
            QSet<core::SourceId> drawn;
            for (const core::ChartGroup &group : voices->chart().groups)
                for (const core::ChartBar &bar : group.bars)
                    drawn.insert(bar.source);
            return drawn;
        };
        QCOMPARE(sourcesDrawn().size(), sources.size());
        QVERIFY(panel->scopeText().contains(u"all"_s));

        // Select the second and third sources in the Sources panel, as Ctrl+click would.
        auto *list = window.findChild<QTreeView *>(u"sourceList"_s);
        QItemSelection selection;
        for (int row : {1, 2}) {
            const QModelIndex index = list->model()->index(row, 0);
            selection.select(index, index);
        }
        list->selectionModel()->select(selection,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const auto idAt = [&](int row) {
            return list->model()
                ->index(row, 0)
                .data(core::SourceListModel::SourceIdRole)
                .value<core::SourceId>();
        };
        const QSet<core::SourceId> chosen{idAt(1), idAt(2)};
        QVERIFY(!chosen.contains(0));
        // The toggle is off: still every source.
        QTest::qWait(20);
        QCOMPARE(sourcesDrawn().size(), sources.size());

        panel->selectedSourcesOnlyAction()->setChecked(true);
        QTRY_COMPARE(sourcesDrawn(), chosen);
        QCOMPARE(panel->scopeText(), u"Sources: 2 of %1"_s.arg(sources.size()));
        // A speaker filter on top of it.
        const QString speaker = voices->chart().groups.first().bars.first().speaker;
        window.showOnlySpeaker(speaker);
        QTRY_COMPARE(voices->chart().groups.size(), 1);
        QVERIFY(panel->scopeText().contains(window.project()->speakerName(speaker)));
        window.showOnlySpeaker({});
        panel->selectedSourcesOnlyAction()->setChecked(false);
        QTRY_COMPARE(sourcesDrawn().size(), sources.size());
        QSettings().remove(u"charts/selectedSourcesOnly"_s);
    }

    void disagreeingFiguresAreMarkedUnderTheirChart()
    {
        ui::MainWindow window(&m_localization);
        window.show();
        QVERIFY(window.projects()->openProject(copyOfSample(u"conflict.claimscope"_s)));
        ui::ChartsPanel *panel = window.chartsPanel();
        ui::ChartCanvas *figures = panel->canvas(core::ChartKind::Figures);
        QTRY_VERIFY(!figures->barSets().isEmpty());
        QVERIFY(figures->findChildren<QWidget *>(u"chartConflictNote"_s).isEmpty());
        // Several sources give the share of oil exports; one of them now says 75%.
        const auto [set, index] = findBar(
            figures, [](const core::ChartBar &bar) { return bar.passages.size() == 1 && bar.value == 80; });
        QVERIFY(set);
        const core::ChartBar bar = *figures->barAt(set, index);
        core::Project *project = window.project();
        core::FigureFields fields = project->annotation(bar.passages.first().annotation)->figure;
        fields.value = 75;
        QVERIFY(project->setAnnotationFigure(bar.passages.first().annotation, fields));
        QTRY_COMPARE(figures->findChildren<QWidget *>(u"chartConflictNote"_s).size(), 1);
        const QWidget *note = figures->findChildren<QWidget *>(u"chartConflictNote"_s).first();
        QVERIFY(note->findChildren<QLabel *>().last()->text().contains(u"different values"_s));
        project->undoStack()->undo();
        QTRY_VERIFY(figures->findChildren<QWidget *>(u"chartConflictNote"_s).isEmpty());
    }

    void theChartsFollowTheTheme()
    {
        ui::ChartsPanel panel;
        core::Project *project = nullptr;
        ui::MainWindow window(&m_localization);
        QVERIFY(window.projects()->openProject(copyOfSample(u"theme.claimscope"_s)));
        project = window.project();
        panel.setProject(project);
        ui::ChartCanvas *stances = panel.canvas(core::ChartKind::Stances);
        QTRY_VERIFY(!stances->barSets().isEmpty());
        const auto theme = [&] {
            return stances->findChild<QChartView *>()->chart()->theme();
        };
        QCOMPARE(theme(), QChart::ChartThemeLight);
        QPalette dark = panel.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, Qt::white);
        panel.setPalette(dark);
        QTRY_COMPARE(theme(), QChart::ChartThemeDark);
        panel.setPalette(QPalette());
        QTRY_COMPARE(theme(), QChart::ChartThemeLight);
        panel.setProject(nullptr);
    }

    void aLargeChartIsCutAndSaysSo()
    {
        // 35 speakers, each reported once by each of 40 sources.
        core::Chart chart;
        chart.title = u"Voices"_s;
        for (int s = 1; s <= 40; ++s)
            chart.series.append({QString::number(s), u"Outlet %1"_s.arg(s), {}});
        for (int g = 0; g < 35; ++g) {
            core::ChartGroup group{u"speaker:%1"_s.arg(g), u"Speaker %1"_s.arg(g), {}, {}};
            for (int s = 1; s <= 40; ++s)
                group.bars.append({u"Outlet %1"_s.arg(s),
                                   1,
                                   QString::number(s),
                                   core::SourceId(s),
                                   u"%1"_s.arg(g),
                                   {},
                                   u"tip"_s,
                                   {{core::SourceId(s), {g, g + 5}, 0}}});
            chart.groups.append(group);
        }
        ui::ChartCanvas canvas(ui::ChartCanvas::Style::Stacked);
        canvas.resize(700, 600);
        canvas.show();
        canvas.setChart(chart);
        QCOMPARE(canvas.chart().groups.size(), 30);
        QCOMPARE(canvas.chart().series.size(), 13); // 12 sources and "Other sources"
        QCOMPARE(canvas.barSets().size(), 13);
        auto *notice = canvas.findChild<QLabel *>(u"chartLimitNotice"_s);
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(u"12 of 40 sources"_s), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(u"30 of 35 speakers"_s), qPrintable(notice->text()));

        // The "Other sources" bar stands for 28 passages: the menu lists 20 and says how many more.
        const auto [set, index] =
            findBar(&canvas, [](const core::ChartBar &bar) { return bar.series == core::kOtherSeriesKey; });
        QVERIFY(set);
        QCOMPARE(canvas.barAt(set, index)->passages.size(), 28);
        canvas.activateBar(set, index);
        auto *menu = canvas.findChild<QMenu *>(u"chartPassageMenu"_s);
        QVERIFY(menu);
        const QList<QAction *> entries = menu->actions();
        QCOMPARE(entries.size(), 21);
        QVERIFY(!entries.last()->isEnabled());
        QVERIFY(entries.last()->text().contains(u"8 more"_s));
        menu->close();

        // A small chart has no notice.
        canvas.setChart(
            core::Chart{chart.title,
                        chart.seriesKind,
                        chart.series.mid(0, 3),
                        {core::ChartGroup{u"speaker:x"_s, u"X"_s, {}, chart.groups.first().bars.mid(0, 3)}}});
        QVERIFY(!canvas.findChild<QLabel *>(u"chartLimitNotice"_s));
        QCOMPARE(canvas.barSets().size(), 3);
    }

    void theVisibleChartExportsAsPngAndSvg()
    {
        ui::MainWindow window(&m_localization);
        window.show();
        QVERIFY(window.projects()->openProject(copyOfSample(u"export.claimscope"_s)));
        ui::ChartsPanel *panel = window.chartsPanel();
        QTRY_VERIFY(!panel->canvas(core::ChartKind::Voices)->barSets().isEmpty());
        panel->tabs()->setCurrentIndex(int(core::ChartKind::Voices));
        QVERIFY(panel->exportSvgAction()->isEnabled());
        const QString png = m_dir.filePath(u"voices.png"_s);
        const QString svg = m_dir.filePath(u"voices.svg"_s);
        QCOMPARE(panel->exportVisibleChart(png), std::nullopt);
        QCOMPARE(panel->exportVisibleChart(svg), std::nullopt);

        const QWidget *drawn = panel->canvas(core::ChartKind::Voices)->content();
        QImageReader pngReader(png);
        QCOMPARE(pngReader.format(), QByteArray("png"));
        const QImage image = pngReader.read();
        // Twice the screen's pixels, at least 800 wide (the window's default dock is narrower here).
        QCOMPARE(image.height(), drawn->height() * 2);
        QCOMPARE(image.width(), std::max(drawn->width(), 800) * 2);
        // Not a blank page: many colours (bars, text, antialiasing).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY(image.save(kShots + u"charts-export-voices.png"_s));

        QFile::remove(kShots + u"charts-export-voices.svg"_s);
        QVERIFY(QFile::copy(svg, kShots + u"charts-export-voices.svg"_s));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QXmlStreamReader reader(xml);
        QVERIFY(reader.readNextStartElement());
        QCOMPARE(reader.name(), u"svg"_s);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QSvgRenderer renderer(xml);
        QVERIFY(renderer.isValid());
        // Vectors with the chart's words in them, not a picture of them.
        const QString text = QString::fromUtf8(xml);
        const core::Chart chart = panel->canvas(core::ChartKind::Voices)->chart();
        QVERIFY(text.contains(chart.title.toHtmlEscaped()));
        QVERIFY(text.contains(chart.groups.first().title.toHtmlEscaped()));
        QVERIFY(!text.contains(u"<image"_s));

        // A folder that cannot be written: a reason, and nothing left behind.
        const QString nowhere = m_dir.filePath(u"missing/folder/voices.png"_s);
        const auto problem = panel->exportVisibleChart(nowhere);
        QVERIFY(problem);
        QVERIFY2(problem->contains(u"Could not write"_s), qPrintable(*problem));
        QVERIFY(!QFile::exists(nowhere));

        // An empty chart: nothing to export.
        window.showOnlySpeaker(u"no-such-speaker"_s);
        QTRY_VERIFY(panel->canvas(core::ChartKind::Voices)->chart().isEmpty());
        QVERIFY(!panel->exportPngAction()->isEnabled());
        QVERIFY(panel->exportVisibleChart(png));
    }

    void anEditAndItsUndoReachTheBar()
    {
        ui::MainWindow window(&m_localization);
        window.show();
        QVERIFY(window.projects()->openProject(copyOfSample(u"live.claimscope"_s)));
        ui::ChartsPanel *panel = window.chartsPanel();
        ui::ChartCanvas *stances = panel->canvas(core::ChartKind::Stances);
        QTRY_VERIFY(!stances->barSets().isEmpty());
        const auto [set, index] = findBar(stances, [](const core::ChartBar &bar) { return bar.value != 2; });
        QVERIFY(set);
        const core::ChartBar before = *stances->barAt(set, index);
        core::Project *project = window.project();
        QVERIFY(project->setStance(before.source, before.speaker, 2, u"checked by hand"_s));
        const auto changed = [&] {
            const auto [s, i] = findBar(stances, [&](const core::ChartBar &bar) {
                return bar.source == before.source && bar.speaker == before.speaker;
            });
            return s ? *stances->barAt(s, i) : core::ChartBar{};
        };
        QTRY_COMPARE(changed().value, 2.0);
        QVERIFY(changed().flags.testFlag(core::BarFlag::Manual));
        project->undoStack()->undo();
        QTRY_COMPARE(changed().value, before.value);
        QCOMPARE(changed().flags, before.flags);
    }
};

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
