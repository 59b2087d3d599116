#include "core/document/LanguageGuess.h"
#include "core/document/TextSearch.h"
#include "core/document/TextStatistics.h"

#include <QTest>

using namespace claimscope::core;

class TestTextAnalysis final : public QObject {
    Q_OBJECT

private slots:
    void guessesLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("english news sentence")
            << QStringLiteral("The president said that Kazakhstan was not planning to join the bloc for now.")
            << QStringLiteral("en");
        QTest::newRow("russian news sentence")
            << QStringLiteral("Токаев заявил, что Казахстан пока не планирует вступать в объединение.")
            << QStringLiteral("ru");
        QTest::newRow("turkish news sentence with turkish letters")
            << QStringLiteral("Tokayev, Kazakistan'ın şimdilik birliğe katılmayı düşünmediğini söyledi.")
            << QStringLiteral("tr");
        QTest::newRow("turkish news sentence without special letters")
            << QStringLiteral("Bu karar ve daha sonra gelen tepkiler, bir denge arayışı olarak okundu.")
            << QStringLiteral("tr");
        QTest::newRow("kazakh sentence")
            << QStringLiteral("Қазақстан БРИКС-ке мүше болуға өтініш бермейді деп мәлімдеді.")
            << QStringLiteral("kk");
        QTest::newRow("capitals are the same words")
            << QStringLiteral("THE PRESIDENT SAID THAT THE BLOC WAS NOT IN THE PLAN FOR NOW.")
            << QStringLiteral("en");
        // QString::toLower() lowers İ (U+0130) to i and a combining dot, so "İÇİN" is not "için": the
        // three of them do not outweigh two English words (a lowering that made it a plain i would).
        QTest::newRow("a dotted capital I does not lower to a plain i")
            << QStringLiteral("The İÇİN İÇİN İÇİN, he said.") << QStringLiteral("en");
        QTest::newRow("too short to tell") << QStringLiteral("BRICS 2024") << QString();
        QTest::newRow("numbers only")
            << QStringLiteral("43 000 000 000 80 13 2023 2024 50 50 50 50 50 50 50") << QString();
    }

    void guessesLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(guessLanguage(text), expected);
    }

    void normalisesLanguageCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("region suffix") << QStringLiteral("ru-RU") << QStringLiteral("ru");
        QTest::newRow("underscore and capitals") << QStringLiteral("TR_tr") << QStringLiteral("tr");
        QTest::newRow("plain") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("a language we do not read") << QStringLiteral("de") << QString();
        QTest::newRow("a longer code that only starts alike") << QStringLiteral("english") << QString();
    }

    void normalisesLanguageCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(normaliseLanguageCode(code), expected);
    }

    void measuresText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("characters");
        QTest::addColumn<qsizetype>("words");
        QTest::newRow("english with punctuation")
            << QStringLiteral("“We will not,” he said.") << qsizetype(23) << qsizetype(5);
        QTest::newRow("russian with a dash")
            << QStringLiteral("«Нет», — заявил Песков.") << qsizetype(23) << qsizetype(3);
        QTest::newRow("turkish apostrophe suffix is one word")
            << QStringLiteral("Tokayev'in sözcüsü") << qsizetype(18) << qsizetype(2);
        QTest::newRow("figures are words")
            << QStringLiteral("$43 billion, 80%") << qsizetype(16) << qsizetype(3);
        QTest::newRow("a character outside the basic plane counts once")
            << QStringLiteral("ok \U0001F600") << qsizetype(4) << qsizetype(1);
        QTest::newRow("empty") << QString() << qsizetype(0) << qsizetype(0);
    }

    void measuresText()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, characters);
        QFETCH(qsizetype, words);
        const TextStatistics stats = measureText(text);
        QCOMPARE(stats.characters, characters);
        QCOMPARE(stats.words, words);
    }

    void findsAllMatches()
    {
        const QString text = QStringLiteral("BRICS, brics and Brics; BRICSBRICS");
        QCOMPARE(findAll(text, QStringLiteral("BRICS"), Qt::CaseSensitive), (QList<qsizetype>{0, 24, 29}));
        QCOMPARE(findAll(text, QStringLiteral("brics"), Qt::CaseInsensitive),
                 (QList<qsizetype>{0, 7, 17, 24, 29}));
        QCOMPARE(findAll(text, QStringLiteral("brics"), Qt::CaseInsensitive, 2), (QList<qsizetype>{0, 7}));
        QVERIFY(findAll(text, QString(), Qt::CaseInsensitive).isEmpty());
        QCOMPARE(findAll(QStringLiteral("aaaa"), QStringLiteral("aa"), Qt::CaseSensitive),
                 (QList<qsizetype>{0, 2}));
    }
};

QTEST_GUILESS_MAIN(TestTextAnalysis)
#include "tst_textanalysis.moc"
