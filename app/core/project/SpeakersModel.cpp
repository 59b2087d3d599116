#include "core/project/SpeakersModel.h"

#include "core/project/Project.h"

#include <QColor>
#include <QFont>

namespace claimscope::core {
namespace {

// A speaker stored without a colour still gets a stable one of its own.
QColor colourOf(const SpeakerRecord &record)
{
    const QColor stored = QColor::fromString(record.colour);
    if (stored.isValid())
        return stored;
    return QColor::fromHsv(static_cast<int>(qHash(record.speaker.id) % 360), 160, 200);
}

} // namespace

SpeakersModel::SpeakersModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    if (!m_project)
        return;
    for (const SpeakerRecord &record : m_project->speakers())
        m_ids.append(record.speaker.id);
    reindex();
    connect(m_project, &Project::speakerAdded, this, &SpeakersModel::onAdded);
    connect(m_project, &Project::speakerRemoved, this, &SpeakersModel::onRemoved);
    connect(m_project, &Project::speakerChanged, this, &SpeakersModel::onChanged);
    connect(m_project, &Project::annotationAdded, this,
            [this](const AnnotationRecord &annotation) { countsChanged(annotation.speaker); });
    connect(m_project, &Project::annotationRemoved, this,
            [this](const AnnotationRecord &annotation) { countsChanged(annotation.speaker); });
    connect(m_project, &Project::annotationChanged, this, &SpeakersModel::onAnnotationChanged);
    connect(m_project, &Project::annotationsReplaced, this, &SpeakersModel::allCountsChanged);
    // A panel may outlive the project it showed (closing one project before opening the next).
    connect(m_project, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_ids.clear();
        m_rowOf.clear();
        endResetModel();
    });
}

int SpeakersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int SpeakersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpeakersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_project)
        return {};
    const QString &id = m_ids.at(index.row());
    const SpeakerRecord *record = m_project->speaker(id);
    if (!record)
        return {};
    const auto count = [&](AnnotationKind kind) {
        return m_project->annotationCount(id, kind);
    };
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return m_project->speakerName(id);
        case RoleColumn:
            return record->speaker.role;
        case QuotesColumn:
            return count(AnnotationKind::Quote);
        case ClaimsColumn:
            return count(AnnotationKind::Claim);
        case MentionsColumn:
            return count(AnnotationKind::SpeakerMention);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return colourOf(*record);
        break;
    case Qt::FontRole:
        if (record->suggested) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (record->suggested)
            return tr("Suggested by the analysis: not in the lexicon");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= QuotesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SpeakerIdRole:
        return id;
    case SuggestedRole:
        return record->suggested;
    }
    return {};
}

QVariant SpeakersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case QuotesColumn:
        return tr("Quotes");
    case ClaimsColumn:
        return tr("Claims");
    case MentionsColumn:
        return tr("Mentions");
    }
    return {};
}

QModelIndex SpeakersModel::indexOfSpeaker(const QString &id) const
{
    const int row = m_rowOf.value(id, -1);
    return row < 0 ? QModelIndex() : index(row, 0);
}

void SpeakersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

void SpeakersModel::onAdded(const QString &id)
{
    if (m_rowOf.contains(id))
        return;
    // The project inserted it at speakerIndex(id); every other row mirrors its order.
    const int row = static_cast<int>(std::clamp<qsizetype>(m_project->speakerIndex(id), 0, m_ids.size()));
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    // Speakers are appended (an import adds thousands); only an insertion before the end, an undo
    // putting a removed speaker back, moves other rows.
    if (row == m_ids.size() - 1)
        m_rowOf.insert(id, row);
    else
        reindex();
    endInsertRows();
}

void SpeakersModel::onRemoved(const QString &id)
{
    const int row = m_rowOf.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    reindex();
    endRemoveRows();
}

void SpeakersModel::onChanged(const QString &id)
{
    if (const int row = m_rowOf.value(id, -1); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SpeakersModel::countsChanged(const QString &id)
{
    if (const int row = m_rowOf.value(id, -1); row >= 0)
        emit dataChanged(index(row, QuotesColumn), index(row, MentionsColumn), {Qt::DisplayRole, SortRole});
}

void SpeakersModel::allCountsChanged()
{
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, QuotesColumn), index(rowCount() - 1, MentionsColumn),
                         {Qt::DisplayRole, SortRole});
}

void SpeakersModel::onAnnotationChanged(const AnnotationRecord &before, const AnnotationRecord &after)
{
    if (before.speaker == after.speaker && before.kind == after.kind)
        return;
    countsChanged(before.speaker);
    if (after.speaker != before.speaker)
        countsChanged(after.speaker);
}

void SpeakersModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids.at(row), row);
}

} // namespace claimscope::core
