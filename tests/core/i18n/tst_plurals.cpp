#include "core/document/TextStatistics.h"
#include "core/i18n/Localization.h"
#include "core/i18n/NumberFormat.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace claimscope::core;

namespace {

// CLDR plural categories for cardinals.
QString category(const QString &language, int n)
{
    if (language == u"ru") {
        if (n % 10 == 1 && n % 100 != 11)
            return QStringLiteral("one");
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14))
            return QStringLiteral("few");
        return QStringLiteral("many");
    }
    if (language == u"tr")
        return QStringLiteral("other"); // after a number Turkish keeps the singular noun
    return n == 1 ? QStringLiteral("one") : QStringLiteral("other");
}

QString withoutNumber(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[0-9\\s\u00A0]")));
    return text;
}

const int kCounts[] = {0, 1, 2, 5, 11, 21, 22, 25};

} // namespace

class TestPlurals final : public QObject {
    Q_OBJECT

private:
    Localization m_localization;

private slots:
    void formsFollowEachLanguagesRules_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("english: one and other") << QStringLiteral("en");
        QTest::newRow("russian: one, few and many") << QStringLiteral("ru");
        QTest::newRow("turkish: one form") << QStringLiteral("tr");
    }

    void formsFollowEachLanguagesRules()
    {
        QFETCH(QString, language);
        QVERIFY(m_localization.setLanguage(language));
        for (auto label : {&TextStatisticsLabels::characters, &TextStatisticsLabels::words}) {
            QHash<QString, QString> nounOfCategory;
            for (int n : kCounts) {
                const QString text = label(n);
                QVERIFY2(text.startsWith(QString::number(n) + u' ') ||
                             text.startsWith(QString::number(n) + QChar(0xA0)),
                         qPrintable(text));
                const QString noun = withoutNumber(text);
                QVERIFY2(!noun.isEmpty(), qPrintable(text));
                const QString cat = category(language, n);
                if (nounOfCategory.contains(cat))
                    QCOMPARE(noun, nounOfCategory.value(cat));
                nounOfCategory.insert(cat, noun);
            }
            const QStringList nouns = nounOfCategory.values();
            QCOMPARE(QSet<QString>(nouns.begin(), nouns.end()).size(), nounOfCategory.size());
        }
    }

    void exactForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QStringList english = {QStringLiteral("0 characters"),  QStringLiteral("1 character"),
                                     QStringLiteral("2 characters"),  QStringLiteral("5 characters"),
                                     QStringLiteral("11 characters"), QStringLiteral("21 characters"),
                                     QStringLiteral("22 characters"), QStringLiteral("25 characters")};
        const QStringList russian = {QStringLiteral("0 символов"),  QStringLiteral("1 символ"),
                                     QStringLiteral("2 символа"),   QStringLiteral("5 символов"),
                                     QStringLiteral("11 символов"), QStringLiteral("21 символ"),
                                     QStringLiteral("22 символа"),  QStringLiteral("25 символов")};
        const QStringList turkish = {QStringLiteral("0 karakter"),  QStringLiteral("1 karakter"),
                                     QStringLiteral("2 karakter"),  QStringLiteral("5 karakter"),
                                     QStringLiteral("11 karakter"), QStringLiteral("21 karakter"),
                                     QStringLiteral("22 karakter"), QStringLiteral("25 karakter")};
        for (int i = 0; i < 8; ++i) {
            const int n = kCounts[i];
            QTest::addRow("english %d", n) << QStringLiteral("en") << n << english.at(i);
            QTest::addRow("russian %d", n) << QStringLiteral("ru") << n << russian.at(i);
            QTest::addRow("turkish %d", n) << QStringLiteral("tr") << n << turkish.at(i);
        }
    }

    void exactForms()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QVERIFY(m_localization.setLanguage(language));
        QCOMPARE(TextStatisticsLabels::characters(count), expected);
    }

    void largeNumbersUseTheLanguagesLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("english billions") << QStringLiteral("en") << 43.5e9 << QStringLiteral("43.5 billion");
        QTest::newRow("russian billions") << QStringLiteral("ru") << 43.5e9 << QStringLiteral("43,5 млрд");
        QTest::newRow("turkish billions") << QStringLiteral("tr") << 43.5e9 << QStringLiteral("43,5 milyar");
        QTest::newRow("a whole number of billions drops the decimals")
            << QStringLiteral("en") << 43e9 << QStringLiteral("43 billion");
        QTest::newRow("russian millions") << QStringLiteral("ru") << 2.26e6 << QStringLiteral("2,3 млн");
        QTest::newRow("english grouping below a million")
            << QStringLiteral("en") << 1200.5 << QStringLiteral("1,200.5");
        QTest::newRow("russian grouping with a no-break space")
            << QStringLiteral("ru") << 1200.5 << QStringLiteral("1\u00A0200,5");
        QTest::newRow("turkish grouping with a dot")
            << QStringLiteral("tr") << 1200.5 << QStringLiteral("1.200,5");
    }

    void largeNumbersUseTheLanguagesLocale()
    {
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QVERIFY(m_localization.setLanguage(language));
        QCOMPARE(NumberFormat::scaled(value), expected);
    }
};

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
