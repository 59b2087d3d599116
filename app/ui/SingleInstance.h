#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace claimscope::ui {

// One Claimscope window per user: a later launch hands its files to the window already running
// (the desktop starts `claimscope %F` for every double-click) instead of opening a second window.
//
// The protocol, over a local socket only the user can reach: the client sends one line of compact
// JSON, {"files": [absolute paths]} (an empty list asks the window to come forward), and the server
// answers the line "ok" once it has taken them. Paths are made absolute by the client, which alone
// knows its working directory. {"status": true} asks what the window shows instead; the answer is
// one line of JSON from the status provider (how tests and the package check see that a file
// opened from the desktop is open).
class SingleInstance final : public QObject {
    Q_OBJECT

public:
    // `serverName` is defaultServerName() in the application; tests use their own.
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Derived from the application id and the user (uid and home), so two users never meet.
    static QString defaultServerName();

    // Hands `files` to the instance listening on `serverName`; true once it acknowledged them.
    // False, quickly, when nobody listens: the caller then starts its own window.
    static bool handOver(const QString &serverName, const QStringList &files, int timeoutMs = 3000);

    // What the instance listening on `serverName` reports of itself; nothing when nobody listens
    // or the answer is not a JSON object.
    static std::optional<QJsonObject> queryStatus(const QString &serverName, int timeoutMs = 3000);

    // Answers status requests; without one they are answered with an empty object.
    void setStatusProvider(std::function<QJsonObject()> provider);

    // Starts serving; false when a live instance already owns the name. A name left behind by an
    // instance that crashed is removed, but only after connecting to it failed.
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_serverName; }

signals:
    // A later launch handed over `files` (absolute paths; empty: just come forward).
    void filesReceived(const QStringList &files);

private:
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    std::function<QJsonObject()> m_statusProvider;
};

} // namespace claimscope::ui
