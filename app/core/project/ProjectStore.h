#pragma once

#include "core/project/ProjectRecords.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace claimscope::core {

// Why a project file could not be opened or written. The message is for the user (translated);
// the file is never changed when opening fails.
struct ProjectError {
    enum class Kind {
        NotAProject, // not SQLite, or SQLite without our application id and tables
        Damaged,     // truncated or corrupt: integrity_check failed, or a read failed
        TooNew,      // written by a newer Claimscope (schema version above ours)
        Locked,      // another window or process has it open for writing
        ReadOnly,    // a write was asked of a project opened read-only, ReadWrite of a read-only
                     // file or folder, or a crashed write must be undone before reading
        WriteFailed, // the disk refused (full, removed, permissions)
    };
    Kind kind = Kind::NotAProject;
    QString filePath;
    QString message;
};

// Everything a project file holds, as loaded.
struct ProjectContents {
    ProjectSettings settings;
    QList<SourceRecord> sources;
    QList<SpeakerRecord> speakers;
    QList<AnnotationRecord> annotations;
    QList<StanceRecord> stances;
    // In source, range start, range end and kind key order. The default initialiser lets callers
    // that list the members before it (`{settings, {}, {}, {}, {}}`) leave it out without a warning.
    QList<RejectionRecord> rejections = {};
};

// A `.claimscope` project file: one SQLite database (Qt SQL, QSQLITE). Every write is its own
// transaction, committed before the call returns, so that a crash or a kill loses at most the
// write in progress and never leaves a half-written change. There is no "save": Save As copies the
// file. The schema carries a version (PRAGMA user_version) and the application id (PRAGMA
// application_id); older versions are migrated on open, step by step, in one transaction each,
// after a backup copy "<file>.v<N>.bak"; newer ones are refused without touching the file.
//
// ReadWrite holds the lock file "<file>.lock" while the store lives, so a second writer (another
// window or process) gets Locked; readers need no lock. ReadOnly never writes the file or creates
// anything beside it; an older project opened read-only is read from a migrated temporary copy.
// A file with triggers, views or virtual tables (which we never write) is refused. How the file
// survives kills and power cuts is explained at the top of ProjectStore.cpp.
//
// One store per thread; the connection has a unique name. Not copyable.
class ProjectStore final {
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // A new, empty project at `filePath` (refused if the file exists).
    static std::variant<std::unique_ptr<ProjectStore>, ProjectError> create(const QString &filePath,
                                                                            const ProjectSettings &settings);
    // An existing project. ReadWrite falls back to nothing: when the file or its folder is not
    // writable, or another process holds the project's lock, the error says so and the caller may
    // open it ReadOnly instead.
    static std::variant<std::unique_ptr<ProjectStore>, ProjectError> open(const QString &filePath, Mode mode);

    QString filePath() const;
    bool isReadOnly() const;
    static int schemaVersion(); // the version this build writes

    // Everything, in id order. The first load() after open() hands over what open() read while it
    // checked the file's integrity (on a second connection, on a thread that ends before open()
    // returns), unless this store or another connection wrote to the file since.
    std::variant<ProjectContents, ProjectError> load() const;

    // Each of these is one transaction. Inserting fills in the record's id when it is 0; a record
    // that carries an id (a redo putting back what an undo removed) keeps it, and the insert fails
    // if that id is taken. Ids are never handed out twice, not even after their row was removed.
    // Updating or removing an id that is not in the file fails. On failure the records are unchanged.
    std::optional<ProjectError> saveSettings(const ProjectSettings &settings);
    // Also fills in the checksum (always computed from the text) and importedAt (now, if unset).
    std::optional<ProjectError> addSource(SourceRecord &source);
    // With its annotations, stances and rejections.
    std::optional<ProjectError> removeSource(SourceId id);
    // The file source `id` was imported from (a PDF's original), read now from the file; empty when
    // the project keeps none, nothing when it cannot be read.
    std::optional<QByteArray> originalFile(SourceId id) const;
    std::optional<ProjectError> saveSpeaker(const SpeakerRecord &speaker); // insert or replace by id
    // The speaker's annotations stay, without a speaker; the speaker's stances are removed.
    std::optional<ProjectError> removeSpeaker(const QString &id);
    std::optional<ProjectError> addAnnotation(AnnotationRecord &annotation);
    std::optional<ProjectError> updateAnnotation(const AnnotationRecord &annotation);
    std::optional<ProjectError> removeAnnotation(AnnotationId id);
    std::optional<ProjectError> addStance(StanceRecord &stance);
    std::optional<ProjectError> updateStance(const StanceRecord &stance);
    std::optional<ProjectError> removeStance(StanceId id);
    // A rejected finding is named by source, kind and range (RejectionRecord::sameKey): adding one
    // whose key is there already, or removing one whose key is not, fails.
    std::optional<ProjectError> addRejection(const RejectionRecord &rejection);
    std::optional<ProjectError> removeRejection(const RejectionRecord &rejection);

    // One source's analysis, in one transaction: its automatic annotations and stances are
    // replaced by `records` (ids filled in); manual and edited ones are kept; new speakers added.
    std::optional<ProjectError> replaceAutomatic(SourceId source, AnalysisRecords &records);

    // Merges speaker `from` into `into`: every annotation and stance of `from` moves, `from`'s
    // forms become aliases of `into`, `from` is removed. Where both had a stance in one source,
    // one is kept (stancesDroppedByMerge: a person's over the analyzer's, else `into`'s) and the
    // other removed. One transaction.
    std::optional<ProjectError> mergeSpeakers(const QString &from, const QString &into);

    // Several of the writes above as one transaction: `writes` calls them on this store, and they
    // are committed together when it returns no error; when it returns one, none of them is kept
    // (and ids filled in meanwhile name nothing). A write that fails inside is undone by itself.
    std::optional<ProjectError> inOneTransaction(const std::function<std::optional<ProjectError>()> &writes);

    // A consistent copy of the whole project at `filePath` (VACUUM INTO), which must not exist.
    std::optional<ProjectError> saveCopyAs(const QString &filePath) const;

private:
    struct Private;
    explicit ProjectStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace claimscope::core
