#include "core/project/ProjectTimeText.h"

// Qt's general ISO formatter and parser cost microseconds a call (time zones, many accepted
// forms). The file's own form is fixed, so it is written and read here by hand, and anything else
// (years beyond 1–9999, a text in another ISO form, a field out of range) is left to Qt, which
// keeps the results those of Qt in every case.

namespace claimscope::core::tables {

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;
// "yyyy-MM-ddTHH:mm:ss.zzzZ"
constexpr qsizetype kTextLength = 24;

struct CivilDate {
    qint64 year;
    int month;
    int day;
};

// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // March is 0
    const int day = static_cast<int>(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = static_cast<int>(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

void putDigits(char16_t *at, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        at[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// The number of `count` digits at `at`, or -1 if one of them is not a digit.
int digits(const QChar *at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = at[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / kMsPerDay : (ms - kMsPerDay + 1) / kMsPerDay;
    const qint64 msOfDay = ms - days * kMsPerDay;
    const CivilDate date = civilFromDays(days);
    if (date.year < 1 || date.year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    putDigits(&text[0], date.year, 4);
    putDigits(&text[5], date.month, 2);
    putDigits(&text[8], date.day, 2);
    putDigits(&text[11], msOfDay / 3'600'000, 2);
    putDigits(&text[14], msOfDay / 60'000 % 60, 2);
    putDigits(&text[17], msOfDay / 1000 % 60, 2);
    putDigits(&text[20], msOfDay % 1000, 3);
    return QString(reinterpret_cast<const QChar *>(text), kTextLength);
}

QDateTime timeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (text.size() == kTextLength) {
        const QChar *at = text.constData();
        const bool shaped = at[4] == u'-' && at[7] == u'-' && at[10] == u'T' && at[13] == u':' &&
                            at[16] == u':' && at[19] == u'.' && at[23] == u'Z';
        const int year = digits(at, 4);
        const int month = digits(at + 5, 2);
        const int day = digits(at + 8, 2);
        const int hour = digits(at + 11, 2);
        const int minute = digits(at + 14, 2);
        const int second = digits(at + 17, 2);
        const int ms = digits(at + 20, 3);
        if (shaped && year >= 1 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 &&
            minute < 60 && second >= 0 && second < 60 && ms >= 0) {
            const QDate date(year, month, day);
            if (date.isValid())
                return QDateTime(date, QTime(hour, minute, second, ms), Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace claimscope::core::tables
