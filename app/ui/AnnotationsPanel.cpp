#include "ui/AnnotationsPanel.h"

#include "core/project/AnnotationFilterModel.h"
#include "core/project/AnnotationsModel.h"
#include "core/project/Project.h"

#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace claimscope::ui {

using core::AnnotationKind;
using core::AnnotationRowsModel;
using core::AnnotationsModel;

namespace {

// The fixed first entries of the speaker and source combos; the project's entries follow.
constexpr int kAllEntry = 0;
constexpr int kNoSpeakerEntry = 1;
constexpr int kFirstSpeakerEntry = 2;
constexpr int kFirstSourceEntry = 1;

// A combo that may be narrower than its longest entry: the dock is narrow, and the popup shows
// entries whole.
void makeShrinkable(QComboBox *combo, const char *name)
{
    combo->setObjectName(QLatin1StringView(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
}

} // namespace

AnnotationsPanel::AnnotationsPanel(core::Project *project, QWidget *parent)
    : QWidget(parent)
    , m_filter(new core::AnnotationFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_kinds(new QComboBox(this))
    , m_speakers(new QComboBox(this))
    , m_sources(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"annotationsPanel"_s);
    m_count->setObjectName(u"annotationCount"_s);
    createFilterBar();
    createView();

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_kinds);
    auto *comboRow = new QHBoxLayout;
    comboRow->addWidget(m_speakers, 1);
    comboRow->addWidget(m_sources, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addLayout(comboRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    setProject(project);
    retranslate();
}

AnnotationsPanel::~AnnotationsPanel() = default;

core::Project *AnnotationsPanel::project() const
{
    return m_project;
}

void AnnotationsPanel::createFilterBar()
{
    m_search->setObjectName(u"annotationSearch"_s);
    m_search->setClearButtonEnabled(true);
    makeShrinkable(m_speakers, "speakerFilter");
    makeShrinkable(m_sources, "sourceFilter");
    m_kinds->setObjectName(u"kindFilter"_s);
    m_kinds->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Texts come in retranslate(); the data says what each entry filters.
    m_kinds->addItem(QString(), -1);
    m_kinds->addItem(QString(), static_cast<int>(AnnotationKind::Quote));
    m_kinds->addItem(QString(), static_cast<int>(AnnotationKind::Claim));
    m_speakers->addItem(QString());
    m_speakers->addItem(QString());
    m_sources->addItem(QString());

    connect(m_search, &QLineEdit::textChanged, m_filter, &core::AnnotationFilterModel::setSearchText);
    for (QComboBox *combo : {m_kinds, m_speakers, m_sources})
        connect(combo, &QComboBox::currentIndexChanged, this, &AnnotationsPanel::applyFilters);
}

void AnnotationsPanel::createView()
{
    m_view->setObjectName(u"annotationList"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // No sort indicator: rows stay in project order (sources in turn, text order) until the user sorts.
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // Six columns do not fit a narrow dock: they keep readable widths and the list scrolls sideways.
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Double-click, or Enter (which item views turn into activated()).
    connect(m_view, &QTreeView::activated, this, &AnnotationsPanel::activate);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AnnotationsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AnnotationsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AnnotationsPanel::updateCount);
}

void AnnotationsPanel::setProject(core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    AnnotationsModel *old = m_model;
    m_model = new AnnotationsModel(project, this);
    m_filter->setSourceModel(m_model);
    delete old;
    if (project) {
        // An import adds sources and speakers one by one: the lists are rebuilt once it is done.
        connect(project, &core::Project::speakersChanged, this, &AnnotationsPanel::scheduleFill);
        connect(project, &core::Project::sourcesChanged, this, &AnnotationsPanel::scheduleFill);
        // The models empty themselves when their project goes; the combos follow.
        connect(project, &QObject::destroyed, this, [this] {
            fillSpeakers();
            fillSources();
        });
    }
    clearFilters();
    fillSpeakers();
    fillSources();
    updateCount();
    // A new model resets the header's sections to their default width.
    fitColumns(true);
}

void AnnotationsPanel::scheduleFill()
{
    if (m_fillScheduled)
        return;
    m_fillScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fillScheduled = false;
            fillSpeakers();
            fillSources();
        },
        Qt::QueuedConnection);
}

void AnnotationsPanel::fillSpeakers()
{
    // A speaker that is gone (merged into another) falls back to all speakers.
    const int previous = m_speakers->currentIndex();
    const QString current = previous >= kFirstSpeakerEntry ? m_speakers->currentData().toString() : QString();
    QList<std::pair<QString, QString>> speakers; // name, id
    if (m_project) {
        for (const core::SpeakerRecord &record : m_project->speakers())
            speakers.append({m_project->speakerName(record.speaker.id), record.speaker.id});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(speakers.begin(), speakers.end(),
                     [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });

    // Rebuilt without signals, then the filter is applied once for the choice that survived.
    const QSignalBlocker blocker(m_speakers);
    while (m_speakers->count() > kFirstSpeakerEntry)
        m_speakers->removeItem(m_speakers->count() - 1);
    int chosen = previous == kNoSpeakerEntry ? kNoSpeakerEntry : kAllEntry;
    for (const auto &[name, id] : std::as_const(speakers)) {
        m_speakers->addItem(name, id);
        if (!current.isEmpty() && id == current)
            chosen = m_speakers->count() - 1;
    }
    m_speakers->setCurrentIndex(chosen);
    applyFilters();
}

void AnnotationsPanel::fillSources()
{
    const bool chosenOne = m_sources->currentIndex() >= kFirstSourceEntry;
    const core::SourceId current = chosenOne ? m_sources->currentData().value<core::SourceId>() : 0;
    const QSignalBlocker blocker(m_sources);
    while (m_sources->count() > kFirstSourceEntry)
        m_sources->removeItem(m_sources->count() - 1);
    int chosen = kAllEntry;
    if (m_project) {
        for (const core::SourceRecord &source : m_project->sources()) {
            m_sources->addItem(m_project->sourceTitle(source.id), source.id);
            if (source.id == current)
                chosen = m_sources->count() - 1;
        }
    }
    m_sources->setCurrentIndex(chosen);
    applyFilters();
}

void AnnotationsPanel::applyFilters()
{
    const int speaker = m_speakers->currentIndex();
    QSet<QString> speakers;
    if (speaker == kNoSpeakerEntry)
        speakers.insert(QString()); // annotations without a speaker have an empty one
    else if (speaker >= kFirstSpeakerEntry)
        speakers.insert(m_speakers->currentData().toString());
    m_filter->setSpeakers(speakers);

    QSet<core::SourceId> sources;
    if (m_sources->currentIndex() >= kFirstSourceEntry)
        sources.insert(m_sources->currentData().value<core::SourceId>());
    m_filter->setSources(sources);

    const int kind = m_kinds->currentData().toInt();
    m_filter->setKinds(kind < 0 ? QList<AnnotationKind>{} : QList<AnnotationKind>{AnnotationKind(kind)});

    // A long title or name is cut by a narrow combo; the tooltip gives it whole.
    m_speakers->setToolTip(m_speakers->currentIndex() >= kFirstSpeakerEntry ? m_speakers->currentText()
                                                                            : tr("Filter by speaker"));
    m_sources->setToolTip(m_sources->currentIndex() >= kFirstSourceEntry ? m_sources->currentText()
                                                                         : tr("Filter by source"));
    updateCount();
}

void AnnotationsPanel::showSpeaker(const QString &id)
{
    if (id.isEmpty()) {
        m_speakers->setCurrentIndex(kAllEntry);
        return;
    }
    const int index = m_speakers->findData(id);
    if (index >= kFirstSpeakerEntry)
        m_speakers->setCurrentIndex(index);
}

void AnnotationsPanel::showSource(core::SourceId source)
{
    const int index = source == 0 ? kAllEntry : m_sources->findData(source);
    if (index >= 0)
        m_sources->setCurrentIndex(index);
}

void AnnotationsPanel::clearFilters()
{
    m_search->clear();
    m_kinds->setCurrentIndex(kAllEntry);
    m_speakers->setCurrentIndex(kAllEntry);
    m_sources->setCurrentIndex(kAllEntry);
}

core::AnnotationId AnnotationsPanel::currentAnnotation() const
{
    return m_view->currentIndex().data(AnnotationRowsModel::AnnotationIdRole).value<core::AnnotationId>();
}

bool AnnotationsPanel::selectAnnotation(core::AnnotationId id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOfAnnotation(id));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void AnnotationsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const core::TextRange range{index.data(AnnotationRowsModel::RangeStartRole).value<qsizetype>(),
                                index.data(AnnotationRowsModel::RangeEndRole).value<qsizetype>()};
    emit passageActivated(index.data(AnnotationRowsModel::SourceIdRole).value<core::SourceId>(), range);
}

void AnnotationsPanel::updateCount()
{
    if (!m_model)
        return;
    const QLocale locale;
    m_count->setText(tr("Shown: %1 of %2")
                         .arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
}

void AnnotationsPanel::fitColumns(bool initial)
{
    // Starting widths in characters: a readable start of a passage, a name, a title, a cue. Kind
    // and origin hold a few known words, so they are as wide as the longest of them. No column is
    // ever narrower than its header.
    static constexpr std::array<int, AnnotationsModel::ColumnCount> characters{30, 16, 16, 10, 0, 0};
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2;
    const auto widest = [&](const QStringList &words) {
        int width = 0;
        for (const QString &word : words)
            width = std::max(width, metrics.horizontalAdvance(word));
        return width + padding;
    };
    const int kindWidth = widest({AnnotationsModel::kindName(AnnotationKind::Quote),
                                  AnnotationsModel::kindName(AnnotationKind::Claim)});
    const int originWidth = widest({AnnotationsModel::originName(core::Origin::Automatic),
                                    AnnotationsModel::originName(core::Origin::Manual),
                                    AnnotationsModel::originName(core::Origin::Edited)});
    QHeaderView *header = m_view->header();
    for (int column = 0; column < AnnotationsModel::ColumnCount; ++column) {
        int width = header->sectionSizeHint(column);
        if (column == AnnotationsModel::KindColumn)
            width = std::max(width, kindWidth);
        else if (column == AnnotationsModel::OriginColumn)
            width = std::max(width, originWidth);
        else if (initial)
            width = std::max(width, characters.at(column) * metrics.averageCharWidth());
        // After a language change the reader's own widths stay, unless the header no longer fits.
        if (!initial && column != AnnotationsModel::KindColumn && column != AnnotationsModel::OriginColumn)
            width = std::max(width, header->sectionSize(column));
        header->resizeSection(column, width);
    }
}

void AnnotationsPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search quotes and claims"));
    m_search->setToolTip(tr("Show only quotes and claims that contain this text"));
    m_kinds->setItemText(0, tr("All kinds"));
    m_kinds->setItemText(1, tr("Quotes"));
    m_kinds->setItemText(2, tr("Claims"));
    m_kinds->setToolTip(tr("Filter by kind"));
    m_speakers->setItemText(kAllEntry, tr("All speakers"));
    m_speakers->setItemText(kNoSpeakerEntry, tr("No speaker"));
    m_sources->setItemText(kAllEntry, tr("All sources"));
    m_view->setAccessibleName(tr("Quotes and claims"));
    m_model->retranslate();
    applyFilters();
    fitColumns(false);
}

void AnnotationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace claimscope::ui
