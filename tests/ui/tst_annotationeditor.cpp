#include "core/i18n/Localization.h"
#include "core/project/Project.h"
#include "ui/AnnotationEditor.h"
#include "ui/AnnotationMarks.h"
#include "ui/DocumentView.h"
#include "ui/SpeakerChooser.h"
#include "ui/SpeakerLookup.h"
#include "ui/StanceDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace claimscope;
using namespace Qt::StringLiterals;
using core::AnnotationKind;
using core::TextRange;

namespace {

// A short English report: a quote, a figure, a name the lexicon knows, a name nobody knows.
const QString kText = u"President Tokayev said on Monday: “Our trade with Europe will grow.” Analysts "
                      u"expect more than 80% of exports to go west.\n\n"
                      u"Political scientist Marat Seitov doubts it. Lavrov, however, argued that Moscow "
                      u"remains the main partner."_s;

TextRange rangeOf(const QString &passage)
{
    const qsizetype start = kText.indexOf(passage);
    Q_ASSERT(start >= 0);
    return {start, start + passage.size()};
}

// The writer of a project file opened read-only: every write is refused.
class ReadOnlyWriter final : public core::ProjectWriter {
public:
    bool isReadOnly() const override { return true; }
    std::optional<core::ProjectError> addSource(core::SourceRecord &) override { return refused(); }
    std::optional<core::ProjectError> replaceAutomatic(core::SourceId, core::AnalysisRecords &) override
    {
        return refused();
    }
    std::optional<core::ProjectError> saveSpeaker(const core::SpeakerRecord &) override { return refused(); }
    std::optional<core::ProjectError> removeSpeaker(const QString &) override { return refused(); }
    std::optional<core::ProjectError> addAnnotation(core::AnnotationRecord &) override { return refused(); }
    std::optional<core::ProjectError> updateAnnotation(const core::AnnotationRecord &) override
    {
        return refused();
    }
    std::optional<core::ProjectError> removeAnnotation(core::AnnotationId) override { return refused(); }
    std::optional<core::ProjectError> addStance(core::StanceRecord &) override { return refused(); }
    std::optional<core::ProjectError> updateStance(const core::StanceRecord &) override { return refused(); }
    std::optional<core::ProjectError> removeStance(core::StanceId) override { return refused(); }
    std::optional<core::ProjectError> writeBatch(const core::RecordBatch &) override { return refused(); }

private:
    static core::ProjectError refused()
    {
        return {core::ProjectError::Kind::ReadOnly, u"/tmp/read-only.claimscope"_s, u"read-only"_s};
    }
};

// An action of a menu or of its submenus, by object name.
QAction *findAction(const QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            return action;
        if (action->menu()) {
            if (QAction *inner = findAction(action->menu(), objectName))
                return inner;
        }
    }
    return nullptr;
}

QAction *speakerEntry(const QMenu *speakerMenu, const QString &speaker)
{
    for (QAction *action : speakerMenu->actions()) {
        if (action->data().toString() == speaker)
            return action;
    }
    return nullptr;
}

// The Speaker submenu of a context menu, or null.
QMenu *speakerSubmenu(const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->menu() && action->menu()->objectName() == "menuSpeaker"_L1)
            return action->menu();
    }
    return nullptr;
}

// A click on a menu entry, as a user makes it.
void click(QMenu *menu, QAction *action)
{
    const QPoint centre = menu->actionGeometry(action).center();
    QTest::mouseMove(menu, centre);
    QTest::mouseClick(menu, Qt::LeftButton, {}, centre);
}

// The first click of a fix: the Speaker entry, which opens its submenu.
QMenu *openSpeakerSubmenu(QMenu *menu)
{
    QMenu *speakers = speakerSubmenu(menu);
    if (!speakers)
        return nullptr;
    click(menu, speakers->menuAction());
    if (!QTest::qWaitFor([speakers] { return speakers->isVisible(); }))
        return nullptr;
    return speakers;
}

// Several popup windows (a menu and its open submenu) as one picture, placed as on screen.
QImage grabTogether(const QList<QWidget *> &widgets)
{
    QRect area;
    for (const QWidget *widget : widgets)
        area |= widget->frameGeometry();
    QImage image(area.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    for (QWidget *widget : widgets)
        painter.drawPixmap(widget->frameGeometry().topLeft() - area.topLeft(), widget->grab());
    return image;
}

} // namespace

class TestAnnotationEditor final : public QObject {
    Q_OBJECT

private:
    core::Localization m_localization;
    std::unique_ptr<core::Project> m_project;
    std::unique_ptr<ui::DocumentView> m_view;
    ui::AnnotationEditor *m_editor = nullptr;
    core::SourceId m_source = 0;
    QString m_tokayev;
    QString m_lavrov;

    core::Document document() const
    {
        core::Document document;
        document.text = kText;
        document.metadata.title = u"Trade talks in Astana"_s;
        document.metadata.language = u"en"_s;
        return document;
    }

    // The viewer on `project`'s first source, with the editor, focused as a user leaves it.
    void showProject(std::unique_ptr<core::Project> project)
    {
        m_project = std::move(project);
        m_source = m_project->sources().constFirst().id;
        m_view = std::make_unique<ui::DocumentView>();
        m_view->resize(720, 420);
        m_view->setDocument(m_project->source(m_source)->document);
        m_editor = new ui::AnnotationEditor(m_view.get());
        m_editor->setProject(m_project.get());
        m_editor->setSource(m_source);
        // As the window keeps them: the marks follow the project.
        const auto refreshMarks = [this] {
            m_view->setAnnotationMarks(ui::annotationMarks(*m_project, m_source));
        };
        connect(m_project.get(), &core::Project::annotationsChanged, m_view.get(), refreshMarks);
        refreshMarks();
        m_view->show();
        QApplication::setActiveWindow(m_view.get());
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->textView()->setFocus();
        QTRY_VERIFY(m_view->textView()->hasFocus());
    }

    void select(TextRange range) { m_view->selectRange(range); }

    // A right click at document `position`, as the window system sends it; the menu it opens.
    QMenu *rightClick(qsizetype position)
    {
        QPlainTextEdit *text = m_view->textView();
        QTextCursor cursor(text->document());
        cursor.setPosition(static_cast<int>(position));
        // Just right of the character's left edge: the click lands on that character.
        const QPoint at = text->cursorRect(cursor).center() + QPoint(2, 0);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, text->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(text->viewport(), &event);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return menu && QTest::qWaitForWindowExposed(menu) ? menu : nullptr;
    }

    // The single annotation of `kind` in the source, or null.
    const core::AnnotationRecord *onlyAnnotation(AnnotationKind kind) const
    {
        const core::AnnotationRecord *found = nullptr;
        for (core::AnnotationId id : m_project->annotationsOf(m_source)) {
            const core::AnnotationRecord *annotation = m_project->annotation(id);
            if (annotation->kind != kind)
                continue;
            if (found)
                return nullptr;
            found = annotation;
        }
        return found;
    }

    // A manual quote with `speaker`, added the way the editor adds one, off the undo stack.
    core::AnnotationId addQuote(const QString &passage, const QString &speaker)
    {
        core::AnnotationRecord quote;
        quote.source = m_source;
        quote.kind = AnnotationKind::Quote;
        quote.range = rangeOf(passage);
        quote.speaker = speaker;
        const core::AnnotationId id = m_project->addAnnotation(quote);
        m_project->undoStack()->clear();
        return id;
    }

    template<typename Dialog> Dialog *modalDialog()
    {
        return qobject_cast<Dialog *>(QApplication::activeModalWidget());
    }

    static void save(const QImage &image, const QString &name, const QString &language)
    {
        const QString path =
            QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/editor-%1-%2.png").arg(name, language);
        QVERIFY2(image.save(path), qPrintable(path));
    }

private slots:
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots"))); }

    // Every test starts from a small project in memory: two speakers and one source, in English.
    void init()
    {
        QVERIFY(m_localization.setLanguage(u"en"_s));
        auto project = std::make_unique<core::Project>();
        m_tokayev = project->addSpeaker(u"Kassym-Jomart Tokayev"_s, u"President of Kazakhstan"_s);
        m_lavrov = project->addSpeaker(u"Sergey Lavrov"_s, u"Foreign Minister of Russia"_s);
        QVERIFY(!m_tokayev.isEmpty() && !m_lavrov.isEmpty());
        QVERIFY(project->addAlias(m_tokayev, core::FormLanguage::En, u"Tokayev"_s));
        QVERIFY(project->addSource(document()));
        project->undoStack()->clear(); // the setting, not edits under test
        showProject(std::move(project));
    }

    void cleanup()
    {
        m_view.reset(); // with the editor and any dialog it opened
        m_project.reset();
    }

    // The whole path of a user: mark a quote from the menu, name its speaker in two clicks, undo
    // both, redo both.
    void markQuoteAndAttributeByRightClick()
    {
        const TextRange passage = rangeOf(u"Our trade with Europe will grow."_s);
        select(passage);
        QCOMPARE(m_view->selectedRange(), passage);

        QMenu *menu = rightClick(passage.start + 3);
        QVERIFY2(menu, "a right click opens no menu");
        QAction *markQuote = findAction(menu, u"actionMarkQuote"_s);
        QVERIFY(markQuote);
        QVERIFY(markQuote->isEnabled());
        click(menu, markQuote);
        QTRY_VERIFY(!QApplication::activePopupWidget());

        const core::AnnotationRecord *quote = onlyAnnotation(AnnotationKind::Quote);
        QVERIFY(quote);
        QCOMPARE(quote->range, passage);
        QCOMPARE(quote->origin, core::Origin::Manual);
        QVERIFY(quote->speaker.isEmpty());
        QVERIFY(!quote->quoteMarks); // the marks are outside the selection
        const core::AnnotationId id = quote->id;
        QCOMPARE(m_editor->currentAnnotation(), id);

        // Nobody has an annotation in this source yet: only Other Speaker… and Clear Speaker.
        m_view->selectRange({passage.start + 1, passage.start + 1}); // the text cursor does not matter
        menu = rightClick(passage.start + 10);
        QVERIFY(menu);
        QVERIFY(!findAction(menu, u"actionMarkQuote"_s)); // no selection, no Mark as…
        QMenu *speakers = openSpeakerSubmenu(menu);
        QVERIFY(speakers);
        QVERIFY(findAction(speakers, u"menuOtherSpeaker"_s));
        QVERIFY(!findAction(speakers, u"menuClearSpeaker"_s)->isEnabled());
        QVERIFY(!speakerEntry(speakers, m_tokayev));
        speakers->close();
        menu->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());

        // Someone quoted in the source is two clicks away: the Speaker submenu, then the name.
        addQuote(u"Moscow remains the main partner."_s, m_tokayev);
        menu = rightClick(passage.start + 10);
        QVERIFY(menu);
        speakers = openSpeakerSubmenu(menu);
        QVERIFY(speakers);
        QAction *tokayev = speakerEntry(speakers, m_tokayev);
        QVERIFY(tokayev);
        QVERIFY(!tokayev->isChecked());
        click(speakers, tokayev);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(m_project->annotation(id)->speaker, m_tokayev);

        // The undo stack has the quote, then the speaker (the helper quote was cleared off it).
        QUndoStack *stack = m_project->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QVERIFY(m_project->annotation(id)->speaker.isEmpty());
        QVERIFY(!stack->canUndo());
        stack->redo();
        QCOMPARE(m_project->annotation(id)->speaker, m_tokayev);
    }

    // The same path without the helper quote, so that the undo stack holds exactly the two steps.
    void markQuoteThenSpeakerUndoRedo()
    {
        const TextRange passage = rangeOf(u"Our trade with Europe will grow."_s);
        addQuote(u"Moscow remains the main partner."_s, m_lavrov);
        select(passage);
        QMenu *menu = rightClick(passage.start + 3);
        QVERIFY(menu);
        click(menu, findAction(menu, u"actionMarkQuote"_s));
        QTRY_VERIFY(!QApplication::activePopupWidget());
        const core::AnnotationId id = m_editor->currentAnnotation();
        QVERIFY(id);
        QCOMPARE(m_project->annotation(id)->range, passage);

        menu = rightClick(passage.start + 5);
        QVERIFY(menu);
        QMenu *speakers = openSpeakerSubmenu(menu);
        QVERIFY(speakers);
        QVERIFY(findAction(speakers, u"menuClearSpeaker"_s));
        click(speakers, speakerEntry(speakers, m_lavrov));
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(m_project->annotation(id)->speaker, m_lavrov);

        QUndoStack *stack = m_project->undoStack();
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QVERIFY(m_project->annotation(id)->speaker.isEmpty());
        stack->undo();
        QVERIFY(!m_project->annotation(id));
        QCOMPARE(m_project->annotationsOf(m_source).size(), 1); // Lavrov's quote only
        stack->redo();
        stack->redo();
        QVERIFY(m_project->annotation(id));
        QCOMPARE(m_project->annotation(id)->range, passage);
        QCOMPARE(m_project->annotation(id)->speaker, m_lavrov);
    }

    // The menu acts on the annotation under the click, not on the one under the text cursor.
    void menuActsOnClickedAnnotation()
    {
        const core::AnnotationId ours = addQuote(u"Our trade with Europe will grow."_s, m_tokayev);
        const core::AnnotationId theirs = addQuote(u"Moscow remains the main partner."_s, m_lavrov);
        select({rangeOf(u"Moscow"_s).start + 2, rangeOf(u"Moscow"_s).start + 2});
        QCOMPARE(m_editor->currentAnnotation(), theirs);
        QMenu *menu = rightClick(rangeOf(u"Europe"_s).start);
        QVERIFY(menu);
        QAction *remove = findAction(menu, u"menuDeleteAnnotation"_s);
        QVERIFY(remove);
        click(menu, remove);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY(!m_project->annotation(ours));
        QVERIFY(m_project->annotation(theirs));
    }

    // The signal alone, as the window's other listeners see it: a menu built without a click.
    void menuFromSignal()
    {
        addQuote(u"Our trade with Europe will grow."_s, m_tokayev);
        select(rangeOf(u"Analysts expect"_s));
        QMenu menu;
        emit m_view->contextMenuAboutToShow(&menu, rangeOf(u"Europe"_s).start);
        for (const char *name : {"actionMarkQuote", "actionMarkClaim", "actionMarkFigure",
                                 "actionMarkMention", "menuOtherSpeaker", "menuClearSpeaker", "menuSetStance",
                                 "menuEditNote", "menuShowOnlySpeaker", "menuDeleteAnnotation"})
            QVERIFY2(findAction(&menu, QLatin1StringView(name)), name);
        QVERIFY(speakerSubmenu(&menu));
        QVERIFY(speakerEntry(speakerSubmenu(&menu), m_tokayev)->isChecked());
        QSignalSpy filter(m_editor, &ui::AnnotationEditor::speakerFilterRequested);
        findAction(&menu, u"menuShowOnlySpeaker"_s)->trigger();
        QCOMPARE(filter.size(), 1);
        QCOMPARE(filter.at(0).at(0).toString(), m_tokayev);

        // Nowhere near an annotation and nothing selected: the menu stays as the viewer made it.
        select({0, 0});
        QMenu plain;
        emit m_view->contextMenuAboutToShow(&plain, 1);
        QVERIFY(plain.actions().isEmpty());
    }

    void shortcuts_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("onSelection"); // else: the cursor inside an attributed quote
        QTest::newRow("Ctrl+Alt+Q marks a quote")
            << QKeySequence(u"Ctrl+Alt+Q"_s) << u"actionMarkQuote"_s << true;
        QTest::newRow("Ctrl+Alt+C marks a claim")
            << QKeySequence(u"Ctrl+Alt+C"_s) << u"actionMarkClaim"_s << true;
        QTest::newRow("Ctrl+Alt+F marks a figure")
            << QKeySequence(u"Ctrl+Alt+F"_s) << u"actionMarkFigure"_s << true;
        QTest::newRow("Ctrl+Alt+M marks a mention")
            << QKeySequence(u"Ctrl+Alt+M"_s) << u"actionMarkMention"_s << true;
        QTest::newRow("Ctrl+Alt+P chooses the speaker")
            << QKeySequence(u"Ctrl+Alt+P"_s) << u"actionChooseSpeaker"_s << false;
        QTest::newRow("Ctrl+Alt+S sets the stance")
            << QKeySequence(u"Ctrl+Alt+S"_s) << u"actionSetStance"_s << false;
        QTest::newRow("Ctrl+Alt+N edits the note")
            << QKeySequence(u"Ctrl+Alt+N"_s) << u"actionEditNote"_s << false;
        QTest::newRow("Delete deletes")
            << QKeySequence(Qt::Key_Delete) << u"actionDeleteAnnotation"_s << false;
    }

    // Each shortcut works while the text has focus, and does what its action does.
    void shortcuts()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, action);
        QFETCH(bool, onSelection);
        const core::AnnotationId quote = addQuote(u"Our trade with Europe will grow."_s, m_tokayev);
        const int annotations = static_cast<int>(m_project->annotationsOf(m_source).size());
        if (onSelection)
            select(rangeOf(u"more than 80%"_s));
        else
            select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).start});

        QAction *target = nullptr;
        for (QAction *candidate : m_view->textView()->actions()) {
            if (candidate->objectName() == action)
                target = candidate;
        }
        QVERIFY2(target, qPrintable(action));
        QCOMPARE(target->shortcut(), keys);
        QCOMPARE(target->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        QVERIFY(target->isEnabled());
        QSignalSpy triggered(target, &QAction::triggered);
        QTest::keySequence(m_view->textView()->viewport(), keys);
        QCOMPARE(triggered.size(), 1);

        // What each one leaves: a new annotation, a dialog, or the quote gone.
        if (action == "actionDeleteAnnotation"_L1) {
            QVERIFY(!m_project->annotation(quote));
        } else if (action == "actionMarkMention"_L1 || action == "actionChooseSpeaker"_L1) {
            QTRY_VERIFY(modalDialog<ui::SpeakerChooser>());
        } else if (action == "actionSetStance"_L1) {
            QTRY_VERIFY(modalDialog<ui::StanceDialog>());
        } else if (action == "actionEditNote"_L1) {
            QTRY_VERIFY(modalDialog<QInputDialog>());
        } else {
            QCOMPARE(m_project->annotationsOf(m_source).size(), annotations + 1);
        }
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    }

    // Outside the text (the find bar) the shortcuts are not taken: Delete deletes characters there.
    void shortcutsOnlyInText()
    {
        const core::AnnotationId quote = addQuote(u"Our trade with Europe will grow."_s, m_tokayev);
        select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).start});
        m_view->showFindBar();
        QWidget *find = QApplication::focusWidget();
        QVERIFY(find && find != m_view->textView());
        QTest::keyClick(find, Qt::Key_Delete);
        QVERIFY(m_project->annotation(quote));
    }

    void enabledState()
    {
        ui::AnnotationEditor *e = m_editor;
        // Nothing selected, no annotation under the cursor: nothing to do.
        select({0, 0});
        for (QAction *action :
             {e->markQuoteAction(), e->markClaimAction(), e->markFigureAction(), e->markMentionAction(),
              e->chooseSpeakerAction(), e->clearSpeakerAction(), e->setStanceAction(), e->editNoteAction(),
              e->deleteAction(), e->showOnlySpeakerAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        // Only spaces selected: nothing to mark.
        select({rangeOf(u"\n\n"_s).start, rangeOf(u"\n\n"_s).end});
        QVERIFY(!e->markQuoteAction()->isEnabled());
        select(rangeOf(u"Analysts"_s));
        QVERIFY(e->markQuoteAction()->isEnabled());
        QVERIFY(!e->deleteAction()->isEnabled());

        // An unattributed quote under the cursor: a speaker can be chosen, but there is no stance.
        const core::AnnotationId quote = addQuote(u"Our trade with Europe will grow."_s, {});
        select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).start});
        QCOMPARE(e->currentAnnotation(), quote);
        QVERIFY(e->chooseSpeakerAction()->isEnabled());
        QVERIFY(e->deleteAction()->isEnabled());
        QVERIFY(e->editNoteAction()->isEnabled());
        QVERIFY(!e->clearSpeakerAction()->isEnabled());
        QVERIFY(!e->setStanceAction()->isEnabled());
        QVERIFY(!e->showOnlySpeakerAction()->isEnabled());
        // The speaker set from elsewhere (the panel): the actions follow the project's signal.
        QVERIFY(m_project->setAnnotationSpeaker(quote, m_lavrov));
        QVERIFY(e->setStanceAction()->isEnabled());
        QVERIFY(e->clearSpeakerAction()->isEnabled());
        QVERIFY(e->showOnlySpeakerAction()->isEnabled());
        e->clearSpeakerAction()->trigger();
        QVERIFY(m_project->annotation(quote)->speaker.isEmpty());
        QVERIFY(!e->setStanceAction()->isEnabled());

        // No project: nothing.
        e->setProject(nullptr);
        QVERIFY(!e->deleteAction()->isEnabled());
        QVERIFY(!e->markQuoteAction()->isEnabled());
    }

    // A read-only project offers no edit, by shortcut or menu; filtering by speaker stays.
    void readOnlyProject()
    {
        core::ProjectContents contents;
        core::SourceRecord source;
        source.id = 1;
        source.document = document();
        contents.sources.append(source);
        core::SpeakerRecord tokayev;
        tokayev.speaker.id = u"tokayev"_s;
        tokayev.speaker.name = u"Kassym-Jomart Tokayev"_s;
        tokayev.colour = u"#1f77b4"_s;
        contents.speakers.append(tokayev);
        core::AnnotationRecord quote;
        quote.id = 1;
        quote.source = 1;
        quote.range = rangeOf(u"Our trade with Europe will grow."_s);
        quote.speaker = u"tokayev"_s;
        contents.annotations.append(quote);
        cleanup();
        showProject(std::make_unique<core::Project>(contents, std::make_unique<ReadOnlyWriter>()));
        QVERIFY(m_project->isReadOnly());

        ui::AnnotationEditor *e = m_editor;
        select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).end});
        QCOMPARE(e->currentAnnotation(), 1);
        for (QAction *action : {e->markQuoteAction(), e->markClaimAction(), e->markFigureAction(),
                                e->markMentionAction(), e->chooseSpeakerAction(), e->clearSpeakerAction(),
                                e->setStanceAction(), e->editNoteAction(), e->deleteAction()})
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        QVERIFY(e->showOnlySpeakerAction()->isEnabled());

        QTest::keyClick(m_view->textView()->viewport(), Qt::Key_Delete);
        QTest::keySequence(m_view->textView()->viewport(), QKeySequence(u"Ctrl+Alt+Q"_s));
        QCOMPARE(m_project->annotationsOf(m_source).size(), 1);

        QMenu *menu = rightClick(rangeOf(u"Europe"_s).start + 1);
        QVERIFY(menu);
        QVERIFY(!findAction(menu, u"actionMarkQuote"_s));
        QVERIFY(!findAction(menu, u"menuDeleteAnnotation"_s));
        QVERIFY(!findAction(menu, u"menuOtherSpeaker"_s));
        QVERIFY(findAction(menu, u"menuShowOnlySpeaker"_s));
        menu->close();
    }

    // The stance dialog writes the speaker's stance in this source; undo takes it away.
    void stanceDialog()
    {
        addQuote(u"Our trade with Europe will grow."_s, m_tokayev);
        select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).start});
        QVERIFY(!m_project->stanceFor(m_source, m_tokayev));
        m_editor->setStanceAction()->trigger();
        ui::StanceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<ui::StanceDialog>()));
        QCOMPARE(dialog->score(), 0); // no stance yet: neutral
        QVERIFY(dialog->scoreButton(1)->text().contains(u"+1"_s));
        QTest::mouseClick(dialog->scoreButton(2), Qt::LeftButton, {},
                          QPoint(6, dialog->scoreButton(2)->height() / 2));
        QCOMPARE(dialog->score(), 2);
        QTest::keyClicks(dialog->noteEdit(), u"Wants more trade with Europe."_s);
        dialog->accept();
        QTRY_VERIFY(!modalDialog<ui::StanceDialog>());

        const core::StanceRecord *stance = m_project->stanceFor(m_source, m_tokayev);
        QVERIFY(stance);
        QCOMPARE(stance->score, 2);
        QCOMPARE(stance->note, u"Wants more trade with Europe."_s);
        QCOMPARE(stance->origin, core::Origin::Manual);

        // Opened again, it shows what is there; Cancel changes nothing.
        m_editor->setStanceAction()->trigger();
        QTRY_VERIFY((dialog = modalDialog<ui::StanceDialog>()));
        QCOMPARE(dialog->score(), 2);
        QCOMPARE(dialog->note(), u"Wants more trade with Europe."_s);
        dialog->reject();
        QTRY_VERIFY(!modalDialog<ui::StanceDialog>());

        m_project->undoStack()->undo();
        QVERIFY(!m_project->stanceFor(m_source, m_tokayev));
    }

    void deleteAndUndo()
    {
        const core::AnnotationId quote = addQuote(u"Our trade with Europe will grow."_s, m_tokayev);
        const core::AnnotationRecord before = *m_project->annotation(quote);
        select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).start});
        QTest::keyClick(m_view->textView()->viewport(), Qt::Key_Delete);
        QVERIFY(!m_project->annotation(quote));
        QVERIFY(!m_editor->deleteAction()->isEnabled());
        m_project->undoStack()->undo();
        QVERIFY(m_project->annotation(quote));
        QCOMPARE(*m_project->annotation(quote), before);
        QVERIFY(m_editor->deleteAction()->isEnabled());
    }

    void editNote()
    {
        const core::AnnotationId quote = addQuote(u"Our trade with Europe will grow."_s, m_tokayev);
        select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).start});
        m_editor->editNoteAction()->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<QInputDialog>()));
        dialog->setTextValue(u"  Said at the Astana forum.\nCheck the date.  "_s);
        dialog->accept();
        QCOMPARE(m_project->annotation(quote)->note, u"Said at the Astana forum.\nCheck the date."_s);
        m_project->undoStack()->undo();
        QVERIFY(m_project->annotation(quote)->note.isEmpty());
    }

    // A figure's value, unit and qualifier come from the parser; a selection that is no figure is
    // refused with a message.
    void markFigure()
    {
        select(rangeOf(u"more than 80%"_s));
        m_editor->markFigureAction()->trigger();
        const core::AnnotationRecord *figure = onlyAnnotation(AnnotationKind::Figure);
        QVERIFY(figure);
        QCOMPARE(figure->range, rangeOf(u"more than 80%"_s));
        QCOMPARE(figure->figure.value, 80.0);
        QCOMPARE(figure->figure.unit, u"percent"_s);
        QCOMPARE(figure->figure.qualifier, u"more than"_s);
        QCOMPARE(figure->origin, core::Origin::Manual);

        QSignalSpy message(m_editor, &ui::AnnotationEditor::statusMessage);
        select(rangeOf(u"Analysts"_s));
        m_editor->markFigureAction()->trigger();
        QCOMPARE(message.size(), 1);
        QVERIFY(message.at(0).at(0).toString().contains(u"Analysts"_s));
        QCOMPARE(m_project->annotationsOf(m_source).size(), 1);
    }

    // Spaces around a selection are not part of the passage; quotation marks are kept and noted.
    void markTrimsSpacesKeepsQuoteMarks()
    {
        const TextRange marked = rangeOf(u"“Our trade with Europe will grow.”"_s);
        select({marked.start - 1, marked.end + 1}); // one space each side
        m_editor->markClaimAction()->trigger();
        const core::AnnotationRecord *claim = onlyAnnotation(AnnotationKind::Claim);
        QVERIFY(claim);
        QCOMPARE(claim->range, marked);
        QVERIFY(claim->quoteMarks);
        QCOMPARE(m_view->selectedRange(), marked);
        QCOMPARE(m_editor->currentAnnotation(), claim->id);
    }

    // A name the project knows is preselected, in any form; Enter takes it.
    void markMentionOfKnownSpeaker()
    {
        select(rangeOf(u"Tokayev"_s));
        m_editor->markMentionAction()->trigger();
        ui::SpeakerChooser *chooser = nullptr;
        QTRY_VERIFY((chooser = modalDialog<ui::SpeakerChooser>()));
        QCOMPARE(chooser->chosenSpeaker(), m_tokayev);
        QVERIFY(!chooser->choosesNewSpeaker());
        QTest::keyClick(chooser->filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(!modalDialog<ui::SpeakerChooser>());
        const core::AnnotationRecord *mention = onlyAnnotation(AnnotationKind::SpeakerMention);
        QVERIFY(mention);
        QCOMPARE(mention->speaker, m_tokayev);
        QCOMPARE(mention->range, rangeOf(u"Tokayev"_s));
        QCOMPARE(m_project->undoStack()->count(), 1);
    }

    // A name nobody has becomes a new speaker; speaker and mention are one undo step.
    void markMentionOfNewSpeaker()
    {
        const int speakers = static_cast<int>(m_project->speakers().size());
        select(rangeOf(u"Marat Seitov"_s));
        QTest::keySequence(m_view->textView()->viewport(), QKeySequence(u"Ctrl+Alt+M"_s));
        ui::SpeakerChooser *chooser = nullptr;
        QTRY_VERIFY((chooser = modalDialog<ui::SpeakerChooser>()));
        QVERIFY(chooser->choosesNewSpeaker());
        QCOMPARE(chooser->newSpeakerName(), u"Marat Seitov"_s);
        QCOMPARE(chooser->filterEdit()->text(), u"Marat Seitov"_s);
        QTest::keyClick(chooser->filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(!modalDialog<ui::SpeakerChooser>());

        QCOMPARE(m_project->speakers().size(), speakers + 1);
        const QString seitov = m_project->speakers().constLast().speaker.id;
        QCOMPARE(m_project->speakerName(seitov), u"Marat Seitov"_s);
        const core::AnnotationRecord *mention = onlyAnnotation(AnnotationKind::SpeakerMention);
        QVERIFY(mention);
        QCOMPARE(mention->speaker, seitov);

        QUndoStack *stack = m_project->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QVERIFY(!onlyAnnotation(AnnotationKind::SpeakerMention));
        QCOMPARE(m_project->speakers().size(), speakers);
        stack->redo();
        QCOMPARE(onlyAnnotation(AnnotationKind::SpeakerMention)->speaker, seitov);
    }

    // The chooser: typing filters by name or role; a new name appears as its own row; arrows move.
    void speakerChooserFilter()
    {
        ui::SpeakerChooser chooser(m_project.get(), m_view.get());
        chooser.open();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QCOMPARE(chooser.speakerList()->topLevelItemCount(), 2);
        QTest::keyClicks(chooser.filterEdit(), u"minister"_s);
        QCOMPARE(chooser.speakerList()->topLevelItemCount(), 2); // Lavrov, and "New speaker “minister”"
        QCOMPARE(chooser.chosenSpeaker(), m_lavrov);
        QTest::keyClick(chooser.filterEdit(), Qt::Key_Down);
        QVERIFY(chooser.choosesNewSpeaker());
        chooser.filterEdit()->setText(u"tokayev"_s); // an alias: no new speaker offered
        QCOMPARE(chooser.speakerList()->topLevelItemCount(), 1);
        QCOMPARE(chooser.chosenSpeaker(), m_tokayev);
        // Enter in the list picks the row, once.
        QSignalSpy accepted(&chooser, &QDialog::accepted);
        chooser.speakerList()->setFocus();
        QTest::keyClick(chooser.speakerList(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QVERIFY(!chooser.isVisible());
        QCOMPARE(chooser.takeChoice(), m_tokayev);
    }

    // The name a selection gives is found in any form: Russian cases, a Turkish suffix, quotes.
    void speakerLookup_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<bool>("tokayev");
        QTest::newRow("english alias") << u"Tokayev"_s << true;
        QTest::newRow("display name, other letter case") << u"kassym-jomart tokayev"_s << true;
        QTest::newRow("russian genitive") << u"Токаева"_s << true;
        QTest::newRow("turkish suffix") << u"Tokayev'in"_s << true;
        QTest::newRow("english possessive with typographic apostrophe") << u"Tokayev’s"_s << true;
        QTest::newRow("in guillemets with a comma") << u"«Токаев»,"_s << true;
        QTest::newRow("someone else") << u"Seitov"_s << false;
        QTest::newRow("a longer passage") << u"Tokayev said"_s << false;
    }

    void speakerLookup()
    {
        QFETCH(QString, passage);
        QFETCH(bool, tokayev);
        QVERIFY(m_project->addAlias(m_tokayev, core::FormLanguage::Ru, u"Токаев"_s));
        const QStringList found = ui::speakersNamed(*m_project, passage);
        QCOMPARE(found, tokayev ? QStringList{m_tokayev} : QStringList{});
    }

    // What a user sees, in each language: the menu with its Speaker submenu open, the stance dialog.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "ru", "tr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QVERIFY(m_localization.setLanguage(language));
        QCoreApplication::processEvents();
        addQuote(u"Moscow remains the main partner."_s, m_lavrov);
        const core::AnnotationId quote = addQuote(u"Our trade with Europe will grow."_s, m_tokayev);
        select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).start});

        QMenu *menu = rightClick(rangeOf(u"Europe"_s).start);
        QVERIFY(menu);
        QMenu *speakers = openSpeakerSubmenu(menu);
        QVERIFY(speakers);
        QTest::mouseMove(speakers, speakers->actionGeometry(speakerEntry(speakers, m_lavrov)).center());
        QTest::qWait(50);
        save(grabTogether({menu, speakers}), u"contextmenu"_s, language);
        speakers->close();
        menu->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());

        // With a selection: the Mark as… entries.
        select(rangeOf(u"more than 80%"_s));
        menu = rightClick(rangeOf(u"80%"_s).start);
        QVERIFY(menu);
        QVERIFY(findAction(menu, u"actionMarkFigure"_s));
        QTest::mouseMove(menu, menu->actionGeometry(findAction(menu, u"actionMarkFigure"_s)).center());
        QTest::qWait(50);
        save(menu->grab().toImage(), u"contextmenu-selection"_s, language);
        menu->close();
        QTRY_VERIFY(!QApplication::activePopupWidget());

        select({rangeOf(u"Europe"_s).start, rangeOf(u"Europe"_s).start});
        m_editor->setStanceAction()->trigger();
        ui::StanceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<ui::StanceDialog>()));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->scoreButton(1)->setChecked(true);
        dialog->setNote(u"Expects trade with Europe to grow."_s);
        save(dialog->grab().toImage(), u"stance"_s, language);
        dialog->reject();

        m_editor->chooseSpeakerAction()->trigger();
        ui::SpeakerChooser *chooser = nullptr;
        QTRY_VERIFY((chooser = modalDialog<ui::SpeakerChooser>()));
        QVERIFY(QTest::qWaitForWindowExposed(chooser));
        QTest::keyClicks(chooser->filterEdit(), u"Ser"_s);
        save(chooser->grab().toImage(), u"chooser"_s, language);
        chooser->reject();
        QVERIFY(m_project->annotation(quote));
    }
};

QTEST_MAIN(TestAnnotationEditor)
#include "tst_annotationeditor.moc"
