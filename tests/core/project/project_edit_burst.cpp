// A burst of project edits for tst_projectkill, which SIGKILLs this program at random moments.
//
//   project_edit_burst FILE SEED RUN [EDITS]
//
// Opens the project FILE read-write and makes EDITS (default: practically endless) random edits,
// each one ProjectStore call, i.e. one transaction. Before an edit it prints
//   begin <n> <operation> <arguments>
// and after the call has returned (committed) it prints
//   ack <n> <operation> <arguments, with the ids the store gave>
// Both lines are flushed at once, so every "ack" the checker reads names an edit that must be in
// the file, and a "begin" without its "ack" names the one edit that may or may not be. Every text
// the edits write is a token unique to this run and edit ("r3e17"), so the checker can find it.
//
// Operations and their arguments:
//   add-annotation ID SOURCE NOTE              a manual annotation (ID only in the ack)
//   update-annotation ID NOTE                  its note, cue, claim source and subject become NOTE
//   remove-annotation ID
//   save-speaker SPEAKER NAME FORMS            the speaker gets NAME and FORMS forms "NAME-<lang><i>"
//   add-stance ID SOURCE NOTE EVIDENCE         a manual stance with EVIDENCE ranges (ID only in the ack)
//   update-stance ID NOTE EVIDENCE
//   remove-stance ID
//   replace-automatic SOURCE TOKEN COUNT STANCES [a:IDS s:IDS]
//        the source's automatic annotations become COUNT annotations noted TOKEN#0…, its automatic
//        stances STANCES stances noted TOKEN#s0…; the ack lists their ids in that order.
// On any failure it prints "error <message>" to stderr and exits with 2.

#include "core/project/ProjectStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "error %s\n", qPrintable(message));
    std::fflush(stderr);
    std::exit(2);
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void check(const std::optional<ProjectError> &error)
{
    if (error)
        fail(error->message);
}

QString joined(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

class Burst {
public:
    Burst(ProjectStore &store, const ProjectContents &contents, quint32 seed, int run)
        : m_store(store)
        , m_random(seed)
        , m_run(run)
    {
        for (const SourceRecord &source : contents.sources)
            m_sources.append(source.id);
        for (const SpeakerRecord &speaker : contents.speakers)
            m_speakers.append(speaker.speaker.id);
        for (const AnnotationRecord &annotation : contents.annotations)
            m_annotations.append(annotation);
        for (const StanceRecord &stance : contents.stances)
            m_stances.append(stance);
        if (m_sources.isEmpty())
            fail(u"the project has no sources"_s);
    }

    void edit(int n)
    {
        m_token = u"r%1e%2"_s.arg(m_run).arg(n);
        const int choice = int(m_random.bounded(100));
        if (choice < 28 || m_annotations.isEmpty())
            addAnnotation(n);
        else if (choice < 46)
            updateAnnotation(n);
        else if (choice < 56)
            removeAnnotation(n);
        else if (choice < 66)
            saveSpeaker(n);
        else if (choice < 76 || m_stances.isEmpty())
            addStance(n);
        else if (choice < 82)
            updateStance(n);
        else if (choice < 88)
            removeStance(n);
        else
            replaceAutomatic(n);
    }

private:
    template<typename T> qsizetype pick(const QList<T> &list)
    {
        return qsizetype(m_random.bounded(quint32(list.size())));
    }

    QString line(const char *what, int n, const QString &operation, const QString &arguments) const
    {
        return QString::fromLatin1(what) + u' ' + QString::number(n) + u' ' + operation + u' ' + arguments;
    }

    AnnotationRecord annotation(SourceId source, const QString &note, Origin origin)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AnnotationRecord a;
        a.source = source;
        a.kind = AnnotationKind(m_random.bounded(4));
        const qsizetype start = m_random.bounded(500);
        a.range = {start, start + 1 + m_random.bounded(60)};
        a.speaker =
            m_speakers.isEmpty() || m_random.bounded(3) == 0 ? QString() : m_speakers.at(pick(m_speakers));
        a.cue = note;
        a.claimSource = note;
        a.figure.subject = note;
        a.figure.value = m_random.bounded(1e9);
        if (m_random.bounded(2))
            a.figure.year = 2000 + int(m_random.bounded(30));
        a.confidence = m_random.generateDouble();
        a.origin = origin;
        a.note = note;
        a.created = a.modified = now;
        return a;
    }

    StanceRecord stance(SourceId source, const QString &note, int evidence, Origin origin)
    {
        StanceRecord s;
        s.source = source;
        s.speaker = m_speakers.at(pick(m_speakers));
        s.target = u"BRICS"_s;
        s.score = int(m_random.bounded(5)) - 2;
        for (int i = 0; i < evidence; ++i)
            s.evidence.append({i * 10, i * 10 + 5});
        s.confidence = m_random.generateDouble();
        s.origin = origin;
        s.note = note;
        s.created = s.modified = QDateTime::currentDateTimeUtc();
        return s;
    }

    void addAnnotation(int n)
    {
        AnnotationRecord a = annotation(m_sources.at(pick(m_sources)), m_token, Origin::Manual);
        const QString arguments = QString::number(a.source) + u' ' + m_token;
        say(line("begin", n, u"add-annotation"_s, arguments));
        check(m_store.addAnnotation(a));
        say(line("ack", n, u"add-annotation"_s, QString::number(a.id) + u' ' + arguments));
        m_annotations.append(a);
    }

    void updateAnnotation(int n)
    {
        AnnotationRecord &a = m_annotations[pick(m_annotations)];
        a.note = a.cue = a.claimSource = a.figure.subject = m_token;
        a.origin = Origin::Edited;
        a.range.end += 1;
        const QString arguments = QString::number(a.id) + u' ' + m_token;
        say(line("begin", n, u"update-annotation"_s, arguments));
        check(m_store.updateAnnotation(a));
        say(line("ack", n, u"update-annotation"_s, arguments));
    }

    void removeAnnotation(int n)
    {
        const AnnotationRecord a = m_annotations.takeAt(pick(m_annotations));
        say(line("begin", n, u"remove-annotation"_s, QString::number(a.id)));
        check(m_store.removeAnnotation(a.id));
        say(line("ack", n, u"remove-annotation"_s, QString::number(a.id)));
    }

    void saveSpeaker(int n)
    {
        // A small pool, so that most saves replace a speaker and its forms.
        SpeakerRecord speaker;
        speaker.speaker.id = u"burst-%1"_s.arg(m_random.bounded(6));
        speaker.speaker.name = m_token;
        speaker.speaker.kind = u"expert"_s;
        speaker.colour = u"#%1"_s.arg(m_random.bounded(0x1000000), 6, 16, QChar(u'0'));
        const int forms = int(m_random.bounded(7));
        for (int i = 0; i < forms; ++i) {
            QStringList &list = i % 3 == 0   ? speaker.speaker.formsEn
                                : i % 3 == 1 ? speaker.speaker.formsRu
                                             : speaker.speaker.formsTr;
            list.append(m_token +
                        (i % 3 == 0   ? u"-en"_s
                         : i % 3 == 1 ? u"-ru"_s
                                      : u"-tr"_s) +
                        QString::number(i));
        }
        const QString arguments = speaker.speaker.id + u' ' + m_token + u' ' + QString::number(forms);
        say(line("begin", n, u"save-speaker"_s, arguments));
        check(m_store.saveSpeaker(speaker));
        say(line("ack", n, u"save-speaker"_s, arguments));
        if (!m_speakers.contains(speaker.speaker.id))
            m_speakers.append(speaker.speaker.id);
    }

    void addStance(int n)
    {
        const int evidence = int(m_random.bounded(5));
        StanceRecord s = stance(m_sources.at(pick(m_sources)), m_token, evidence, Origin::Manual);
        const QString arguments =
            QString::number(s.source) + u' ' + m_token + u' ' + QString::number(evidence);
        say(line("begin", n, u"add-stance"_s, arguments));
        check(m_store.addStance(s));
        say(line("ack", n, u"add-stance"_s, QString::number(s.id) + u' ' + arguments));
        m_stances.append(s);
    }

    void updateStance(int n)
    {
        StanceRecord &s = m_stances[pick(m_stances)];
        const int evidence = int(m_random.bounded(5));
        s.note = m_token;
        s.evidence.clear();
        for (int i = 0; i < evidence; ++i)
            s.evidence.append({i, i + 3});
        s.origin = Origin::Edited;
        const QString arguments = QString::number(s.id) + u' ' + m_token + u' ' + QString::number(evidence);
        say(line("begin", n, u"update-stance"_s, arguments));
        check(m_store.updateStance(s));
        say(line("ack", n, u"update-stance"_s, arguments));
    }

    void removeStance(int n)
    {
        const StanceRecord s = m_stances.takeAt(pick(m_stances));
        say(line("begin", n, u"remove-stance"_s, QString::number(s.id)));
        check(m_store.removeStance(s.id));
        say(line("ack", n, u"remove-stance"_s, QString::number(s.id)));
    }

    void replaceAutomatic(int n)
    {
        const SourceId source = m_sources.at(pick(m_sources));
        const int count = 1 + int(m_random.bounded(12));
        const int stances = int(m_random.bounded(3));
        AnalysisRecords records;
        for (int i = 0; i < count; ++i)
            records.annotations.append(
                annotation(source, m_token + u"#"_s + QString::number(i), Origin::Automatic));
        for (int i = 0; i < stances; ++i)
            records.stances.append(
                stance(source, m_token + u"#s"_s + QString::number(i), i + 1, Origin::Automatic));
        const QString arguments = u"%1 %2 %3 %4"_s.arg(QString::number(source), m_token,
                                                       QString::number(count), QString::number(stances));
        say(line("begin", n, u"replace-automatic"_s, arguments));
        check(m_store.replaceAutomatic(source, records));
        QList<qint64> annotationIds, stanceIds;
        for (const AnnotationRecord &a : std::as_const(records.annotations))
            annotationIds.append(a.id);
        for (const StanceRecord &s : std::as_const(records.stances))
            stanceIds.append(s.id);
        say(line("ack", n, u"replace-automatic"_s,
                 arguments + u" a:"_s + joined(annotationIds) + u" s:"_s + joined(stanceIds)));

        const auto replaced = [source](const auto &record) {
            return record.source == source && record.origin == Origin::Automatic;
        };
        m_annotations.removeIf(replaced);
        m_stances.removeIf(replaced);
        m_annotations.append(records.annotations);
        m_stances.append(records.stances);
    }

    ProjectStore &m_store;
    QRandomGenerator m_random;
    int m_run = 0;
    QString m_token;
    QList<SourceId> m_sources;
    QStringList m_speakers;
    QList<AnnotationRecord> m_annotations;
    QList<StanceRecord> m_stances;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4)
        fail(u"usage: project_edit_burst FILE SEED RUN [EDITS]"_s);
    const quint32 seed = arguments.at(2).toUInt();
    const int run = arguments.at(3).toInt();
    const int edits = arguments.size() > 4 ? arguments.at(4).toInt() : 1'000'000;

    auto opened = ProjectStore::open(arguments.at(1), ProjectStore::Mode::ReadWrite);
    if (auto *error = std::get_if<ProjectError>(&opened))
        fail(error->message);
    ProjectStore &store = *std::get<std::unique_ptr<ProjectStore>>(opened);
    auto loaded = store.load();
    if (auto *error = std::get_if<ProjectError>(&loaded))
        fail(error->message);

    Burst burst(store, std::get<ProjectContents>(loaded), seed, run);
    say(u"ready"_s);
    for (int n = 1; n <= edits; ++n)
        burst.edit(n);
    say(u"done"_s);
    return 0;
}
