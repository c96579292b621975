#pragma once

// The console's own record of an upgrade run, for a Management Node without
// status/v1/upgrade_run/ (every real one: REAL-API.md §2). It watches what
// each refresh shows — the Management Node's version and status, each
// Conferencing Node's status and version — and keeps, per run: when it was
// first seen, the target version, per node each status with the server's
// time, the turns (attempts) and when the node reached the target. It fills
// in the snapshot's run from that record, marked `observed`, so the run
// panel, the wall, the forecast, the reports and upgradectl work the same
// on a real node as on one that reports its runs. Everything is measured on
// the Management Node's clock (Snapshot::serverTime); nothing here reads a
// clock of its own.
//
// What the console cannot see it does not invent: the start is "first
// observed", the queue order and the attempts are inferred (the run says so,
// and the UI marks them), and nodes already on the target when the console
// first saw the run are not counted as upgraded by it.
//
// The record is kept as JSON in the upgrade_run page shape (toJson/fromJson)
// so a console restarted mid-run loses nothing: the owner stores it per
// deployment (ObservedRunStore).

#include "core/api/resources.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <chrono>
#include <optional>

namespace iuc::api {

struct Snapshot;

class RunObserver final
{
public:
    // With no system in an upgrade status for this long, a run that has not
    // upgraded everything is over (no real run idles that long: a node that
    // cannot drain is requeued after an hour).
    static constexpr std::chrono::minutes kIdleEnd{60};
    // The vendor's whole-run limit.
    static constexpr std::chrono::hours kRunLimit{24};

    // Looks at one refresh. When the snapshot has no run and the node does
    // not offer upgrade_run, the record is updated and the snapshot's run
    // set from it (the current run, or the last one); during a run, each
    // node's queue position, attempts and time of its last status change
    // are filled in where the node does not report them, marked inferred.
    // Returns whether the record changed (the owner then saves it).
    bool observe(Snapshot &snapshot);

    // Every run observed, oldest first, with their nodes.
    [[nodiscard]] const QList<UpgradeRun> &runs() const { return m_runs; }
    [[nodiscard]] const UpgradeRun *current() const;

    [[nodiscard]] QByteArray toJson() const;
    // Replaces the record; a file this build cannot read is an error and
    // leaves the record empty.
    Result<void> fromJson(const QByteArray &json);

    // How many Conferencing Nodes a Management Node upgrades at once when
    // installing `target`: UpgradeBehaviour::builtIn() (REAL-API.md §5).
    static int parallelismFor(const Version &target);

private:
    void start(const Snapshot &s);
    void learnTarget(const Snapshot &s);
    void follow(const Snapshot &s);
    void followNode(RunNode &node, const WorkerVmStatus &status, const QDateTime &at);
    void finishIfOver(const Snapshot &s, bool active);
    void recount();
    void fillNodes(Snapshot &s) const;
    static bool isActive(const Snapshot &s);

    QList<UpgradeRun> m_runs;
    QDateTime m_lastActive; // server time of the last refresh with a system in an upgrade status
    bool m_changed = false; // during one observe()
};

} // namespace iuc::api
