#pragma once

#include "core/api/resources.h"
#include "core/domain/result.h"
#include "core/syslog/syslogmessage.h"
#include "core/syslog/syslogstream.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace iuc::syslog {

// The console as a syslog server (issue 12): a real Management Node sends its
// administrator log to the syslog servers configured on it, and to no API.
// Listens on one port number over UDP and TCP at once, reads RFC 5424 and
// RFC 3164 messages (TCP: octet counting or one per line) and hands them on
// as administrator-log lines. Ids are left 0: LogModel numbers them.
class SyslogReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyslogReceiver)

public:
    struct Options
    {
        QHostAddress address = QHostAddress::Any; // every interface: the node is elsewhere
        quint16 port = 0;                         // 0: any free port (tests, the demo)
        bool udp = true;
        bool tcp = true;
    };

    static constexpr int MaxConnections = 64;

    explicit SyslogReceiver(QObject *parent = nullptr);
    ~SyslogReceiver() override;

    // Opens the port (the same number for UDP and TCP). Errors: PortInUse,
    // PortNotAllowed, CannotListen; nothing is left open after one.
    Result<void> listen(const Options &options);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const Options &options() const { return m_options; }

    [[nodiscard]] qint64 messages() const { return m_messages; }
    // TCP frames that were cut or skipped (too large, unreadable length).
    [[nodiscard]] qint64 damaged() const { return m_damaged; }

Q_SIGNALS:
    // A batch of lines in arrival order (one datagram or one TCP read).
    void received(const QList<iuc::api::LogEntry> &entries);

private:
    void readDatagrams();
    void acceptConnections();
    void readStream(QTcpSocket *socket);
    api::LogEntry entry(QByteArrayView message, const QHostAddress &from) const;

    Options m_options;
    QUdpSocket *m_udp = nullptr;
    QTcpServer *m_tcp = nullptr;
    QHash<QTcpSocket *, SyslogStream> m_streams;
    quint16 m_port = 0;
    qint64 m_messages = 0;
    qint64 m_damaged = 0;
};

} // namespace iuc::syslog
