#pragma once

#include "core/api/resources.h"
#include "core/domain/result.h"
#include "core/syslog/syslogreceiver.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <optional>

namespace iuc {

class LogModel;
namespace api {
class ManagementClient;
}

// The administrator log of a Management Node that has none in its API
// (issue 12): the console's syslog receiver feeding the session's LogModel,
// and the console's own entry in the node's configuration/v1/syslog_server/,
// added and removed on the admin's word (the UI confirms each).
class SyslogLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyslogLink)

public:
    SyslogLink(api::ManagementClient &client, LogModel &log, QObject *parent = nullptr);
    ~SyslogLink() override;

    Result<void> listen(const syslog::SyslogReceiver::Options &options);
    void stopListening();
    [[nodiscard]] bool isListening() const { return m_receiver.isListening(); }
    [[nodiscard]] const syslog::SyslogReceiver &receiver() const { return m_receiver; }
    [[nodiscard]] qint64 linesReceived() const { return m_lines; }

    // This computer's address on the way to `node` (the route the system
    // would take; nothing is sent): what the Management Node should send to.
    // Null when there is no route.
    static QHostAddress localAddressTowards(const QUrl &node);

    // Adds address:port (this receiver's port) with `transport` ("udp" or
    // "tcp") to the node's syslog servers, or takes over an entry already
    // there for the same address, port and transport (a console that was
    // stopped without removing it).
    QCoro::Task<Result<api::SyslogServer>> addToNode(QString address, QString transport);
    // Removes the entry added by addToNode; nothing to do without one.
    QCoro::Task<Result<void>> removeFromNode();
    [[nodiscard]] const std::optional<api::SyslogServer> &onNode() const { return m_onNode; }
    // The node is the demo's own twin, which ends with the console: its
    // entry needs no question before the console goes.
    void setOnDemoTwin(bool demo) { m_demoTwin = demo; }
    [[nodiscard]] bool isOnDemoTwin() const { return m_demoTwin; }

Q_SIGNALS:
    void changed(); // listening, the node's entry, or the line count

private:
    api::ManagementClient &m_client;
    LogModel &m_log;
    syslog::SyslogReceiver m_receiver;
    std::optional<api::SyslogServer> m_onNode;
    qint64 m_lines = 0;
    bool m_demoTwin = false;
};

} // namespace iuc
