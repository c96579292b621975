#include "core/syslog/syslogreceiver.h"

#include "core/domain/logging.h"
#include "core/syslog/syslogerrors.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace iuc::syslog {

namespace {

Error listenError(QAbstractSocket::SocketError error, quint16 port, const QString &what, const QString &detail)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return Error{SyslogError::PortInUse,
                     SyslogReceiver::tr("Port %1 (%2) is already in use on this computer. "
                                        "Choose another port, or stop the program that uses it.")
                         .arg(port)
                         .arg(what)};
    case QAbstractSocket::SocketAccessError:
        return Error{SyslogError::PortNotAllowed,
                     SyslogReceiver::tr("This computer does not allow the console to listen on port %1 (%2). "
                                        "Ports below 1024 need administrator rights: choose a port from 1024 up.")
                         .arg(port)
                         .arg(what)};
    default:
        return Error{SyslogError::CannotListen,
                     SyslogReceiver::tr("Cannot listen on port %1 (%2): %3").arg(port).arg(what, detail)};
    }
}

} // namespace

SyslogReceiver::SyslogReceiver(QObject *parent)
    : QObject(parent)
{
}

SyslogReceiver::~SyslogReceiver() = default;

Result<void> SyslogReceiver::listen(const Options &options)
{
    close();
    if (!options.udp && !options.tcp)
        return Error{SyslogError::CannotListen, tr("Choose UDP, TCP or both.")};
    m_options = options;
    // With port 0 the system picks a number for the first socket; the other
    // must get the same one, which another program may hold: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        quint16 port = options.port;
        if (options.tcp) {
            m_tcp = new QTcpServer(this);
            m_tcp->setMaxPendingConnections(MaxConnections);
            if (!m_tcp->listen(options.address, port)) {
                const Error error = listenError(m_tcp->serverError(), port, u"TCP"_s, m_tcp->errorString());
                close();
                return error;
            }
            port = m_tcp->serverPort();
            connect(m_tcp, &QTcpServer::newConnection, this, &SyslogReceiver::acceptConnections);
        }
        if (options.udp) {
            m_udp = new QUdpSocket(this);
            if (!m_udp->bind(options.address, port)) {
                const Error error = listenError(m_udp->error(), port, u"UDP"_s, m_udp->errorString());
                close();
                if (options.port == 0 && error.is(SyslogError::PortInUse))
                    continue;
                return error;
            }
            port = m_udp->localPort();
            connect(m_udp, &QUdpSocket::readyRead, this, &SyslogReceiver::readDatagrams);
        }
        m_port = port;
        qCInfo(lcSyslog).noquote() << "listening for syslog on" << options.address.toString() << "port" << m_port
                                   << (options.udp ? "UDP" : "") << (options.tcp ? "TCP" : "");
        return ResultOk;
    }
    return Error{SyslogError::PortInUse, tr("Found no port free for both UDP and TCP. Choose a port.")};
}

void SyslogReceiver::close()
{
    for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_streams.clear();
    if (m_udp) {
        m_udp->close();
        m_udp->deleteLater();
        m_udp = nullptr;
    }
    if (m_tcp) {
        m_tcp->close();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
    m_port = 0;
}

bool SyslogReceiver::isListening() const
{
    return m_udp || m_tcp;
}

api::LogEntry SyslogReceiver::entry(QByteArrayView message, const QHostAddress &from) const
{
    const SyslogMessage parsed = parseSyslogMessage(message, QDateTime::currentDateTimeUtc());
    api::LogEntry out;
    out.time = parsed.time;
    out.level = parsed.level();
    QHostAddress sender = from;
    if (const auto v4 = sender.toIPv4Address(); v4 != 0 && sender.protocol() == QAbstractSocket::IPv6Protocol)
        sender = QHostAddress(v4); // "::ffff:10.0.0.1" as "10.0.0.1"
    out.line = toLogLine(parsed, sender.toString());
    return out;
}

void SyslogReceiver::readDatagrams()
{
    QList<api::LogEntry> batch;
    while (m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram(64 * 1024);
        if (datagram.data().isEmpty())
            continue;
        batch.append(entry(datagram.data(), datagram.senderAddress()));
    }
    m_messages += batch.size();
    if (!batch.isEmpty())
        Q_EMIT received(batch);
}

void SyslogReceiver::acceptConnections()
{
    while (m_tcp && m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        if (m_streams.size() >= MaxConnections) {
            qCWarning(lcSyslog).noquote() << "refused a syslog connection from" << socket->peerAddress().toString()
                                          << ": already" << MaxConnections << "open";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_streams.insert(socket, SyslogStream());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readStream(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            readStream(socket);
            m_streams.remove(socket);
            socket->deleteLater();
        });
    }
}

void SyslogReceiver::readStream(QTcpSocket *socket)
{
    const auto it = m_streams.find(socket);
    if (it == m_streams.end())
        return;
    const int damagedBefore = it->damaged();
    it->feed(socket->readAll());
    QList<api::LogEntry> batch;
    while (const std::optional<QByteArray> frame = it->next()) {
        if (!frame->isEmpty())
            batch.append(entry(*frame, socket->peerAddress()));
    }
    if (it->damaged() > damagedBefore) {
        m_damaged += it->damaged() - damagedBefore;
        qCWarning(lcSyslog).noquote() << "cut" << it->damaged() - damagedBefore << "oversized syslog message(s) from"
                                      << socket->peerAddress().toString();
    }
    m_messages += batch.size();
    if (!batch.isEmpty())
        Q_EMIT received(batch);
}

} // namespace iuc::syslog
