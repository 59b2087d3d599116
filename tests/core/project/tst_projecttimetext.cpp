#include "core/project/ProjectTimeText.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace claimscope::core;
using namespace Qt::StringLiterals;

namespace {

QString qtText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime qtTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// Same instant, same kind of time, same text: what a caller could tell apart.
void compareTimes(const QDateTime &ours, const QDateTime &qts, const QString &text)
{
    QVERIFY2(ours.isValid() == qts.isValid(), qPrintable(text));
    if (!qts.isValid())
        return;
    QVERIFY2(ours == qts, qPrintable(text));
    QCOMPARE(ours.timeSpec(), qts.timeSpec());
    QCOMPARE(ours.offsetFromUtc(), qts.offsetFromUtc());
    QCOMPARE(ours.toString(Qt::ISODateWithMs), qts.toString(Qt::ISODateWithMs));
}

} // namespace

// The project file's times are written and read by hand (ProjectTimeText.cpp); the results must be
// Qt's, which wrote and read them before, for every time and every text.
class TestProjectTimeText final : public QObject {
    Q_OBJECT

private slots:
    void textIsQtsForEveryTime();
    void timeIsQtsForEveryText_data();
    void timeIsQtsForEveryText();
    void randomTimesRoundTrip();
};

void TestProjectTimeText::textIsQtsForEveryTime()
{
    const QList<QDateTime> times = {
        QDateTime(),
        QDateTime(QDate(2024, 10, 3), QTime(9, 15), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(-1, 12, 31), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(-4713, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1600, 2, 29), QTime(1, 2, 3, 4), Qt::UTC),
        QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2024, 10, 3), QTime(9, 15), Qt::LocalTime),
        QDateTime(QDate(2024, 10, 3), QTime(1, 15), Qt::OffsetFromUTC, 5 * 3600),
        QDateTime(QDate(2024, 3, 31), QTime(2, 30), QTimeZone("Europe/Berlin")),
        QDateTime(QDate(9999, 12, 31), QTime(23, 0), Qt::OffsetFromUTC, -3600),
        QDateTime(QDate(1, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600),
    };
    for (const QDateTime &time : times)
        QCOMPARE(tables::timeText(time), qtText(time));
}

void TestProjectTimeText::timeIsQtsForEveryText_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : {
             u""_s,
             u"2024-10-03T09:15:00.000Z"_s,
             u"2024-02-29T23:59:59.999Z"_s,
             u"2023-02-29T10:00:00.000Z"_s, // no such day
             u"2024-13-01T10:00:00.000Z"_s,
             u"2024-00-10T10:00:00.000Z"_s,
             u"2024-01-00T10:00:00.000Z"_s,
             u"0000-01-01T00:00:00.000Z"_s,
             u"0001-01-01T00:00:00.000Z"_s,
             u"9999-12-31T23:59:59.999Z"_s,
             u"2024-10-03T24:00:00.000Z"_s, // the end of the day, as Qt reads it
             u"2024-10-03T23:60:00.000Z"_s,
             u"2024-10-03T23:59:60.000Z"_s, // a leap second
             u"2024-10-03T09:15:00.000+02:00"_s,
             u"2024-10-03T09:15:00.000"_s,
             u"2024-10-03T09:15:00Z"_s,
             u"2024-10-03T09:15Z"_s,
             u"2024-10-03 09:15:00.000Z"_s,
             u"2024-10-03T09:15:00,000Z"_s,
             u"2024-10-03T09:15:00.5Z"_s,
             u"2024-10-03T09:15:00.000z"_s,
             u"2024-1O-03T09:15:00.000Z"_s,
             u"+024-10-03T09:15:00.000Z"_s,
             u"-024-10-03T09:15:00.000Z"_s,
             u" 024-10-03T09:15:00.000Z"_s,
             u"2024-10-03T09:15:00.00-Z"_s,
             u"2024-10-03T-9:15:00.000Z"_s,
             u"２０２４-10-03T09:15:00.000Z"_s, // full-width digits
             u"garbage"_s,
             u"2024-10-03T09:15:00.000ZZ"_s,
         })
        QTest::newRow(qPrintable(text.isEmpty() ? u"(empty)"_s : text)) << text;
}

void TestProjectTimeText::timeIsQtsForEveryText()
{
    QFETCH(QString, text);
    compareTimes(tables::timeFromText(text), qtTime(text), text);
}

void TestProjectTimeText::randomTimesRoundTrip()
{
    QRandomGenerator random(20241003);
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = first + qint64(random.bounded(double(last - first)));
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString text = tables::timeText(time);
        QCOMPARE(text, qtText(time));
        compareTimes(tables::timeFromText(text), qtTime(text), text);
    }
}

QTEST_GUILESS_MAIN(TestProjectTimeText)
#include "tst_projecttimetext.moc"
