#pragma once

#include "core/api/deploymentpoller.h"
#include "core/api/managementclient.h"
#include "core/api/runobserver.h"
#include "core/model/deploymentmodel.h"
#include "core/model/logmodel.h"
#include "core/session/alertmonitor.h"
#include "core/session/alertwebhook.h"
#include "core/session/healthchecks.h"
#include "core/session/manualreboots.h"
#include "core/session/observedrunstore.h"
#include "core/session/runsummary.h"
#include "core/session/sysloglink.h"
#include "core/storage/adminactionlog.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace iuc {

class DrainAheadRunner;

// One connected deployment, as the console shows it: the client, the refresh
// loop and every model fed from it, plus the short histories the charts
// draw. The GUI, the wall display and tests share it; it has no widgets.
class DeploymentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentSession)

public:
    // A point of a chart: when (the Management Node's clock), and the value.
    struct Sample
    {
        QDateTime at;
        double value = 0;
    };

    DeploymentSession(api::ConnectionSettings settings, QString displayName, QObject *parent = nullptr);
    ~DeploymentSession() override;

    void start();
    void stop();
    // Keeps the console's own record of the runs (on a node that does not
    // report them) in `directory` (ObservedRunStore::defaultDirectory() for
    // the user's), read now and written whenever it changes. Without, the
    // record lives as long as the session. An unreadable record is moved
    // aside and the error returned; the session then starts a new one.
    Result<void> keepRunRecord(const QString &directory);
    [[nodiscard]] const api::RunObserver &runObserver() const { return m_observer; }
    // Keeps the record of what the admin does to the nodes (AdminActionLog)
    // in `directory` (AdminActionLog::defaultDirectory() for the user's).
    // Without, actions are not recorded and reports show none.
    void keepAdminActions(const QString &directory);
    [[nodiscard]] const AdminActionLog *adminActions() const { return m_adminActions.get(); }
    // Records an action done now (the Management Node's clock, this
    // session's account); why it could not be, for the caller to say.
    Result<void> recordAdminAction(AdminAction::Kind kind, int nodeId, const QString &node, int calls,
                                   const QString &detail = {});
    // Drain ahead (DrainAheadRunner), its record kept in `directory`
    // (DrainRecord::defaultDirectory() for the user's). Without, none.
    void keepDrainAhead(const QString &directory);
    [[nodiscard]] DrainAheadRunner *drainAhead() const { return m_drainAhead.get(); }

    void setRefreshInterval(std::chrono::milliseconds interval);
    void refreshNow();

    [[nodiscard]] const QString &displayName() const { return m_name; }
    [[nodiscard]] api::ManagementClient &client() { return *m_client; }
    [[nodiscard]] api::DeploymentPoller &poller() { return *m_poller; }
    [[nodiscard]] DeploymentModel &nodes() { return m_nodes; }
    [[nodiscard]] RunSummary &run() { return m_run; }
    [[nodiscard]] LogModel &log() { return m_log; }
    // The administrator log by syslog, for a node without it in its API.
    [[nodiscard]] SyslogLink &syslog() { return *m_syslog; }
    // Reboots the admin does by hand (a node without the reboot command).
    [[nodiscard]] ManualReboots &manualReboots() { return *m_reboots; }
    // The last good refresh, if any.
    [[nodiscard]] const std::optional<api::Snapshot> &snapshot() const;

    // Connection state and the age of the data, in words, for a status bar.
    [[nodiscard]] QString connectionText() const;
    // Seconds since the last good refresh (workstation clock); -1 before the first.
    [[nodiscard]] qint64 dataAgeSeconds() const;
    // True when the data is older than three refresh intervals.
    [[nodiscard]] bool isStale() const;

    // Systems upgraded in the current run, over the run's time.
    [[nodiscard]] const QList<Sample> &upgradedHistory() const { return m_upgraded; }
    // Calls on each node in maintenance mode (node id → samples), for the
    // "calls draining" chart; a node leaves the map when its turn ends.
    [[nodiscard]] const QHash<int, QList<Sample>> &drainHistory() const { return m_drain; }
    [[nodiscard]] QString nodeName(int id) const;

    // The health check after each node's upgrade (issue 15, item 4): a
    // failure is recorded with the admin's actions for the report, raises
    // an alert and turns drain ahead off.
    [[nodiscard]] const HealthChecks &healthChecks() const { return m_health; }
    // The alerts of this deployment (issue 15, item 5), for the desktop,
    // the wall and the webhook.
    [[nodiscard]] AlertMonitor &alerts() { return m_alerts; }
    // Sends every alert on to a webhook too (the profile's); null: none.
    void setAlertWebhook(std::unique_ptr<AlertWebhook> webhook);
    [[nodiscard]] AlertWebhook *alertWebhook() const { return m_webhook.get(); }

Q_SIGNALS:
    void updated();                // a new snapshot went into the models
    void connectionChanged();      // poller state or error changed
    void failed(const iuc::Error &error);

private:
    void onSnapshot(const api::Snapshot &snapshot);
    void record(const api::Snapshot &snapshot);
    void onHealthCheck(const HealthCheck &check);
    void checkConnection();

    QString m_name;
    std::unique_ptr<api::ManagementClient> m_client;
    api::RunObserver m_observer; // before the poller, which uses it
    std::unique_ptr<api::DeploymentPoller> m_poller;
    std::unique_ptr<ManualReboots> m_reboots; // after the poller it watches
    std::unique_ptr<ObservedRunStore> m_runStore;
    std::unique_ptr<AdminActionLog> m_adminActions;
    DeploymentModel m_nodes;
    RunSummary m_run;
    LogModel m_log;
    std::unique_ptr<SyslogLink> m_syslog; // after the client and the log it uses
    QList<Sample> m_upgraded;
    QHash<int, QList<Sample>> m_drain;
    QDateTime m_runStartedAt;
    HealthChecks m_health;
    AlertMonitor m_alerts;
    QTimer m_connectionTimer;
    std::unique_ptr<AlertWebhook> m_webhook;
    std::unique_ptr<DrainAheadRunner> m_drainAhead; // last: it uses everything above
};

} // namespace iuc
