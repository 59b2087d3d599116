#include "ui/SpeakersPanel.h"

#include "core/project/LanguageNames.h"
#include "core/project/Project.h"
#include "core/project/SpeakersModel.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::ui {

using core::SpeakersModel;

// Sorts the speakers by the model's SortRole (counts as numbers) and makes names editable in place:
// an edited name goes to Project::renameSpeaker, so it is undoable and written like any other edit.
// Long names and roles are cut by the column, so their tooltip gives them whole.
class EditableSpeakers final : public QSortFilterProxyModel {
public:
    explicit EditableSpeakers(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSortRole(SpeakersModel::SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortLocaleAware(true);
        setDynamicSortFilter(true);
    }

    void setProject(core::Project *project) { m_project = project; }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
        if (index.column() == SpeakersModel::NameColumn && m_project && !m_project->isReadOnly())
            flags |= Qt::ItemIsEditable;
        return flags;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::EditRole)
            return QSortFilterProxyModel::data(index, Qt::DisplayRole);
        if (role == Qt::ToolTipRole && index.column() <= SpeakersModel::RoleColumn)
            return toolTip(index);
        return QSortFilterProxyModel::data(index, role);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || index.column() != SpeakersModel::NameColumn || !m_project)
            return false;
        return m_project->renameSpeaker(index.data(SpeakersModel::SpeakerIdRole).toString(),
                                        value.toString());
    }

private:
    QString toolTip(const QModelIndex &index) const
    {
        QStringList lines{index.siblingAtColumn(SpeakersModel::NameColumn).data().toString(),
                          index.siblingAtColumn(SpeakersModel::RoleColumn).data().toString(),
                          QSortFilterProxyModel::data(index, Qt::ToolTipRole).toString()};
        lines.removeAll(QString());
        return lines.join(u'\n');
    }

    QPointer<core::Project> m_project;
};

namespace {

// The other speakers of the project, by name in the interface language's collation.
QList<const core::SpeakerRecord *> speakersByName(const core::Project &project, const QString &except)
{
    QList<const core::SpeakerRecord *> list;
    for (const core::SpeakerRecord &record : project.speakers()) {
        if (record.speaker.id != except)
            list.append(&record);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(list.begin(), list.end(), [&](const auto *a, const auto *b) {
        return collator.compare(project.speakerName(a->speaker.id), project.speakerName(b->speaker.id)) < 0;
    });
    return list;
}

const QStringList &formsOf(const core::Speaker &speaker, core::FormLanguage language)
{
    switch (language) {
    case core::FormLanguage::Ru:
        return speaker.formsRu;
    case core::FormLanguage::Tr:
        return speaker.formsTr;
    case core::FormLanguage::En:
        break;
    }
    return speaker.formsEn;
}

} // namespace

// Chooses the speaker that the current one is merged into. It copies what it shows, so that it
// never reads a project that went away while it was open.
class MergeSpeakerDialog final : public QDialog {
    Q_OBJECT

public:
    MergeSpeakerDialog(const core::Project &project, const QString &from, QWidget *parent)
        : QDialog(parent)
        , m_name(project.speakerName(from))
        , m_intro(new QLabel(this))
        , m_targets(new QComboBox(this))
        , m_note(new QLabel(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    {
        setObjectName(u"mergeSpeakerDialog"_s);
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowModality(Qt::WindowModal);
        m_targets->setObjectName(u"mergeTarget"_s);
        // Long roles must not make the dialog wider than the screen allows: the popup shows them.
        m_targets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_targets->setMinimumContentsLength(30);
        for (const core::SpeakerRecord *record : speakersByName(project, from)) {
            const QString name = project.speakerName(record->speaker.id);
            // Two people may share a name; the role tells them apart.
            m_targets->addItem(record->speaker.role.isEmpty()
                                   ? name
                                   : QStringLiteral("%1 (%2)").arg(name, record->speaker.role),
                               record->speaker.id);
        }
        m_intro->setWordWrap(true);
        m_intro->setBuddy(m_targets);
        m_note->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addWidget(m_targets);
        layout->addWidget(m_note);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        // No speaker is chosen for the reader: Enter alone must not merge into the first one.
        m_targets->setCurrentIndex(-1);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        connect(m_targets, &QComboBox::currentIndexChanged, this,
                [this](int index) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(index >= 0); });
        retranslate();
        setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    }

    QString target() const { return m_targets->currentData().toString(); }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QDialog::changeEvent(event);
    }

private:
    void retranslate()
    {
        setWindowTitle(tr("Merge Speakers"));
        m_intro->setText(tr("Merge “%1” into this speaker:").arg(m_name));
        m_targets->setPlaceholderText(tr("Choose a speaker"));
        m_note->setText(tr("Its quotes, claims, mentions and stances move to the chosen speaker, and its "
                           "names become aliases. “%1” is then removed. You can undo this.")
                            .arg(m_name));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    }

    QString m_name;
    QLabel *m_intro;
    QComboBox *m_targets;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

// Asks for another name of a speaker and the language it is written in, showing the names the
// project already knows in that language.
class AliasDialog final : public QDialog {
    Q_OBJECT

public:
    AliasDialog(const core::Project &project, const QString &id, QWidget *parent)
        : QDialog(parent)
        , m_name(project.speakerName(id))
        , m_intro(new QLabel(this))
        , m_languageLabel(new QLabel(this))
        , m_language(new QComboBox(this))
        , m_aliasLabel(new QLabel(this))
        , m_alias(new QLineEdit(this))
        , m_known(new QLabel(this))
        , m_russianHint(new QLabel(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    {
        setObjectName(u"aliasDialog"_s);
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowModality(Qt::WindowModal);
        if (const core::SpeakerRecord *record = project.speaker(id))
            m_speaker = record->speaker;
        m_language->setObjectName(u"aliasLanguage"_s);
        m_alias->setObjectName(u"aliasText"_s);
        for (const core::FormLanguage language :
             {core::FormLanguage::En, core::FormLanguage::Ru, core::FormLanguage::Tr})
            m_language->addItem(QString(), static_cast<int>(language));
        // A researcher working in Russian or Turkish most likely adds a name in that language.
        const QLocale::Language interface = QLocale().language();
        m_language->setCurrentIndex(interface == QLocale::Russian   ? 1
                                    : interface == QLocale::Turkish ? 2
                                                                    : 0);
        m_languageLabel->setBuddy(m_language);
        m_aliasLabel->setBuddy(m_alias);
        for (QLabel *label : {m_intro, m_known, m_russianHint})
            label->setWordWrap(true);
        m_known->setTextFormat(Qt::PlainText);

        auto *form = new QFormLayout;
        form->addRow(m_languageLabel, m_language);
        form->addRow(m_aliasLabel, m_alias);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addLayout(form);
        layout->addWidget(m_known);
        layout->addWidget(m_russianHint);
        layout->addWidget(m_buttons);

        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_language, &QComboBox::currentIndexChanged, this, &AliasDialog::showLanguage);
        connect(m_alias, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        });
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        retranslate();
        setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    }

    core::FormLanguage language() const
    {
        return static_cast<core::FormLanguage>(m_language->currentData().toInt());
    }
    QString alias() const { return m_alias->text().trimmed(); }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QDialog::changeEvent(event);
    }

private:
    void showLanguage()
    {
        const QStringList &forms = formsOf(m_speaker, language());
        m_known->setText(forms.isEmpty() ? tr("No aliases in this language yet.")
                                         : tr("Already known: %1").arg(forms.join(u", "_s)));
        m_russianHint->setVisible(language() == core::FormLanguage::Ru);
    }

    void retranslate()
    {
        setWindowTitle(tr("Add Alias"));
        m_intro->setText(tr("Another name or spelling under which “%1” appears in the sources.").arg(m_name));
        m_languageLabel->setText(tr("&Language:"));
        m_aliasLabel->setText(tr("&Alias:"));
        const QStringList codes{u"en"_s, u"ru"_s, u"tr"_s};
        for (int i = 0; i < codes.size(); ++i)
            m_language->setItemText(i, core::LanguageNames::displayName(codes.at(i)));
        m_russianHint->setText(
            tr("Give Russian names in the nominative case: the other cases are found automatically."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
        showLanguage();
    }

    QString m_name;
    core::Speaker m_speaker;
    QLabel *m_intro;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_aliasLabel;
    QLineEdit *m_alias;
    QLabel *m_known;
    QLabel *m_russianHint;
    QDialogButtonBox *m_buttons;
};

SpeakersPanel::SpeakersPanel(core::Project *project, QWidget *parent)
    : QWidget(parent)
    , m_sorted(new EditableSpeakers(this))
    , m_view(new QTreeView(this))
    , m_suggestedNote(new QLabel(this))
{
    setObjectName(u"speakersPanel"_s);
    m_view->setObjectName(u"speakerList"_s);
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Double-click activates (filters the viewer); names are edited with F2 or the Rename action.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SpeakersModel::NameColumn, Qt::AscendingOrder);

    m_suggestedNote->setObjectName(u"suggestedNote"_s);
    m_suggestedNote->setWordWrap(true);
    m_suggestedNote->setContentsMargins(4, 0, 4, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_suggestedNote);

    m_view->viewport()->installEventFilter(this);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == SpeakersModel::NameColumn && !m_fittingName)
            m_nameSizedByReader = true;
    });
    createActions();
    connect(m_view, &QTreeView::activated, this, &SpeakersPanel::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SpeakersPanel::updateActions);
    setProject(project);
    retranslate();
}

SpeakersPanel::~SpeakersPanel() = default;

core::Project *SpeakersPanel::project() const
{
    return m_project;
}

void SpeakersPanel::createActions()
{
    const auto add = [this](const char *name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1StringView(name));
        action->setShortcut(shortcut);
        // Only while the list has focus: other panels and the viewer keep these keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };
    m_showOnly = add("actionShowOnlySpeaker", {});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_rename = add("actionRenameSpeaker", QKeySequence(Qt::Key_F2));
    m_merge = add("actionMergeSpeaker", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_addAlias = add("actionAddAlias", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_showOnly, &QAction::triggered, this, [this] { activate(m_view->currentIndex()); });
    connect(m_rename, &QAction::triggered, this, &SpeakersPanel::rename);
    connect(m_merge, &QAction::triggered, this, &SpeakersPanel::chooseMergeTarget);
    connect(m_addAlias, &QAction::triggered, this, &SpeakersPanel::chooseAlias);
}

void SpeakersPanel::setProject(core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    core::SpeakersModel *old = m_model;
    m_model = new core::SpeakersModel(project, this);
    m_sorted->setProject(project);
    m_sorted->setSourceModel(m_model);
    delete old;
    m_nameSizedByReader = false; // the new model's header starts from defaults
    if (project) {
        connect(project, &core::Project::speakersChanged, this, &SpeakersPanel::updateSuggestedNote);
        connect(project, &core::Project::speakersChanged, this, &SpeakersPanel::updateActions);
        connect(project, &QObject::destroyed, this, &SpeakersPanel::updateSuggestedNote);
    }
    updateSuggestedNote();
    updateActions();
    fitColumns();
}

QString SpeakersPanel::currentSpeaker() const
{
    return m_view->currentIndex().data(SpeakersModel::SpeakerIdRole).toString();
}

void SpeakersPanel::selectSpeaker(const QString &id)
{
    const QModelIndex index = m_sorted->mapFromSource(m_model->indexOfSpeaker(id));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void SpeakersPanel::activate(const QModelIndex &index)
{
    const QString id = index.data(SpeakersModel::SpeakerIdRole).toString();
    if (!id.isEmpty())
        emit speakerActivated(id);
}

void SpeakersPanel::rename()
{
    const QModelIndex name = m_view->currentIndex().siblingAtColumn(SpeakersModel::NameColumn);
    if (!name.isValid())
        return;
    m_view->setCurrentIndex(name);
    m_view->edit(name);
}

void SpeakersPanel::chooseMergeTarget()
{
    const QString from = currentSpeaker();
    if (from.isEmpty() || !m_project)
        return;
    auto *dialog = new MergeSpeakerDialog(*m_project, from, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, from] {
        const QString into = dialog->target();
        if (m_project && m_project->mergeSpeakers(from, into))
            selectSpeaker(into);
    });
    dialog->open();
}

void SpeakersPanel::chooseAlias()
{
    const QString id = currentSpeaker();
    if (id.isEmpty() || !m_project)
        return;
    auto *dialog = new AliasDialog(*m_project, id, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (m_project)
            m_project->addAlias(id, dialog->language(), dialog->alias());
    });
    dialog->open();
}

void SpeakersPanel::updateActions()
{
    const bool current = !currentSpeaker().isEmpty();
    const bool writable = m_project && !m_project->isReadOnly();
    m_showOnly->setEnabled(current);
    m_rename->setEnabled(current && writable);
    m_merge->setEnabled(current && writable && m_project->speakers().size() > 1);
    m_addAlias->setEnabled(current && writable);
}

void SpeakersPanel::updateSuggestedNote()
{
    const bool any = m_project && std::ranges::any_of(m_project->speakers(), &core::SpeakerRecord::suggested);
    m_suggestedNote->setVisible(any);
}

void SpeakersPanel::fitColumns()
{
    // Name first, then the counts as wide as their headers, then the role, which takes what is
    // left of a wide dock (and scrolls in a narrow one). Set again for every model: a header
    // forgets its sections' modes and order when its model is reset.
    QHeaderView *header = m_view->header();
    if (header->count() != SpeakersModel::ColumnCount)
        return;
    header->moveSection(header->visualIndex(SpeakersModel::RoleColumn), SpeakersModel::ColumnCount - 1);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(SpeakersModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SpeakersModel::RoleColumn, QHeaderView::Interactive);
    for (int column = SpeakersModel::QuotesColumn; column < SpeakersModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    const int character = m_view->fontMetrics().averageCharWidth();
    header->resizeSection(SpeakersModel::RoleColumn,
                          std::max({header->sectionSize(SpeakersModel::RoleColumn),
                                    header->sectionSizeHint(SpeakersModel::RoleColumn), 16 * character}));
    fitNameColumn();
}

void SpeakersPanel::fitNameColumn()
{
    // The name gets what the counts leave of the view, within a readable range, so that names and
    // counts fit side by side where the language allows; once the reader sizes it, it stays.
    QHeaderView *header = m_view->header();
    if (m_nameSizedByReader || header->count() != SpeakersModel::ColumnCount)
        return;
    int counts = 0;
    for (int column = SpeakersModel::QuotesColumn; column <= SpeakersModel::MentionsColumn; ++column)
        counts += std::max(header->sectionSize(column), header->sectionSizeHint(column));
    const int character = m_view->fontMetrics().averageCharWidth();
    const int swatch = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + character;
    const int width =
        std::clamp(m_view->viewport()->width() - counts, 18 * character + swatch, 32 * character + swatch);
    const QScopedValueRollback<bool> fitting(m_fittingName, true);
    header->resizeSection(SpeakersModel::NameColumn,
                          std::max(width, header->sectionSizeHint(SpeakersModel::NameColumn)));
}

bool SpeakersPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void SpeakersPanel::retranslate()
{
    m_view->setAccessibleName(tr("Speakers"));
    m_showOnly->setText(tr("&Show Only This Speaker"));
    m_showOnly->setStatusTip(tr("Show only this speaker’s quotes and claims in the source text"));
    m_rename->setText(tr("&Rename"));
    m_rename->setStatusTip(tr("Change the name shown for this speaker"));
    m_merge->setText(tr("&Merge Into…"));
    m_merge->setStatusTip(
        tr("Move this speaker’s quotes, claims and mentions to another speaker, then remove this one"));
    m_addAlias->setText(tr("Add &Alias…"));
    m_addAlias->setStatusTip(tr("Add another name under which this speaker appears in the sources"));
    m_suggestedNote->setText(
        tr("Names in italics were suggested by the analysis and are not in the lexicon."));
    m_model->retranslate();
    fitColumns();
}

void SpeakersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace claimscope::ui

#include "SpeakersPanel.moc"
