#pragma once

#include "emulator/sim/adminlog.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QTcpSocket;
class QThread;
class QTimer;
class QUdpSocket;

namespace iuc::sim {

// How the twin writes a syslog message; a real node's choice is not
// documented, so both are served and the console reads both.
enum class SyslogFormat {
    Rfc5424, // "<14>1 2026-12-06T20:51:22.123+00:00 host - - - - <text>"; over TCP with octet counting
    Rfc3164, // "<14>Dec  6 20:51:22 host <text>"; over TCP one per line
};

// One configured syslog server and the administrator-log lines it has not
// been sent yet.
struct SyslogDelivery
{
    QString address;
    int port = 514;
    QString transport; // "udp", "tcp" or "tls"
    QString host;      // the Management Node's host name, for the header
    std::vector<LogEntry> entries;
};

// The Management Node's syslog client (configuration/v1/syslog_server/):
// every 100 ms (real time) it asks `pull` for what is due and sends it, UDP
// datagrams or a kept TCP connection per server. Lines for a server that
// cannot be reached are dropped, as a node's own log daemon would after its
// queue, with a warning. Runs on a thread of its own.
class SyslogForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyslogForwarder)

public:
    using Pull = std::function<std::vector<SyslogDelivery>()>;

    // Starts the thread; stops it on destruction.
    SyslogForwarder(Pull pull, SyslogFormat format);
    ~SyslogForwarder() override;

    // One message in `format`, without TCP framing.
    static QByteArray message(const LogEntry &entry, const QString &host, SyslogFormat format);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace iuc::sim
