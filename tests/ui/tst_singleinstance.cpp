// One window per user (issue 9): the local-socket hand-over in this process, then the real
// executable, where a second launch with a file hands it to the first window and exits.

#include "core/i18n/Localization.h"
#include "ui/DesktopFilesPrompt.h"
#include "ui/SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
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

std::optional<QJsonObject> queryStatusFromThread(const QString &serverName)
{
    std::optional<QJsonObject> status;
    std::unique_ptr<QThread> client(
        QThread::create([&] { status = SingleInstance::queryStatus(serverName, 3000); }));
    client->start();
    while (!client->wait(10))
        QCoreApplication::processEvents();
    return status;
}

// An environment of its own for a real launch: the HOME is part of the instance's name, so
// windows started with it meet only each other.
QProcessEnvironment isolatedEnvironment(const QDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
    return env;
}

// `claimscope --window-status` run as a user would, parsed; empty when no window answered.
QJsonObject windowStatus(const QProcessEnvironment &env)
{
    QProcess query;
    query.setProcessEnvironment(env);
    query.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), {u"--window-status"_s});
    if (!query.waitForFinished(10000) || query.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(query.readAllStandardOutput()).object();
}

// Polls the window's status until `ready` holds; the last status seen either way.
template<typename Ready> QJsonObject waitForStatus(const QProcessEnvironment &env, Ready ready, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QJsonObject status = windowStatus(env);
    while (!ready(status) && !deadline.hasExpired()) {
        QThread::msleep(100);
        status = windowStatus(env);
    }
    return status;
}

// Kills a launched window whatever happens in the test.
struct WindowGuard {
    QProcess &process;
    ~WindowGuard()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(3000);
        }
    }
};

// Writes the sample's Russian article with a line of its own (an exact copy would be skipped as a
// source already in the project) to `path`.
bool writeArticle(const QString &path)
{
    QFile sample(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/ru-01-partnerstvo-vmesto-chlenstva.txt"));
    QFile copy(path);
    if (!sample.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = sample.readAll();
    text += "\nДобавлено для проверки одного окна.\n"_ba;
    return copy.write(text) == text.size();
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

// How many sources the sample project starts with: those its manifest lists.
int sampleSourceCount()
{
    QFile manifest(QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/manifest.json"));
    if (!manifest.open(QIODevice::ReadOnly))
        return -1;
    return int(QJsonDocument::fromJson(manifest.readAll()).object().value(u"sources"_s).toArray().size());
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
        QVERIFY(writeArticle(article));
        const QProcessEnvironment env = isolatedEnvironment(QDir(home.path()));

        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::SeparateChannels);
        const WindowGuard stopFirst{first}; // whatever happens below, no window is left running
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

        // The window says what it shows: the sample project with the handed-over article added.
        const QJsonObject status = windowStatus(env);
        QVERIFY2(status.value(u"project"_s).toString().endsWith(u"/Sample.claimscope"_s),
                 QJsonDocument(status).toJson().constData());
        QCOMPARE(status.value(u"sources"_s).toArray().size(), sampleSourceCount() + 1);
        QVERIFY(status.value(u"asking"_s).toArray().isEmpty());
        QCOMPARE(status.value(u"importing"_s).toBool(), false);
    }

    void statusQueryIsAnsweredByTheProvider()
    {
        SingleInstance server(uniqueServerName());
        QVERIFY(server.listen());
        // Without a provider: an empty answer, not silence.
        std::optional<QJsonObject> status = queryStatusFromThread(server.serverName());
        QVERIFY(status);
        QVERIFY(status->isEmpty());

        const QJsonObject shown{{u"project"_s, u"/исследования/BRICS — Kasım.claimscope"_s},
                                {u"sources"_s, QJsonArray{u"Партнёрство вместо членства"_s}}};
        server.setStatusProvider([shown] { return shown; });
        QSignalSpy received(&server, &SingleInstance::filesReceived);
        status = queryStatusFromThread(server.serverName());
        QVERIFY(status);
        QCOMPARE(*status, shown);
        QCOMPARE(received.count(), 0); // a question hands over no files
    }

    void statusQueryWithNobodyListeningIsEmpty()
    {
        QVERIFY(!SingleInstance::queryStatus(uniqueServerName(), 500));
        // The command line says so and fails, without a display.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess query;
        QProcessEnvironment env = isolatedEnvironment(QDir(home.path()));
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        query.setProcessEnvironment(env);
        query.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), {u"--window-status"_s});
        QVERIFY(query.waitForFinished(10000));
        QCOMPARE(query.exitCode(), 1);
        QVERIFY(query.readAllStandardError().contains("no Claimscope window is running"));
    }

    // "Open With" on an article with no window running: the window opens on the last project and
    // asks before importing, exactly as a running window would.
    void firstLaunchWithAnArticleAsksBeforeImporting()
    {
        QTemporaryDir homeDir;
        QVERIFY(homeDir.isValid());
        const QDir home(homeDir.path());
        QVERIFY(home.mkpath(u"runtime"_s));
        QFile::setPermissions(home.filePath(u"runtime"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString article = home.filePath(u"Ortak ülke — Партнёрство.txt"_s);
        QVERIFY(writeArticle(article));
        const QProcessEnvironment env = isolatedEnvironment(home);

        QProcess window;
        window.setProcessEnvironment(env);
        const WindowGuard stop{window};
        window.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), {article});
        const QJsonObject status = waitForStatus(
            env, [](const QJsonObject &s) { return !s.value(u"asking"_s).toArray().isEmpty(); }, 15000);
        QCOMPARE(status.value(u"asking"_s).toArray(), QJsonArray{article});
        QVERIFY2(status.value(u"project"_s).toString().endsWith(u"/Sample.claimscope"_s),
                 QJsonDocument(status).toJson().constData());
        // Nothing imported while the question is open.
        QCOMPARE(status.value(u"sources"_s).toArray().size(), sampleSourceCount());
    }

    // The question in each language, for the closing note and the translators.
    void promptScreenshots()
    {
        claimscope::core::Localization localization;
        const QStringList files{u"/home/ayse/Makaleler/Kasım 2024 — BRICS.txt"_s,
                                u"/home/anna/Статьи/Партнёрство вместо членства.html"_s};
        for (const QString &language : {u"en"_s, u"ru"_s, u"tr"_s}) {
            localization.setLanguage(language);
            claimscope::ui::DesktopFilesPrompt prompt(files, u"BRICS 2024"_s, nullptr);
            prompt.show();
            QVERIFY(QTest::qWaitForWindowExposed(&prompt));
            QVERIFY(!prompt.text().isEmpty());
            if (language != u"en")
                QVERIFY2(!prompt.text().startsWith(u"Import"_s), qPrintable(prompt.text()));
            const QString path =
                QStringLiteral(CLAIMSCOPE_TEST_OUTPUT_DIR "/screenshots/desktop-prompt-%1.png").arg(language);
            QVERIFY2(prompt.grab().save(path), qPrintable(path));
        }
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
