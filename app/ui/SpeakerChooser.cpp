#include "ui/SpeakerChooser.h"

#include "core/project/Project.h"
#include "ui/SpeakerIcon.h"
#include "ui/SpeakerLookup.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;      // the speaker's id; empty on the new-speaker row
constexpr int kNewNameRole = Qt::UserRole + 2; // the new speaker's name, on that row only

enum Column { NameColumn, RoleColumn };

} // namespace

SpeakerChooser::SpeakerChooser(core::Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_prompt(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"speakerChooser"_s);
    m_filter->setObjectName(u"speakerFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_prompt->setBuddy(m_filter);
    m_list->setObjectName(u"speakerList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &SpeakerChooser::rebuild);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SpeakerChooser::updateOk);
    connect(m_list, &QTreeWidget::itemActivated, this, &SpeakerChooser::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SpeakerChooser::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SpeakerChooser::reject);
    if (m_project)
        connect(m_project, &core::Project::speakersChanged, this, &SpeakerChooser::rebuild);

    retranslate();
    rebuild();
    resize(460, 380);
    m_filter->setFocus();
}

void SpeakerChooser::setCurrentSpeaker(const QString &id)
{
    // A speaker the filter hides is shown again rather than silently not chosen.
    if (!itemOf(id))
        m_filter->clear();
    if (QTreeWidgetItem *item = itemOf(id))
        m_list->setCurrentItem(item);
}

void SpeakerChooser::proposeNewSpeaker(const QString &name)
{
    m_filter->setText(name.simplified());
    if (QTreeWidgetItem *item = newSpeakerItem())
        m_list->setCurrentItem(item);
}

QString SpeakerChooser::chosenSpeaker() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, kIdRole).toString() : QString();
}

bool SpeakerChooser::choosesNewSpeaker() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->data(NameColumn, kNewNameRole).toString().isEmpty();
}

QString SpeakerChooser::newSpeakerName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, kNewNameRole).toString() : QString();
}

QString SpeakerChooser::takeChoice()
{
    if (!m_project)
        return {};
    if (choosesNewSpeaker())
        return m_project->addSpeaker(newSpeakerName());
    return chosenSpeaker();
}

void SpeakerChooser::accept()
{
    // Enter in an empty list picks nobody: the dialog stays until there is a row to pick. Enter in
    // the list both activates the row and reaches the default button: the choice is taken once.
    if (!m_list->currentItem() || !isVisible())
        return;
    QDialog::accept();
}

bool SpeakerChooser::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up and Page Down move through the list while the typing stays in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown: {
            QKeyEvent forwarded(key->type(), key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_list, &forwarded);
            return true;
        }
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SpeakerChooser::rebuild()
{
    const QString keep = chosenSpeaker();
    const bool keptNew = choosesNewSpeaker();
    m_list->clear();
    if (!m_project)
        return;

    QList<const core::SpeakerRecord *> shown;
    for (const core::SpeakerRecord &record : m_project->speakers()) {
        if (speakerMatchesFilter(*m_project, record.speaker.id, m_filter->text()))
            shown.append(&record);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(shown.begin(), shown.end(), [&collator](const auto *a, const auto *b) {
        return collator.compare(a->speaker.name, b->speaker.name) < 0;
    });
    const QColor roleColour = palette().color(QPalette::PlaceholderText);
    for (const core::SpeakerRecord *record : shown) {
        auto *item = new QTreeWidgetItem(m_list, {record->speaker.name, record->speaker.role});
        item->setIcon(NameColumn, speakerIcon(record->colour));
        item->setData(NameColumn, kIdRole, record->speaker.id);
        item->setForeground(RoleColumn, roleColour);
        item->setToolTip(NameColumn, record->speaker.name);
        item->setToolTip(RoleColumn, record->speaker.role);
    }

    // A name nobody has (not even as a form) can become a new speaker.
    const QString typed = m_filter->text().simplified();
    if (!typed.isEmpty() && speakersNamed(*m_project, typed).isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list, {tr("New speaker “%1”").arg(typed)});
        // Without a theme icon, the outline a speaker without colour gets: new, not yet coloured.
        item->setIcon(NameColumn, QIcon::fromTheme(u"list-add"_s, speakerIcon({})));
        item->setData(NameColumn, kNewNameRole, typed);
        item->setFirstColumnSpanned(true);
    }

    QTreeWidgetItem *current = keptNew ? newSpeakerItem() : itemOf(keep);
    if (!current)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);
    // Names and roles apart by a gap, not run together.
    m_list->resizeColumnToContents(NameColumn);
    m_list->setColumnWidth(NameColumn,
                           m_list->columnWidth(NameColumn) + 2 * fontMetrics().averageCharWidth());
    updateOk();
}

QTreeWidgetItem *SpeakerChooser::itemOf(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(NameColumn, kIdRole).toString() == id)
            return item;
    }
    return nullptr;
}

QTreeWidgetItem *SpeakerChooser::newSpeakerItem() const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (!item->data(NameColumn, kNewNameRole).toString().isEmpty())
            return item;
    }
    return nullptr;
}

void SpeakerChooser::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
}

void SpeakerChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // the new-speaker row's text
    }
    QDialog::changeEvent(event);
}

void SpeakerChooser::retranslate()
{
    setWindowTitle(tr("Choose Speaker"));
    m_prompt->setText(tr("&Speaker:"));
    m_filter->setPlaceholderText(tr("Type to filter, or type a new name"));
}

} // namespace claimscope::ui
