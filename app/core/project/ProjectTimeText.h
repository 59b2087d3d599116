#pragma once

#include <QDateTime>
#include <QString>

// How the project file spells a time: ISO-8601 UTC with milliseconds ("2024-10-03T09:15:00.000Z"),
// "" for an invalid time. Every annotation carries two such times, so these run hundreds of
// thousands of times when a large project is written or read.
namespace claimscope::core::tables {

// The same text as time.toUTC().toString(Qt::ISODateWithMs).
QString timeText(const QDateTime &time);
// The same time as QDateTime::fromString(text, Qt::ISODateWithMs).toUTC(); an invalid one for "".
QDateTime timeFromText(const QString &text);

} // namespace claimscope::core::tables
