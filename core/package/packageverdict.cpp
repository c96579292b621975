#include "core/package/packageverdict.h"

#include "core/domain/errorcodes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

QString majorName(int major)
{
    return QCoreApplication::translate("PackageVerdict", "v%1").arg(major);
}

QString releaseName(const Version &version)
{
    return QCoreApplication::translate("PackageVerdict", "v%1").arg(version.releaseString());
}

// A version as the admin reads it on the Management Node: "v11 (71234.0.0)".
QString versionName(const Version &version)
{
    return QCoreApplication::translate("PackageVerdict", "v%1").arg(version.toString());
}

// "v6", or "v6 and v9" for a longer road.
QString intermediates(const QList<int> &hops)
{
    QStringList names;
    for (qsizetype i = 0; i + 1 < hops.size(); ++i)
        names.append(majorName(hops.at(i)));
    return QLocale().createSeparatedList(names);
}

PackageVerdict refused(PackageVerdict::Kind kind, const QString &message, int systems)
{
    return PackageVerdict{kind, message, {}, systems};
}

// The planner's errors, as verdicts. A downgrade never reaches the planner
// (judgePackage() checks it first), so what is left are missing rules.
PackageVerdict fromPlannerError(const Error &error, int systems)
{
    if (error.is(PathError::UnsupportedSource))
        return refused(PackageVerdict::Kind::SourceTooOld, error.message, systems);
    if (error.is(PathError::Downgrade))
        return refused(PackageVerdict::Kind::Downgrade, error.message, systems);
    return refused(PackageVerdict::Kind::UnknownPath, error.message, systems);
}

// Lagging Conferencing Nodes must be able to take the package too: after a
// run stopped at 24 hours (R5) on the way v3 → v6, the Management Node may
// run v6 while some nodes still run v3, and a v11 package would strand them.
std::optional<PackageVerdict> checkLaggingNodes(const PackageManifest &manifest,
                                                const QList<Version> &nodeVersions,
                                                const UpgradePathRules &rules, int systems)
{
    const Version &target = manifest.version;
    std::optional<Version> oldest;
    int oldestCount = 0;
    for (const Version &node : nodeVersions) {
        // Unknown versions (a node never contacted) cannot be planned for;
        // the engine reports such nodes when their turn comes (R8).
        if (!node.isValid() || node.isSameBuild(target) || node > target)
            continue;
        if (!oldest || node < *oldest) {
            oldest = node;
            oldestCount = 0;
        }
        if (node.isSameBuild(*oldest))
            ++oldestCount;
    }
    if (!oldest)
        return std::nullopt;

    const Result<UpgradePath> plan = UpgradePath::plan(*oldest, target, rules);
    if (!plan) {
        return refused(PackageVerdict::Kind::SourceTooOld,
                       QCoreApplication::translate(
                           "PackageVerdict",
                           "Conferencing Nodes still on %1: %n. There is no known way to upgrade from "
                           "there to %2: %3",
                           nullptr, oldestCount)
                           .arg(versionName(*oldest), versionName(target), plan.error().message),
                       systems);
    }
    if (plan->hops().size() > 1) {
        return PackageVerdict{
            PackageVerdict::Kind::NeedsIntermediate,
            QCoreApplication::translate(
                "PackageVerdict",
                "Conferencing Nodes still on %1, which cannot be upgraded straight to %2: %n. "
                "Bring every node to %3 first (install the %3 package again: it upgrades only "
                "the nodes that lag behind), then install this package.",
                nullptr, oldestCount)
                .arg(versionName(*oldest), versionName(target), intermediates(plan->hops())),
            plan->hops(), systems};
    }
    if (*oldest < manifest.minSourceVersion && !oldest->isSameBuild(manifest.minSourceVersion)) {
        return refused(PackageVerdict::Kind::SourceTooOld,
                       QCoreApplication::translate(
                           "PackageVerdict",
                           "Conferencing Nodes still on %1: %n. This package installs only "
                           "on %2 or later. Bring every node to %2 or later first, then install "
                           "this package.",
                           nullptr, oldestCount)
                           .arg(versionName(*oldest), versionName(manifest.minSourceVersion)),
                       systems);
    }
    return std::nullopt;
}

} // namespace

bool PackageVerdict::isAcceptable() const
{
    return kind == Kind::Upgrade || kind == Kind::RepeatRun;
}

PackageVerdict judgePackage(const PackageManifest &manifest, const Version &managementVersion,
                            const QList<Version> &nodeVersions, const UpgradePathRules &rules)
{
    const Version &target = manifest.version;

    int laggingNodes = 0;
    for (const Version &node : nodeVersions) {
        if (!node.isSameBuild(target))
            ++laggingNodes;
    }
    const bool managementOnTarget = managementVersion.isSameBuild(target);
    const int systems = laggingNodes + (managementOnTarget ? 0 : 1);

    if (!managementVersion.isValid() || !target.isValid()) {
        // No path can be judged without both versions; the planner words why.
        const Result<UpgradePath> plan = UpgradePath::plan(managementVersion, target, rules);
        Q_ASSERT(!plan);
        if (!plan)
            return fromPlannerError(plan.error(), systems);
    }

    if (!managementOnTarget && target < managementVersion) {
        return refused(
            PackageVerdict::Kind::Downgrade,
            QCoreApplication::translate(
                "PackageVerdict",
                "This package is %1, older than the %2 that the Management Node runs, and "
                "an upgrade never goes backwards. To return to %1, restore the Management Node "
                "from the hypervisor snapshot taken before it was upgraded, then restore each "
                "Conferencing Node from its own snapshot, or deploy the Conferencing Nodes again.")
                .arg(versionName(target), versionName(managementVersion)),
            systems);
    }

    if (managementOnTarget && laggingNodes == 0) {
        return refused(PackageVerdict::Kind::NothingToDo,
                       QCoreApplication::translate(
                           "PackageVerdict",
                           "Every system in this deployment already runs %1: there is nothing to "
                           "upgrade.")
                           .arg(versionName(target)),
                       0);
    }

    if (managementOnTarget) {
        // R6: a repeat run upgrades only the systems not yet on the version.
        if (auto stranded = checkLaggingNodes(manifest, nodeVersions, rules, systems))
            return *stranded;
        return PackageVerdict{
            PackageVerdict::Kind::RepeatRun,
            QCoreApplication::translate(
                "PackageVerdict",
                "The Management Node already runs %1; Conferencing Nodes not on it yet: %n. "
                "Installing the package again upgrades only those nodes.",
                nullptr, laggingNodes)
                .arg(versionName(target)),
            {target.major()}, systems};
    }

    const Result<UpgradePath> plan = UpgradePath::plan(managementVersion, target, rules);
    if (!plan)
        return fromPlannerError(plan.error(), systems);

    const QList<int> &hops = plan->hops();
    if (hops.size() > 1) {
        return PackageVerdict{
            PackageVerdict::Kind::NeedsIntermediate,
            QCoreApplication::translate(
                "PackageVerdict",
                "This deployment runs %1, and %2 cannot be installed on it directly. Upgrade to "
                "%3 first, then install this package.")
                .arg(releaseName(managementVersion), releaseName(target), intermediates(hops)),
            hops, systems};
    }

    // The package's own limit can be stricter than the shipped rules.
    if (managementVersion < manifest.minSourceVersion
        && !managementVersion.isSameBuild(manifest.minSourceVersion)) {
        return refused(PackageVerdict::Kind::SourceTooOld,
                       QCoreApplication::translate(
                           "PackageVerdict",
                           "This package installs only on %1 or later, but the Management Node runs "
                           "%2. Upgrade to %1 or later first, then install this package.")
                           .arg(versionName(manifest.minSourceVersion), versionName(managementVersion)),
                       systems);
    }

    if (auto stranded = checkLaggingNodes(manifest, nodeVersions, rules, systems))
        return *stranded;

    return PackageVerdict{
        PackageVerdict::Kind::Upgrade,
        QCoreApplication::translate(
            "PackageVerdict",
            "Upgrade from %1 to %2. Systems to upgrade: %n, the Management Node first.",
            nullptr, systems)
            .arg(versionName(managementVersion), versionName(target)),
        hops, systems};
}

QString PackageVerdict::code(Kind kind)
{
    switch (kind) {
    case Kind::Upgrade:
        return u"upgrade"_s;
    case Kind::RepeatRun:
        return u"repeat_run"_s;
    case Kind::NothingToDo:
        return u"nothing_to_do"_s;
    case Kind::Downgrade:
        return u"downgrade"_s;
    case Kind::NeedsIntermediate:
        return u"needs_intermediate"_s;
    case Kind::SourceTooOld:
        return u"source_too_old"_s;
    case Kind::UnknownPath:
        return u"unknown_path"_s;
    }
    return {};
}

} // namespace iuc
