#pragma once

#include "core/highlight/HighlightTypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <deque>
#include <functional>
#include <variant>

class QProcess;
class QTimer;

namespace claimscope::core {

// Talks to claimscope-highlighter (docs/HIGHLIGHTER_PROTOCOL.md), the process that runs
// KSyntaxHighlighting. One helper per client, started on first use. A request that gets no reply in
// time fails and the helper is restarted; a helper that crashes or writes garbage is restarted and
// its requests are sent once more. The helper's stderr is always read and logged.
class HighlighterClient final : public QObject {
    Q_OBJECT

public:
    struct Reply {
        QJsonObject result;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    explicit HighlighterClient(QObject *parent = nullptr);
    ~HighlighterClient() override;

    // $CLAIMSCOPE_HIGHLIGHTER, else the installed libexec copy next to the app, else the build tree's.
    static QString defaultHelperPath();
    void setHelperPath(const QString &path);
    QString helperPath() const { return m_helperPath; }
    // Folders with syntax/ and themes/ sent to every helper this client starts.
    void setSearchPaths(const QStringList &paths);

    // Blocking calls, for headless use and tests: they wait for the reply without an event loop.
    Reply call(QJsonObject request, int timeoutMs);
    std::variant<HighlightResult, QString> highlight(const QString &definition, const QString &theme,
                                                     const QString &text);
    std::variant<QList<ThemeInfo>, QString> themes();

    // Asynchronous highlighting for the window: the answer comes as highlighted() or failed().
    quint64 highlightAsync(const QString &definition, const QString &theme, const QString &text);
    // An asynchronous request that fails with `error` without reaching the helper, answered like
    // any other (failed() from the event loop) so that callers have one path for failures.
    quint64 rejectAsync(const QString &error);

    // The helper's process id, or 0 when none runs (tests use it to kill the helper).
    qint64 helperProcessId() const;
    // How many times a helper was started: a restart shows as an increase.
    int startCount() const { return m_startCount; }

    // How long a highlight of `characters` may take before the helper is taken to be stuck.
    static int timeoutFor(qsizetype characters);

signals:
    void highlighted(quint64 id, const claimscope::core::HighlightResult &result);
    void failed(quint64 id, const QString &error);
    void logMessage(const QString &line);

private:
    struct Pending {
        quint64 id = 0;
        QByteArray line;
        int timeoutMs = 0;
        int attempts = 0;
        quint64 sendOrder = 0; // when it was sent to the running helper; 0: not sent to it (yet)
        bool async = false;
        qsizetype textLength = 0;
        QElapsedTimer sent;
        Reply reply;
        bool done = false;
    };

    // Queues a request whose line `lineFor` writes for its id, starts the helper if need be, sends it.
    quint64 enqueue(const std::function<QByteArray(quint64)> &lineFor, int timeoutMs, bool async,
                    qsizetype textLength);
    Reply waitForReply(quint64 id);
    bool ensureStarted(QString *error);
    void send(Pending &pending);
    void stopHelper();
    void recoverFromFault(const QString &reason);
    void finish(Pending &pending, Reply reply);
    void readOutput();
    void readErrors();
    void handleLine(const QByteArray &line);
    void checkTimeouts();
    Pending *findPending(quint64 id);
    // The request the helper's next reply answers: the earliest one sent to it still unanswered.
    Pending *awaitingReply();
    void deliverAsync();

    QString m_helperPath;
    QStringList m_searchPaths;
    QProcess *m_process = nullptr;
    QTimer *m_watchdog;
    QByteArray m_outputBuffer;
    QByteArray m_errorBuffer;
    std::deque<Pending> m_inFlight;
    quint64 m_nextId = 1;
    quint64 m_sendCounter = 0;
    int m_startCount = 0;
    bool m_greeted = false;
    QString m_lastFault; // why the latest helper was given up, for the start-up error
    bool m_recovering = false;
};

} // namespace claimscope::core
