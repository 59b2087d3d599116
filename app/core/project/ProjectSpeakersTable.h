#pragma once

#include "core/project/ProjectRecords.h"
#include "core/project/ProjectTables.h"

#include <QList>
#include <QSqlDatabase>

#include <variant>

// The speakers and their name forms in the project file (tables speakers and speaker_forms), for
// ProjectStore; like the rest of ProjectTables, these run inside the store's transaction.
namespace claimscope::core::tables {

// Inserts a speaker or changes the one with its id in place (keeping its position and everything
// that refers to it); its forms are replaced.
Failure upsertSpeaker(PreparedStatements &statements, const SpeakerRecord &speaker);
// Inserts a speaker only when its id is new; an existing one is left as the user made it.
Failure insertSpeakerIfNew(PreparedStatements &statements, const SpeakerRecord &speaker);

// Every speaker, in the order they were first saved, with their forms.
std::variant<QList<SpeakerRecord>, QString> readSpeakers(QSqlDatabase &db);

} // namespace claimscope::core::tables
