// The chart dock in the window: each tab draws, a click on a bar opens its passage, and an edit
// (and its undo) reaches the bar at once; screenshots in three languages.

#include "core/charts/ChartModels.h"
#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "core/project/SampleProject.h"
#include "ui/ChartCanvas.h"
#include "ui/ChartsPanel.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"

#include <QBarSet>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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
        window.resize(1500, 900);
        window.show();
        QVERIFY(window.projects()->openProject(copyOfSample(u"tabs.claimscope"_s)));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ChartsPanel *panel = window.chartsPanel();
        // Floated at a readable size, as a user would drag it out of the bottom tabs.
        auto *dock = window.findChild<QDockWidget *>(u"chartsDock"_s);
        dock->setFloating(true);
        dock->resize(720, 820);
        dock->show();
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
