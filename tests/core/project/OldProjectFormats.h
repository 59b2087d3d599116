#pragma once

// Project files as earlier versions of Claimscope wrote them, for the migration tests of
// tst_projectfile: each written with raw SQL, as that version's schema was, and never changed
// when the current schema changes. They repeat each other's tables on purpose.

#include "ProjectTestData.h"

#include <QString>
#include <QStringList>

#include <algorithm>

namespace claimscope::test {

using namespace Qt::StringLiterals;

// The first project format, as the first version wrote it: no speaker colours, no index of
// annotations by speaker. Kept here as it was, whatever the current schema becomes.
inline bool writeVersion1(const QString &path)
{
    RawFile raw(path);
    const QStringList statements = {
        u"PRAGMA application_id = 1131172707"_s,
        u"PRAGMA user_version = 1"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
        u"CREATE TABLE sources (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, title TEXT NOT "
        u"NULL "
        "DEFAULT '', outlet TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', date TEXT NOT NULL "
        "DEFAULT '', "
        "url TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', format TEXT NOT NULL DEFAULT '', "
        "encoding "
        "TEXT NOT NULL DEFAULT '', file_path TEXT NOT NULL DEFAULT '', checksum TEXT NOT NULL, imported_at "
        "TEXT NOT "
        "NULL DEFAULT '', analysed INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE speakers (number INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL "
        u"DEFAULT '', "
        "role TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', suggested INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE speaker_forms (speaker TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE, "
        u"language TEXT "
        "NOT NULL, position INTEGER NOT NULL, form TEXT NOT NULL, PRIMARY KEY (speaker, language, position))"_s,
        u"CREATE TABLE annotations (id INTEGER PRIMARY KEY AUTOINCREMENT, source INTEGER NOT NULL REFERENCES "
        "sources(id) ON DELETE CASCADE, kind TEXT NOT NULL, range_start INTEGER NOT NULL, range_end INTEGER "
        "NOT "
        "NULL, speaker TEXT REFERENCES speakers(id) ON DELETE SET NULL, cue TEXT NOT NULL DEFAULT '', "
        "cue_start "
        "INTEGER NOT NULL DEFAULT 0, cue_end INTEGER NOT NULL DEFAULT 0, quote_marks INTEGER NOT NULL "
        "DEFAULT 1, "
        "claim_source TEXT NOT NULL DEFAULT '', figure_value REAL NOT NULL DEFAULT 0, figure_unit TEXT NOT "
        "NULL "
        "DEFAULT '', figure_measure TEXT NOT NULL DEFAULT '', figure_subject TEXT NOT NULL DEFAULT '', "
        "figure_year "
        "INTEGER, figure_qualifier TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL DEFAULT 0, origin TEXT "
        "NOT "
        "NULL, note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX annotations_by_source ON annotations(source)"_s,
        u"CREATE TABLE stances (id INTEGER PRIMARY KEY AUTOINCREMENT, source INTEGER NOT NULL REFERENCES "
        u"sources(id) "
        "ON DELETE CASCADE, speaker TEXT REFERENCES speakers(id) ON DELETE CASCADE, target TEXT NOT NULL "
        "DEFAULT '', "
        "score INTEGER NOT NULL DEFAULT 0, confidence REAL NOT NULL DEFAULT 0, origin TEXT NOT NULL, note "
        "TEXT NOT "
        "NULL DEFAULT '', created TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX stances_by_source ON stances(source)"_s,
        u"CREATE INDEX stances_by_speaker ON stances(speaker)"_s,
        u"CREATE TABLE stance_evidence (stance INTEGER NOT NULL REFERENCES stances(id) ON DELETE CASCADE, "
        u"position "
        "INTEGER NOT NULL, range_start INTEGER NOT NULL, range_end INTEGER NOT NULL, PRIMARY KEY (stance, "
        "position))"_s,
        u"INSERT INTO settings VALUES ('name', 'Старый проект'), ('question', 'BRICS?'), "
        "('cues', '{\"tr\":[\"dedi\",\"göre\"]}')"_s,
        u"INSERT INTO sources (id, text, title, date, language, format, checksum, imported_at, analysed) "
        u"VALUES "
        "(4, 'Токаев заявил: «Нет».', 'Заголовок', '2024-10-24', 'ru', 'text', 'abc', "
        "'2024-10-25T08:30:15.123Z', "
        "1)"_s,
        u"INSERT INTO speakers (id, name, kind) VALUES ('tokayev', 'Токаев', 'politician')"_s,
        u"INSERT INTO speaker_forms VALUES ('tokayev', 'ru', 0, 'Токаев'), ('tokayev', 'tr', 0, 'Tokayev')"_s,
        u"INSERT INTO annotations (id, source, kind, range_start, range_end, speaker, cue, figure_year, "
        u"origin, "
        "note, created) VALUES (9, 4, 'quote', 16, 19, 'tokayev', 'заявил', 2023, 'edited', 'Düzeltildi', "
        "'2024-10-26T10:00:00.000Z')"_s,
        u"INSERT INTO stances (id, source, speaker, score, origin) VALUES (3, 4, 'tokayev', -1, 'manual')"_s,
        u"INSERT INTO stance_evidence VALUES (3, 0, 16, 19)"_s,
    };
    return std::all_of(statements.cbegin(), statements.cend(),
                       [&](const QString &statement) { return raw.exec(statement); });
}

// The second project format, as version 2 wrote it: the first with speaker colours and the index
// of annotations by speaker, and no rejections. Kept here as it was, whatever the current schema
// becomes.
inline bool writeVersion2(const QString &path)
{
    RawFile raw(path);
    const QStringList statements = {
        u"PRAGMA application_id = 1131172707"_s,
        u"PRAGMA user_version = 2"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
        u"CREATE TABLE sources (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, "
        "title TEXT NOT NULL DEFAULT '', outlet TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', "
        "date TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', "
        "format TEXT NOT NULL DEFAULT '', encoding TEXT NOT NULL DEFAULT '', "
        "file_path TEXT NOT NULL DEFAULT '', checksum TEXT NOT NULL, "
        "imported_at TEXT NOT NULL DEFAULT '', analysed INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE speakers (number INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', "
        "colour TEXT NOT NULL DEFAULT '', suggested INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE speaker_forms (speaker TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE, "
        "language TEXT NOT NULL, position INTEGER NOT NULL, form TEXT NOT NULL, "
        "PRIMARY KEY (speaker, language, position))"_s,
        u"CREATE TABLE annotations (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, kind TEXT NOT NULL, "
        "range_start INTEGER NOT NULL, range_end INTEGER NOT NULL, "
        "speaker TEXT REFERENCES speakers(id) ON DELETE SET NULL, cue TEXT NOT NULL DEFAULT '', "
        "cue_start INTEGER NOT NULL DEFAULT 0, cue_end INTEGER NOT NULL DEFAULT 0, "
        "quote_marks INTEGER NOT NULL DEFAULT 1, claim_source TEXT NOT NULL DEFAULT '', "
        "figure_value REAL NOT NULL DEFAULT 0, figure_unit TEXT NOT NULL DEFAULT '', "
        "figure_measure TEXT NOT NULL DEFAULT '', figure_subject TEXT NOT NULL DEFAULT '', "
        "figure_year INTEGER, figure_qualifier TEXT NOT NULL DEFAULT '', "
        "confidence REAL NOT NULL DEFAULT 0, origin TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
        "created TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX annotations_by_source ON annotations(source)"_s,
        u"CREATE INDEX annotations_by_speaker ON annotations(speaker)"_s,
        u"CREATE TABLE stances (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, "
        "speaker TEXT REFERENCES speakers(id) ON DELETE CASCADE, target TEXT NOT NULL DEFAULT '', "
        "score INTEGER NOT NULL DEFAULT 0, confidence REAL NOT NULL DEFAULT 0, origin TEXT NOT NULL, "
        "note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL DEFAULT '', "
        "modified TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX stances_by_source ON stances(source)"_s,
        u"CREATE INDEX stances_by_speaker ON stances(speaker)"_s,
        u"CREATE TABLE stance_evidence (stance INTEGER NOT NULL REFERENCES stances(id) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, range_start INTEGER NOT NULL, range_end INTEGER NOT NULL, "
        "PRIMARY KEY (stance, position))"_s,
        u"INSERT INTO settings VALUES ('name', 'İkinci proje'), ('question', 'BRICS?'), "
        "('cues', '{\"ru\":[\"заявил\"]}')"_s,
        u"INSERT INTO sources (id, text, title, date, language, format, checksum, imported_at, analysed) "
        "VALUES (6, 'Сейтов сомневается: «Вряд ли».', 'Мнение', '2024-11-02', 'ru', 'text', 'def', "
        "'2024-11-03T09:00:00.000Z', 1)"_s,
        u"INSERT INTO speakers (number, id, name, kind, colour) VALUES "
        "(1, 'tokayev', 'Токаев', 'politician', '#1f77b4'), "
        "(2, 'suggested:Marat Seitov', 'Marat Seitov', 'expert', '#d62728')"_s,
        u"INSERT INTO speaker_forms VALUES ('tokayev', 'ru', 0, 'Токаев'), "
        "('suggested:Marat Seitov', 'ru', 0, 'Сейтов')"_s,
        u"INSERT INTO annotations (id, source, kind, range_start, range_end, speaker, cue, origin, note, "
        "created) VALUES (11, 6, 'quote', 20, 29, 'suggested:Marat Seitov', 'сомневается', 'automatic', "
        "'', '2024-11-03T09:00:00.000Z'), (12, 6, 'speaker-mention', 0, 6, 'suggested:Marat Seitov', '', "
        "'manual', 'Not', '2024-11-04T10:00:00.000Z')"_s,
        u"INSERT INTO stances (id, source, speaker, score, origin) VALUES "
        "(5, 6, 'suggested:Marat Seitov', -2, 'edited')"_s,
        u"INSERT INTO stance_evidence VALUES (5, 0, 20, 29)"_s,
    };
    return std::all_of(statements.cbegin(), statements.cend(),
                       [&](const QString &statement) { return raw.exec(statement); });
}

// The third project format, as version 3 wrote it: the second with the rejections table, and no
// page geometry (that version imported no PDFs). Kept here as it was, whatever the current schema
// becomes.
inline bool writeVersion3(const QString &path)
{
    RawFile raw(path);
    const QStringList statements = {
        u"PRAGMA application_id = 1131172707"_s,
        u"PRAGMA user_version = 3"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
        u"CREATE TABLE sources (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, "
        "title TEXT NOT NULL DEFAULT '', outlet TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', "
        "date TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', "
        "format TEXT NOT NULL DEFAULT '', encoding TEXT NOT NULL DEFAULT '', "
        "file_path TEXT NOT NULL DEFAULT '', checksum TEXT NOT NULL, "
        "imported_at TEXT NOT NULL DEFAULT '', analysed INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE speakers (number INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', "
        "colour TEXT NOT NULL DEFAULT '', suggested INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE speaker_forms (speaker TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE, "
        "language TEXT NOT NULL, position INTEGER NOT NULL, form TEXT NOT NULL, "
        "PRIMARY KEY (speaker, language, position))"_s,
        u"CREATE TABLE annotations (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, kind TEXT NOT NULL, "
        "range_start INTEGER NOT NULL, range_end INTEGER NOT NULL, "
        "speaker TEXT REFERENCES speakers(id) ON DELETE SET NULL, cue TEXT NOT NULL DEFAULT '', "
        "cue_start INTEGER NOT NULL DEFAULT 0, cue_end INTEGER NOT NULL DEFAULT 0, "
        "quote_marks INTEGER NOT NULL DEFAULT 1, claim_source TEXT NOT NULL DEFAULT '', "
        "figure_value REAL NOT NULL DEFAULT 0, figure_unit TEXT NOT NULL DEFAULT '', "
        "figure_measure TEXT NOT NULL DEFAULT '', figure_subject TEXT NOT NULL DEFAULT '', "
        "figure_year INTEGER, figure_qualifier TEXT NOT NULL DEFAULT '', "
        "confidence REAL NOT NULL DEFAULT 0, origin TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
        "created TEXT NOT NULL DEFAULT '', modified TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX annotations_by_source ON annotations(source)"_s,
        u"CREATE INDEX annotations_by_speaker ON annotations(speaker)"_s,
        u"CREATE TABLE stances (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, "
        "speaker TEXT REFERENCES speakers(id) ON DELETE CASCADE, target TEXT NOT NULL DEFAULT '', "
        "score INTEGER NOT NULL DEFAULT 0, confidence REAL NOT NULL DEFAULT 0, origin TEXT NOT NULL, "
        "note TEXT NOT NULL DEFAULT '', created TEXT NOT NULL DEFAULT '', "
        "modified TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX stances_by_source ON stances(source)"_s,
        u"CREATE INDEX stances_by_speaker ON stances(speaker)"_s,
        u"CREATE TABLE stance_evidence (stance INTEGER NOT NULL REFERENCES stances(id) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, range_start INTEGER NOT NULL, range_end INTEGER NOT NULL, "
        "PRIMARY KEY (stance, position))"_s,
        u"CREATE TABLE rejections (source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE, "
        "kind TEXT NOT NULL, range_start INTEGER NOT NULL, range_end INTEGER NOT NULL, "
        "created TEXT NOT NULL DEFAULT '', PRIMARY KEY (source, kind, range_start, range_end))"_s,
        u"INSERT INTO settings VALUES ('name', 'Üçüncü proje'), ('question', 'BRICS?'), "
        "('cues', '{\"en\":[\"said\"]}')"_s,
        u"INSERT INTO sources (id, text, title, date, language, format, file_path, checksum, imported_at, "
        "analysed) VALUES (8, 'Lavrov said: “Kazakhstan is welcome.” Лавров добавил: «Ждём».', 'Welcome', "
        "'2024-12-01', 'en', 'html', '/home/user/welcome.html', 'fed', '2024-12-02T07:45:00.500Z', 1)"_s,
        u"INSERT INTO speakers (number, id, name, kind, colour) VALUES "
        "(1, 'lavrov', 'Sergey Lavrov', 'politician', '#ff7f0e')"_s,
        u"INSERT INTO speaker_forms VALUES ('lavrov', 'en', 0, 'Lavrov'), ('lavrov', 'ru', 0, 'Лавров')"_s,
        u"INSERT INTO annotations (id, source, kind, range_start, range_end, speaker, cue, origin, note, "
        "created) VALUES (21, 8, 'quote', 13, 36, 'lavrov', 'said', 'manual', 'Ок', "
        "'2024-12-02T08:00:00.000Z')"_s,
        u"INSERT INTO stances (id, source, speaker, score, origin) VALUES (7, 8, 'lavrov', 1, 'automatic')"_s,
        u"INSERT INTO stance_evidence VALUES (7, 0, 13, 36)"_s,
        u"INSERT INTO rejections VALUES (8, 'claim', 38, 60, '2024-12-03T09:30:00.000Z')"_s,
    };
    return std::all_of(statements.cbegin(), statements.cend(),
                       [&](const QString &statement) { return raw.exec(statement); });
}

} // namespace claimscope::test
