#include "ui/AnnotationEditor.h"

#include "core/analysis/FigureParser.h"
#include "core/project/Project.h"
#include "ui/DocumentView.h"
#include "ui/SpeakerChooser.h"
#include "ui/SpeakerIcon.h"
#include "ui/SpeakerLookup.h"
#include "ui/StanceDialog.h"

#include <QAction>
#include <QCollator>
#include <QEvent>
#include <QFont>
#include <QInputDialog>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace claimscope::ui {

using core::AnnotationId;
using core::AnnotationKind;
using core::AnnotationRecord;
using core::TextRange;

namespace {

// The marks that open or close a quotation in the languages of the corpus.
bool isQuoteMark(QChar c)
{
    return u"\"'“”„‟«»‘’‚‛‹›「」『』"_s.contains(c);
}

// The selection without the spaces and line breaks a mouse drag picks up at its ends.
TextRange trimmed(QStringView text, TextRange range)
{
    range.start = std::clamp<qsizetype>(range.start, 0, text.size());
    range.end = std::clamp<qsizetype>(range.end, range.start, text.size());
    while (range.start < range.end && text.at(range.start).isSpace())
        ++range.start;
    while (range.end > range.start && text.at(range.end - 1).isSpace())
        --range.end;
    return range;
}

// A passage short enough for a dialog's label.
QString excerpt(QStringView passage)
{
    constexpr qsizetype kMaxLength = 60;
    const QString text = passage.toString().simplified();
    return text.size() <= kMaxLength ? text : text.left(kMaxLength - 1) + u'…';
}

// A context-menu twin of a shared action: the same words, with the shortcut shown but not taken
// (the shared action owns it), acting on the annotation under the click instead of the cursor.
QAction *twin(QMenu *menu, const QAction *like, const char *objectName)
{
    QString text = like->text();
    if (!like->shortcut().isEmpty())
        text += u'\t' + like->shortcut().toString(QKeySequence::NativeText);
    auto *action = menu->addAction(text);
    action->setObjectName(QLatin1StringView(objectName));
    return action;
}

} // namespace

AnnotationEditor::AnnotationEditor(DocumentView *view)
    : QObject(view)
    , m_view(view)
{
    m_markQuote =
        makeAction("actionMarkQuote", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), [this] { markQuote(); });
    m_markClaim =
        makeAction("actionMarkClaim", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), [this] { markClaim(); });
    m_markFigure = makeAction("actionMarkFigure", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F),
                              [this] { markFigure(); });
    m_markMention = makeAction("actionMarkMention", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                               [this] { markMention(); });
    m_chooseSpeaker = makeAction("actionChooseSpeaker", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                 [this] { chooseSpeakerFor(currentAnnotation()); });
    m_clearSpeaker = makeAction("actionClearSpeaker", {}, [this] { setSpeaker(currentAnnotation(), {}); });
    m_setStance = makeAction("actionSetStance", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                             [this] { openStanceDialog(currentAnnotation()); });
    m_editNote = makeAction("actionEditNote", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
                            [this] { openNoteDialog(currentAnnotation()); });
    m_delete = makeAction("actionDeleteAnnotation", QKeySequence(Qt::Key_Delete),
                          [this] { deleteAnnotation(currentAnnotation()); });
    m_showOnlySpeaker =
        makeAction("actionShowOnlySpeaker", {}, [this] { showOnlySpeakerOf(currentAnnotation()); });

    if (m_view) {
        connect(m_view, &DocumentView::contextMenuAboutToShow, this, &AnnotationEditor::extendContextMenu);
        connect(m_view->textView(), &QPlainTextEdit::selectionChanged, this,
                &AnnotationEditor::updateActions);
        connect(m_view->textView(), &QPlainTextEdit::cursorPositionChanged, this,
                &AnnotationEditor::updateActions);
        // The view hears of a language change; the editor, not a widget, does not.
        m_view->installEventFilter(this);
    }
    retranslate();
    updateActions();
}

AnnotationEditor::~AnnotationEditor() = default;

QAction *AnnotationEditor::makeAction(const char *objectName, const QKeySequence &shortcut,
                                      std::function<void()> work)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1StringView(objectName));
    action->setShortcut(shortcut);
    // Only while the text has focus: Delete in the find bar must delete characters, not annotations.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (m_view)
        m_view->textView()->addAction(action);
    connect(action, &QAction::triggered, this, std::move(work));
    return action;
}

void AnnotationEditor::setProject(core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &core::Project::annotationsChanged, this, &AnnotationEditor::updateActions);
        connect(m_project, &core::Project::speakersChanged, this, &AnnotationEditor::updateActions);
        connect(m_project, &core::Project::sourcesChanged, this, &AnnotationEditor::updateActions);
    }
    updateActions();
}

void AnnotationEditor::setSource(core::SourceId source)
{
    m_source = source;
    updateActions();
}

bool AnnotationEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: while the view is being destroyed, comparing with the QPointer would cast a
    // half-destroyed QWidget to DocumentView (UBSan's finding), and it is never a LanguageChange.
    if (event->type() == QEvent::LanguageChange && watched == m_view)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void AnnotationEditor::retranslate()
{
    m_markQuote->setText(tr("Mark as &Quote"));
    // &C is the viewer's Copy.
    m_markClaim->setText(tr("Mark as C&laim"));
    m_markFigure->setText(tr("Mark as &Figure"));
    m_markMention->setText(tr("Mark as Speaker &Mention…"));
    m_chooseSpeaker->setText(tr("Choose S&peaker…"));
    m_clearSpeaker->setText(tr("C&lear Speaker"));
    m_setStance->setText(tr("Set S&tance…"));
    m_editNote->setText(tr("Edit &Note…"));
    m_delete->setText(tr("&Delete Annotation"));
    m_showOnlySpeaker->setText(tr("Show &Only This Speaker"));
}

// What the actions read.

bool AnnotationEditor::canEdit() const
{
    return m_view && m_project && !m_project->isReadOnly() && m_project->source(m_source);
}

const AnnotationRecord *AnnotationEditor::record(AnnotationId id) const
{
    if (!m_project || id == 0)
        return nullptr;
    const AnnotationRecord *found = m_project->annotation(id);
    return found && found->source == m_source ? found : nullptr;
}

TextRange AnnotationEditor::markableSelection() const
{
    const core::SourceRecord *source = m_project ? m_project->source(m_source) : nullptr;
    if (!m_view || !source)
        return {};
    return trimmed(source->document.text, m_view->selectedRange());
}

AnnotationId AnnotationEditor::annotationAt(qsizetype position, TextRange exact) const
{
    if (!m_project)
        return 0;
    AnnotationId smallest = 0;
    qsizetype smallestLength = std::numeric_limits<qsizetype>::max();
    AnnotationId exactMatch = 0;
    for (AnnotationId id : m_project->annotationsOf(m_source)) {
        const TextRange &range = m_project->annotation(id)->range;
        if (range.start > position && range.start >= exact.end)
            break; // in text order: nothing later covers the position or matches
        if (!exact.isEmpty() && range == exact)
            exactMatch = id; // the last of equals: the one marked most recently
        if (range.start <= position && position < range.end && range.length() < smallestLength) {
            smallest = id;
            smallestLength = range.length();
        }
    }
    return exactMatch ? exactMatch : smallest;
}

AnnotationId AnnotationEditor::currentAnnotation() const
{
    if (!m_view || !m_project)
        return 0;
    const TextRange marked = markableSelection();
    return annotationAt(marked.isEmpty() ? m_view->selectedRange().start : marked.start, marked);
}

QStringList AnnotationEditor::speakersInSource() const
{
    QStringList ids;
    if (!m_project)
        return ids;
    QSet<QString> seen;
    for (AnnotationId id : m_project->annotationsOf(m_source)) {
        const QString &speaker = m_project->annotation(id)->speaker;
        if (!speaker.isEmpty() && m_project->speaker(speaker) && !seen.contains(speaker)) {
            seen.insert(speaker);
            ids.append(speaker);
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(ids.begin(), ids.end(), [this, &collator](const QString &a, const QString &b) {
        return collator.compare(m_project->speakerName(a), m_project->speakerName(b)) < 0;
    });
    return ids;
}

void AnnotationEditor::updateActions()
{
    const bool edit = canEdit();
    const bool selection = edit && !markableSelection().isEmpty();
    for (QAction *action : {m_markQuote, m_markClaim, m_markFigure, m_markMention})
        action->setEnabled(selection);

    // Every kind may have a speaker: a mention names one, a figure's is the person who gave it.
    const AnnotationRecord *current = record(currentAnnotation());
    const bool hasSpeaker = current && !current->speaker.isEmpty();
    m_chooseSpeaker->setEnabled(edit && current);
    m_clearSpeaker->setEnabled(edit && hasSpeaker);
    m_setStance->setEnabled(edit && hasSpeaker);
    m_editNote->setEnabled(edit && current);
    m_delete->setEnabled(edit && current);
    // Filtering the view changes nothing in the project: read-only projects have it too.
    m_showOnlySpeaker->setEnabled(hasSpeaker);
}

// The context menu.

void AnnotationEditor::extendContextMenu(QMenu *menu, qsizetype position)
{
    if (!m_view || !m_project || !m_project->source(m_source))
        return;
    updateActions();
    // A right click inside the selection means the selection: the annotation it marks exactly
    // comes before a smaller one under the click.
    const TextRange selection = markableSelection();
    const bool inSelection = selection.start <= position && position < selection.end;
    const AnnotationRecord *annotation =
        record(annotationAt(position, inSelection ? selection : TextRange{}));
    const bool marks = canEdit() && !selection.isEmpty();
    const bool annotationEntries = annotation && (canEdit() || !annotation->speaker.isEmpty());
    if (!marks && !annotationEntries)
        return;

    menu->addSeparator();
    if (marks)
        menu->addActions({m_markQuote, m_markClaim, m_markFigure, m_markMention});
    if (annotationEntries) {
        if (marks)
            menu->addSeparator();
        addAnnotationEntries(menu, *annotation);
    }
}

void AnnotationEditor::addAnnotationEntries(QMenu *menu, const AnnotationRecord &annotation)
{
    const AnnotationId id = annotation.id;
    const bool edit = canEdit();
    const bool hasSpeaker = !annotation.speaker.isEmpty();
    if (edit) {
        menu->addMenu(speakerMenu(menu, annotation));
        QAction *stance = twin(menu, m_setStance, "menuSetStance");
        stance->setEnabled(hasSpeaker);
        connect(stance, &QAction::triggered, this, [this, id] { openStanceDialog(id); });
        connect(twin(menu, m_editNote, "menuEditNote"), &QAction::triggered, this,
                [this, id] { openNoteDialog(id); });
    }
    if (hasSpeaker) {
        connect(twin(menu, m_showOnlySpeaker, "menuShowOnlySpeaker"), &QAction::triggered, this,
                [this, id] { showOnlySpeakerOf(id); });
    }
    if (edit) {
        menu->addSeparator();
        connect(twin(menu, m_delete, "menuDeleteAnnotation"), &QAction::triggered, this,
                [this, id] { deleteAnnotation(id); });
    }
}

QMenu *AnnotationEditor::speakerMenu(QMenu *parent, const AnnotationRecord &annotation)
{
    const AnnotationId id = annotation.id;
    auto *menu = new QMenu(tr("&Speaker"), parent);
    menu->setObjectName(u"menuSpeaker"_s);
    // The people of this source: the likely choices, so that fixing an attribution takes two
    // clicks. Anyone else is under Other Speaker….
    for (const QString &speaker : speakersInSource()) {
        const core::SpeakerRecord *record = m_project->speaker(speaker);
        auto *action = menu->addAction(speakerIcon(record->colour), m_project->speakerName(speaker));
        action->setData(speaker);
        action->setCheckable(true);
        action->setChecked(speaker == annotation.speaker);
        if (action->isChecked()) {
            // Some styles draw a checked entry with an icon only as a sunken icon: bold says it too.
            QFont font = action->font();
            font.setBold(true);
            action->setFont(font);
        }
        if (!record->speaker.role.isEmpty())
            action->setToolTip(record->speaker.role);
        connect(action, &QAction::triggered, this, [this, id, speaker] { setSpeaker(id, speaker); });
    }
    menu->setToolTipsVisible(true);
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *other = menu->addAction(tr("&Other Speaker…"));
    other->setObjectName(u"menuOtherSpeaker"_s);
    if (!m_chooseSpeaker->shortcut().isEmpty())
        other->setText(other->text() + u'\t' +
                       m_chooseSpeaker->shortcut().toString(QKeySequence::NativeText));
    connect(other, &QAction::triggered, this, [this, id] { chooseSpeakerFor(id); });
    QAction *clear = twin(menu, m_clearSpeaker, "menuClearSpeaker");
    clear->setEnabled(!annotation.speaker.isEmpty());
    connect(clear, &QAction::triggered, this, [this, id] { setSpeaker(id, {}); });
    return menu;
}

// The actions' work.

void AnnotationEditor::mark(AnnotationKind kind)
{
    const TextRange range = markableSelection();
    if (!canEdit() || range.isEmpty())
        return;
    const QString &text = m_project->source(m_source)->document.text;
    AnnotationRecord annotation;
    annotation.source = m_source;
    annotation.kind = kind;
    annotation.range = range;
    // The user's range is kept as marked, marks included; the record says whether they are there.
    annotation.quoteMarks = isQuoteMark(text.at(range.start)) || isQuoteMark(text.at(range.end - 1));
    // The speaker is left for the user to name next (Ctrl+Alt+P, or the Speaker menu): a guess
    // from nearby annotations would look like a decision the user made.
    if (m_project->addAnnotation(annotation))
        select(range);
}

void AnnotationEditor::markFigure()
{
    const TextRange range = markableSelection();
    if (!canEdit() || range.isEmpty())
        return;
    const core::Document &document = m_project->source(m_source)->document;
    const QString &text = document.text;
    const std::optional<core::ParsedFigure> parsed =
        core::parseFigureAt(text, range.start, range.end, document.metadata.language);
    // A figure with no value would sit in the Figures panel and the charts as a zero: refuse it.
    if (!parsed) {
        refuse(tr("“%1” is not a figure Claimscope can read. Select a number with its unit, such as "
                  "“43 billion dollars” or “80%”.")
                   .arg(excerpt(QStringView(text).sliced(range.start, range.length()))));
        return;
    }
    AnnotationRecord annotation;
    annotation.source = m_source;
    annotation.kind = AnnotationKind::Figure;
    annotation.range = range;
    annotation.quoteMarks = false;
    annotation.figure.value = parsed->value;
    annotation.figure.unit = parsed->unit;
    annotation.figure.qualifier = parsed->qualifier;
    annotation.figure.year = core::yearNear(text, range.start, range.end);
    annotation.figure.measure = core::measureNear(text, range.start, range.end, *parsed);
    if (m_project->addAnnotation(annotation))
        select(range);
}

void AnnotationEditor::markMention()
{
    const TextRange range = markableSelection();
    if (!canEdit() || range.isEmpty())
        return;
    const core::SourceId source = m_source;
    const QString passage = m_project->source(source)->document.text.sliced(range.start, range.length());
    SpeakerChooser *chooser =
        openChooser(tr("Mark as Speaker Mention"), [this, source, range](const QString &speaker) {
            AnnotationRecord annotation;
            annotation.source = source;
            annotation.kind = AnnotationKind::SpeakerMention;
            annotation.range = range;
            annotation.speaker = speaker;
            annotation.quoteMarks = false;
            if (m_project->addAnnotation(annotation) && source == m_source)
                select(range);
        });
    const QStringList named = speakersNamed(*m_project, passage);
    if (named.isEmpty())
        chooser->proposeNewSpeaker(passage);
    else
        chooser->setCurrentSpeaker(named.first());
}

void AnnotationEditor::chooseSpeakerFor(AnnotationId id)
{
    const AnnotationRecord *annotation = record(id);
    if (!canEdit() || !annotation)
        return;
    SpeakerChooser *chooser =
        openChooser(tr("Change Speaker"), [this, id](const QString &speaker) { setSpeaker(id, speaker); });
    chooser->setCurrentSpeaker(annotation->speaker);
}

SpeakerChooser *AnnotationEditor::openChooser(const QString &undoText,
                                              std::function<void(const QString &)> apply)
{
    auto *chooser = new SpeakerChooser(m_project, m_view);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<core::Project> project = m_project;
    connect(chooser, &QDialog::accepted, this, [this, chooser, project, undoText, apply = std::move(apply)] {
        // The window may have closed the project or opened another while the dialog was up.
        if (!project || project != m_project)
            return;
        // A new speaker and the edit that needed them are one undo step.
        QUndoStack *stack = project->undoStack();
        const bool adding = chooser->choosesNewSpeaker();
        if (adding)
            stack->beginMacro(undoText);
        const QString speaker = chooser->takeChoice();
        if (!speaker.isEmpty())
            apply(speaker);
        if (adding)
            stack->endMacro();
    });
    chooser->open();
    return chooser;
}

void AnnotationEditor::setSpeaker(AnnotationId id, const QString &speaker)
{
    if (canEdit() && record(id))
        m_project->setAnnotationSpeaker(id, speaker);
}

void AnnotationEditor::openStanceDialog(AnnotationId id)
{
    const AnnotationRecord *annotation = record(id);
    if (!canEdit() || !annotation || annotation->speaker.isEmpty())
        return;
    auto *dialog = new StanceDialog(m_project, annotation->source, annotation->speaker, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AnnotationEditor::openNoteDialog(AnnotationId id)
{
    const AnnotationRecord *annotation = record(id);
    if (!canEdit() || !annotation)
        return;
    auto *dialog = new QInputDialog(m_view);
    dialog->setObjectName(u"annotationNoteDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setWindowTitle(tr("Edit Note"));
    dialog->setLabelText(tr("Note on “%1”:").arg(excerpt(m_project->annotationText(*annotation))));
    dialog->setTextValue(annotation->note);
    const QPointer<core::Project> project = m_project;
    connect(dialog, &QInputDialog::textValueSelected, this, [project, id](const QString &note) {
        if (project)
            project->setAnnotationNote(id, note.trimmed());
    });
    dialog->open();
}

void AnnotationEditor::deleteAnnotation(AnnotationId id)
{
    if (canEdit() && record(id))
        m_project->removeAnnotation(id);
}

void AnnotationEditor::showOnlySpeakerOf(AnnotationId id)
{
    const AnnotationRecord *annotation = record(id);
    if (annotation && !annotation->speaker.isEmpty())
        emit speakerFilterRequested(annotation->speaker);
}

void AnnotationEditor::select(TextRange range)
{
    if (m_view)
        m_view->selectRange(range);
}

void AnnotationEditor::refuse(const QString &message)
{
    emit statusMessage(message);
    if (!m_view)
        return;
    // By the selection, where the reader is looking.
    QPlainTextEdit *text = m_view->textView();
    const QPoint at = text->viewport()->mapToGlobal(text->cursorRect().bottomLeft());
    QToolTip::showText(at, message, text->viewport());
}

} // namespace claimscope::ui
