#pragma once

#include "core/document/ImportError.h"
#include "core/highlight/Lexicon.h"
#include "core/interchange/RefiDocument.h"
#include "core/project/ProjectStore.h"

#include <functional>
#include <variant>

namespace claimscope::core {

// What an import brought in, and what it kept as notes because Claimscope has no place for it.
struct RefiImportReport {
    int sources = 0;
    int speakers = 0;
    int annotations = 0;
    int stances = 0;
    QStringList keptAsNotes; // one readable line each, also in the project's notes
};

struct RefiImported {
    ProjectContents contents; // source ids 1…n, for the annotations to name; nothing stored yet
    RefiImportReport report;
};

// A file of the package ("Sources/x.txt"), or why it cannot be read.
using PackageFileReader = std::function<std::variant<QByteArray, ImportError>(const QString &path)>;

// The project a REFI-QDA document describes, as Claimscope records (docs/INTERCHANGE.md):
// - Codes our categories (by GUID, or by name in English, Russian or Turkish) become annotation
//   kinds, their child codes speakers; Cases give the speakers' facts. Any other code is a theme
//   Claimscope does not have: an annotation's other codes are added to its note, and a passage
//   with none of ours is kept as a project note, so nothing is dropped without a word.
// - Text sources come from PlainTextContent or from "internal://" files of the package; a path
//   outside the package is never followed (kept as a note). Texts must be UTF-8.
// - Claimscope's own fields (RefiFields.h) are read back from descriptions and notes.
// - A speaker that is not one of ours (no Claimscope id) but whose name is the name or a name form of
//   a `known` speaker (the lexicon's) becomes that speaker, with its id and forms, so that
//   re-analysis and new sources find them.
// Fails only when nothing could be imported (no readable text source).
std::variant<RefiImported, ImportError> projectFromRefi(const RefiDocument &document,
                                                        const PackageFileReader &readFile,
                                                        const QString &filePath,
                                                        const QList<Speaker> &known = {});

// The report as lines for the user ("5 sources, 9 speakers, …").
QString importSummary(const RefiImportReport &report);

} // namespace claimscope::core
