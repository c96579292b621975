#include "core/guided/guidedplan.h"

#include "core/guided/guidederrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::guided {

namespace {

// The nodes behind the Management Node: those whose version is older, or
// unreadable.
bool lagsBehind(const api::WorkerVmStatus &node, const Version &management)
{
    return !node.version.version.isValid() || node.version.version < management;
}

} // namespace

QList<VersionGroup> versionGroups(const Detection &detection)
{
    QMap<QString, VersionGroup> groups; // sorted by text; re-sorted by version below
    VersionGroup &m = groups[detection.management.version.text];
    m.version = detection.management.version.text;
    m.management = true;
    for (const api::WorkerVmStatus &n : detection.nodes) {
        VersionGroup &g = groups[n.version.text];
        g.version = n.version.text;
        g.nodes.append(n.name);
    }
    QList<VersionGroup> list = groups.values();
    for (VersionGroup &g : list)
        g.nodes.sort();
    std::sort(list.begin(), list.end(), [](const VersionGroup &a, const VersionGroup &b) {
        return Version::fromString(a.version) < Version::fromString(b.version);
    });
    return list;
}

Plan planHops(const Detection &detection, const UpgradePathRules &rules)
{
    Plan plan;
    const Version management = detection.management.version.version;
    plan.installed = detection.management.version.text;
    bool anyLagging = false;
    for (const api::WorkerVmStatus &n : detection.nodes) {
        if (!n.version.version.isSameBuild(management))
            plan.mixed = true;
        if (lagsBehind(n, management))
            anyLagging = true;
    }
    if (!management.isValid()) {
        plan.message = QCoreApplication::translate("GuidedUpgrade", "The Management Node reports a version this console cannot read (\"%1\"), so no upgrade "
                          "path can be planned. Check the version on its status page, and use a newer console.")
                           .arg(detection.management.version.text);
        return plan;
    }
    if (detection.run && detection.run->isRunning()) {
        plan.kind = Plan::Kind::RunActive;
        plan.message = QCoreApplication::translate("GuidedUpgrade", "An upgrade to %1 is running now (%2 of %3 systems upgraded). Let it finish, then start the "
                          "guided upgrade again: it plans from what is installed then.")
                           .arg(detection.run->targetVersion.text)
                           .arg(detection.run->systemsUpgraded)
                           .arg(detection.run->systemsIncluded);
        return plan;
    }

    // An interrupted hop first: the Management Node is ahead of some nodes.
    if (anyLagging) {
        Hop finish;
        finish.major = management.major();
        finish.finishesInterrupted = true;
        finish.finishVersion = management.toString();
        plan.hops.append(finish);
    }

    const QList<int> targets = rules.knownTargets();
    const int newest = targets.isEmpty() ? 0 : *std::max_element(targets.begin(), targets.end());
    if (newest > management.major()) {
        const Result<UpgradePath> path = UpgradePath::plan(management, Version::fromString(QString::number(newest)), rules);
        if (!path) {
            plan.hops.clear();
            plan.kind = Plan::Kind::Refused;
            plan.message = path.error().message;
            return plan;
        }
        for (const int major : path->hops())
            plan.hops.append(Hop{major, false, {}});
    }

    if (plan.hops.isEmpty()) {
        plan.kind = Plan::Kind::NothingToDo;
        plan.message = QCoreApplication::translate("GuidedUpgrade", "Every system runs %1, the newest version the upgrade paths know. There is nothing to do.")
                           .arg(plan.installed);
        return plan;
    }
    plan.kind = Plan::Kind::Hops;
    QStringList steps;
    for (const Hop &h : std::as_const(plan.hops)) {
        steps << (h.finishesInterrupted
                      ? QCoreApplication::translate("GuidedUpgrade", "finish the interrupted upgrade to %1 (the nodes still on an older version)").arg(h.finishVersion)
                      : QCoreApplication::translate("GuidedUpgrade", "upgrade to v%1").arg(h.major));
    }
    plan.message = QCoreApplication::translate("GuidedUpgrade", "Steps: %1.").arg(steps.join(u"; then "_s));
    return plan;
}

QString hopChain(const Plan &plan)
{
    QStringList chain{u"v%1"_s.arg(Version::fromString(plan.installed).major())};
    for (const Hop &h : plan.hops) {
        if (!h.finishesInterrupted)
            chain << u"v%1"_s.arg(h.major);
    }
    return chain.join(u" → "_s);
}

Result<void> checkHopPackage(const PackageManifest &manifest, const Hop &hop)
{
    const Version &v = manifest.version;
    if (hop.finishesInterrupted) {
        if (v.isSameBuild(Version::fromString(hop.finishVersion)))
            return ResultOk;
        return Error{GuidedError::WrongPackage,
                     QCoreApplication::translate("GuidedUpgrade", "This file is the package for %1, but this step finishes the interrupted upgrade: it needs the "
                        "package of the version the Management Node already runs, %2. Choose that file.")
                         .arg(v.toString(), hop.finishVersion)};
    }
    if (v.major() == hop.major)
        return ResultOk;
    return Error{GuidedError::WrongPackage,
                 QCoreApplication::translate("GuidedUpgrade", "This file is the package for version %1, but this step upgrades to version %2. Choose the "
                    "version %2 package (its file name usually contains \"%2\").")
                     .arg(v.toString())
                     .arg(hop.major)};
}

QString RebootCheck::summary() const
{
    if (total == 0)
        return QCoreApplication::translate("GuidedUpgrade", "There are no Conferencing Nodes to reboot.");
    QString text = QCoreApplication::translate("GuidedUpgrade", "%1 of %2 Conferencing Nodes rebooted since the checklist began.").arg(rebooted()).arg(total);
    if (!rebooting.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("GuidedUpgrade", "Rebooting now: %1.").arg(rebooting.join(u", "_s));
    if (!notRebooted.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("GuidedUpgrade", "Not rebooted yet: %1.").arg(notRebooted.join(u", "_s));
    if (!unreachable.isEmpty()) {
        text += QLatin1Char(' ')
                + QCoreApplication::translate("GuidedUpgrade", "Cannot be contacted, so their reboot cannot be verified: %1. Bring them back, or remove them "
                     "from the deployment, before upgrading.")
                      .arg(unreachable.join(u", "_s));
    }
    return text;
}

RebootCheck checkReboots(const Detection &detection, const QDateTime &since)
{
    RebootCheck check;
    check.total = static_cast<int>(detection.nodes.size());
    for (const api::WorkerVmStatus &n : detection.nodes) {
        if (n.upgradeStatus.code() == NodeStatus::Code::Unreachable)
            check.unreachable << n.name;
        else if (n.upgradeStatus.code() == NodeStatus::Code::Rebooting)
            check.rebooting << n.name;
        else if (!n.bootTime.isValid() || n.bootTime <= since)
            check.notRebooted << n.name;
    }
    check.notRebooted.sort();
    check.unreachable.sort();
    check.rebooting.sort();
    return check;
}

QString HopVerification::summary() const
{
    if (passed())
        return QCoreApplication::translate("GuidedUpgrade", "All %1 systems run %2 and have no upgrade in progress.").arg(total).arg(version);
    QStringList parts;
    if (!behind.isEmpty())
        parts << QCoreApplication::translate("GuidedUpgrade", "Not on %1 yet: %2.").arg(version, behind.join(u", "_s));
    if (!notIdle.isEmpty())
        parts << QCoreApplication::translate("GuidedUpgrade", "Still busy: %1.").arg(notIdle.join(u", "_s));
    return parts.join(QLatin1Char(' '));
}

HopVerification verifyHop(const Detection &detection, const Version &version)
{
    HopVerification v;
    v.version = version.toString();
    v.total = static_cast<int>(detection.nodes.size()) + 1;
    auto judge = [&](const QString &name, const api::ReportedVersion &installed, const NodeStatus &status) {
        if (!installed.version.isSameBuild(version))
            v.behind << u"%1 (%2)"_s.arg(name, installed.text);
        else if (status.code() != NodeStatus::Code::Idle)
            v.notIdle << u"%1 (%2)"_s.arg(name, status.label());
    };
    judge(detection.management.name, detection.management.version, detection.management.upgradeStatus);
    for (const api::WorkerVmStatus &n : detection.nodes)
        judge(n.name, n.version, n.upgradeStatus);
    return v;
}

QStringList configurationOnlyNodes(const Detection &detection)
{
    QStringList names;
    for (const api::WorkerVmConfiguration &c : detection.configurations) {
        if (c.isConfigurationOnly())
            names << c.name;
    }
    names.sort();
    return names;
}

QStringList withAddresses(const Detection &detection, const QStringList &names)
{
    QHash<QString, QString> addresses;
    for (const api::WorkerVmConfiguration &c : detection.configurations)
        addresses.insert(c.name, c.address);
    QStringList out;
    for (const QString &name : names) {
        const QString address = addresses.value(name);
        out.append(address.isEmpty() ? name : u"%1 (%2)"_s.arg(name, address));
    }
    return out;
}

bool needsNonQuiescingSnapshot(const Detection &detection)
{
    const Version &v = detection.management.version.version;
    return v.major() == 8 && v.minor() == 0;
}

} // namespace iuc::guided
