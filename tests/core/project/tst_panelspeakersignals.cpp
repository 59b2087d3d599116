#include "core/project/AnnotationFilterModel.h"
#include "core/project/AnnotationsModel.h"
#include "core/project/FiguresModel.h"
#include "core/project/Project.h"
#include "core/project/SpeakersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

// Three sources, each with one quote by "a", one claim by "b" and one quote by nobody; "a" and "b"
// are speakers, and a fourth source's quote names "c", a speaker the project does not have yet.
ProjectContents threeSpeakers()
{
    ProjectContents contents;
    AnnotationId next = 1;
    for (SourceId source = 1; source <= 4; ++source) {
        SourceRecord record;
        record.id = source;
        record.document.text = u"One said this. Two claimed that. Three said more."_s;
        record.analysed = true;
        contents.sources.append(record);
        const auto add = [&](AnnotationKind kind, qsizetype start, const QString &speaker) {
            AnnotationRecord annotation;
            annotation.id = next++;
            annotation.source = source;
            annotation.kind = kind;
            annotation.range = {start, start + 5};
            annotation.speaker = speaker;
            contents.annotations.append(annotation);
        };
        if (source == 4) {
            add(AnnotationKind::Quote, 0, u"c"_s);
            continue;
        }
        add(AnnotationKind::Quote, 0, u"a"_s);
        add(AnnotationKind::Claim, 15, u"b"_s);
        add(AnnotationKind::Quote, 33, {});
    }
    for (const QString &id : {u"a"_s, u"b"_s}) {
        SpeakerRecord speaker;
        speaker.speaker.id = id;
        speaker.speaker.name = u"Speaker "_s + id;
        contents.speakers.append(speaker);
    }
    return contents;
}

// The rows each dataChanged of `spy` covered, in the order sent; -1 for a signal that left out the
// speaker column.
QList<int> rowsCovered(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const QList<QVariant> &signal : spy) {
        const auto first = signal.at(0).value<QModelIndex>();
        const auto last = signal.at(1).value<QModelIndex>();
        if (first.column() > AnnotationsModel::SpeakerColumn ||
            last.column() < AnnotationsModel::SpeakerColumn)
            rows.append(-1);
        for (int row = first.row(); row <= last.row(); ++row)
            rows.append(row);
    }
    return rows;
}

// Every row from the first of `rows` to the last: what one signal over them covers.
QList<int> spanOf(const QList<int> &rows)
{
    QList<int> span;
    for (int row = rows.constFirst(); row <= rows.constLast(); ++row)
        span.append(row);
    return span;
}

// The rows of `model` whose annotation names `speaker`.
QList<int> rowsNaming(const AnnotationsModel &model, const QString &speaker)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.annotationAt(row)->speaker == speaker)
            rows.append(row);
    }
    return rows;
}

} // namespace

// The Quotes & Claims panel refreshes, when a speaker is added, renamed or removed, the rows that
// show that speaker (in one signal, from the first to the last) and never the whole panel: an
// import adds speakers as it goes, and refreshing every row for each made importing grow with the
// square of the project.
class TestPanelSpeakerSignals final : public QObject {
    Q_OBJECT

private slots:
    void renameRefreshesTheRowsShowingTheSpeaker();
    void addingASpeakerLeavesRowsNotNamingIt();
    void addingASpeakerRefreshesRowsAlreadyNamingIt();
    void filterFollowsARenameWhenSorted();
    void speakersModelFindsEveryAddedSpeaker();
};

void TestPanelSpeakerSignals::renameRefreshesTheRowsShowingTheSpeaker()
{
    Project project(threeSpeakers(), std::unique_ptr<ProjectWriter>());
    AnnotationsModel annotations(&project);
    FiguresModel figures(&project);
    QAbstractItemModelTester tester(&annotations);
    QSignalSpy changed(&annotations, &QAbstractItemModel::dataChanged);
    QSignalSpy figuresChanged(&figures, &QAbstractItemModel::dataChanged);

    QVERIFY(project.renameSpeaker(u"a"_s, u"Renamed"_s));
    QCOMPARE(rowsNaming(annotations, u"a"_s).size(), 3);
    QCOMPARE(rowsCovered(changed), spanOf(rowsNaming(annotations, u"a"_s)));
    for (int row : rowsNaming(annotations, u"a"_s))
        QCOMPARE(annotations.index(row, AnnotationsModel::SpeakerColumn).data().toString(), u"Renamed"_s);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto roles = signal.at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(AnnotationRowsModel::SortRole));
    }
    QVERIFY(figuresChanged.isEmpty()); // no figure column shows a speaker

    changed.clear();
    project.undoStack()->undo();
    QCOMPARE(rowsCovered(changed), spanOf(rowsNaming(annotations, u"a"_s)));
    QCOMPARE(annotations.index(0, AnnotationsModel::SpeakerColumn).data().toString(), u"Speaker a"_s);
}

void TestPanelSpeakerSignals::addingASpeakerLeavesRowsNotNamingIt()
{
    Project project(threeSpeakers(), std::unique_ptr<ProjectWriter>());
    AnnotationsModel annotations(&project);
    QAbstractItemModelTester tester(&annotations);
    QSignalSpy changed(&annotations, &QAbstractItemModel::dataChanged);

    const QString added = project.addSpeaker(u"Someone New"_s);
    QVERIFY(!added.isEmpty());
    QVERIFY(changed.isEmpty());
    project.undoStack()->undo(); // the speaker removed again: nobody showed it
    QVERIFY(changed.isEmpty());
}

void TestPanelSpeakerSignals::addingASpeakerRefreshesRowsAlreadyNamingIt()
{
    Project project(threeSpeakers(), std::unique_ptr<ProjectWriter>());
    AnnotationsModel annotations(&project);
    QAbstractItemModelTester tester(&annotations);
    const QList<int> namingC = rowsNaming(annotations, u"c"_s);
    QCOMPARE(namingC.size(), 1);
    // Until the speaker exists, its row shows the id.
    QCOMPARE(annotations.index(namingC.first(), AnnotationsModel::SpeakerColumn).data().toString(), u"c"_s);
    QSignalSpy changed(&annotations, &QAbstractItemModel::dataChanged);

    SpeakerRecord c;
    c.speaker.id = u"c"_s;
    c.speaker.name = u"Speaker c"_s;
    QVERIFY(project.addSpeakers({c}));
    QCOMPARE(rowsCovered(changed), namingC);
    QCOMPARE(annotations.index(namingC.first(), AnnotationsModel::SpeakerColumn).data().toString(),
             u"Speaker c"_s);
}

void TestPanelSpeakerSignals::filterFollowsARenameWhenSorted()
{
    Project project(threeSpeakers(), std::unique_ptr<ProjectWriter>());
    AnnotationsModel annotations(&project);
    AnnotationFilterModel filter;
    filter.setSourceModel(&annotations);
    filter.sort(AnnotationsModel::SpeakerColumn, Qt::AscendingOrder);
    QAbstractItemModelTester t1(&annotations), t2(&filter);

    // Renamed, a speaker's rows take their new places in the sorted panel, all of them.
    QVERIFY(project.renameSpeaker(u"a"_s, u"Zz"_s));
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, AnnotationsModel::SpeakerColumn)
                         .data(AnnotationRowsModel::SortRole)
                         .toString());
    QStringList sorted = shown;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QCOMPARE(shown, sorted);
    QCOMPARE(shown.count(u"Zz"_s), 3);
}

void TestPanelSpeakerSignals::speakersModelFindsEveryAddedSpeaker()
{
    Project project(threeSpeakers(), std::unique_ptr<ProjectWriter>());
    SpeakersModel speakers(&project);
    QAbstractItemModelTester tester(&speakers);
    QList<SpeakerRecord> added;
    for (int i = 0; i < 50; ++i) {
        SpeakerRecord record;
        record.speaker.id = u"new %1"_s.arg(i);
        record.speaker.name = u"New %1"_s.arg(i);
        added.append(record);
    }
    QVERIFY(project.addSpeakers(added));
    const QString last = project.addSpeaker(u"Last One"_s);
    QVERIFY(!last.isEmpty());
    QCOMPARE(speakers.rowCount(), project.speakers().size());
    for (int row = 0; row < speakers.rowCount(); ++row) {
        const QString id = project.speakers().at(row).speaker.id;
        QCOMPARE(speakers.indexOfSpeaker(id).row(), row);
    }
    project.undoStack()->undo(); // the last speaker removed again
    QCOMPARE(speakers.rowCount(), 52);
    QVERIFY(!speakers.indexOfSpeaker(last).isValid());
    QCOMPARE(speakers.indexOfSpeaker(u"new 49"_s).row(), 51);
}

QTEST_GUILESS_MAIN(TestPanelSpeakerSignals)
#include "tst_panelspeakersignals.moc"
