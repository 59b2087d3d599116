#pragma once

#include "core/document/office/DocxImporter.h"
#include "core/document/office/EpubImporter.h"
#include "core/document/office/OdtImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>
#include <QTest>

// Helpers shared by the office import tests: where make_office_fixtures.py wrote the fixtures, the
// importer for each, and the process's peak memory.
namespace officefixtures {

using namespace claimscope::core;

inline QString path(const QString &name)
{
    return QDir(QStringLiteral(CLAIMSCOPE_OFFICE_FIXTURES_DIR)).filePath(name);
}

// The fixture's bytes; empty (and a failed test) when it is missing, never a skip.
inline QByteArray bytes(const QString &name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s: build the office_fixtures target", qPrintable(path(name)));
        return {};
    }
    return file.readAll();
}

inline ImportResult import(const QString &name)
{
    const QByteArray data = bytes(name);
    const QString suffix = QFileInfo(name).suffix();
    if (suffix == u"docx")
        return importDocx(data, path(name));
    if (suffix == u"odt")
        return importOdt(data, path(name));
    return importEpub(data, path(name));
}

// Runs of white space as one space: the article's layout differs a little between formats.
inline QString collapsed(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return QString(text).replace(whitespace, QStringLiteral(" ")).trimmed();
}

// Peak resident memory of this process in KiB (VmHWM), or -1 where /proc does not say.
inline qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Lowers the peak to the current resident size (Linux: "5" into clear_refs), so that the next
// reading measures only what follows. False where the kernel does not allow it.
inline bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace officefixtures
