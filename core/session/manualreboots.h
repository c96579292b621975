#pragma once

// The reboots the admin does by hand, on a Management Node without a reboot
// command (every real one): after the console has said how, it watches each
// one on every refresh (RebootWatch) and says when it happened, or that it
// has not within the time a reboot takes. The Management Node's own reboot
// is also announced to the poller, so that its silence meanwhile is shown
// calmly as a reboot (R1, R7), not as a lost connection.

#include "core/api/deploymentpoller.h"
#include "core/session/rebootwatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace iuc {

class ManualReboots final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualReboots)

public:
    explicit ManualReboots(api::DeploymentPoller &poller, QObject *parent = nullptr);
    ~ManualReboots() override;

    // Watch Conferencing Node `nodeId` (as the last refresh showed it), from
    // now on the Management Node's clock.
    void watchNode(int nodeId);
    // Watch the Management Node: away, then answering again (workstation clock).
    void watchManagement();

    // "Waiting for …" for each reboot not seen yet; empty when none.
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] bool isWatching() const { return !m_nodes.isEmpty() || m_management.has_value(); }

    // The workstation's clock, for the Management Node's reboot (tests move it).
    void setWallClock(std::function<QDateTime()> now) { m_wallClock = std::move(now); }

Q_SIGNALS:
    // `name` rebooted at `at` (its boot time, else when it was seen back).
    void seen(const QString &name, const QDateTime &at);
    // `name` has not rebooted within RebootWatch's limit; still watched.
    void overdue(const QString &name);
    void changed(); // pendingText() changed

private:
    void onSnapshot(const api::Snapshot &snapshot);
    void onFailed(const Error &error);
    void settle(RebootWatch &watch, RebootWatch::Outcome before);

    api::DeploymentPoller &m_poller;
    QHash<int, RebootWatch> m_nodes; // by node id, until seen
    std::optional<RebootWatch> m_management;
    std::function<QDateTime()> m_wallClock;
};

} // namespace iuc
