#pragma once

#include "core/highlight/Lexicon.h"

#include <QString>

#include <atomic>
#include <optional>

namespace claimscope::core {

// Where the user's own copy of the sample project lives: <AppDataLocation>/Sample.claimscope.
// The window opens it read-write on first start, so a new user can try every edit on it.
QString userSampleProjectPath();

// Builds the sample project at `path`, which must not exist: the compiled-in sample articles with
// their metadata, the lexicon's speakers with their colours, every article analysed. Returns why
// it failed, if it did; then no file is left behind.
std::optional<QString> createSampleProject(const QString &path, const Lexicon &lexicon,
                                           const std::atomic<bool> *cancel = nullptr);

// A colour for the `index`-th speaker: a fixed palette of distinguishable hues, repeated.
QString speakerColour(qsizetype index);

} // namespace claimscope::core
