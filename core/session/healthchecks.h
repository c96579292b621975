#pragma once

// The health check after each node's upgrade (issue 15, item 4), from what
// the Management Node's API shows. A Conferencing Node is checked once it
// reports the run's target version, and passes when, at a refresh at least
// kSettle after that:
// - it still reports the target version and is in contact (sync_status
//   SYNCED, or no sync_status on versions without one);
// - no alarm names it (alarms name a node by its IP address) that was not
//   raised before the run;
// - its load returns: it is out of maintenance mode and takes calls
//   (media_load below 100, which a node in maintenance reports). A node the
//   admin keeps in maintenance mode (its configuration says so and the
//   console did not put it there) is not expected to take calls.
// A node that has not passed kGrace after its upgrade has failed, with the
// checks it did not pass. Each node is checked once per run.

#include "core/api/snapshot.h"
#include "core/domain/adminaction.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>

namespace iuc {

class RunSummary;

struct HealthCheck
{
    enum class Verdict { Checking, Passed, Failed };

    int nodeId = 0;
    QString node;          // its name
    QDateTime upgradedAt;  // when it was first seen on the target (Management Node clock)
    QDateTime decidedAt;   // when it passed or failed
    Verdict verdict = Verdict::Checking;
    QStringList problems;  // the checks it did not pass, in words (the last refresh's)
    QString note;          // e.g. that the admin keeps it in maintenance mode

    // "passed", or "failed: <problems>", for a table cell or a log line.
    [[nodiscard]] QString text() const;
    // The problems in one line, "; " between them.
    [[nodiscard]] QString findings() const;
    // How it is kept with the admin's actions (the report's health_check).
    [[nodiscard]] AdminAction::Kind recordedAs() const;
};

class HealthChecks;
// The checks as DeploymentModel::setHealth() takes them.
QHash<int, std::pair<QString, bool>> healthByNode(const HealthChecks &checks);

class HealthChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthChecks)

public:
    static constexpr std::chrono::minutes kSettle{2};
    static constexpr std::chrono::minutes kGrace{10};

    explicit HealthChecks(QObject *parent = nullptr);

    // A refresh: `run` is updated from the same snapshot; `consoleDrained`
    // the nodes the console itself holds in maintenance mode (drain ahead).
    void update(const api::Snapshot &snapshot, const RunSummary &run, const QList<int> &consoleDrained);

    // This run's checks, by node id.
    [[nodiscard]] const QHash<int, HealthCheck> &checks() const { return m_checks; }
    [[nodiscard]] int failedCount() const;
    // Nodes whose check has not decided yet.
    [[nodiscard]] QStringList checking() const;

Q_SIGNALS:
    void decided(const iuc::HealthCheck &check); // passed or failed, once per node and run
    void changed();

private:
    [[nodiscard]] QStringList problemsOf(const api::WorkerVmStatus &node, const api::Snapshot &snapshot,
                                         const api::ReportedVersion &target, bool adminHeld, QString *note) const;

    QDateTime m_runStartedAt;
    QSet<int> m_alarmsBefore;          // alarm ids present when the run was first seen
    QHash<int, QString> m_lastVersion; // each node's version at the last refresh
    QHash<int, HealthCheck> m_checks;
};

} // namespace iuc
