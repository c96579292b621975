#pragma once

// Alerts (issue 15, item 5): the moments an admin watching an upgrade must
// hear about even when not looking at the console. The monitor turns what
// the refreshes show into alerts, each raised once (per node and run where
// it concerns a node), with what happened and what to do; the desktop
// notification, the wall's banner and the webhook (AlertWebhook) are only
// ways of saying them.

#include "core/api/snapshot.h"
#include "core/session/healthchecks.h"
#include "core/session/runsummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>

namespace iuc::api {
class DeploymentPoller;
} // namespace iuc::api

namespace iuc {

struct Alert
{
    enum class Kind {
        NodeTimedOut,      // waited an hour for calls to clear: requeued (R4)
        NodeUnreachable,   // the Management Node lost contact with a node
        HealthCheckFailed, // HealthChecks
        ForecastCut,       // the forecast now ends the run at the 24-hour stop (R5)
        RunFinished,       // every system upgraded
        RunStopped,        // ended with systems left behind
        ConnectionLost,    // no good refresh for longer than the set time
        LogError,          // an ERROR in the administrator log that R13 does not expect
    };

    Kind kind = Kind::RunFinished;
    QString key;      // what makes it the same alert: raised once per key
    QString title;    // a few words: "lon-conf3 timed out"
    QString text;     // what happened
    QString action;   // what to do
    QDateTime at;     // Management Node clock (the workstation's for ConnectionLost)
    int nodeId = -1;  // the node it is about, or -1
    QString node;

    // One plain-text line: title, what happened, what to do.
    [[nodiscard]] QString summary() const;
    // Serious: something needs the admin (not a run that finished well).
    [[nodiscard]] bool isWarning() const { return kind != Kind::RunFinished; }
    // Its kind as a stable identifier ("node_timed_out"), for the webhook.
    [[nodiscard]] static QString kindName(Kind kind);
};

class AlertMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertMonitor)

public:
    static constexpr std::chrono::minutes kDefaultConnectionLimit{5};
    static constexpr int kKept = 200; // the newest alerts kept for the list

    explicit AlertMonitor(QObject *parent = nullptr);

    // A refresh, after `run` was updated from it.
    void update(const api::Snapshot &snapshot, const RunSummary &run);
    // A failed health check; `drainAheadStopped` when it turned drain ahead off.
    void healthCheckFailed(const HealthCheck &check, bool drainAheadStopped);
    // The connection: `dataAge` since the last good refresh (none before
    // the first), `now` the workstation's clock. Over the limit once: an
    // alert; a good refresh re-arms it. While the Management Node reboots
    // in its own upgrade (`rebooting`, expected: R1) the limit is four times
    // as long.
    void connection(std::optional<std::chrono::seconds> dataAge, bool rebooting, const QDateTime &now,
                    const QString &why);
    // The same, read from `poller` (its last good refresh, its state and error).
    void watchConnection(const api::DeploymentPoller &poller, const QDateTime &now);
    void setConnectionLimit(std::chrono::seconds limit) { m_connectionLimit = limit; }
    [[nodiscard]] std::chrono::seconds connectionLimit() const { return m_connectionLimit; }

    // Raised so far, oldest first.
    [[nodiscard]] const QList<Alert> &alerts() const { return m_alerts; }

Q_SIGNALS:
    void raised(const iuc::Alert &alert);

private:
    void raise(Alert alert);
    void nodeAlerts(const api::Snapshot &snapshot, const RunSummary &run);
    void runAlerts(const api::Snapshot &snapshot, const RunSummary &run);
    void logAlerts(const api::Snapshot &snapshot, const RunSummary &run);

    std::chrono::seconds m_connectionLimit = kDefaultConnectionLimit;
    bool m_connectionAlerted = false;
    QString m_runKey;                   // the run's start, for keys
    RunSummary::State m_lastState = RunSummary::State::NoRun;
    bool m_lastCut = false;
    QHash<int, NodeStatus::Code> m_lastStatus;
    QSet<QString> m_raisedKeys;
    QList<Alert> m_alerts;
};

} // namespace iuc
