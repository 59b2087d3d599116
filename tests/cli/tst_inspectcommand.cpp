#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// Runs the real executable, as a user's shell would.
class TestInspectCommand final : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QStringList &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : environment)
            env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CLAIMSCOPE_EXECUTABLE), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;

private slots:
    void reportsWhatWasRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("ru.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("Песков заявил, что решение Казахстана — его суверенное право.\n").toUtf8());
        file.close();
        const Run result = run({QStringLiteral("inspect"), QStringLiteral("--text"), path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("encoding: UTF-8")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("language: Russian")));
        QVERIFY(result.out.contains(QStringLiteral("суверенное право")));
        QVERIFY(result.err.isEmpty());
    }

    void badFilesGoToStderrWithANonZeroExit()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.txt"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Kazakhstan declined to apply.\n");
        file.close();
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        const Run result = run({QStringLiteral("inspect"), good, missing, m_dir.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(good));
        QVERIFY2(result.err.contains(missing + QStringLiteral("”: the file does not exist")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("this is a folder")));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(run({QStringLiteral("inspect")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("inspect"), QStringLiteral("--no-such-option")}).exitCode, 2);
    }

    void messagesFollowTheLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expectedReason");
        const QString missing = QStringLiteral("/nonexistent/file.txt");
        QTest::newRow("LANG=ru_RU.UTF-8 gives russian")
            << QStringList{QStringLiteral("inspect"), missing}
            << QStringList{QStringLiteral("LANG=ru_RU.UTF-8"), QStringLiteral("LC_ALL="),
                           QStringLiteral("LANGUAGE=")}
            << QStringLiteral("файл не существует");
        QTest::newRow("LC_MESSAGES=tr_TR.UTF-8 gives turkish")
            << QStringList{QStringLiteral("inspect"), missing}
            << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL="),
                           QStringLiteral("LANGUAGE="), QStringLiteral("LC_MESSAGES=tr_TR.UTF-8")}
            << QStringLiteral("dosya mevcut değil");
        QTest::newRow("--language overrides the environment")
            << QStringList{QStringLiteral("--language"), QStringLiteral("tr"), QStringLiteral("inspect"),
                           missing}
            << QStringList{QStringLiteral("LANG=ru_RU.UTF-8"), QStringLiteral("LC_ALL="),
                           QStringLiteral("LANGUAGE=")}
            << QStringLiteral("dosya mevcut değil");
        QTest::newRow("an unknown language falls back to english")
            << QStringList{QStringLiteral("--language=de"), QStringLiteral("inspect"), missing}
            << QStringList{} << QStringLiteral("the file does not exist");
    }

    void messagesFollowTheLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(QString, expectedReason);
        const Run result = run(arguments, environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(expectedReason), qPrintable(result.err));
    }

    void helpFollowsTheLanguage()
    {
        const Run result =
            run({QStringLiteral("--help")}, {QStringLiteral("LANG=ru_RU.UTF-8"), QStringLiteral("LC_ALL=")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("inspect")), qPrintable(result.out));
        // Both our text and Qt's own ("Options:") are Russian.
        QVERIFY2(result.out.contains(QStringLiteral("Параметры")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Claimscope")), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("Files to open")), qPrintable(result.out));
    }

    void analyzePrintsTheDocumentedJson()
    {
        const QString file = QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/en-01-partner-status.txt");
        const Run result = run({QStringLiteral("analyze"), file});
        QCOMPARE(result.exitCode, 0);
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8());
        QVERIFY2(json.isObject(), qPrintable(result.out.left(500)));
        const QJsonArray documents = json.object().value(QStringLiteral("documents")).toArray();
        QCOMPARE(documents.size(), 1);
        const QJsonObject document = documents.first().toObject();
        QCOMPARE(document.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        for (const char *key : {"file", "speakers", "quotes", "claims", "figures", "stances"})
            QVERIFY2(document.contains(QLatin1StringView(key)), key);
        const QJsonArray quotes = document.value(QStringLiteral("quotes")).toArray();
        QVERIFY(!quotes.isEmpty());
        // Offsets point at the quoted words in the decoded text.
        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(source.readAll());
        for (const QJsonValue &value : quotes) {
            const QJsonObject quote = value.toObject();
            const qsizetype start = quote.value(QStringLiteral("start")).toInteger();
            const qsizetype end = quote.value(QStringLiteral("end")).toInteger();
            QCOMPARE(text.sliced(start, end - start), quote.value(QStringLiteral("text")).toString());
        }
    }

    void analyzeRefusesBadInputAndBadOptions()
    {
        QCOMPARE(run({QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("none.txt"))}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("xml"),
                      QStringLiteral(CLAIMSCOPE_SAMPLE_DIR "/en-01-partner-status.txt")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("analyze")}).exitCode, 2);
    }

    void evalPrintsAScoreTable()
    {
        const Run result =
            run({QStringLiteral("eval"), QStringLiteral("--gold"), QStringLiteral(CLAIMSCOPE_SAMPLE_DIR)});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("overall")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("en-01-partner-status")));
        QCOMPARE(run({QStringLiteral("eval")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("eval"), QStringLiteral("--gold"), m_dir.path()}).exitCode, 1);
    }

    void helpListsTheCommands()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("inspect")));
    }
};

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspectcommand.moc"
