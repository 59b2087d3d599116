#include "core/project/ProjectStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

// "Never lose work": project_edit_burst makes one edit after another on a project, printing "ack"
// after each committed one; this test SIGKILLs it at random moments, many times over the same
// project, and after every kill opens the project and checks that each acknowledged edit is there,
// whole, and that the one edit in flight is either entirely there or not at all.
//
// CLAIMSCOPE_KILL_SEED replays a run (the seed is printed); CLAIMSCOPE_KILL_RUNS changes the count.

namespace {

// What the checker can know of a project: every record reduced to the text the burst wrote.
struct Annotation {
    SourceId source = 0;
    QString note;
    bool automatic = false;
    friend bool operator==(const Annotation &, const Annotation &) = default;
};
struct Stance {
    SourceId source = 0;
    QString note;
    qsizetype evidence = 0;
    bool automatic = false;
    friend bool operator==(const Stance &, const Stance &) = default;
};
struct Speaker {
    QString name;
    qsizetype forms = 0;
    friend bool operator==(const Speaker &, const Speaker &) = default;
};
struct State {
    QMap<qint64, Annotation> annotations;
    QMap<qint64, Stance> stances;
    QMap<QString, Speaker> speakers;
    friend bool operator==(const State &, const State &) = default;
};

// The file's contents as a State; a record that is not whole (a field of one edit beside a field of
// another, forms of two saves mixed, evidence cut short) is reported in `torn`.
State stateOf(const ProjectContents &contents, QStringList &torn)
{
    State state;
    for (const AnnotationRecord &a : contents.annotations) {
        state.annotations.insert(a.id, {a.source, a.note, a.origin == Origin::Automatic});
        if (a.cue != a.note || a.claimSource != a.note || a.figure.subject != a.note)
            torn.append(u"annotation %1 mixes %2 and %3"_s.arg(a.id).arg(a.note, a.cue));
    }
    for (const StanceRecord &s : contents.stances)
        state.stances.insert(s.id, {s.source, s.note, s.evidence.size(), s.origin == Origin::Automatic});
    for (const SpeakerRecord &s : contents.speakers) {
        const QStringList forms = s.speaker.formsEn + s.speaker.formsRu + s.speaker.formsTr;
        state.speakers.insert(s.speaker.id, {s.speaker.name, forms.size()});
        for (const QString &form : forms) {
            if (!form.startsWith(s.speaker.name + u'-'))
                torn.append(u"speaker %1 named %2 has form %3"_s.arg(s.speaker.id, s.speaker.name, form));
        }
    }
    return state;
}

QList<qint64> idList(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

// Applies one "ack" or "begin" line to `state`. A begin line lacks the ids of what it adds: they
// are looked up in `actual` by the edit's unique text; when they are not there, the edit cannot be
// in the file, and false is returned.
bool apply(State &state, const QStringList &f, const State &actual)
{
    const bool ack = f.at(0) == u"ack"_s;
    const QString &op = f.at(2);
    const auto findAnnotation = [&](const QString &note) -> std::optional<qint64> {
        for (auto it = actual.annotations.cbegin(); it != actual.annotations.cend(); ++it) {
            if (it->note == note)
                return it.key();
        }
        return std::nullopt;
    };
    const auto findStance = [&](const QString &note) -> std::optional<qint64> {
        for (auto it = actual.stances.cbegin(); it != actual.stances.cend(); ++it) {
            if (it->note == note)
                return it.key();
        }
        return std::nullopt;
    };
    if (op == u"add-annotation"_s) {
        const int at = ack ? 4 : 3;
        const auto id = ack ? std::optional(f.at(3).toLongLong()) : findAnnotation(f.at(at + 1));
        if (!id)
            return false;
        state.annotations.insert(*id, {f.at(at).toLongLong(), f.at(at + 1), false});
    } else if (op == u"update-annotation"_s) {
        Annotation &a = state.annotations[f.at(3).toLongLong()];
        a.note = f.at(4);
        a.automatic = false;
    } else if (op == u"remove-annotation"_s) {
        state.annotations.remove(f.at(3).toLongLong());
    } else if (op == u"save-speaker"_s) {
        state.speakers.insert(f.at(3), {f.at(4), f.at(5).toLongLong()});
    } else if (op == u"add-stance"_s) {
        const int at = ack ? 4 : 3;
        const auto id = ack ? std::optional(f.at(3).toLongLong()) : findStance(f.at(at + 1));
        if (!id)
            return false;
        state.stances.insert(*id, {f.at(at).toLongLong(), f.at(at + 1), f.at(at + 2).toLongLong(), false});
    } else if (op == u"update-stance"_s) {
        Stance &s = state.stances[f.at(3).toLongLong()];
        s.note = f.at(4);
        s.evidence = f.at(5).toLongLong();
        s.automatic = false;
    } else if (op == u"remove-stance"_s) {
        state.stances.remove(f.at(3).toLongLong());
    } else if (op == u"replace-automatic"_s) {
        const SourceId source = f.at(3).toLongLong();
        const QString &token = f.at(4);
        const int count = f.at(5).toInt();
        const int stances = f.at(6).toInt();
        QList<qint64> annotationIds, stanceIds;
        if (ack) {
            annotationIds = idList(f.at(7).mid(2));
            stanceIds = idList(f.at(8).mid(2));
        } else {
            for (int i = 0; i < count; ++i) {
                const auto id = findAnnotation(token + u'#' + QString::number(i));
                if (!id)
                    return false;
                annotationIds.append(*id);
            }
            for (int i = 0; i < stances; ++i) {
                const auto id = findStance(token + u"#s"_s + QString::number(i));
                if (!id)
                    return false;
                stanceIds.append(*id);
            }
        }
        if (annotationIds.size() != count || stanceIds.size() != stances)
            return false;
        state.annotations.removeIf(
            [source](const auto &it) { return it->source == source && it->automatic; });
        state.stances.removeIf([source](const auto &it) { return it->source == source && it->automatic; });
        for (int i = 0; i < count; ++i)
            state.annotations.insert(annotationIds.at(i), {source, token + u'#' + QString::number(i), true});
        for (int i = 0; i < stances; ++i)
            state.stances.insert(stanceIds.at(i),
                                 {source, token + u"#s"_s + QString::number(i), i + 1, true});
    } else {
        qWarning() << "unknown operation" << f;
        return false;
    }
    return true;
}

// The first difference between two states, for the failure message.
QString difference(const State &expected, const State &actual)
{
    for (auto it = expected.annotations.cbegin(); it != expected.annotations.cend(); ++it) {
        if (!actual.annotations.contains(it.key()))
            return u"annotation %1 (%2) is missing"_s.arg(it.key()).arg(it->note);
        if (actual.annotations.value(it.key()) != *it)
            return u"annotation %1 is %2, expected %3"_s.arg(it.key()).arg(
                actual.annotations.value(it.key()).note, it->note);
    }
    for (auto it = actual.annotations.cbegin(); it != actual.annotations.cend(); ++it) {
        if (!expected.annotations.contains(it.key()))
            return u"annotation %1 (%2) should not be there"_s.arg(it.key()).arg(it->note);
    }
    for (auto it = expected.stances.cbegin(); it != expected.stances.cend(); ++it) {
        if (actual.stances.value(it.key()) != *it)
            return u"stance %1 (%2) is missing or differs"_s.arg(it.key()).arg(it->note);
    }
    if (actual.stances.size() != expected.stances.size())
        return u"%1 stances, expected %2"_s.arg(actual.stances.size()).arg(expected.stances.size());
    for (auto it = expected.speakers.cbegin(); it != expected.speakers.cend(); ++it) {
        if (actual.speakers.value(it.key()) != *it)
            return u"speaker %1 (%2) is missing or differs"_s.arg(it.key(), it->name);
    }
    if (actual.speakers.size() != expected.speakers.size())
        return u"%1 speakers, expected %2"_s.arg(actual.speakers.size()).arg(expected.speakers.size());
    return {};
}

QString integrityOf(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA integrity_check"_s) && query.next())
                result = query.value(0).toString();
            else
                result = query.lastError().text();
        } else {
            result = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

} // namespace

class TestProjectKill final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void acknowledgedEditsSurviveKills();

private:
    std::unique_ptr<ProjectStore> openStore(ProjectStore::Mode mode);

    QTemporaryDir m_folder;
    QString m_path;
};

void TestProjectKill::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QVERIFY(QFileInfo(QStringLiteral(CLAIMSCOPE_EDIT_BURST)).isExecutable());
    m_path = m_folder.filePath(u"burst.claimscope"_s);
    ProjectSettings settings;
    settings.name = u"Kill test"_s;
    auto created = ProjectStore::create(m_path, settings);
    QVERIFY(std::holds_alternative<std::unique_ptr<ProjectStore>>(created));
    ProjectStore &store = *std::get<std::unique_ptr<ProjectStore>>(created);
    for (int i = 0; i < 2; ++i) {
        SourceRecord source;
        source.document.text = u"Источник %1: Kazakhstan will not apply for BRICS membership."_s.arg(i);
        QVERIFY(!store.addSource(source));
    }
    for (const QString &id : {u"tokayev"_s, u"lavrov"_s}) {
        SpeakerRecord speaker;
        speaker.speaker.id = speaker.speaker.name = id;
        QVERIFY(!store.saveSpeaker(speaker));
    }
}

std::unique_ptr<ProjectStore> TestProjectKill::openStore(ProjectStore::Mode mode)
{
    auto opened = ProjectStore::open(m_path, mode);
    if (auto *error = std::get_if<ProjectError>(&opened)) {
        qWarning() << "open failed:" << error->message;
        return nullptr;
    }
    return std::move(std::get<std::unique_ptr<ProjectStore>>(opened));
}

State loadState(ProjectStore &store, QStringList &torn)
{
    auto loaded = store.load();
    if (auto *error = std::get_if<ProjectError>(&loaded)) {
        torn.append(u"load failed: "_s + error->message);
        return {};
    }
    return stateOf(std::get<ProjectContents>(loaded), torn);
}

void TestProjectKill::acknowledgedEditsSurviveKills()
{
    const quint32 seed = qEnvironmentVariableIsSet("CLAIMSCOPE_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("CLAIMSCOPE_KILL_SEED"))
                             : QRandomGenerator::global()->generate();
    const int runs = qEnvironmentVariableIsSet("CLAIMSCOPE_KILL_RUNS")
                         ? qEnvironmentVariableIntValue("CLAIMSCOPE_KILL_RUNS")
                         : 100;
    qInfo("seed %u (replay with CLAIMSCOPE_KILL_SEED=%u), %d kills", seed, seed, runs);
    QRandomGenerator random(seed);

    State expected;
    {
        auto store = openStore(ProjectStore::Mode::ReadOnly);
        QVERIFY(store);
        QStringList torn;
        expected = loadState(*store, torn);
        QVERIFY2(torn.isEmpty(), qPrintable(torn.join(u"; "_s)));
    }

    int acknowledged = 0, inFlightKept = 0, inFlightLost = 0, journals = 0;
    for (int run = 1; run <= runs; ++run) {
        QProcess burst;
        burst.start(QStringLiteral(CLAIMSCOPE_EDIT_BURST),
                    {m_path, QString::number(random.generate()), QString::number(run)});
        QVERIFY2(burst.waitForStarted(), qPrintable(burst.errorString()));

        // Most kills come after a random number of acknowledged edits plus a random pause of up to
        // 2 ms; one in eight comes at a random moment of start-up (opening, playing back the
        // journal the previous kill left, the integrity check).
        QByteArray output;
        if (random.bounded(8) == 0) {
            QThread::usleep(random.bounded(60'000));
        } else {
            const QByteArray wanted = "ack " + QByteArray::number(1 + random.bounded(40)) + ' ';
            while (!output.contains(wanted)) {
                QVERIFY2(burst.waitForReadyRead(10'000),
                         qPrintable(u"run %1: no output; stderr: %2"_s.arg(run).arg(
                             QString::fromLocal8Bit(burst.readAllStandardError()))));
                output += burst.readAllStandardOutput();
            }
            QElapsedTimer pause;
            pause.start();
            const qint64 pauseNs = random.bounded(2'000'000);
            while (pause.nsecsElapsed() < pauseNs) {
            }

            // Once, while the burst holds the project: a second writer is refused, a reader is not.
            if (run == 1) {
                auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadWrite);
                QVERIFY(std::holds_alternative<ProjectError>(opened));
                QCOMPARE(std::get<ProjectError>(opened).kind, ProjectError::Kind::Locked);
                auto reader = openStore(ProjectStore::Mode::ReadOnly);
                QVERIFY(reader);
                QStringList torn;
                loadState(*reader, torn);
                QVERIFY2(torn.isEmpty(), qPrintable(torn.join(u"; "_s)));
            }
        }
        burst.kill(); // SIGKILL
        QVERIFY(burst.waitForFinished(10'000));
        output += burst.readAllStandardOutput();
        const QString errors = QString::fromLocal8Bit(burst.readAllStandardError());
        QVERIFY2(!errors.contains(u"error"_s), qPrintable(u"run %1: %2"_s.arg(run).arg(errors)));
        QVERIFY2(burst.exitStatus() == QProcess::CrashExit, qPrintable(u"run %1 ended by itself"_s.arg(run)));
        journals += QFileInfo(m_path + u"-journal"_s).size() > 0 ? 1 : 0;

        // The acknowledged edits, and the one in flight.
        std::optional<QStringList> inFlight;
        for (const QByteArray &rawLine : output.split('\n')) {
            const QStringList fields = QString::fromUtf8(rawLine).split(u' ', Qt::SkipEmptyParts);
            if (fields.size() < 3)
                continue;
            if (fields.at(0) == u"begin"_s) {
                inFlight = fields;
            } else if (fields.at(0) == u"ack"_s) {
                QVERIFY(apply(expected, fields, {}));
                inFlight.reset();
                ++acknowledged;
            }
        }

        // The project as the app would find it after the crash: opened for writing, which plays
        // back an interrupted change, and checked.
        auto store = openStore(ProjectStore::Mode::ReadWrite);
        QVERIFY2(store, qPrintable(u"run %1: the project does not open after the kill"_s.arg(run)));
        QStringList torn;
        const State actual = loadState(*store, torn);
        store.reset();
        QVERIFY2(torn.isEmpty(), qPrintable(u"run %1: %2"_s.arg(run).arg(torn.join(u"; "_s))));
        QCOMPARE(integrityOf(m_path), u"ok"_s);

        if (actual == expected) {
            inFlightLost += inFlight ? 1 : 0;
            continue;
        }
        State withInFlight = expected;
        const bool applied = inFlight && apply(withInFlight, *inFlight, actual);
        QVERIFY2(applied && actual == withInFlight,
                 qPrintable(u"run %1: %2; with the edit in flight (%3): %4"_s.arg(run).arg(
                     difference(expected, actual), inFlight ? inFlight->join(u' ') : u"none"_s,
                     applied ? difference(withInFlight, actual) : u"not in the file"_s)));
        expected = withInFlight;
        ++inFlightKept;
    }
    qInfo("%d edits acknowledged; %d kills left a journal to play back; the edit in flight was kept "
          "%d times and dropped %d times",
          acknowledged, journals, inFlightKept, inFlightLost);
    QVERIFY(acknowledged > runs);
}

QTEST_GUILESS_MAIN(TestProjectKill)
#include "tst_projectkill.moc"
