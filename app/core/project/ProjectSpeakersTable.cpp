#include "core/project/ProjectSpeakersTable.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace claimscope::core::tables {

namespace {

// The languages a speaker's forms are kept for, and where each list lives in the record.
struct FormLanguage {
    QString key;
    QStringList Speaker::*forms;
};
const FormLanguage kFormLanguages[] = {
    {u"en"_s, &Speaker::formsEn},
    {u"ru"_s, &Speaker::formsRu},
    {u"tr"_s, &Speaker::formsTr},
};

Failure insertForms(PreparedStatements &statements, const SpeakerRecord &speaker)
{
    const QString statement =
        u"INSERT INTO speaker_forms (speaker, language, position, form) VALUES (?, ?, ?, ?)"_s;
    for (const FormLanguage &language : kFormLanguages) {
        const QStringList &forms = speaker.speaker.*language.forms;
        for (qsizetype i = 0; i < forms.size(); ++i) {
            // A null QString would bind as SQL NULL, which the NOT NULL column refuses (run() makes
            // it empty).
            if (auto error =
                    exec(statements, statement, {speaker.speaker.id, language.key, qint64(i), forms.at(i)}))
                return error;
        }
    }
    return std::nullopt;
}

} // namespace

Failure upsertSpeaker(PreparedStatements &statements, const SpeakerRecord &speaker)
{
    const Speaker &s = speaker.speaker;
    if (s.id.isEmpty())
        return u"a speaker needs an id"_s;
    // An upsert rather than INSERT OR REPLACE: replacing would delete the row first, and the
    // delete would clear the speaker from every annotation and remove their stances.
    if (auto error =
            exec(statements,
                 u"INSERT INTO speakers (id, name, role, kind, colour, suggested) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, "
                 "kind = excluded.kind, colour = excluded.colour, suggested = excluded.suggested"_s,
                 {s.id, s.name, s.role, s.kind, speaker.colour, speaker.suggested}))
        return error;
    if (auto error = exec(statements, u"DELETE FROM speaker_forms WHERE speaker = ?"_s, {s.id}))
        return error;
    return insertForms(statements, speaker);
}

Failure insertSpeakerIfNew(PreparedStatements &statements, const SpeakerRecord &speaker)
{
    const Speaker &s = speaker.speaker;
    if (s.id.isEmpty())
        return u"a speaker needs an id"_s;
    const auto ran = statements.run(
        u"INSERT INTO speakers (id, name, role, kind, colour, suggested) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO NOTHING"_s,
        {s.id, s.name, s.role, s.kind, speaker.colour, speaker.suggested});
    if (const auto *error = std::get_if<QString>(&ran))
        return *error;
    if (std::get<QSqlQuery *>(ran)->numRowsAffected() == 0)
        return std::nullopt;
    return insertForms(statements, speaker);
}

std::variant<QList<SpeakerRecord>, QString> readSpeakers(QSqlDatabase &db)
{
    QList<SpeakerRecord> speakers;
    QHash<QString, qsizetype> index;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error =
            run(query, u"SELECT id, name, role, kind, colour, suggested FROM speakers ORDER BY number"_s, {}))
        return *error;
    while (query.next()) {
        SpeakerRecord speaker;
        speaker.speaker.id = query.value(0).toString();
        speaker.speaker.name = query.value(1).toString();
        speaker.speaker.role = query.value(2).toString();
        speaker.speaker.kind = query.value(3).toString();
        speaker.colour = query.value(4).toString();
        speaker.suggested = query.value(5).toBool();
        index.insert(speaker.speaker.id, speakers.size());
        speakers.append(speaker);
    }
    if (query.lastError().isValid())
        return query.lastError().text();
    QSqlQuery forms(db);
    forms.setForwardOnly(true);
    if (auto error = run(
            forms,
            u"SELECT speaker, language, form FROM speaker_forms ORDER BY speaker, language, position"_s, {}))
        return *error;
    while (forms.next()) {
        const auto speaker = index.constFind(forms.value(0).toString());
        const QString language = forms.value(1).toString();
        const auto known = std::find_if(std::cbegin(kFormLanguages), std::cend(kFormLanguages),
                                        [&](const FormLanguage &l) { return l.key == language; });
        if (speaker == index.cend() || known == std::cend(kFormLanguages))
            return u"a speaker form of “%1” in “%2” belongs to nobody"_s.arg(forms.value(0).toString(),
                                                                             language);
        (speakers[*speaker].speaker.*known->forms).append(forms.value(2).toString());
    }
    if (forms.lastError().isValid())
        return forms.lastError().text();
    return speakers;
}

} // namespace claimscope::core::tables
