#include "emulator/server/syslogforwarder.h"

#include "core/domain/logging.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

int severityOf(const QString &level)
{
    if (level == u"ERROR"_s || level == u"CRITICAL"_s)
        return 3;
    if (level == u"WARNING"_s)
        return 4;
    if (level == u"DEBUG"_s)
        return 7;
    return 6; // INFO and anything else
}

// The administrator-log line without its own "<syslog time> <host> ": the
// syslog header carries those.
QString bodyOf(const QString &line)
{
    const qsizetype first = line.indexOf(u' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(u' ', first + 1);
    return second < 0 ? line : line.mid(second + 1);
}

} // namespace

class SyslogForwarder::Worker final : public QObject
{
public:
    Worker(Pull pull, SyslogFormat format)
        : m_pull(std::move(pull))
        , m_format(format)
    {
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(100);
        connect(m_timer, &QTimer::timeout, this, &Worker::tick);
        m_timer->start();
    }

private:
    struct Tcp
    {
        QTcpSocket *socket = nullptr;
        QDateTime retryAfter; // after a failed connection
    };

    void tick()
    {
        for (const SyslogDelivery &delivery : m_pull()) {
            if (delivery.transport == u"udp"_s)
                sendUdp(delivery);
            else if (delivery.transport == u"tcp"_s)
                sendTcp(delivery);
            else
                warnOnce(delivery, u"the twin does not send syslog over %1; lines dropped"_s.arg(delivery.transport));
        }
    }

    void sendUdp(const SyslogDelivery &delivery)
    {
        if (!m_udp)
            m_udp = new QUdpSocket(this);
        const QHostAddress address = resolve(delivery.address);
        for (const LogEntry &entry : delivery.entries)
            m_udp->writeDatagram(message(entry, delivery.host, m_format), address, static_cast<quint16>(delivery.port));
    }

    void sendTcp(const SyslogDelivery &delivery)
    {
        const QString key = delivery.address + u':' + QString::number(delivery.port);
        Tcp &tcp = m_tcp[key];
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (tcp.socket && tcp.socket->state() == QAbstractSocket::UnconnectedState) {
            tcp.socket->deleteLater();
            tcp.socket = nullptr;
            tcp.retryAfter = now.addSecs(2);
        }
        if (!tcp.socket) {
            if (tcp.retryAfter.isValid() && now < tcp.retryAfter) {
                warnOnce(delivery, u"cannot connect to %1 over TCP; lines dropped"_s.arg(key));
                return;
            }
            tcp.socket = new QTcpSocket(this);
            tcp.socket->connectToHost(resolve(delivery.address), static_cast<quint16>(delivery.port));
        }
        for (const LogEntry &entry : delivery.entries) {
            const QByteArray text = message(entry, delivery.host, m_format);
            // Written while still connecting: Qt sends it once connected.
            if (m_format == SyslogFormat::Rfc5424)
                tcp.socket->write(QByteArray::number(text.size()) + ' ' + text);
            else
                tcp.socket->write(text + '\n');
        }
    }

    static QHostAddress resolve(const QString &address)
    {
        const QHostAddress literal(address);
        return literal.isNull() ? QHostAddress(QHostAddress::LocalHost) : literal; // the twin resolves no names
    }

    void warnOnce(const SyslogDelivery &delivery, const QString &what)
    {
        const QString key = delivery.address + u':' + QString::number(delivery.port) + delivery.transport;
        if (m_warned.contains(key))
            return;
        m_warned.insert(key, true);
        qCWarning(lcSim).noquote() << "syslog server" << key << ":" << what;
    }

    Pull m_pull;
    SyslogFormat m_format;
    QTimer *m_timer = nullptr;
    QUdpSocket *m_udp = nullptr;
    QHash<QString, Tcp> m_tcp;
    QHash<QString, bool> m_warned;
};

SyslogForwarder::SyslogForwarder(Pull pull, SyslogFormat format)
    : m_thread(new QThread)
    , m_worker(new Worker(std::move(pull), format))
{
    m_thread->setObjectName(u"syslog-forwarder"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, [worker = m_worker] { worker->begin(); });
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SyslogForwarder::~SyslogForwarder()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker went with the thread's last events
}

QByteArray SyslogForwarder::message(const LogEntry &entry, const QString &host, SyslogFormat format)
{
    const int priority = 8 + severityOf(entry.level); // facility 1, user-level messages
    const QDateTime at = toDateTime(entry.at).toUTC();
    const QString body = bodyOf(entry.line);
    QString text;
    if (format == SyslogFormat::Rfc5424) {
        text = u"<%1>1 %2 %3 - - - - "_s.arg(priority)
                   .arg(at.toString(u"yyyy-MM-ddTHH:mm:ss.zzz+00:00"_s), host)
               + body;
    } else {
        const QLocale c = QLocale::c();
        const QString day = QString::number(at.date().day()).rightJustified(2, u' ');
        text = u"<%1>%2 %3 %4 %5 "_s.arg(priority)
                   .arg(c.toString(at, u"MMM"_s), day, at.toString(u"HH:mm:ss"_s), host)
               + body;
    }
    return text.toUtf8();
}

} // namespace iuc::sim
