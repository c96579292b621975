#include "cli/commands/drainaheadwatch.h"

#include "core/api/deploymentpoller.h"
#include "core/api/snapshot.h"
#include "core/session/runsummary.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <QCoro/QCoroTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace iuc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("upgradectl", text);
}

} // namespace

DrainAheadWatch::DrainAheadWatch(CliContext &context, api::DeploymentPoller &poller, const RunSummary &run,
                                 int keepPercent)
    : m_context(context)
    , m_poller(poller)
    , m_run(run)
    , m_runner(context.client(), run, DrainRecord::defaultDirectory())
    , m_keep(keepPercent)
{
    Terminal &t = m_context.terminal();
    if (const auto &error = m_runner.recordError())
        t.error(t.yellow(tr("Drain ahead is off: %1").arg(error->message)));
    DrainSettings settings = m_runner.settings();
    settings.guardrail = (100 - keepPercent) / 100.0;
    m_runner.setSettings(settings);
    if (const std::optional<StartWindow> &window = context.startWindow(); window && window->end)
        m_runner.setWindow(window); // drain ahead only inside it
    m_said = m_runner.drained();
    QObject::connect(&m_runner, &DrainAheadRunner::refreshWanted, &poller, &api::DeploymentPoller::refreshNow);
    QObject::connect(&m_runner, &DrainAheadRunner::failed, &poller, [&t](const Error &error) {
        t.error(t.yellow(tr("Drain ahead: %1").arg(error.message)));
    });
    QObject::connect(&m_runner, &DrainAheadRunner::changed, &poller, [this] { sayChanges(); });
}

void DrainAheadWatch::update(const api::Snapshot &snapshot)
{
    for (const api::WorkerVmStatus &n : snapshot.nodes)
        m_names.insert(n.id, n.name);
    m_runner.update(snapshot);
    if (m_turnedOn || m_runner.recordError())
        return;
    if (m_runner.isEnabled()) { // an earlier upgradectl or console turned it on for this run
        m_turnedOn = true;
        m_context.terminal().print(tr("Drain ahead: carrying on for the run in progress; nodes drained ahead: %1.")
                                       .arg(m_runner.drained().size()));
        return;
    }
    if (m_run.state() != RunSummary::State::Running)
        return; // the Management Node's own upgrade first
    m_turnedOn = true;
    if (const Result<void> on = m_runner.setEnabled(true); !on) {
        Terminal &t = m_context.terminal();
        t.error(t.yellow(tr("Drain ahead: %1").arg(on.error().message)));
        return;
    }
    m_context.terminal().print(tr("Drain ahead on: at least %1 % of each location's capacity stays in service.")
                                   .arg(m_keep));
}

bool DrainAheadWatch::stop()
{
    m_turnedOn = true; // not on again in this run
    if (!m_runner.isEnabled())
        return false;
    (void)m_runner.setEnabled(false);
    m_context.terminal().print(tr("Drain ahead off: a node failed its health check; the nodes drained ahead go "
                                  "back into service."));
    return true;
}

void DrainAheadWatch::sayChanges()
{
    if (m_runner.isApplying())
        return; // said once the node has answered
    const QList<int> now = m_runner.drained();
    Terminal &t = m_context.terminal();
    if (!t.isInteractive()) {
        for (const int id : now) {
            if (!m_said.contains(id))
                t.print(tr("Drain ahead: %1 in maintenance mode ahead of its turn.").arg(m_names.value(id)));
        }
        for (const int id : std::as_const(m_said)) {
            if (!now.contains(id))
                t.print(tr("Drain ahead: %1 back in service.").arg(m_names.value(id)));
        }
    }
    m_said = now;
}

void DrainAheadWatch::tellForecast(RunSummary &run) const
{
    run.setDrainAhead(m_runner.isEnabled() && m_runner.insideWindow() ? std::optional<DrainSettings>(m_runner.settings())
                                                                       : std::nullopt,
                      m_runner.drained());
}

QString DrainAheadWatch::screenLine() const
{
    if (!m_runner.isEnabled()) {
        return m_runner.drained().isEmpty()
                   ? tr("Drain ahead: off.")
                   : tr("Drain ahead: returning %1 nodes to service…").arg(m_runner.drained().size());
    }
    return tr("Drain ahead (keeping %1 % in service): %2 nodes drained, %3 kept in service by the guardrail.")
        .arg(m_keep)
        .arg(m_runner.drained().size())
        .arg(m_runner.heldByGuardrail().size());
}

QCoro::Task<> DrainAheadWatch::returnNodes(std::chrono::milliseconds patience)
{
    if (m_runner.isEnabled())
        m_runner.setEnabled(false); // the nodes go back at once
    if (m_runner.drained().isEmpty())
        co_return;
    Terminal &t = m_context.terminal();
    t.print(tr("Drain ahead: returning %1 nodes to service…").arg(m_runner.drained().size()));
    const QDeadlineTimer deadline(patience);
    QDeadlineTimer nextRefresh(2s);
    while (!deadline.hasExpired() && (m_runner.isApplying() || !m_runner.drained().isEmpty())) {
        if (!m_runner.isApplying() && nextRefresh.hasExpired()) {
            m_poller.refreshNow(); // the next refresh plans what a refusal left
            nextRefresh.setRemainingTime(2s);
        }
        co_await QCoro::sleepFor(200ms);
    }
    if (!m_runner.drained().isEmpty()) {
        QStringList names;
        for (const int id : m_runner.drained())
            names << m_names.value(id, QString::number(id));
        t.error(t.yellow(tr("Drain ahead: still in maintenance mode by upgradectl's doing: %1. The next "
                            "upgrade-console or upgradectl --drain-ahead connected to this Management Node "
                            "returns them; or take them out of maintenance mode yourself.")
                             .arg(names.join(u", "_s))));
    }
}

} // namespace iuc::cli
