// The window on a project file: first start, manual annotation through the context menu with undo
// and redo, import with progress, the panels leading to passages, refusals that change nothing.

#include "core/i18n/Localization.h"
#include "core/project/AnnotationFilterModel.h"
#include "core/project/AnnotationRowsModel.h"
#include "core/project/Project.h"
#include "core/project/ProjectSession.h"
#include "core/project/SampleProject.h"
#include "core/project/SourceListModel.h"
#include "core/project/SourceManifest.h"
#include "ui/AnnotationEditor.h"
#include "ui/AnnotationsPanel.h"
#include "ui/AppActions.h"
#include "ui/DocumentView.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"
#include "ui/SpeakersPanel.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>

using namespace claimscope;
using namespace Qt::StringLiterals;

namespace {

const QString kShots = QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/");

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The viewport point of a document position, for mouse events.
QPoint pointOf(ui::DocumentView *view, qsizetype position)
{
    QTextCursor cursor(view->textView()->document());
    cursor.setPosition(static_cast<int>(position));
    return view->textView()->cursorRect(cursor).center();
}

// Right-clicks the viewer at `position` and returns the menu that pops up.
QMenu *openContextMenu(ui::DocumentView *view, qsizetype position)
{
    QWidget *viewport = view->textView()->viewport();
    const QPoint point = pointOf(view, position);
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, viewport->mapToGlobal(point));
    QApplication::sendEvent(viewport, &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

// The action of `menu` or of its submenus whose object name or plain text is `key`.
QAction *findAction(QMenu *menu, const QString &key)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == key || action->text().remove(u'&') == key)
            return action;
        if (action->menu()) {
            if (QAction *inner = findAction(action->menu(), key))
                return inner;
        }
    }
    return nullptr;
}

// The manual annotations of `source` with exactly `range`.
QList<core::AnnotationRecord> manualAt(const core::Project &project, core::SourceId source,
                                       const core::TextRange &range)
{
    QList<core::AnnotationRecord> found;
    for (core::AnnotationId id : project.annotationsOf(source)) {
        const core::AnnotationRecord *annotation = project.annotation(id);
        if (annotation->range == range && annotation->origin == core::Origin::Manual)
            found.append(*annotation);
    }
    return found;
}

} // namespace

class TestProjectWindow final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    QTemporaryDir m_dir;
    QString m_pristine; // the sample project built once; each test works on its own copy

    QString copyOfSample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_pristine, path) ? path : QString();
    }

    static bool waitForImport(ui::MainWindow &window)
    {
        QSignalSpy finished(window.projects(), &ui::ProjectController::importFinished);
        return finished.wait(120000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClaimscopeTests"_s);
        QCoreApplication::setApplicationName(u"tst_projectwindow"_s);
        QVERIFY(m_localization.setLanguage(u"en"_s));
        QVERIFY(QDir().mkpath(kShots));
        QVERIFY(m_dir.isValid());
        const core::LexiconResult lexicon =
            core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
        QVERIFY(std::holds_alternative<core::Lexicon>(lexicon));
        m_pristine = m_dir.filePath(u"pristine.claimscope"_s);
        const auto problem = core::createSampleProject(m_pristine, std::get<core::Lexicon>(lexicon));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(core::userSampleProjectPath());
    }

    void firstStartCopiesTheSampleAndOpensItReadWrite()
    {
        QVERIFY(!QFileInfo::exists(core::userSampleProjectPath()));
        ui::MainWindow window;
        window.show();
        window.openStartupProject();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QFileInfo::exists(core::userSampleProjectPath()));
        QVERIFY(window.project());
        QVERIFY(!window.project()->isReadOnly());
        const core::SourceSet sample = core::loadSourceManifest(core::sampleManifestPath());
        QCOMPARE(window.sources()->rowCount(), sample.documents.size());
        QVERIFY(window.windowTitle().contains(sample.name));
        // The panels show the project, and the viewer its first source with the annotations painted.
        QVERIFY(window.speakersPanel()->view()->model()->rowCount() > 5);
        QVERIFY(window.annotationsPanel()->view()->model()->rowCount() > 10);
        QCOMPARE(window.currentSourceRow(), 0);
        QVERIFY(!window.documentView()->annotationMarks().isEmpty());
        QCOMPARE(window.documentView()->annotationMarks().size(),
                 window.project()->annotationsOf(window.currentSource()).size());
        QVERIFY(window.findChild<QLabel *>(u"readOnlyLabel"_s)->text().isEmpty());
        QVERIFY(window.grab().save(kShots + u"project-window-en.png"_s));
    }

    void marksAQuoteAssignsASpeakerUndoesAndRedoes()
    {
        const QString path = copyOfSample(u"edit.claimscope"_s);
        QVERIFY(!path.isEmpty());
        core::TextRange range;
        QString speakerName;
        {
            ui::MainWindow window;
            window.resize(1200, 800);
            window.show();
            QVERIFY(window.projects()->openProject(path));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            core::Project *project = window.project();
            const core::SourceId source = window.currentSource();
            QVERIFY(source != 0);
            ui::DocumentView *view = window.documentView();

            // A sentence of the first paragraph that no annotation covers exactly.
            const QString text = project->source(source)->document.text;
            const qsizetype start = text.indexOf(u'.') + 2;
            const qsizetype end = text.indexOf(u'.', start) + 1;
            QVERIFY(start > 1 && end > start);
            range = {start, end};
            QVERIFY(manualAt(*project, source, range).isEmpty());
            view->selectRange(range);
            QCOMPARE(view->selectedRange(), range);

            QMenu *menu = openContextMenu(view, (start + end) / 2);
            QVERIFY(menu);
            QAction *markQuote = findAction(menu, u"actionMarkQuote"_s);
            QVERIFY(markQuote && markQuote->isEnabled());
            markQuote->trigger();
            menu->close();
            QList<core::AnnotationRecord> marked = manualAt(*project, source, range);
            QCOMPARE(marked.size(), 1);
            QCOMPARE(marked.first().kind, core::AnnotationKind::Quote);
            QVERIFY(marked.first().speaker.isEmpty());
            // The new quote is painted at once.
            const auto marks = view->marksAt(start + 1);
            QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [&](const ui::AnnotationMark &mark) {
                return mark.id == marked.first().id;
            }));

            // Two clicks fix the attribution: the Speaker submenu, then the name.
            menu = openContextMenu(view, (start + end) / 2);
            QVERIFY(menu);
            QVERIFY(findAction(menu, u"menuOtherSpeaker"_s));
            auto *speakers = menu->findChild<QMenu *>(u"menuSpeaker"_s);
            QVERIFY(speakers);
            QVERIFY(!speakers->actions().isEmpty());
            // The submenu lists the people this source annotates; the first is as good as any.
            QAction *pick = nullptr;
            for (QAction *action : speakers->actions()) {
                if (!action->data().toString().isEmpty()) {
                    pick = action;
                    break;
                }
            }
            QVERIFY(pick);
            speakerName = project->speakerName(pick->data().toString());
            QCOMPARE(pick->text().remove(u'&'), speakerName);
            QVERIFY(window.grab().save(kShots + u"project-context-menu-en.png"_s));
            pick->trigger();
            menu->close();
            marked = manualAt(*project, source, range);
            QCOMPARE(project->speakerName(marked.first().speaker), speakerName);

            // Edit → Undo twice, Redo twice, through the window's own actions.
            QAction *undo = window.actions()->undo;
            QAction *redo = window.actions()->redo;
            QVERIFY(undo->isEnabled());
            QVERIFY(undo->text().contains(u"Speaker"_s));
            undo->trigger();
            QVERIFY(manualAt(*project, source, range).first().speaker.isEmpty());
            undo->trigger();
            QVERIFY(manualAt(*project, source, range).isEmpty());
            QVERIFY(view->marksAt(start + 1).size() < marks.size());
            QVERIFY(redo->isEnabled());
            redo->trigger();
            redo->trigger();
            marked = manualAt(*project, source, range);
            QCOMPARE(marked.size(), 1);
            QCOMPARE(project->speakerName(marked.first().speaker), speakerName);
            // Ctrl+Shift+Z is a redo key too.
            QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
            QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
        }
        // Closed without any "save": the file has the quote and its speaker.
        auto reopened = core::openProjectSession(path);
        QVERIFY(std::holds_alternative<core::ProjectSession>(reopened));
        const core::Project &project = *std::get<core::ProjectSession>(reopened).project;
        const QList<core::AnnotationRecord> kept = manualAt(project, project.sources().first().id, range);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(project.speakerName(kept.first().speaker), speakerName);
    }

    void importsFilesAndFoldersAndSkipsWhatIsThere()
    {
        QTemporaryDir sources;
        QVERIFY(QDir(sources.path()).mkpath(u"nested"_s));
        QVERIFY(writeFile(sources.filePath(u"one.txt"_s),
                          "Kassym-Jomart Tokayev said: \"We will not apply for now.\"\n"));
        QVERIFY(writeFile(sources.filePath(u"nested/two.md"_s),
                          "# Two\n\nRoman Vassilenko said the status suits us.\n"));
        QVERIFY(writeFile(sources.filePath(u"binary.txt"_s), QByteArray("\0\1\2\3binary\0", 11)));

        const QString path = m_dir.filePath(u"imports.claimscope"_s);
        QFile::remove(path);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->newProject(path));
        QCOMPARE(window.sources()->rowCount(), 0);
        QVERIFY(window.project()->speakers().size() > 5); // the lexicon's people, ready for analysis

        window.openFiles({sources.path()});
        QVERIFY(waitForImport(window));
        QCOMPARE(window.sources()->rowCount(), 2);
        QVERIFY(window.project()->sources().first().analysed);
        QVERIFY(window.project()->annotationCount() > 0);
        QVERIFY(window.currentSourceRow() >= 0);
        auto *errors = window.findChild<QMessageBox *>(u"importErrors"_s);
        QVERIFY(errors);
        QVERIFY(errors->informativeText().contains(u"binary.txt"_s));
        errors->close();

        // The same files again add nothing.
        window.openFiles({sources.filePath(u"one.txt"_s)});
        QVERIFY(waitForImport(window));
        QCOMPARE(window.sources()->rowCount(), 2);

        // A drop on the window imports too.
        QVERIFY(writeFile(sources.filePath(u"three.txt"_s), "Peskov said Moscow respects the decision.\n"));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(sources.filePath(u"three.txt"_s))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(waitForImport(window));
        QCOMPARE(window.sources()->rowCount(), 3);
    }

    void theWindowStaysLiveWhileImporting()
    {
        QTemporaryDir sources;
        const QString article = QString::fromUtf8(
            "Kazakhstan’s presidential press secretary Berik Uali said: \"Kazakhstan does not plan to "
            "apply for BRICS membership in the foreseeable future.\" Analyst Marat Seitov noted that "
            "trade with China reached 41 billion dollars in 2023.\n");
        for (int i = 0; i < 60; ++i)
            QVERIFY(writeFile(sources.filePath(u"a%1.txt"_s.arg(i)), article.repeated(20 + i).toUtf8()));
        const QString path = m_dir.filePath(u"live.claimscope"_s);
        QFile::remove(path);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->newProject(path));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(20);
        QSignalSpy finished(window.projects(), &ui::ProjectController::importFinished);
        window.projects()->importSources({sources.path()});
        QVERIFY(window.projects()->isImporting());
        QVERIFY(finished.wait(120000));
        // The event loop turned all along: the window repainted and answered.
        QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
        QCOMPARE(window.sources()->rowCount(), 60);
    }

    void cancellingAnImportAddsNothing()
    {
        QTemporaryDir sources;
        for (int i = 0; i < 40; ++i)
            QVERIFY(writeFile(sources.filePath(u"c%1.txt"_s.arg(i)),
                              QByteArray("Uali said the decision stands. ").repeated(200 + i)));
        const QString path = m_dir.filePath(u"cancel.claimscope"_s);
        QFile::remove(path);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->newProject(path));
        QSignalSpy finished(window.projects(), &ui::ProjectController::importFinished);
        window.projects()->importSources({sources.path()});
        auto *progress = window.findChild<QProgressDialog *>(u"importProgress"_s);
        QVERIFY(progress);
        emit progress->canceled(); // as the Cancel button does
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(window.sources()->rowCount(), 0);
        QCOMPARE(window.project()->sources().size(), 0);
    }

    void analysingAgainKeepsTheUsersWork()
    {
        const QString path = copyOfSample(u"again.claimscope"_s);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->openProject(path));
        core::Project *project = window.project();
        const core::SourceId source = project->sources().first().id;
        const qsizetype before = project->annotationCount();
        core::AnnotationRecord mine;
        mine.kind = core::AnnotationKind::Claim;
        mine.source = source;
        mine.range = {0, 12};
        const core::AnnotationId added = project->addAnnotation(mine);
        QVERIFY(added != 0);
        // An automatic quote corrected by hand becomes "edited" and must survive too.
        core::AnnotationId corrected = 0;
        for (core::AnnotationId id : project->annotationsOf(source)) {
            if (project->annotation(id)->kind == core::AnnotationKind::Quote) {
                corrected = id;
                break;
            }
        }
        QVERIFY(corrected != 0);
        QVERIFY(project->setAnnotationNote(corrected, u"checked against the transcript"_s));

        QSignalSpy finished(window.projects(), &ui::ProjectController::reanalysisFinished);
        window.actions()->reanalyse->trigger();
        QVERIFY(window.projects()->isReanalysing());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), project->sources().size());
        QVERIFY(project->annotation(added));
        QCOMPARE(project->annotation(added)->origin, core::Origin::Manual);
        QVERIFY(project->annotation(corrected));
        QCOMPARE(project->annotation(corrected)->note, u"checked against the transcript"_s);
        // The same lexicon finds the same automatic annotations: one more (ours) in all.
        QCOMPARE(project->annotationCount(), before + 1);
    }

    void panelsLeadToThePassage()
    {
        const QString path = copyOfSample(u"panels.claimscope"_s);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->openProject(path));
        core::Project *project = window.project();
        // A quote of the last source, chosen in the Quotes & Claims panel.
        const core::SourceId last = project->sources().last().id;
        core::AnnotationId quote = 0;
        for (core::AnnotationId id : project->annotationsOf(last)) {
            if (project->annotation(id)->kind == core::AnnotationKind::Quote) {
                quote = id;
                break;
            }
        }
        QVERIFY(quote != 0);
        QVERIFY(window.annotationsPanel()->selectAnnotation(quote));
        QTreeView *list = window.annotationsPanel()->view();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.currentSource(), last);
        QCOMPARE(window.documentView()->selectedRange(), project->annotation(quote)->range);

        // A speaker chosen in the Speakers panel filters the viewer and the quotes panel.
        const QString speaker = project->annotation(quote)->speaker;
        QVERIFY(!speaker.isEmpty());
        window.speakersPanel()->selectSpeaker(speaker);
        emit window.speakersPanel()->speakerActivated(speaker);
        QCOMPARE(window.documentView()->speakerFilter(), speaker);
        const QAbstractItemModel *shown = window.annotationsPanel()->view()->model();
        QVERIFY(shown->rowCount() > 0);
        for (int row = 0; row < shown->rowCount(); ++row) {
            const auto id =
                shown->index(row, 0).data(core::AnnotationRowsModel::AnnotationIdRole).toLongLong();
            QCOMPARE(project->annotation(id)->speaker, speaker);
        }
        QVERIFY(window.grab().save(kShots + u"project-speaker-filter-en.png"_s));
        window.showOnlySpeaker({});
        QVERIFY(window.documentView()->speakerFilter().isEmpty());
    }

    void refusedFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("just some text, not a database\n")
                              << u"not a Claimscope project"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QByteArray truncated;
        {
            QFile pristine(m_pristine);
            QVERIFY(pristine.open(QIODevice::ReadOnly));
            truncated = pristine.read(pristine.size() / 3);
        }
        QTest::newRow("truncated") << truncated << u""_s;
    }

    void refusedFilesAreLeftUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString sample = copyOfSample(u"kept.claimscope"_s);
        const QString bad = m_dir.filePath(u"bad.claimscope"_s);
        QVERIFY(writeFile(bad, bytes));
        const QByteArray before = fileHash(bad);

        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->openProject(sample));
        QVERIFY(!window.projects()->openProject(bad));
        auto *box = window.findChild<QMessageBox *>(u"projectMessage"_s);
        QVERIFY(box);
        QVERIFY(!box->text().isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(box->text().contains(expected, Qt::CaseInsensitive), qPrintable(box->text()));
        QCOMPARE(fileHash(bad), before);
        QVERIFY(!QFileInfo::exists(bad + u".lock"_s));
        // The project that was open stays open.
        QCOMPARE(window.projects()->filePath(), sample);
        QVERIFY(window.sources()->rowCount() > 0);
        box->close();
    }

    void aProjectHeldElsewhereOpensReadOnly()
    {
        const QString path = copyOfSample(u"held.claimscope"_s);
        // Another window (here: another session) holds the project for writing.
        auto holder = core::openProjectSession(path);
        QVERIFY(std::holds_alternative<core::ProjectSession>(holder));
        QVERIFY(!std::get<core::ProjectSession>(holder).readOnlyBecause);
        const QByteArray before = fileHash(path);

        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->openProject(path));
        QVERIFY(window.project()->isReadOnly());
        QVERIFY(window.projects()->readOnlyBecause().has_value());
        QCOMPARE(window.findChild<QLabel *>(u"readOnlyLabel"_s)->text(), u"Read-only"_s);
        auto *box = window.findChild<QMessageBox *>(u"projectMessage"_s);
        QVERIFY(box && box->text().contains(u"read-only"_s));
        QVERIFY(window.grab().save(kShots + u"project-read-only-en.png"_s));
        box->close();
        // No edit is offered, and none reaches the file.
        window.documentView()->selectRange({0, 10});
        QVERIFY(!window.annotationEditor()->markQuoteAction()->isEnabled());
        window.projects()->importSources({path});
        QCOMPARE(fileHash(path), before);
    }

    void saveAsGoesOnInTheCopy()
    {
        const QString path = copyOfSample(u"original.claimscope"_s);
        const QString copy = m_dir.filePath(u"copy.claimscope"_s);
        QFile::remove(copy);
        ui::MainWindow window;
        window.show();
        QVERIFY(window.projects()->openProject(path));
        const qsizetype sources = window.project()->sources().size();
        QVERIFY(window.projects()->saveProjectAs(copy));
        QCOMPARE(window.projects()->filePath(), copy);
        QCOMPARE(window.project()->sources().size(), sources);
        // An edit now goes to the copy only.
        const QString speaker = window.project()->addSpeaker(u"Test Person"_s);
        QVERIFY(!speaker.isEmpty());
        auto original = core::openProjectSession(path);
        QVERIFY(std::holds_alternative<core::ProjectSession>(original));
        QVERIFY(!std::get<core::ProjectSession>(original).project->speaker(speaker));
        QVERIFY(QSettings().value(u"recentProjects"_s).toStringList().contains(copy));
    }
};

QTEST_MAIN(TestProjectWindow)
#include "tst_projectwindow.moc"
