#pragma once

#include "core/document/ImportError.h"
#include "core/interchange/RefiImport.h"
#include "core/project/ProjectStore.h"

#include <optional>
#include <variant>

namespace claimscope::core {

// The files a project exports to for other programs (docs/EXPORTS.md, docs/INTERCHANGE.md).
enum class ExportFormat {
    Qdpx, // REFI-QDA project
    Qdc,  // REFI-QDA codebook
    Csv,  // quotes, claims, figures and stances, one table
    Json, // the same, with the project, sources and speakers
};

QString exportSuffix(ExportFormat format); // "qdpx", "qdc", "csv", "json"
std::optional<ExportFormat> exportFormatFromName(const QString &name);

// Writes `contents` to `path` in `format`; returns why not, for the user. The file appears whole or
// not at all (written beside it, then renamed), and an existing file is replaced only by a
// complete one.
std::optional<QString> exportProject(const ProjectContents &contents, ExportFormat format,
                                     const QString &path);

// A package as a .qdpx file (a ZIP with project.qde first), whole or not at all.
struct RefiPackage;
std::optional<QString> writeRefiPackage(const RefiPackage &package, const QString &path);

// The largest .qdpx we open. It may carry PDFs and pictures we never read, so it may be larger than
// a document we import; its unpacked parts are held to the ZIP limits of ZipArchive.h.
inline constexpr qint64 kMaxQdpxBytes = 256LL * 1024 * 1024;

// A .qdpx read into Claimscope records (projectFromRefi, with the `known` speakers), nothing
// written yet.
std::variant<RefiImported, ImportError> readQdpx(const QString &path, const QList<Speaker> &known = {});

// A new project file at `path` holding `imported`, with the lexicon's reporting cues: whole, or
// no file at all (it is made under a hidden name and renamed when complete). A file at `path` is
// refused, or with `replace` replaced, and only by a complete project. Returns why not, for the user.
std::optional<QString> writeImportedProject(const RefiImported &imported, const QString &path,
                                            const QHash<QString, QStringList> &cues, bool replace = false);

// What File → Import REFI-QDA Project and `import-qdpx` do: `qdpx` read with the built-in lexicon's
// speakers as the known ones, and written as a new project at `projectPath` with the lexicon's cues
// (an existing file replaced only with `replace`). The report, or why not (for the user; no file
// is left then, and a file to be replaced is as it was).
std::variant<RefiImportReport, QString> importQdpxAsProject(const QString &qdpx, const QString &projectPath,
                                                            bool replace = false);

} // namespace claimscope::core
