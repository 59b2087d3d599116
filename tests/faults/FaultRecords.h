#pragma once

// What the fault tests compare: a project's records reduced to what a fault must not change, by
// source. A source is keyed by the checksum of its text, since ids depend on the order in which
// sources came in; an annotation or stance is one line of text with every field except its id,
// its source's id and its times, so two projects' sources compare with a readable difference.

#include "core/project/ProjectStore.h"

#include <QMap>
#include <QStringList>

#include <algorithm>

namespace claimscope::faults {

struct SourceRecords {
    QString title;
    QString text;
    bool analysed = false;
    QStringList records; // sorted

    friend bool operator==(const SourceRecords &, const SourceRecords &) = default;
};

using RecordsBySource = QMap<QByteArray, SourceRecords>;

inline QString rangeText(const core::TextRange &range)
{
    return QStringLiteral("%1-%2").arg(range.start).arg(range.end);
}

inline QString annotationLine(const core::AnnotationRecord &a)
{
    const core::FigureFields &f = a.figure;
    return QStringList{QStringLiteral("annotation"),
                       QString::number(int(a.kind)),
                       rangeText(a.range),
                       a.speaker,
                       a.cue,
                       rangeText(a.cueRange),
                       QString::number(a.quoteMarks),
                       a.claimSource,
                       QString::number(f.value, 'g', 17),
                       f.unit,
                       f.measure,
                       f.subject,
                       f.year ? QString::number(*f.year) : QString(),
                       f.qualifier,
                       QString::number(a.confidence, 'g', 17),
                       QString::number(int(a.origin)),
                       a.note}
        .join(u'|');
}

inline QString stanceLine(const core::StanceRecord &s)
{
    QStringList evidence;
    for (const core::TextRange &range : s.evidence)
        evidence.append(rangeText(range));
    return QStringList{QStringLiteral("stance"),
                       s.speaker,
                       s.target,
                       QString::number(s.score),
                       evidence.join(u','),
                       QString::number(s.confidence, 'g', 17),
                       QString::number(int(s.origin)),
                       s.note}
        .join(u'|');
}

inline RecordsBySource recordsBySource(const core::ProjectContents &contents)
{
    RecordsBySource result;
    QMap<core::SourceId, QByteArray> checksums;
    for (const core::SourceRecord &source : contents.sources) {
        checksums.insert(source.id, source.checksum);
        SourceRecords &entry = result[source.checksum];
        entry.title = source.document.metadata.title;
        entry.text = source.document.text;
        entry.analysed = source.analysed;
    }
    for (const core::AnnotationRecord &a : contents.annotations)
        result[checksums.value(a.source)].records.append(annotationLine(a));
    for (const core::StanceRecord &s : contents.stances)
        result[checksums.value(s.source)].records.append(stanceLine(s));
    for (SourceRecords &entry : result)
        std::sort(entry.records.begin(), entry.records.end());
    return result;
}

// How many records (annotations and stances) of `expected` are not in `actual` as they were.
inline int recordsLost(const SourceRecords &expected, const SourceRecords &actual)
{
    int lost = 0;
    for (const QString &record : expected.records)
        lost += actual.records.contains(record) ? 0 : 1;
    return lost;
}

// The first difference of one source, for a failure message; empty when they are the same.
inline QString differenceOf(const SourceRecords &expected, const SourceRecords &actual)
{
    if (expected.text != actual.text)
        return QStringLiteral("“%1”: the text differs").arg(expected.title);
    if (expected.analysed != actual.analysed)
        return QStringLiteral("“%1”: analysed is %2").arg(expected.title).arg(actual.analysed);
    for (const QString &record : expected.records) {
        if (!actual.records.contains(record))
            return QStringLiteral("“%1”: %2 is missing").arg(expected.title, record);
    }
    for (const QString &record : actual.records) {
        if (!expected.records.contains(record))
            return QStringLiteral("“%1”: %2 should not be there").arg(expected.title, record);
    }
    return {};
}

// A project file as the app opens it, its integrity checked by the store on the way in: ReadOnly
// changes nothing; ReadWrite (as the window opens a project) plays back a write a kill interrupted.
inline std::variant<core::ProjectContents, QString>
loadProjectFile(const QString &path, core::ProjectStore::Mode mode = core::ProjectStore::Mode::ReadOnly)
{
    auto opened = core::ProjectStore::open(path, mode);
    if (const auto *error = std::get_if<core::ProjectError>(&opened))
        return error->message;
    auto loaded = std::get<std::unique_ptr<core::ProjectStore>>(opened)->load();
    if (const auto *error = std::get_if<core::ProjectError>(&loaded))
        return error->message;
    return std::get<core::ProjectContents>(std::move(loaded));
}

// The first difference between two projects' whole contents, ids and times included; empty when
// they hold exactly the same records.
inline QString contentsDifference(const core::ProjectContents &expected, const core::ProjectContents &actual)
{
    if (!(expected.settings == actual.settings))
        return QStringLiteral("the settings differ");
    if (expected.speakers != actual.speakers)
        return QStringLiteral("the speakers differ (%1, expected %2)")
            .arg(actual.speakers.size())
            .arg(expected.speakers.size());
    if (expected.sources.size() != actual.sources.size())
        return QStringLiteral("%1 sources, expected %2")
            .arg(actual.sources.size())
            .arg(expected.sources.size());
    for (qsizetype i = 0; i < expected.sources.size(); ++i) {
        const core::SourceRecord &a = expected.sources.at(i);
        const core::SourceRecord &b = actual.sources.at(i);
        if (a.id != b.id || a.checksum != b.checksum || a.document.text != b.document.text ||
            a.document.metadata.title != b.document.metadata.title || a.importedAt != b.importedAt ||
            a.analysed != b.analysed)
            return QStringLiteral("source %1 differs").arg(a.id);
    }
    if (expected.annotations != actual.annotations)
        return QStringLiteral("the annotations differ (%1, expected %2)")
            .arg(actual.annotations.size())
            .arg(expected.annotations.size());
    if (expected.stances != actual.stances)
        return QStringLiteral("the stances differ (%1, expected %2)")
            .arg(actual.stances.size())
            .arg(expected.stances.size());
    if (expected.rejections != actual.rejections)
        return QStringLiteral("the rejections differ");
    return {};
}

// Why loadProjectFile() failed, or empty (safe to use in a QVERIFY2 message, which is always built).
inline QString loadProblem(const std::variant<core::ProjectContents, QString> &loaded)
{
    const auto *problem = std::get_if<QString>(&loaded);
    return problem ? *problem : QString();
}

} // namespace claimscope::faults
