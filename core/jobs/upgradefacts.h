#pragma once

// What an upgrade reads of the deployment before it changes it: the
// installed versions, and the facts of the confirmation drawn from them —
// the same for the console's dialog, the wizard and upgradectl.

#include "core/api/resources.h"
#include "core/domain/result.h"
#include "core/engine/forecast.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <QCoro/QCoroTask>

#include <optional>

namespace iuc {
class DeploymentSession;
class Version;
} // namespace iuc

namespace iuc::api {
class ManagementClient;
} // namespace iuc::api

namespace iuc::jobs {

struct InstalledVersions
{
    api::ManagementVm management;
    QList<api::WorkerVmStatus> nodes;
    QHash<int, api::WorkerVmConfiguration> configurations;
};

// What the admin confirms (DESIGN §6), whichever front end asks.
struct ConfirmFacts
{
    QString installedVersion; // the Management Node's version, as it reports it
    QString upgradeVersion;   // the package's version
    int systemsToUpgrade = 0; // Management Node (unless already on it) + lagging nodes
    bool managementIncluded = true;
    bool repeatRun = false;       // R6: only the systems not on the version yet
    QStringList laggingNodes;     // names of the Conferencing Nodes a repeat run takes on
    int callsNow = 0;             // calls in progress at the last refresh
    int configurationOnlyNodes = 0; // R12
    // Conferencing Nodes the Management Node takes in their turn at once when
    // it installs this version (R2; UpgradeBehaviour::builtIn(), REAL-API.md §5).
    int nodesAtOnce = 1;
    std::optional<qint64> forecastSeconds; // nothing: no forecast could be made
    bool cutByDeadline = false;   // R5: the 24-hour stop would end the run first
    int forecastLeftBehind = 0;
    QString judgement;            // R10's sentence on the package against the deployment
    QString packageFile;          // empty for a continuation run (already staged)
    qint64 packageSize = 0;
    QString sha256;               // the file's, read here
    bool validatedByNode = false; // the node reports no SHA-256 of its copy: it validated the package itself
    bool versionFromName = false; // a real package: its version read from its name
    bool uploadStartsUpgrade = false; // single shot (v24-era): confirmed before the upload, which is the start
    QString stoppedRunNote;       // continuation: why some systems were left behind
};

// The session's last refresh (at most a few seconds old) when there is one,
// else read now from `client`.
QCoro::Task<Result<InstalledVersions>> installedVersions(api::ManagementClient &client,
                                                         const DeploymentSession *session = nullptr);

// The confirmation's facts for an upgrade of `versions` to `target`: the
// systems it takes on (R6), the calls now (R11), the configuration-only
// nodes (R12), and the engine's forecast against the 24-hour stop (R5).
ConfirmFacts confirmFactsFor(const InstalledVersions &versions, const Version &target, const QDateTime &serverNow,
                             const ForecastEstimates &estimates = {});

} // namespace iuc::jobs
