#include "ui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace claimscope::ui {
namespace {

// A request is a few paths; anything longer is not from us and is dropped.
constexpr qint64 kMaxRequestBytes = 1 << 20;
constexpr int kStaleProbeMs = 500;

QString filesKey()
{
    return QStringLiteral("files");
}

QString statusKey()
{
    return QStringLiteral("status");
}

// Sends one request line and reads one answer line; empty when the exchange failed.
QByteArray exchange(const QString &serverName, const QJsonObject &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    QByteArray line = QJsonDocument(request).toJson(QJsonDocument::Compact);
    line += '\n';
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs))
        return {};
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return {};
    }
    return socket.readLine(kMaxRequestBytes).trimmed();
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // The uid keeps two users apart in the shared socket directory; the home folder keeps apart
    // the isolated HOMEs tests and benchmarks use. Hashed, as a socket path has a length limit.
    const QByteArray user = QByteArray::number(::getuid()) + '\n' + QDir::homePath().toUtf8();
    const QByteArray digest = QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("io.github.claimscope.Claimscope-") + QString::fromLatin1(digest);
}

bool SingleInstance::handOver(const QString &serverName, const QStringList &files, int timeoutMs)
{
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    return exchange(serverName, QJsonObject{{filesKey(), paths}}, timeoutMs) == QByteArrayLiteral("ok");
}

std::optional<QJsonObject> SingleInstance::queryStatus(const QString &serverName, int timeoutMs)
{
    const QJsonDocument answer =
        QJsonDocument::fromJson(exchange(serverName, QJsonObject{{statusKey(), true}}, timeoutMs));
    if (!answer.isObject())
        return std::nullopt;
    return answer.object();
}

void SingleInstance::setStatusProvider(std::function<QJsonObject()> provider)
{
    m_statusProvider = std::move(provider);
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Another user must not be able to push files into our window.
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    }
    // Probed before listening: with UserAccessOption Qt renames its socket over the path, which
    // would silently take the name from a live instance. Only a name nobody answers on is removed
    // (a crashed window's socket file). Two windows starting in the same instant may still both
    // listen; the later one then receives the hand-overs.
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(kStaleProbeMs))
        return false;
    QLocalServer::removeServer(m_serverName);
    return m_server->listen(m_serverName);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // The request may have arrived with the connection.
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestBytes)
            socket->abort();
        return;
    }
    const QJsonDocument request = QJsonDocument::fromJson(socket->readLine(kMaxRequestBytes));
    if (request.isObject() && request.object().value(statusKey()).toBool()) {
        const QJsonObject status = m_statusProvider ? m_statusProvider() : QJsonObject();
        socket->write(QJsonDocument(status).toJson(QJsonDocument::Compact) + '\n');
        socket->flush();
        return;
    }
    if (!request.isObject() || !request.object().value(filesKey()).isArray()) {
        socket->abort();
        return;
    }
    QStringList files;
    for (const QJsonValue &value : request.object().value(filesKey()).toArray()) {
        const QString path = value.toString();
        // Relative paths would resolve against our working directory, not the sender's.
        if (QFileInfo(path).isAbsolute())
            files.append(path);
    }
    socket->write(QByteArrayLiteral("ok\n"));
    socket->flush();
    // Answered before the window acts, so that the launch that sent them can end at once.
    emit filesReceived(files);
}

} // namespace claimscope::ui
