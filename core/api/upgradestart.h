#pragma once

// Performing the upgrade on a Management Node, safely (REAL-API.md §4).
// finish/ without validate_only starts a rolling upgrade of a live video
// platform: the request is sent exactly once and never repeated on its
// own. When it fails on the way (a timeout, a broken connection, a 5xx),
// the node may or may not have started; then the node is observed — the
// upload request's state, the Management Node's upgrade status and
// version, whether it stopped answering as it does when it restarts — until
// it can be said which, and the admin is told.

#include "core/api/resources.h"
#include "core/domain/result.h"
#include "core/domain/version.h"

#include <QCoreApplication>
#include <QString>

#include <QCoro/QCoroTask>

#include <chrono>
#include <optional>

namespace iuc::api {

class ManagementClient;

struct UpgradeStart
{
    Q_DECLARE_TR_FUNCTIONS(iuc::api::UpgradeStart)

public:
    enum class Verdict {
        Started,    // the node accepted, or shows the upgrade under way
        NotStarted, // the node refused, the request never left, or the node is idle
        Unknown,    // the node could not be observed long enough to say
    };

    Verdict verdict = Verdict::NotStarted;
    std::optional<PerformedUpgrade> performed; // the node's answer, when it came
    std::optional<Error> failure;              // the performing request's failure
    bool observed = false;                     // decided by observing, not by the answer
    bool singleShot = false;                   // the start was a single-shot upload (its words differ)
    QString finding;                           // what was seen, for the admin (observed only)

    [[nodiscard]] bool started() const { return verdict == Verdict::Started; }
    // The run started: the node's own (run extension), else the console's
    // view of it — started now, to `target`, stopping by itself 24 hours on
    // (R8) — marked as observed.
    [[nodiscard]] UpgradeRun run(const ReportedVersion &target, const QDateTime &serverNow) const;
    // One sentence or two for the admin: what happened and what to do.
    [[nodiscard]] QString summary() const;
};

struct StartObservation
{
    std::chrono::milliseconds interval{2000}; // between looks
    int looks = 60;                           // at most (two minutes by default)
    int quietLooks = 3;                       // idle and answering this often: not started
};

// Sends the performing request for `uploadId` once and says whether the
// upgrade to `target` started.
QCoro::Task<UpgradeStart> performUpgradeOnce(ManagementClient &client, QString uploadId, Version target,
                                             StartObservation observation = {});

// After a performing request (or a single-shot upload) failed in a way
// that leaves the start open (`outcome.failure`): looks at the node until
// it can say started or not started, or gives Unknown. `uploadId` empty: no
// upload request to ask about. Sends nothing but reads.
QCoro::Task<UpgradeStart> observeStart(ManagementClient &client, QString uploadId, Version target,
                                       Version installedBefore, UpgradeStart outcome,
                                       StartObservation observation = {});

// Whether an upload request's `state` says it started an upgrade. The words
// are not documented (REAL-API.md §4): the emulator says "performed"; any
// of perform/upgrad/start/install counts, unless the word says not, pending,
// failed or cancelled.
[[nodiscard]] bool uploadStateSaysStarted(const QString &state);

// Whether a failure of the performing request leaves open whether the node
// acted on it (false: it surely did not — refused, or never sent).
[[nodiscard]] bool isAmbiguousStartFailure(const Error &error);

} // namespace iuc::api
