#pragma once

// Drain ahead on a connected deployment (issue 15, item 1): opt-in for the
// run in progress. Fed every refresh (update(); the console's session and
// upgradectl's watch do), it plans (core/engine/drainahead.h) from
// what the Management Node shows — the nodes' locations, maintenance mode,
// upgrade status and version, the forecast's order — and asks the node for
// the changes with the documented PATCH of maintenance_mode, the reason
// naming the console. Every node it drains is in its record (DrainRecord)
// before it is asked, so any end — the run's, drain ahead turned off, a
// console restart, a crash — finds it and returns it to service. Only the
// console's own nodes are ever taken out of maintenance.

#include "core/engine/drainahead.h"
#include "core/domain/result.h"
#include "core/storage/drainrecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>
#include <vector>

namespace iuc::api {
class ManagementClient;
struct Snapshot;
} // namespace iuc::api

namespace iuc {

class RunSummary;

class DrainAheadRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrainAheadRunner)

public:
    // Reads the record in `directory` (DrainRecord::defaultDirectory() for
    // the user's) at once: nodes left drained by an earlier console are
    // returned to service at the next refresh unless their run is still on
    // with drain ahead. `run` is the run as the same refreshes show it
    // (updated before update() is called).
    DrainAheadRunner(api::ManagementClient &client, const RunSummary &run, const QString &directory,
                     QObject *parent = nullptr);
    ~DrainAheadRunner() override;

    // A refresh: plans and asks the node for the changes (one pass at a
    // time; a refresh during a pass is planned at the next).
    void update(const api::Snapshot &snapshot);

    // Why the record could not be read (then the runner does nothing).
    [[nodiscard]] const std::optional<Error> &recordError() const { return m_recordError; }

    // Turns drain ahead on for the run in progress (session.unknown-run
    // without one in its Conferencing Nodes' phase), or off: then the
    // console's nodes go back into service at once.
    Result<void> setEnabled(bool on);
    [[nodiscard]] bool isEnabled() const { return m_state.enabled; }
    void setSettings(const DrainSettings &settings);
    // Drain ahead only inside `window` (a scheduled start's, issue 15):
    // outside it, nothing more is drained and the console's nodes go back
    // into service; it resumes at the window's next start. None: always.
    void setWindow(std::optional<StartWindow> window);
    [[nodiscard]] const std::optional<StartWindow> &window() const { return m_state.window; }
    // Whether the last refresh was inside the window (always without one).
    [[nodiscard]] bool insideWindow() const;
    // Turn on by itself once the next run reaches the Conferencing Nodes
    // (a scheduled start: nobody needs to be there). Not kept on disk: the
    // start it waits for is this console's.
    void armForNextRun(bool armed) { m_armed = armed; }
    [[nodiscard]] bool isArmed() const { return m_armed; }
    [[nodiscard]] DrainSettings settings() const;

    // The nodes in maintenance by the console's doing.
    [[nodiscard]] const QList<int> &drained() const { return m_state.nodes; }
    // Each location's capacity as of the last refresh, after what the
    // console asked (the guardrail's bars).
    [[nodiscard]] const QHash<QString, LocationCapacity> &locations() const { return m_locations; }
    // The last plan's nodes kept in service by the guardrail.
    [[nodiscard]] const std::vector<NodeId> &heldByGuardrail() const { return m_held; }
    [[nodiscard]] bool isApplying() const { return m_applying; }

    // The words put into maintenance_mode_reason.
    static QString reasonText();

Q_SIGNALS:
    void changed();
    // Changes were asked: a refresh now shows them.
    void refreshWanted();
    // A node refused a change, or the record could not be written; said
    // once until a change succeeds again.
    void failed(const iuc::Error &error);

private:
    void plan();
    QCoro::Task<> apply(DrainPlan plan);
    std::vector<DrainNode> nodesFrom(const api::Snapshot &snapshot) const;
    std::vector<NodeId> predictedOrder(const api::Snapshot &snapshot) const;
    bool save();
    void fail(const Error &error);

    api::ManagementClient &m_client;
    const RunSummary &m_run;
    std::vector<DrainNode> m_nodes;    // as the last refresh showed them
    std::vector<NodeId> m_order;       // the forecast's order then
    QHash<int, QString> m_names;       // for the log
    DrainRecord m_record;
    DrainState m_state;
    std::optional<Error> m_recordError;
    QHash<QString, LocationCapacity> m_locations;
    std::vector<NodeId> m_held;
    bool m_applying = false;
    bool m_armed = false;
    QDateTime m_serverTime; // the last refresh's
    bool m_failing = false;
};

} // namespace iuc
