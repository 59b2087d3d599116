#include "core/highlight/HighlighterClient.h"

#include "core/highlight/HelperReplies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHighlighter, "claimscope.highlighter")

namespace claimscope::core {
namespace {

constexpr int kStartTimeoutMs = 5000;
constexpr int kControlTimeoutMs = 5000;
constexpr int kMaxAttempts = 2; // the first try and one retry after a crash
const QString kHelperName = QStringLiteral("claimscope-highlighter");

// JSON string syntax for a text: the bulk of a highlight request is the text itself, and writing it
// here takes a fraction of the time QJsonDocument takes (it builds a tree first).
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out.append(utf8.constData() + runStart, utf8.size() - runStart);
    out += '"';
}

QByteArray highlightRequestLine(quint64 id, const QString &definition, const QString &theme,
                                const QString &text)
{
    QByteArray line;
    line.reserve(text.size() * 2 + definition.size() + theme.size() + 96);
    line += "{\"id\":" + QByteArray::number(id) + ",\"method\":\"highlight\",\"definition\":";
    appendJsonString(line, definition);
    line += ",\"theme\":";
    appendJsonString(line, theme);
    line += ",\"text\":";
    appendJsonString(line, text);
    line += "}\n";
    return line;
}

} // namespace

HighlighterClient::HighlighterClient(QObject *parent)
    : QObject(parent)
    , m_helperPath(defaultHelperPath())
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setInterval(100);
    connect(m_watchdog, &QTimer::timeout, this, &HighlighterClient::checkTimeouts);
}

HighlighterClient::~HighlighterClient()
{
    stopHelper();
}

QString HighlighterClient::defaultHelperPath()
{
    if (const QString fromEnvironment = qEnvironmentVariable("CLAIMSCOPE_HIGHLIGHTER");
        !fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../libexec/claimscope/") + kHelperName);
    if (QFileInfo(installed).isExecutable())
        return QFileInfo(installed).canonicalFilePath();
#ifdef CLAIMSCOPE_HIGHLIGHTER_BUILD_PATH
    if (QFileInfo(QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_BUILD_PATH)).isExecutable())
        return QStringLiteral(CLAIMSCOPE_HIGHLIGHTER_BUILD_PATH);
#endif
    return installed;
}

void HighlighterClient::setHelperPath(const QString &path)
{
    stopHelper();
    m_helperPath = path;
}

void HighlighterClient::setSearchPaths(const QStringList &paths)
{
    m_searchPaths = paths;
    if (m_process && m_greeted) {
        for (const QString &path : paths)
            call(
                {{QStringLiteral("method"), QStringLiteral("addSearchPath")}, {QStringLiteral("path"), path}},
                kControlTimeoutMs);
    }
}

int HighlighterClient::timeoutFor(qsizetype characters)
{
    // Generous: the helper does about 15 MB/s; a stuck one is not slow by a factor of ten, it is stuck.
    return 3000 + static_cast<int>(std::min<qsizetype>(characters / 1000, 600000));
}

qint64 HighlighterClient::helperProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

bool HighlighterClient::ensureStarted(QString *error)
{
    if (m_process && m_process->state() == QProcess::Running && m_greeted)
        return true;
    stopHelper();
    if (!QFileInfo(m_helperPath).isExecutable()) {
        *error =
            tr("the highlighting helper was not found at %1").arg(QDir::toNativeSeparators(m_helperPath));
        return false;
    }

    m_process = new QProcess(this);
    m_process->setProgram(m_helperPath);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &HighlighterClient::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &HighlighterClient::readErrors);
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readErrors();
        const QString reason = status == QProcess::CrashExit
                                   ? tr("the highlighting helper crashed")
                                   : tr("the highlighting helper stopped (exit code %1)").arg(exitCode);
        recoverFromFault(reason);
    });
    m_lastFault.clear();
    m_process->start(QIODevice::ReadWrite);
    ++m_startCount;
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        *error = tr("the highlighting helper could not be started: %1").arg(m_process->errorString());
        stopHelper();
        return false;
    }

    QElapsedTimer waited;
    waited.start();
    while (!m_greeted && m_process && waited.elapsed() < kStartTimeoutMs) {
        if (!m_process->waitForReadyRead(static_cast<int>(kStartTimeoutMs - waited.elapsed())))
            break;
    }
    if (!m_greeted) {
        *error = m_lastFault.isEmpty() ? tr("the highlighting helper did not introduce itself") : m_lastFault;
        stopHelper();
        return false;
    }
    for (const QString &path : std::as_const(m_searchPaths)) {
        const Reply added = call(
            {{QStringLiteral("method"), QStringLiteral("addSearchPath")}, {QStringLiteral("path"), path}},
            kControlTimeoutMs);
        if (!added.ok()) {
            *error = added.error;
            return false;
        }
    }
    return true;
}

void HighlighterClient::stopHelper()
{
    m_greeted = false;
    m_outputBuffer.clear();
    for (Pending &pending : m_inFlight)
        pending.sendOrder = 0; // whatever the old helper was sent, a new one has not seen
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(200)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    m_process->deleteLater();
    m_process = nullptr;
}

quint64 HighlighterClient::enqueue(const std::function<QByteArray(quint64)> &lineFor, int timeoutMs,
                                   bool async, qsizetype textLength)
{
    Pending pending;
    const quint64 id = m_nextId++;
    pending.id = id;
    pending.timeoutMs = timeoutMs;
    pending.async = async;
    pending.textLength = textLength;
    pending.line = lineFor(id);
    m_inFlight.push_back(std::move(pending));

    QString error;
    const bool started = ensureStarted(&error);
    // Starting may itself have run into a fault that already answered this request.
    if (Pending *queued = findPending(id); queued && !queued->done) {
        if (!started)
            finish(*queued, Reply{{}, error});
        else if (queued->sendOrder == 0)
            send(*queued);
    }
    if (async)
        m_watchdog->start();
    return id;
}

void HighlighterClient::send(Pending &pending)
{
    ++pending.attempts;
    pending.sendOrder = ++m_sendCounter;
    pending.sent.start();
    m_process->write(pending.line);
}

HighlighterClient::Pending *HighlighterClient::awaitingReply()
{
    Pending *earliest = nullptr;
    for (Pending &pending : m_inFlight) {
        if (!pending.done && pending.sendOrder != 0 && (!earliest || pending.sendOrder < earliest->sendOrder))
            earliest = &pending;
    }
    return earliest;
}

HighlighterClient::Pending *HighlighterClient::findPending(quint64 id)
{
    for (Pending &pending : m_inFlight) {
        if (pending.id == id)
            return &pending;
    }
    return nullptr;
}

void HighlighterClient::finish(Pending &pending, Reply reply)
{
    pending.reply = std::move(reply);
    pending.done = true;
    if (pending.async)
        deliverAsync();
}

// Async answers are delivered from the event loop, never from inside a blocking call or a fault handler.
void HighlighterClient::deliverAsync()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
                if (!it->done || !it->async) {
                    ++it;
                    continue;
                }
                const quint64 id = it->id;
                const Reply reply = it->reply;
                const qsizetype textLength = it->textLength;
                it = m_inFlight.erase(it);
                if (!reply.ok()) {
                    emit failed(id, reply.error);
                    continue;
                }
                auto parsed = parseHighlightReply(reply.result, textLength);
                if (auto *result = std::get_if<HighlightResult>(&parsed))
                    emit highlighted(id, *result);
                else
                    emit failed(id, std::get<QString>(parsed));
            }
        },
        Qt::QueuedConnection);
}

HighlighterClient::Reply HighlighterClient::call(QJsonObject request, int timeoutMs)
{
    return waitForReply(enqueue(
        [&request](quint64 id) {
            request.insert(QStringLiteral("id"), static_cast<qint64>(id));
            QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact);
            line += '\n';
            return line;
        },
        timeoutMs, false, 0));
}

HighlighterClient::Reply HighlighterClient::waitForReply(quint64 id)
{
    while (true) {
        const auto it =
            std::find_if(m_inFlight.begin(), m_inFlight.end(), [id](const Pending &p) { return p.id == id; });
        if (it == m_inFlight.end())
            return Reply{{}, tr("the request was lost")};
        if (it->done) {
            Reply reply = std::move(it->reply);
            m_inFlight.erase(it);
            return reply;
        }
        checkTimeouts();
        if (m_process && findPending(id) && !findPending(id)->done)
            m_process->waitForReadyRead(50);
    }
}

std::variant<HighlightResult, QString> HighlighterClient::highlight(const QString &definition,
                                                                    const QString &theme, const QString &text)
{
    const Reply reply =
        waitForReply(enqueue([&](quint64 id) { return highlightRequestLine(id, definition, theme, text); },
                             timeoutFor(text.size()), false, text.size()));
    if (!reply.ok())
        return reply.error;
    return parseHighlightReply(reply.result, text.size());
}

quint64 HighlighterClient::highlightAsync(const QString &definition, const QString &theme,
                                          const QString &text)
{
    return enqueue([&](quint64 id) { return highlightRequestLine(id, definition, theme, text); },
                   timeoutFor(text.size()), true, text.size());
}

quint64 HighlighterClient::rejectAsync(const QString &error)
{
    Pending pending;
    pending.id = m_nextId++;
    pending.async = true;
    m_inFlight.push_back(std::move(pending));
    finish(m_inFlight.back(), Reply{{}, error});
    return m_inFlight.back().id;
}

std::variant<QList<ThemeInfo>, QString> HighlighterClient::themes()
{
    const Reply reply = call({{QStringLiteral("method"), QStringLiteral("listThemes")}}, kControlTimeoutMs);
    if (!reply.ok())
        return reply.error;
    return parseThemes(reply.result);
}

void HighlighterClient::readOutput()
{
    if (!m_process)
        return;
    m_outputBuffer += m_process->readAllStandardOutput();
    for (const QByteArray &line : takeCompleteLines(m_outputBuffer)) {
        handleLine(line);
        if (!m_process) // a fault restarted the helper; the rest of the old one's output is void
            return;
    }
}

void HighlighterClient::readErrors()
{
    if (!m_process)
        return;
    m_errorBuffer += m_process->readAllStandardError();
    for (const QByteArray &line : takeCompleteLines(m_errorBuffer)) {
        qCInfo(lcHighlighter).noquote() << QString::fromUtf8(line);
        emit logMessage(QString::fromUtf8(line));
    }
}

void HighlighterClient::handleLine(const QByteArray &line)
{
    const std::optional<QJsonObject> message = helperMessage(line);
    if (!message) {
        recoverFromFault(tr("the highlighting helper wrote something that is not a reply"));
        return;
    }
    const QJsonObject &object = *message;
    if (!m_greeted) {
        if (!isHelperGreeting(object)) {
            // A start-up failure, not a fault to recover from: starting again would meet the same helper.
            stopHelper();
            m_lastFault = tr("the highlighting helper speaks another protocol");
            return;
        }
        m_greeted = true;
        return;
    }
    // Replies come in the order requests were sent.
    Pending *waiting = awaitingReply();
    if (!waiting || object.value(QStringLiteral("id")).toInteger() != static_cast<qint64>(waiting->id)) {
        recoverFromFault(tr("the highlighting helper answered a request that was not asked"));
        return;
    }
    if (object.value(QStringLiteral("ok")).toBool())
        finish(*waiting, Reply{object, {}});
    else
        finish(*waiting, Reply{{}, object.value(QStringLiteral("error")).toString()});
}

void HighlighterClient::checkTimeouts()
{
    Pending *waiting = awaitingReply();
    if (!waiting) {
        if (std::none_of(m_inFlight.begin(), m_inFlight.end(), [](const Pending &p) { return !p.done; }))
            m_watchdog->stop();
        return;
    }
    if (waiting->sent.elapsed() < waiting->timeoutMs)
        return;
    qCWarning(lcHighlighter) << "request" << waiting->id << "timed out after" << waiting->timeoutMs << "ms";
    finish(*waiting, Reply{{},
                           tr("the highlighting helper did not answer within %Ln second(s)", nullptr,
                              (waiting->timeoutMs + 999) / 1000)});
    recoverFromFault(tr("the highlighting helper stopped answering"));
}

void HighlighterClient::recoverFromFault(const QString &reason)
{
    if (m_recovering)
        return;
    m_recovering = true;
    m_lastFault = reason;
    qCWarning(lcHighlighter).noquote() << reason;
    stopHelper();

    bool anyLeft = false;
    for (Pending &pending : m_inFlight) {
        if (pending.done)
            continue;
        if (pending.attempts >= kMaxAttempts)
            finish(pending, Reply{{}, reason});
        else
            anyLeft = true;
    }
    if (anyLeft) {
        QString error;
        if (ensureStarted(&error)) {
            for (Pending &pending : m_inFlight) {
                if (!pending.done && pending.sendOrder == 0)
                    send(pending);
            }
        } else {
            for (Pending &pending : m_inFlight) {
                if (!pending.done)
                    finish(pending, Reply{{}, error});
            }
        }
    }
    m_recovering = false;
}

} // namespace claimscope::core
