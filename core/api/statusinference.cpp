#include "core/api/statusinference.h"

#include "core/api/snapshot.h"
#include "core/domain/logging.h"
#include "core/domain/statusspellings.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace iuc::api {

using Code = NodeStatus::Code;

namespace {

// A node that has not reported for this long is out of contact, whatever
// its sync status says.
constexpr qint64 kSilentSeconds = 180;

bool inTurn(Code code)
{
    return NodeStatus(code).isInTurn();
}

bool inRun(Code code)
{
    return code != Code::Idle && code != Code::Unreachable && code != Code::Unknown;
}

bool outOfContact(const WorkerVmStatus &n, const QDateTime &serverTime)
{
    const QString sync = StatusSpellings::normalized(n.syncStatus);
    if (sync == u"unreachable" || sync == u"notsynced")
        return true;
    const QDateTime &last = n.lastReported.isValid() ? n.lastReported : n.lastUpdated;
    return last.isValid() && serverTime.isValid() && last.secsTo(serverTime) > kSilentSeconds;
}

bool behind(const ReportedVersion &node, const ReportedVersion &management)
{
    if (node.version.isValid() && management.version.isValid())
        return !node.version.isSameBuild(management.version);
    return !management.text.isEmpty() && node.text != management.text;
}

} // namespace

Code StatusInference::inferWorker(const WorkerVmStatus &n, Code before, const Snapshot &s) const
{
    if (outOfContact(n, s.serverTime))
        return inTurn(before) || n.maintenanceMode ? Code::Rebooting : Code::Unreachable;
    if (n.maintenanceMode) {
        const bool calls = n.signalingCount > 0 || n.mediaTokensUsed.value_or(0) > 0;
        return calls ? Code::WaitingForCalls : Code::Upgrading;
    }
    if (m_idleTexts.contains(n.upgradeStatus.reported()))
        return Code::Idle;
    if (before == Code::WaitingForCalls || before == Code::CallsTimeout)
        return Code::CallsTimeout;
    if (behind(n.version, s.management.version))
        return Code::Pending;
    // On the Management Node's version and in service: idle, unless the
    // deployment's idle text is known and this is another one.
    return m_idleTexts.isEmpty() ? Code::Idle : Code::Pending;
}

void StatusInference::learnIdleTexts(const Snapshot &s)
{
    // Sure signs: a spelling the console knows as idle, and the text of a
    // system that has just come back on the Management Node's new version.
    QSet<QString> sure;
    const auto knownIdle = [&sure](const NodeStatus &status) {
        if (status.isKnown() && !status.isInferred() && status.code() == Code::Idle)
            sure.insert(status.reported());
    };
    knownIdle(s.management.upgradeStatus);
    if (!m_managementVersion.isEmpty() && m_managementVersion != s.management.version.text)
        sure.insert(s.management.upgradeStatus.reported());
    QSet<QString> texts{s.management.upgradeStatus.reported()};
    for (const WorkerVmStatus &n : s.nodes) {
        knownIdle(n.upgradeStatus);
        const bool inService = !n.maintenanceMode && !outOfContact(n, s.serverTime);
        const auto before = m_before.constFind(n.id);
        if (before != m_before.constEnd() && !before->version.isEmpty() && before->version != n.version.text
            && inService && !behind(n.version, s.management.version)) {
            sure.insert(n.upgradeStatus.reported());
        }
        if (inService)
            texts.insert(n.upgradeStatus.reported());
    }
    if (!sure.isEmpty()) {
        if (!m_idleTextsSure) {
            m_idleTexts.clear(); // a guess gives way to a sure sign
            m_idleTextsSure = true;
        }
        if (m_idleTexts.size() < 16)
            m_idleTexts.unite(sure);
    } else if (!m_idleTextsSure && texts.size() == 1 && !s.nodes.isEmpty()) {
        m_idleTexts = texts; // a guess: a quiet deployment shows one text everywhere
    }
    m_managementVersion = s.management.version.text;
}

void StatusInference::classify(Snapshot &s)
{
    const auto noteUnknown = [this](const NodeStatus &status, const QString &who, Code code) {
        if (m_logged.contains(status.reported()) || m_logged.size() > 64)
            return;
        m_logged.insert(status.reported());
        qCInfo(lcStatuses).noquote() << "upgrade status" << status.reported() << "of" << who
                                     << "is not a known spelling; read as" << NodeStatus::apiCode(code);
    };

    learnIdleTexts(s);
    bool workersInRun = false;
    for (WorkerVmStatus &n : s.nodes) {
        Before &before = m_before[n.id];
        if (!n.upgradeStatus.isKnown()) {
            const Code code = inferWorker(n, before.code, s);
            noteUnknown(n.upgradeStatus, n.name, code);
            n.upgradeStatus = n.upgradeStatus.inferredAs(code);
        }
        before.code = n.upgradeStatus.code();
        before.version = n.version.text;
        workersInRun = workersInRun || inRun(before.code) || behind(n.version, s.management.version);
    }

    NodeStatus &management = s.management.upgradeStatus;
    if (!management.isKnown()) {
        // The Management Node has no calls and no maintenance mode: only its
        // text tells, once the deployment's idle text is known.
        Code code = Code::Unknown;
        if (m_idleTexts.contains(management.reported()))
            code = Code::Idle;
        else if (!m_idleTexts.isEmpty())
            code = Code::Upgrading;
        else if (workersInRun)
            code = Code::Idle; // it upgrades first: the nodes following it say it is done
        if (code != Code::Unknown) {
            noteUnknown(management, s.management.name, code);
            management = management.inferredAs(code);
        }
    }
}

} // namespace iuc::api
