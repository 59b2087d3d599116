#include "core/highlight/HelperReplies.h"
#include "core/highlight/HighlighterClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <limits>

using namespace claimscope::core;

namespace {

const QString kFixtureDir = QStringLiteral(CLAIMSCOPE_TEST_DATA_DIR "/highlight/fixture");
const QString kFakeHelpers = QStringLiteral(CLAIMSCOPE_TEST_DATA_DIR "/highlight/fake-helpers/");
const QString kDefinition = QStringLiteral("Quotes Fixture");

// The spans of one format, as the text they cover.
QStringList textsOf(const HighlightResult &result, const QString &text, const QString &format)
{
    QStringList texts;
    for (const HighlightSpan &span : result.spans) {
        if (result.formats.at(span.format).name == format)
            texts.append(text.sliced(span.offset, span.length));
    }
    return texts;
}

QString bigText(qsizetype characters)
{
    const QString paragraph =
        QStringLiteral("Uali said that Kazakhstan had “no plans to apply” in 2024, citing 13 partners.\n");
    QString text;
    text.reserve(characters + paragraph.size());
    while (text.size() < characters)
        text += paragraph;
    return text;
}

// The error of an outcome, or an empty string (QVERIFY2 evaluates its message even on success).
template<typename T> QString errorOf(const std::variant<T, QString> &outcome)
{
    const auto *error = std::get_if<QString>(&outcome);
    return error ? *error : QString();
}

} // namespace

// The client against the real helper, and against fake helpers that misbehave on purpose.
class TestHighlighterClient final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("CLAIMSCOPE_HIGHLIGHTER_TEST_HOOKS", "1");
        QVERIFY2(QFileInfo(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE)).isExecutable(),
                 CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE);
    }

    void highlightsWithTheRealHelper()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
        client.setSearchPaths({kFixtureDir});
        const QString text =
            QStringLiteral("He said “we will not\napply” and left; 43 times.\n\n“Unclosed\n\nAfter 7");
        auto outcome = client.highlight(kDefinition, QString(), text);
        QVERIFY2(std::holds_alternative<HighlightResult>(outcome), qPrintable(errorOf(outcome)));
        const HighlightResult &result = std::get<HighlightResult>(outcome);
        // A quote runs over a single line break (spans stop at line ends); an unclosed one stops at the
        // blank line.
        QCOMPARE(textsOf(result, text, QStringLiteral("Quote")),
                 (QStringList{QStringLiteral("we will not"), QStringLiteral("apply"),
                              QStringLiteral("Unclosed")}));
        QCOMPARE(textsOf(result, text, QStringLiteral("Figure")),
                 (QStringList{QStringLiteral("43"), QStringLiteral("7")}));
        QCOMPARE(textsOf(result, text, QStringLiteral("QuoteMark")),
                 (QStringList{QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("“")}));
        for (const HighlightFormat &format : result.formats)
            QVERIFY2(format.color.isValid(), qPrintable(format.name));
        QCOMPARE(client.startCount(), 1);
    }

    // The request writer escapes by hand for speed: every character JSON treats specially must
    // arrive as it was, or the offsets of everything after it would be off.
    void textWithJsonSpecialsArrivesIntact()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
        client.setSearchPaths({kFixtureDir});
        const QString text = QStringLiteral("a\"b\\c\td\u0001e\u001f\r \U0001F600 Ж “q\\\"” 55 \u2028 7");
        auto outcome = client.highlight(kDefinition, QString(), text);
        QVERIFY2(std::holds_alternative<HighlightResult>(outcome), qPrintable(errorOf(outcome)));
        const HighlightResult &result = std::get<HighlightResult>(outcome);
        QCOMPARE(textsOf(result, text, QStringLiteral("Quote")), QStringList{QStringLiteral("q\\\"")});
        QCOMPARE(textsOf(result, text, QStringLiteral("Figure")),
                 (QStringList{QStringLiteral("55"), QStringLiteral("7")}));
    }

    void listsTheEnginesThemes()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
        auto outcome = client.themes();
        QVERIFY2(std::holds_alternative<QList<ThemeInfo>>(outcome), qPrintable(errorOf(outcome)));
        const QList<ThemeInfo> themes = std::get<QList<ThemeInfo>>(outcome);
        QVERIFY(std::any_of(themes.begin(), themes.end(), [](const ThemeInfo &t) { return t.dark; }));
        QVERIFY(std::any_of(themes.begin(), themes.end(), [](const ThemeInfo &t) { return !t.dark; }));
    }

    void recoversWhenTheHelperIsKilledMidRequest()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
        client.setSearchPaths({kFixtureDir});
        QSignalSpy done(&client, &HighlighterClient::highlighted);
        QSignalSpy failed(&client, &HighlighterClient::failed);
        const QString text = bigText(8 * 1000 * 1000);
        const quint64 id = client.highlightAsync(kDefinition, QString(), text);
        QVERIFY(client.helperProcessId() > 0);
        ::kill(static_cast<pid_t>(client.helperProcessId()), SIGKILL);
        QVERIFY(done.wait(60000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(done.first().at(0).toULongLong(), id);
        const auto result = done.first().at(1).value<HighlightResult>();
        // Two numbers in every paragraph: the whole text was highlighted, not a part of it.
        QCOMPARE(textsOf(result, text, QStringLiteral("Figure")).size(), 2 * text.count(u'\n'));
        QCOMPARE(client.startCount(), 2);
        // And the next request simply works.
        QVERIFY(std::holds_alternative<HighlightResult>(
            client.highlight(kDefinition, QString(), QStringLiteral("“ok”"))));
    }

    void aHelperThatNeverAnswersTimesOutWhileTheEventLoopRuns()
    {
        HighlighterClient client;
        client.setHelperPath(kFakeHelpers + QStringLiteral("silent.sh"));
        QSignalSpy failed(&client, &HighlighterClient::failed);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QElapsedTimer clock;
        clock.start();
        client.highlightAsync(kDefinition, QString(), QStringLiteral("short text"));
        QVERIFY(failed.wait(HighlighterClient::timeoutFor(10) + 5000));
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("did not answer")),
                 qPrintable(failed.first().at(1).toString()));
        QVERIFY(clock.elapsed() >= HighlighterClient::timeoutFor(10));
        // The event loop kept running the whole time: the window would have stayed responsive.
        QVERIFY2(ticks > clock.elapsed() / 10 / 3, qPrintable(QString::number(ticks)));
    }

    void aStuckRealHelperIsRestarted()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
        client.setSearchPaths({kFixtureDir});
        QElapsedTimer clock;
        clock.start();
        const HighlighterClient::Reply reply =
            client.call({{QStringLiteral("method"), QStringLiteral("hang")}}, 500);
        QVERIFY(!reply.ok());
        QVERIFY(clock.elapsed() < 3000);
        QVERIFY(std::holds_alternative<HighlightResult>(
            client.highlight(kDefinition, QString(), QStringLiteral("“ok”"))));
        QCOMPARE(client.startCount(), 2);
    }

    void aCrashingRequestIsRetriedOnceThenReported()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
        const HighlighterClient::Reply reply =
            client.call({{QStringLiteral("method"), QStringLiteral("crash")}}, 5000);
        QVERIFY(!reply.ok());
        QVERIFY2(reply.error.contains(QStringLiteral("crashed")) ||
                     reply.error.contains(QStringLiteral("stopped")),
                 qPrintable(reply.error));
        QCOMPARE(client.startCount(), 2); // the first try and the one retry
        QVERIFY(client.call({{QStringLiteral("method"), QStringLiteral("ping")}}, 5000).ok());
    }

    void garbageOnStdoutIsRejectedAndTheHelperRestarted()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
        const HighlighterClient::Reply reply =
            client.call({{QStringLiteral("method"), QStringLiteral("garbage")}}, 5000);
        QVERIFY(!reply.ok());
        QVERIFY2(reply.error.contains(QStringLiteral("not a reply")), qPrintable(reply.error));
        QVERIFY(client.call({{QStringLiteral("method"), QStringLiteral("ping")}}, 5000).ok());

        HighlighterClient fake;
        fake.setHelperPath(kFakeHelpers + QStringLiteral("garbage.sh"));
        auto outcome = fake.highlight(kDefinition, QString(), QStringLiteral("text"));
        QVERIFY(std::holds_alternative<QString>(outcome));
        QVERIFY2(errorOf(outcome).contains(QStringLiteral("not a reply")), qPrintable(errorOf(outcome)));
    }

    void aMissingHelperIsReportedClearly()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral("/nonexistent/claimscope-highlighter"));
        auto outcome = client.highlight(kDefinition, QString(), QStringLiteral("text"));
        QVERIFY(std::holds_alternative<QString>(outcome));
        QVERIFY2(errorOf(outcome).contains(QStringLiteral("/nonexistent/claimscope-highlighter")),
                 qPrintable(errorOf(outcome)));
        QSignalSpy failed(&client, &HighlighterClient::failed);
        client.highlightAsync(kDefinition, QString(), QStringLiteral("text"));
        QVERIFY(failed.wait(2000));
    }

    void aHelperOfAnotherProtocolIsRefused()
    {
        HighlighterClient client;
        client.setHelperPath(kFakeHelpers + QStringLiteral("other-protocol.sh"));
        auto outcome = client.highlight(kDefinition, QString(), QStringLiteral("text"));
        QVERIFY(std::holds_alternative<QString>(outcome));
        QVERIFY2(errorOf(outcome).contains(QStringLiteral("protocol")), qPrintable(errorOf(outcome)));
    }

    void unknownDefinitionIsAnErrorReplyNotAFault()
    {
        HighlighterClient client;
        client.setHelperPath(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_EXECUTABLE));
        auto outcome =
            client.highlight(QStringLiteral("No Such Definition"), QString(), QStringLiteral("text"));
        QVERIFY(std::holds_alternative<QString>(outcome));
        QCOMPARE(client.startCount(), 1);
    }

    void invalidSpansAreRejected_data()
    {
        QTest::addColumn<QJsonArray>("spans");
        QTest::newRow("a span past the end of the text") << QJsonArray{0, 11, 0};
        QTest::newRow("overlapping spans") << QJsonArray{0, 5, 0, 3, 2, 0};
        QTest::newRow("a format index out of the table") << QJsonArray{0, 2, 5};
        QTest::newRow("an empty span") << QJsonArray{0, 0, 0};
        QTest::newRow("an incomplete triple") << QJsonArray{0, 2};
        // offset + length would overflow qint64 (UBSan's finding, before the check was rewritten).
        QTest::newRow("a span whose end overflows")
            << QJsonArray{2, QJsonValue(std::numeric_limits<qint64>::max() - 1), 0};
    }

    void invalidSpansAreRejected()
    {
        QFETCH(QJsonArray, spans);
        const QJsonObject reply{
            {QStringLiteral("spans"), spans},
            {QStringLiteral("formats"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Quote")},
                                    {QStringLiteral("color"), QStringLiteral("#ff0000")}}}}};
        QVERIFY(std::holds_alternative<QString>(parseHighlightReply(reply, 10)));
    }
};

QTEST_GUILESS_MAIN(TestHighlighterClient)
#include "tst_highlighterclient.moc"
