#pragma once

// upgradectl's drain ahead (--drain-ahead): the console's DrainAheadRunner
// fed from the watch's refreshes. Turned on once the Conferencing Nodes'
// turns have begun; each change is printed as it is made; when the run
// ends, or the admin presses Ctrl-C, the nodes it drained go back into
// service before upgradectl exits (its record keeps them for the next
// console or upgradectl if that cannot be done).

#include "cli/clicontext.h"
#include "core/session/drainaheadrunner.h"

#include <QCoro/QCoroTask>

namespace iuc {
class RunSummary;
} // namespace iuc

namespace iuc::api {
class DeploymentPoller;
struct Snapshot;
} // namespace iuc::api

namespace iuc::cli {

class DrainAheadWatch final
{
public:
    DrainAheadWatch(CliContext &context, api::DeploymentPoller &poller, const RunSummary &run, int keepPercent);

    // A refresh (after `run` has seen it).
    void update(const api::Snapshot &snapshot);
    // What the forecast counts on (RunSummary::setDrainAhead), before a refresh.
    void tellForecast(RunSummary &run) const;
    // The nodes it holds in maintenance mode.
    [[nodiscard]] const QList<int> &drained() const { return m_runner.drained(); }
    // Turns drain ahead off for the rest of the run (a failed health check):
    // its nodes go back into service. Whether it was on.
    bool stop();
    // One line for the live screen.
    [[nodiscard]] QString screenLine() const;
    // Returns the nodes it drained to service, refreshing until the node
    // shows them back (at most `patience`); says what is left.
    QCoro::Task<> returnNodes(std::chrono::milliseconds patience);

private:
    void sayChanges();

    CliContext &m_context;
    api::DeploymentPoller &m_poller;
    const RunSummary &m_run;
    DrainAheadRunner m_runner;
    int m_keep;
    bool m_turnedOn = false;    // turned on once; a later run is not drained
    QList<int> m_said;          // drained() as last printed
    QHash<int, QString> m_names;
};

} // namespace iuc::cli
