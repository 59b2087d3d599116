#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace claimscope::core {

// A REFI-QDA project document (project.qde) as read, before it means anything to Claimscope: only
// the elements an import uses, plus a readable line for every element it has no place for.
// GUIDs are normalised (lower case, no braces); positions are as written (code points).

struct RefiVariableValue {
    QString variable; // a Variable's GUID
    QString value;
};

struct RefiCoding {
    QString code; // a Code's GUID
    QStringList notes;
};

struct RefiSelection {
    QString guid;
    QString name;
    QString description;
    qint64 start = -1;
    qint64 end = -1;
    QString creatingUser;
    QString modifyingUser;
    QDateTime created;
    QDateTime modified;
    QList<RefiCoding> codings;
    QStringList notes;
};

struct RefiTextSource {
    QString guid;
    QString name;
    QString description;
    QString plainTextPath;
    std::optional<QString> plainTextContent;
    QString creatingUser;
    QDateTime created;
    QList<RefiSelection> selections;
    QList<RefiCoding> codings; // of the whole source
    QStringList notes;
    QList<RefiVariableValue> variables;
};

struct RefiNote {
    QString guid;
    QString name;
    QString text;
    QString creatingUser;
    QString modifyingUser;
    QDateTime created;
    QDateTime modified;
};

struct RefiCodeEntry {
    QString guid;
    QString name;
    QString colour;
    QString description;
    QString parent; // the enclosing Code's GUID, empty at the top
};

struct RefiCase {
    QString guid;
    QString name;
    QString description;
    QStringList codes;
    QList<RefiVariableValue> variables;
};

struct RefiDocument {
    QString name;
    QString origin;
    QString description;
    QHash<QString, QString> users;     // GUID → name
    QList<RefiCodeEntry> codes;        // in document order, parents before children
    QHash<QString, QString> variables; // GUID → name
    QList<RefiCase> cases;
    QList<RefiTextSource> sources;
    QList<RefiNote> notes;
    QStringList projectNotes; // GUIDs of the notes on the project itself
    QStringList skipped;      // "PDF source “Report”", "Set “Key texts”", …, for the user
};

} // namespace claimscope::core
