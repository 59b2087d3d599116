#pragma once

#include "core/interchange/RefiImport.h"

#include <QCoreApplication>

namespace claimscope::core {

// What the REFI-QDA import tells the user: refusals, the lines kept as project notes, the summary.
// Apart from RefiImport.cpp so that the mapping reads without its wording (translation context
// RefiImport).
class RefiImportText final {
    Q_DECLARE_TR_FUNCTIONS(RefiImport)

public:
    static QString noSources() { return tr("the project holds no text source that could be read"); }
    static QString outsidePackage(const QString &source, const QString &path)
    {
        return tr("text source “%1” refers to a file outside the package (%2); it was not read")
            .arg(source, path);
    }
    static QString unreadable(const QString &source, const QString &why)
    {
        return tr("text source “%1” could not be read: %2").arg(source, why);
    }
    static QString notUtf8(const QString &source)
    {
        return tr("text source “%1” is not valid UTF-8; it was not imported").arg(source);
    }
    static QString emptySource(const QString &source)
    {
        return tr("text source “%1” has no text").arg(source);
    }
    static QString outOfRange(const QString &source, qint64 start, qint64 end)
    {
        return tr("a passage at %1–%2 in “%3” lies outside its text").arg(start).arg(end).arg(source);
    }
    static QString otherCodes(const QString &passage, const QString &source, const QString &codes)
    {
        return tr("“%1” in “%2”, coded %3").arg(passage, source, codes);
    }
    static QString uncoded(const QString &passage, const QString &source)
    {
        return tr("“%1” in “%2”, without a code").arg(passage, source);
    }
    static QString alsoCoded(const QString &codes) { return tr("Also coded as: %1").arg(codes); }
    static QString sourceCoded(const QString &source, const QString &codes)
    {
        return tr("text source “%1” as a whole, coded %2").arg(source, codes);
    }
    static QString sourceNote(const QString &source, const QString &note)
    {
        return tr("note on “%1”: %2").arg(source, note);
    }
    static QString sourceValue(const QString &source, const QString &variable, const QString &value)
    {
        return tr("“%1”: %2 = %3").arg(source, variable, value);
    }
    static QString projectNote(const QString &note) { return tr("project note: %1").arg(note); }
    static QString description(const QString &text) { return tr("project description: %1").arg(text); }
    static QString keptHeader(const QString &project)
    {
        return tr("Kept from the REFI-QDA project “%1”, which had no other place for them in Claimscope:")
            .arg(project);
    }
    static QString untitled(int number) { return tr("Source %1").arg(number); }
    static QString summary(const RefiImportReport &r)
    {
        return tr("%n source(s)", nullptr, r.sources) + u", " + tr("%n speaker(s)", nullptr, r.speakers) +
               u", " + tr("%n annotation(s)", nullptr, r.annotations) + u", " +
               tr("%n stance(s)", nullptr, r.stances);
    }
    static QString kept(int count) { return tr("%n item(s) kept as project notes", nullptr, count); }
};

} // namespace claimscope::core
