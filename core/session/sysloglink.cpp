#include "core/session/sysloglink.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/domain/logging.h"
#include "core/model/logmodel.h"

#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace iuc {

SyslogLink::SyslogLink(api::ManagementClient &client, LogModel &log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{
    connect(&m_receiver, &syslog::SyslogReceiver::received, this, [this](const QList<api::LogEntry> &entries) {
        m_log.append(entries);
        m_lines += entries.size();
        Q_EMIT changed();
    });
}

SyslogLink::~SyslogLink() = default;

Result<void> SyslogLink::listen(const syslog::SyslogReceiver::Options &options)
{
    Result<void> listening = m_receiver.listen(options);
    Q_EMIT changed();
    return listening;
}

void SyslogLink::stopListening()
{
    m_receiver.close();
    Q_EMIT changed();
}

QHostAddress SyslogLink::localAddressTowards(const QUrl &node)
{
    const QHostAddress literal(node.host());
    if (literal.isLoopback())
        return literal;
    // A connected UDP socket has the local address the route gives; no
    // datagram is sent. Names are resolved by the system on connect.
    QUdpSocket probe;
    probe.connectToHost(node.host(), static_cast<quint16>(node.port(443)));
    if (!probe.waitForConnected(2000))
        return {};
    return probe.localAddress();
}

QCoro::Task<Result<api::SyslogServer>> SyslogLink::addToNode(QString address, QString transport)
{
    api::SyslogServer me;
    me.address = address;
    me.port = m_receiver.port();
    me.transport = transport;
    me.description = tr("Infinity Upgrade Console: the administrator log during an upgrade");
    Result<QList<api::SyslogServer>> present = co_await m_client.syslogServers();
    if (!present)
        co_return present.error();
    for (const api::SyslogServer &s : present.value()) {
        if (s.address == me.address && s.port == me.port && s.transport == me.transport) {
            qCInfo(lcSyslog).noquote() << "the Management Node already sends to" << address << me.port << "as syslog server"
                                       << s.id;
            m_onNode = s;
            Q_EMIT changed();
            co_return s;
        }
    }
    Result<api::SyslogServer> added = co_await m_client.addSyslogServer(me);
    if (added) {
        qCInfo(lcSyslog).noquote() << "added syslog server" << added.value().id << address << me.port << transport
                                   << "to the Management Node";
        m_onNode = added.value();
        Q_EMIT changed();
    }
    co_return added;
}

QCoro::Task<Result<void>> SyslogLink::removeFromNode()
{
    if (!m_onNode)
        co_return ResultOk;
    const int id = m_onNode->id;
    Result<void> removed = co_await m_client.removeSyslogServer(id);
    if (removed || removed.error().is(ApiError::NotFound)) {
        qCInfo(lcSyslog).noquote() << "removed syslog server" << id << "from the Management Node";
        m_onNode.reset();
        Q_EMIT changed();
        co_return ResultOk;
    }
    co_return removed;
}

} // namespace iuc
