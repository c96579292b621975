#include "core/session/healthchecks.h"

#include "core/domain/adminaction.h"
#include "core/session/runsummary.h"

using namespace Qt::StringLiterals;

namespace iuc {

static_assert(HealthChecks::kGrace < kHealthCheckAfterRun, "a run's report counts every check of its nodes");

namespace {

bool onVersion(const api::ReportedVersion &reported, const api::ReportedVersion &target)
{
    if (reported.version.isValid() && target.version.isValid())
        return reported.version == target.version;
    return !reported.text.isEmpty() && reported.text == target.text;
}

bool inContact(const api::WorkerVmStatus &node)
{
    const NodeStatus::Code code = node.upgradeStatus.code();
    if (code == NodeStatus::Code::Unreachable || code == NodeStatus::Code::Rebooting)
        return false;
    return node.syncStatus.isEmpty() || node.syncStatus.compare(u"SYNCED"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

QString HealthCheck::text() const
{
    switch (verdict) {
    case Verdict::Checking:
        return HealthChecks::tr("checking");
    case Verdict::Passed:
        return note.isEmpty() ? HealthChecks::tr("passed") : HealthChecks::tr("passed (%1)").arg(note);
    case Verdict::Failed:
        return HealthChecks::tr("failed: %1").arg(findings());
    }
    return {};
}

QString HealthCheck::findings() const
{
    return problems.join(u"; "_s);
}

AdminAction::Kind HealthCheck::recordedAs() const
{
    return verdict == Verdict::Failed ? AdminAction::Kind::HealthCheckFailed : AdminAction::Kind::HealthCheckPassed;
}

QHash<int, std::pair<QString, bool>> healthByNode(const HealthChecks &checks)
{
    QHash<int, std::pair<QString, bool>> byNode;
    for (const HealthCheck &c : checks.checks())
        byNode.insert(c.nodeId, {c.text(), c.verdict == HealthCheck::Verdict::Failed});
    return byNode;
}

HealthChecks::HealthChecks(QObject *parent)
    : QObject(parent)
{
}

int HealthChecks::failedCount() const
{
    return static_cast<int>(std::count_if(m_checks.cbegin(), m_checks.cend(), [](const HealthCheck &c) {
        return c.verdict == HealthCheck::Verdict::Failed;
    }));
}

QStringList HealthChecks::checking() const
{
    QStringList names;
    for (const HealthCheck &c : m_checks) {
        if (c.verdict == HealthCheck::Verdict::Checking)
            names << c.node;
    }
    names.sort();
    return names;
}

QStringList HealthChecks::problemsOf(const api::WorkerVmStatus &node, const api::Snapshot &snapshot,
                                     const api::ReportedVersion &target, bool adminHeld,
                                     QString *note) const
{
    QStringList problems;
    if (!onVersion(node.version, target))
        problems << tr("reports version %1, not %2").arg(node.version.text, target.text);
    if (!inContact(node)) {
        problems << (node.syncStatus.isEmpty() ? tr("out of contact with the Management Node")
                                               : tr("sync status %1").arg(node.syncStatus));
    }
    const QString address = snapshot.configurations.value(node.id).address;
    for (const api::Alarm &alarm : snapshot.alarms) {
        if (address.isEmpty() || alarm.node != address || m_alarmsBefore.contains(alarm.id))
            continue;
        QString details = alarm.details.trimmed();
        if (details.endsWith(u'.'))
            details.chop(1); // it goes inside a sentence
        problems << (details.isEmpty() ? tr("alarm %1").arg(alarm.name) : tr("alarm %1 (%2)").arg(alarm.name, details));
    }
    if (adminHeld) {
        *note = tr("kept in maintenance mode by an administrator");
    } else if (node.maintenanceMode) {
        problems << tr("still in maintenance mode");
    } else if (node.mediaLoad >= 100) {
        problems << tr("takes no calls (media load %1 %)").arg(node.mediaLoad);
    }
    return problems;
}

void HealthChecks::update(const api::Snapshot &snapshot, const RunSummary &run, const QList<int> &consoleDrained)
{
    const std::optional<api::UpgradeRun> &current = run.run();
    if (!current || !snapshot.serverTime.isValid())
        return;
    bool changes = false;
    if (current->startedAt != m_runStartedAt) { // a new run: new checks
        m_runStartedAt = current->startedAt;
        m_checks.clear();
        m_alarmsBefore.clear();
        for (const api::Alarm &alarm : snapshot.alarms) {
            if (!alarm.timeRaised.isValid() || alarm.timeRaised < current->startedAt)
                m_alarmsBefore.insert(alarm.id);
        }
        changes = true;
    }
    const api::ReportedVersion &target = current->targetVersion;
    for (const api::WorkerVmStatus &node : snapshot.nodes) {
        const QString before = m_lastVersion.value(node.id);
        m_lastVersion.insert(node.id, node.version.text);
        const bool onTarget = !target.text.isEmpty() && onVersion(node.version, target);
        auto it = m_checks.find(node.id);
        if (it == m_checks.end()) {
            // Checked when seen arriving on the target (the last node may
            // arrive in the refresh that sees the run completed).
            if (!onTarget || before.isEmpty() || before == node.version.text)
                continue;
            it = m_checks.insert(node.id, HealthCheck{node.id, node.name, snapshot.serverTime, {}, {}, {}, {}});
            changes = true;
        }
        HealthCheck &check = *it;
        if (check.verdict != HealthCheck::Verdict::Checking)
            continue;
        const bool adminHeld = snapshot.configurations.value(node.id).maintenanceMode && !consoleDrained.contains(node.id);
        QString note;
        const QStringList problems = problemsOf(node, snapshot, target, adminHeld, &note);
        const auto since = std::chrono::seconds(check.upgradedAt.secsTo(snapshot.serverTime));
        if (problems != check.problems || note != check.note)
            changes = true;
        check.problems = problems;
        check.note = note;
        if (since < kSettle)
            continue;
        if (problems.isEmpty()) {
            check.verdict = HealthCheck::Verdict::Passed;
        } else if (since >= kGrace) {
            check.verdict = HealthCheck::Verdict::Failed;
        } else {
            continue;
        }
        check.decidedAt = snapshot.serverTime;
        changes = true;
        Q_EMIT decided(check);
    }
    if (changes)
        Q_EMIT changed();
}

} // namespace iuc
