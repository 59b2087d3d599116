#pragma once

#include "core/project/ProjectStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace claimscope::core {

// A REFI-QDA project as the files of its package: project.qde, and each source's plain text as
// UTF-8 in Sources/<guid>.txt (TextSource plainTextPath "internal://<guid>.txt").
struct RefiPackage {
    QByteArray projectXml;
    QList<std::pair<QString, QByteArray>> files; // path inside the package, bytes
};

// What a project becomes (docs/INTERCHANGE.md has the whole mapping):
// - Users: "Claimscope analysis", who creates the automatic annotations (and stances), and the
//   person who creates the manual ones and edits the automatic ones; so the origin of every record
//   survives as creatingUser and modifyingUser.
// - The codebook of projectCodebook(); every speaker a Case with its codes, its passages and
//   variables (id, role, kind, name forms); every source a TextSource with variables for its
//   metadata (outlet, author, date, URL, language, format).
// - Every annotation a PlainTextSelection (positions in Unicode code points) with one Coding: its
//   speaker's child code, or the category when it has no speaker. Cue, quote marks, claim source
//   and confidence are its Description (RefiFields.h lines); a figure's value and unit, and a
//   person's note, are Notes linked to it. Each stance is a Note linked to its source and to the
//   passages it rests on. The research question and the project's notes are project notes.
RefiPackage refiPackage(const ProjectContents &contents);

} // namespace claimscope::core
