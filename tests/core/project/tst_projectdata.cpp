#include "core/project/ProjectData.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

AnnotationRecord record(AnnotationId id, SourceId source, qsizetype start, const QString &speaker,
                        AnnotationKind kind = AnnotationKind::Quote)
{
    AnnotationRecord a;
    a.id = id;
    a.source = source;
    a.kind = kind;
    a.range = {start, start + 5};
    a.speaker = speaker;
    a.cue = u"said %1"_s.arg(id);
    return a;
}

// What ProjectData must answer, worked out from a plain map of the records it was given.
void compareWithModel(const ProjectData &data, const QMap<AnnotationId, AnnotationRecord> &model)
{
    QCOMPARE(data.annotationCount(), model.size());
    QMap<SourceId, QList<AnnotationId>> bySource;
    QMap<QString, QList<AnnotationId>> bySpeaker;
    for (const AnnotationRecord &a : model) {
        const AnnotationRecord *found = data.annotation(a.id);
        QVERIFY(found);
        QCOMPARE(*found, a);
        bySource[a.source].append(a.id);
        bySpeaker[a.speaker].append(a.id);
    }
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        std::sort(it->begin(), it->end(), [&model](AnnotationId x, AnnotationId y) {
            const qsizetype sx = model.value(x).range.start;
            const qsizetype sy = model.value(y).range.start;
            return sx != sy ? sx < sy : x < y;
        });
        QCOMPARE(data.annotationsOf(it.key()), it.value());
    }
    for (auto it = bySpeaker.begin(); it != bySpeaker.end(); ++it) {
        QCOMPARE(data.annotationsBy(it.key()), it.value()); // the map gives them in id order
        int quotes = 0;
        for (AnnotationId id : it.value())
            quotes += model.value(id).kind == AnnotationKind::Quote ? 1 : 0;
        QCOMPARE(data.count(it.key(), AnnotationKind::Quote), quotes);
    }
    const QList<AnnotationRecord> inIdOrder = data.contents().annotations;
    QCOMPARE(inIdOrder, model.values());
}

} // namespace

// ProjectData keeps the loaded list of annotations as its store, with an index by id; removal moves
// the last record into the gap. Every lookup must still answer as a map of the records would.
class TestProjectData final : public QObject {
    Q_OBJECT

private slots:
    void randomEditsAgreeWithAMap()
    {
        QRandomGenerator random(20261123);
        const QStringList speakers = {u"tokayev"_s, u"lavrov"_s, u"peskov"_s, QString()};
        ProjectContents contents;
        QMap<AnnotationId, AnnotationRecord> model;
        for (AnnotationId id = 1; id <= 200; ++id) {
            const AnnotationRecord a =
                record(id, 1 + random.bounded(5), random.bounded(400), speakers.at(random.bounded(4)),
                       random.bounded(2) ? AnnotationKind::Quote : AnnotationKind::Claim);
            contents.annotations.append(a);
            model.insert(id, a);
        }
        ProjectData data(std::move(contents));
        compareWithModel(data, model);
        AnnotationId nextId = 201;
        for (int step = 0; step < 2000; ++step) {
            const int what = random.bounded(4);
            const QList<AnnotationId> ids = model.keys();
            if (what == 0 || ids.isEmpty()) {
                const AnnotationRecord a = record(nextId++, 1 + random.bounded(5), random.bounded(400),
                                                  speakers.at(random.bounded(4)));
                data.insertAnnotation(a);
                model.insert(a.id, a);
            } else if (what == 1) {
                const AnnotationId id = ids.at(random.bounded(ids.size()));
                data.removeAnnotation(id);
                model.remove(id);
            } else if (what == 2) {
                AnnotationRecord a = model.value(ids.at(random.bounded(ids.size())));
                a.speaker = speakers.at(random.bounded(4));
                a.kind = random.bounded(2) ? AnnotationKind::Quote : AnnotationKind::Figure;
                data.replaceAnnotation(a);
                model.insert(a.id, a);
            } else {
                AnnotationRecord a = model.value(ids.at(random.bounded(ids.size())));
                a.source = 1 + random.bounded(5);
                a.range = {random.bounded(400), a.range.end + 400};
                data.replaceAnnotation(a);
                model.insert(a.id, a);
            }
            if (step % 100 == 0)
                compareWithModel(data, model);
        }
        compareWithModel(data, model);
        data.removeAnnotation(999999); // unknown: nothing happens
        compareWithModel(data, model);
    }

    void anIdTwiceKeepsTheLastRecord()
    {
        ProjectContents contents;
        contents.annotations = {record(1, 1, 10, u"tokayev"_s), record(2, 1, 20, u"lavrov"_s),
                                record(1, 2, 30, u"peskov"_s)};
        const ProjectData data(std::move(contents));
        QMap<AnnotationId, AnnotationRecord> model;
        model.insert(2, record(2, 1, 20, u"lavrov"_s));
        model.insert(1, record(1, 2, 30, u"peskov"_s));
        compareWithModel(data, model);
        QCOMPARE(data.count(u"tokayev"_s, AnnotationKind::Quote), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectData)
#include "tst_projectdata.moc"
