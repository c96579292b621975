#include "core/api/upgradestart.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/domain/logging.h"

#include <QNetworkReply>
#include <QTimer>

#include <QCoro/QCoroTimer>

using namespace Qt::StringLiterals;

namespace iuc::api {

namespace {

QCoro::Task<void> sleepFor(std::chrono::milliseconds wait)
{
    QTimer timer;
    timer.setSingleShot(true);
    timer.start(wait);
    co_await &timer;
}

} // namespace

bool uploadStateSaysStarted(const QString &state)
{
    const QString s = state.toLower();
    // "not_started", "upgrade_pending", "failed", "cancelled": no start.
    for (const QLatin1StringView no : {"not"_L1, "pending"_L1, "fail"_L1, "cancel"_L1}) {
        if (s.contains(no))
            return false;
    }
    // Not "progress": an upload in progress is no upgrade.
    for (const QLatin1StringView stem : {"perform"_L1, "upgrad"_L1, "start"_L1, "install"_L1}) {
        if (s.contains(stem))
            return true;
    }
    return false;
}

bool isAmbiguousStartFailure(const Error &error)
{
    if (error.is(ApiError::Unreachable)) {
        const int qt = error.details.value(u"networkError"_s, -1).toInt();
        // No connection was made: the request never left this computer.
        return qt != QNetworkReply::ConnectionRefusedError && qt != QNetworkReply::HostNotFoundError;
    }
    if (error.is(ApiError::Rebooting))
        return true;
    if (error.code.startsWith(TlsError::Domain) || error.code.startsWith(u"connect."_s))
        return false; // refused before a byte of the request was sent
    const int status = error.details.value(u"status"_s).toInt();
    return status >= 500 || error.is(ApiError::Cancelled);
}

UpgradeRun UpgradeStart::run(const ReportedVersion &target, const QDateTime &serverNow) const
{
    if (performed && performed->run)
        return *performed->run;
    UpgradeRun run;
    run.state = u"running"_s;
    run.targetVersion = target;
    run.startedAt = performed && performed->at.isValid() ? performed->at : serverNow;
    run.deadlineAt = run.startedAt.addSecs(24 * 3600);
    run.observed = true;
    return run;
}

QString UpgradeStart::summary() const
{
    if (singleShot && observed) {
        switch (verdict) {
        case Verdict::Started:
            return tr("The answer to the upload was lost, but the Management Node shows the upgrade under way (%1). "
                      "It was not sent again.")
                .arg(finding);
        case Verdict::NotStarted:
            return tr("The upload stopped before the Management Node took the package, and it shows no upgrade "
                      "(%1): the upgrade was not started. Upload the package again when you are ready.")
                .arg(finding);
        case Verdict::Unknown:
            return tr("The upload stopped at its very end, and it cannot be said yet whether the upgrade started "
                      "(%1). It was not sent again. Watch the deployment: a Management Node that upgrades restarts "
                      "and then reports its new version. Do not upload it again until you know.")
                .arg(finding);
        }
    }
    switch (verdict) {
    case Verdict::Started:
        return observed ? tr("The answer to the start was lost, but the Management Node shows the upgrade under way "
                             "(%1). It was not sent again.")
                              .arg(finding)
                        : tr("The Management Node started the upgrade.");
    case Verdict::NotStarted:
        if (!observed)
            return failure ? tr("The upgrade was not started: %1").arg(failure->message)
                           : tr("The upgrade was not started.");
        return tr("The answer to the start was lost, and the Management Node shows no upgrade (%1): the upgrade was "
                  "not started. Start it again when you are ready; the package is still on the Management Node.")
            .arg(finding);
    case Verdict::Unknown:
        return tr("The answer to the start was lost, and it cannot be said yet whether the upgrade started (%1). "
                  "It was not sent again. Watch the deployment: a Management Node that upgrades restarts and "
                  "then reports its new version. Do not start it again until you know.")
            .arg(finding);
    }
    return {};
}

QCoro::Task<UpgradeStart> performUpgradeOnce(ManagementClient &client, QString uploadId, Version target,
                                             StartObservation observation)
{
    UpgradeStart outcome;
    // Where the Management Node stands before: a version change afterwards
    // is then a sign of the upgrade (in a repeat run it is not).
    Result<ManagementVm> before = co_await client.managementVm();
    const Version installedBefore = before ? before->version.version : Version();
    Result<PerformedUpgrade> performed = co_await client.performUpgrade(uploadId);
    if (performed) {
        outcome.verdict = UpgradeStart::Verdict::Started;
        outcome.performed = performed.value();
        co_return outcome;
    }
    outcome.failure = performed.error();
    if (!isAmbiguousStartFailure(performed.error())) {
        outcome.verdict = UpgradeStart::Verdict::NotStarted;
        co_return outcome;
    }
    qCInfo(lcUpload).noquote() << "the performing request failed on the way (" << performed.error().code
                               << "): observing the Management Node";
    co_return co_await observeStart(client, uploadId, target, installedBefore, outcome, observation);
}

QCoro::Task<UpgradeStart> observeStart(ManagementClient &client, QString uploadId, Version target,
                                       Version installedBefore, UpgradeStart outcome, StartObservation observation)
{
    outcome.observed = true;
    int quiet = 0;
    bool sawSilence = false;
    for (int look = 0; look < observation.looks; ++look) {
        if (look > 0)
            co_await sleepFor(observation.interval);
        // A single-shot upload has no upload request to ask.
        Result<UploadStatus> request = UploadStatus{};
        if (!uploadId.isEmpty())
            request = co_await client.upload(uploadId);
        if (request && uploadStateSaysStarted(request->state)) {
            outcome.verdict = UpgradeStart::Verdict::Started;
            outcome.finding = UpgradeStart::tr("the upload request says \"%1\"").arg(request->state);
            co_return outcome;
        }
        Result<ManagementVm> management = co_await client.managementVm();
        if (management) {
            if (management->upgradeStatus.isInAnUpgrade()) {
                outcome.verdict = UpgradeStart::Verdict::Started;
                outcome.finding = UpgradeStart::tr("its upgrade status is \"%1\"")
                                      .arg(management->upgradeStatus.reported());
                co_return outcome;
            }
            if (target.isValid() && installedBefore.isValid() && installedBefore != target
                && management->version.version == target) {
                outcome.verdict = UpgradeStart::Verdict::Started;
                outcome.finding = UpgradeStart::tr("it runs version %1").arg(management->version.text);
                co_return outcome;
            }
        }
        // A repeat run upgrades only Conferencing Nodes.
        Result<QList<WorkerVmStatus>> nodes = co_await client.workerVms();
        if (nodes) {
            for (const WorkerVmStatus &n : std::as_const(nodes.value())) {
                if (n.upgradeStatus.isInAnUpgrade()) {
                    outcome.verdict = UpgradeStart::Verdict::Started;
                    outcome.finding = UpgradeStart::tr("%1 reports \"%2\"").arg(n.name, n.upgradeStatus.reported());
                    co_return outcome;
                }
            }
        }
        if (!management || !request || !nodes) {
            // Not answering: what a Management Node does while it restarts
            // for an upgrade, or a network problem. Neither says "idle".
            sawSilence = true;
            quiet = 0;
            continue;
        }
        if (++quiet >= observation.quietLooks) {
            outcome.verdict = UpgradeStart::Verdict::NotStarted;
            outcome.finding = uploadId.isEmpty()
                                  ? UpgradeStart::tr("it answers and is idle on version %1").arg(management->version.text)
                                  : UpgradeStart::tr("it answers, is idle on version %1, and the upload request says "
                                                     "\"%2\"")
                                        .arg(management->version.text, request->state);
            co_return outcome;
        }
    }
    outcome.verdict = UpgradeStart::Verdict::Unknown;
    outcome.finding = sawSilence ? UpgradeStart::tr("the Management Node stopped answering, as it does when it "
                                                    "restarts for an upgrade")
                                 : UpgradeStart::tr("the Management Node gave no clear sign");
    co_return outcome;
}

} // namespace iuc::api
