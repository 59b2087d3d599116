#pragma once

#include <QString>
#include <QStringList>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui {

// The speakers of `project` a passage names: their display name, or one of their forms in any
// language, Russian forms in any case ("Токаева"), ignoring a Turkish or English apostrophe suffix
// ("Tokayev'in", "Lavrov’s"), surrounding punctuation and letter case. In the project's order;
// empty when nobody matches. Marking a name as a speaker mention preselects the first.
QStringList speakersNamed(const core::Project &project, const QString &passage);

// Whether a speaker's name, role or one of their forms contains `filter` (letter case ignored):
// what the speaker chooser's filter line shows.
bool speakerMatchesFilter(const core::Project &project, const QString &speakerId, const QString &filter);

} // namespace claimscope::ui
