// One window per user (issue 9): the local-socket hand-over in this process, then the real
// executable, where a second launch with a file hands it to the first window and exits.

#include "ui/SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

using claimscope::ui::SingleInstance;

namespace {

// Tests get names of their own, never the user's running window.
QString uniqueServerName()
{
    return u"claimscope-test-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// The client blocks on its socket, so it runs on a thread while this one serves.
bool handOverFromThread(const QString &serverName, const QStringList &files)
{
    bool acknowledged = false;
    std::unique_ptr<QThread> client(
        QThread::create([&] { acknowledged = SingleInstance::handOver(serverName, files, 3000); }));
    client->start();
    while (!client->wait(10))
        QCoreApplication::processEvents();
    return acknowledged;
}

// Reads `process`'s output until `line` appears; false after `timeoutMs`.
bool waitForLine(QProcess &process, QByteArray &seen, const QByteArray &line, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!seen.split('\n').contains(line)) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(100);
        seen += process.readAllStandardOutput();
    }
    return true;
}

} // namespace

class TestSingleInstance final : public QObject {
    Q_OBJECT

private slots:
    void serverReceivesAbsolutePaths_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("english article") << QStringList{u"/data/en-01 partner status.txt"_s};
        QTest::newRow("russian and turkish names") << QStringList{
            u"/данные/Партнёрство вместо членства.txt"_s, u"/veri/ortak ülke statüsü — İstanbul.md"_s};
        QTest::newRow("no files: the window only comes forward") << QStringList{};
    }

    void serverReceivesAbsolutePaths()
    {
        QFETCH(QStringList, files);
        SingleInstance server(uniqueServerName());
        QVERIFY(server.listen());
        QSignalSpy received(&server, &SingleInstance::filesReceived);
        QVERIFY(handOverFromThread(server.serverName(), files));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), files);
    }

    void relativePathsAreMadeAbsoluteBySender()
    {
        SingleInstance server(uniqueServerName());
        QVERIFY(server.listen());
        QSignalSpy received(&server, &SingleInstance::filesReceived);
        QVERIFY(handOverFromThread(server.serverName(), {u"статья.txt"_s}));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(),
                 QStringList{QDir::current().absoluteFilePath(u"статья.txt"_s)});
    }

    void nobodyListeningMeansNoHandOver()
    {
        QVERIFY(!SingleInstance::handOver(uniqueServerName(), {u"/tmp/a.txt"_s}, 500));
    }

    void liveServerIsNotTakenOver()
    {
        SingleInstance first(uniqueServerName());
        QVERIFY(first.listen());
        SingleInstance second(first.serverName());
        QVERIFY(!second.listen());
        QVERIFY(first.isListening());
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        QVERIFY(handOverFromThread(first.serverName(), {u"/tmp/b.txt"_s}));
        QTRY_COMPARE(received.count(), 1);
    }

    void staleSocketFileIsReplaced()
    {
        // What a crashed window leaves: the socket's path exists, nobody accepts on it.
        const QString name = uniqueServerName();
        QFile leftover(QDir::temp().filePath(name));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        SingleInstance server(name);
        QVERIFY(server.listen());
        QSignalSpy received(&server, &SingleInstance::filesReceived);
        QVERIFY(handOverFromThread(name, {u"/tmp/c.txt"_s}));
        QTRY_COMPARE(received.count(), 1);
    }

    void defaultNameIsPerUser()
    {
        const QString name = SingleInstance::defaultServerName();
        QVERIFY(name.startsWith(u"io.github.claimscope.Claimscope-"_s));
        QCOMPARE(name, SingleInstance::defaultServerName());
    }

    // The desktop's `claimscope %F` twice: the second launch ends at once, the first imports.
    void secondLaunchHandsItsFileToTheFirst()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(u"runtime"_s));
        QFile::setPermissions(home.filePath(u"runtime"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString article = home.filePath(u"Партнёрство — ortak ülke.txt"_s);
        // The sample's Russian article with a line of its own: an exact copy would be skipped as a
        // source already in the project.
        QFile sample(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/ru-01-partnerstvo-vmesto-chlenstva.txt"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QFile copy(article);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        QByteArray text = sample.readAll();
        text += "\nДобавлено для проверки одного окна.\n"_ba;
        copy.write(text);
        copy.close();

        // The same isolated HOME for both: it is part of the instance's name.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));

        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::SeparateChannels);
        // Whatever happens below, no window is left running.
        const auto stopFirst = qScopeGuard([&first] {
            if (first.state() != QProcess::NotRunning) {
                first.kill();
                first.waitForFinished(3000);
            }
        });
        first.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), {u"--report-handoffs"_s});
        QByteArray seen;
        QVERIFY2(waitForLine(first, seen, "listening", 10000), first.readAllStandardError().constData());

        QProcess second;
        second.setProcessEnvironment(env);
        second.setWorkingDirectory(home.path()); // a relative path, as a shell would pass it
        second.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), {QFileInfo(article).fileName()});
        if (!second.waitForFinished(5000)) {
            second.kill();
            second.waitForFinished(1000);
            QFAIL("the second launch did not end");
        }
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(waitForLine(first, seen, "received 1 file(s)", 5000), seen.constData());
        QVERIFY2(waitForLine(first, seen, "imported 1 source(s)", 10000), seen.constData());

        // Without files it only brings the first window forward.
        QProcess third;
        third.setProcessEnvironment(env);
        third.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), QStringList{});
        QVERIFY(third.waitForFinished(5000));
        QCOMPARE(third.exitCode(), 0);
        QVERIFY2(waitForLine(first, seen, "received 0 file(s)", 5000), seen.constData());
        QVERIFY(first.state() == QProcess::Running);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
