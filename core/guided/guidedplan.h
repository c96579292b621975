#pragma once

// The guided upgrade's decisions, as pure functions of what the Management
// Node reports (DESIGN §6, "Guided wizard"): which hops to make (R10, read
// from resources/upgrade-paths.json), whether a file is the one a hop needs,
// whether every Conferencing Node was rebooted since the checklist began,
// and whether a hop is done. The wizard (ui/) and `upgradectl upgrade-path`
// (cli/commands/) both decide through these; nothing here talks to the network.

#include "core/api/resources.h"
#include "core/domain/result.h"
#include "core/domain/upgradepath.h"
#include "core/domain/version.h"
#include "core/package/packagemanifest.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iuc::guided {

// What the Management Node reported in one go: the versions, the boot
// times, the run (if any).
struct Detection
{
    api::ManagementVm management;
    QList<api::WorkerVmStatus> nodes;
    QHash<int, api::WorkerVmConfiguration> configurations; // by node id
    std::optional<api::UpgradeRun> run;
    QDateTime serverTime; // the Management Node's clock when it was read
};

// The systems that run one version, for "what is installed where".
struct VersionGroup
{
    QString version;        // as reported
    bool management = false; // the Management Node is in this group
    QStringList nodes;      // Conferencing Node names, sorted
};
QList<VersionGroup> versionGroups(const Detection &detection);

struct Hop
{
    int major = 0;            // the version this hop installs
    // True when the hop finishes one that was interrupted: the Management
    // Node already runs `finishVersion` and some nodes do not (R6).
    bool finishesInterrupted = false;
    QString finishVersion;
};

struct Plan
{
    enum class Kind {
        Hops,        // one or more hops to make
        NothingToDo, // every system runs the newest version the rules know
        RunActive,   // an upgrade is running now: wait for it (R7)
        Refused,     // no documented path: `message` says why and what to do
    };
    Kind kind = Kind::Refused;
    QList<Hop> hops;
    QString installed; // the Management Node's version
    bool mixed = false; // the systems do not all run the same version
    QString message;    // for the admin: the plan or the refusal, in a sentence or two
};

// The plan from what is installed to the newest version the rules lead to.
Plan planHops(const Detection &detection, const UpgradePathRules &rules = UpgradePathRules::builtIn());

// "v3 → v6 → v11"
QString hopChain(const Plan &plan);

// Whether `manifest` is a package for `hop`: its major version must be the
// hop's (the one it finishes, for an interrupted hop). The refusal names
// the file the hop needs.
Result<void> checkHopPackage(const PackageManifest &manifest, const Hop &hop);

// The pre-flight reboot check: every Conferencing Node must have booted
// after `since` (the checklist's start, on the Management Node's clock).
struct RebootCheck
{
    int total = 0;
    QStringList notRebooted; // booted before `since`
    QStringList unreachable; // cannot be contacted: cannot be verified
    QStringList rebooting;   // on their way
    [[nodiscard]] bool passed() const { return total > 0 && notRebooted.isEmpty() && unreachable.isEmpty() && rebooting.isEmpty(); }
    [[nodiscard]] int rebooted() const { return total - notRebooted.size() - unreachable.size() - rebooting.size(); }
    [[nodiscard]] QString summary() const;
};
RebootCheck checkReboots(const Detection &detection, const QDateTime &since);

// Whether a hop is done: every system on `version` and idle.
struct HopVerification
{
    QString version;
    int total = 0;          // systems: the Management Node and every Conferencing Node
    QStringList behind;     // "name (version)" of systems not on the version
    QStringList notIdle;    // "name (status)" of systems on it but not idle
    [[nodiscard]] bool passed() const { return behind.isEmpty() && notIdle.isEmpty(); }
    [[nodiscard]] QString summary() const;
};
HopVerification verifyHop(const Detection &detection, const Version &version);

// Configuration-only nodes (R12): new ones need the new version's VM template.
QStringList configurationOnlyNodes(const Detection &detection);

// "name (address)" for each node named: what an admin rebooting them by hand
// (hypervisor, SSH) needs; the name alone when the address is not known.
QStringList withAddresses(const Detection &detection, const QStringList &names);

// The Management Node snapshot's note: from v8 the snapshot must not
// quiesce the guest file system.
bool needsNonQuiescingSnapshot(const Detection &detection);

} // namespace iuc::guided
