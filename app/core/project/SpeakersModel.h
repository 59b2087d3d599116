#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

namespace claimscope::core {

class Project;
struct AnnotationRecord;

// The Speakers panel: every speaker of the project with role, colour and how often the project
// quotes, cites and mentions them. Suggested speakers (found by the analyzer, not in the lexicon)
// are marked: italic, a tooltip, SuggestedRole. Kept in step with the Project's signals.
class SpeakersModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, QuotesColumn, ClaimsColumn, MentionsColumn, ColumnCount };
    enum Role {
        SpeakerIdRole = Qt::UserRole + 1, // QString
        SuggestedRole,                    // bool
        SortRole,                         // counts as numbers
    };

    explicit SpeakersModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfSpeaker(const QString &id) const;

    // Headers and tooltips are translated; call after the interface language changes.
    void retranslate();

private:
    void onAdded(const QString &id);
    void onRemoved(const QString &id);
    void onChanged(const QString &id);
    void countsChanged(const QString &id);
    void allCountsChanged();
    void onAnnotationChanged(const AnnotationRecord &before, const AnnotationRecord &after);
    void reindex();

    QPointer<Project> m_project;
    QStringList m_ids; // the project's speakers, in its order
    QHash<QString, int> m_rowOf;
};

} // namespace claimscope::core
