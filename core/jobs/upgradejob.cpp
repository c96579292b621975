#include "core/jobs/upgradejob.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/api/singleshotupload.h"
#include "core/api/uploader.h"
#include "core/domain/logging.h"
#include "core/package/packageerrors.h"
#include "core/session/deploymentsession.h"
#include "core/session/unfinishedupload.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTimer>

using namespace Qt::StringLiterals;

namespace iuc::jobs {

// Shared between the job and the thread that reads the package: polled,
// so no signal crosses threads into a job that may be gone.
struct UpgradeJob::Reading
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

UpgradeJob::UpgradeJob(api::ManagementClient &client, QString path, DeploymentSession *session,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_session(session)
{
    m_readingPoll.setInterval(100);
    connect(&m_readingPoll, &QTimer::timeout, this, [this] {
        if (m_reading && m_reading->total > 0)
            Q_EMIT inspectionProgress(m_reading->done, m_reading->total);
    });
}

UpgradeJob::~UpgradeJob()
{
    // The uploader reports to m_unfinished: it goes first.
    delete m_uploader;
    // A package still being read stops at its next chunk instead of keeping
    // a pool thread busy for a job that is gone.
    if (m_reading)
        m_reading->cancel = true;
}

UpgradeJob *UpgradeJob::forStagedPackage(api::ManagementClient &client, QString uploadId, ConfirmFacts facts,
                                         DeploymentSession *session, QObject *parent)
{
    auto *job = new UpgradeJob(client, QString(), session, parent);
    job->m_uploadId = std::move(uploadId);
    job->m_facts = std::move(facts);
    return job;
}

void UpgradeJob::setInspection(PackageInspection inspection)
{
    m_inspection = std::move(inspection);
}

void UpgradeJob::start()
{
    if (m_started)
        return;
    m_started = true;
    run(); // guards itself; ends with finished()
}

QCoro::Task<UpgradeJob::Outcome> UpgradeJob::startAndWait()
{
    start();
    if (!m_ended)
        co_await qCoro(this, &UpgradeJob::finished);
    co_return m_outcome;
}

void UpgradeJob::cancel()
{
    if (m_ended || m_stage == Stage::Starting)
        return;
    m_cancelled = true;
    if (m_reading)
        m_reading->cancel = true;
    if (m_uploader)
        m_uploader->cancel();
    if (m_singleShot)
        m_singleShot->cancel();
    if (m_stage == Stage::AwaitingConfirmation)
        answerConfirmation(false);
    // Waiting: its loop sees m_cancelled and ends Cancelled.
}

void UpgradeJob::answerConfirmation(bool start)
{
    if (m_stage != Stage::AwaitingConfirmation || m_answer)
        return;
    m_answer = start;
    Q_EMIT confirmationAnswered(start);
}

void UpgradeJob::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void UpgradeJob::end(Outcome::Kind kind, std::optional<Error> error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_outcome.kind = kind;
    m_outcome.at = m_stage;
    m_outcome.error = std::move(error);
    m_outcome.uploadId = m_uploadId;
    setStage(Stage::Done);
    Q_EMIT finished(m_outcome);
}

QCoro::Task<> UpgradeJob::run()
{
    QPointer<UpgradeJob> self(this);
    if (m_uploadId.isEmpty()) {
        if (!co_await inspect() || !self)
            co_return;
        if (!co_await judge() || !self)
            co_return;
        if (!co_await chooseProtocol() || !self)
            co_return;
        if (m_protocol == api::UploadProtocol::SingleShot) {
            // The upload is the start: asked before it, from this reading.
            m_facts = localFacts(*m_versions);
            m_facts.uploadStartsUpgrade = true;
            if (!co_await confirm() || !self)
                co_return;
            if (!co_await waitForStart() || !self)
                co_return;
            co_await uploadAsTheStart();
            co_return;
        }
        if (!co_await upload() || !self)
            co_return;
    }
    if (!co_await confirm() || !self)
        co_return;
    if (!co_await waitForStart() || !self)
        co_return;
    co_await perform();
}

// inspectPackage() reads the whole file (a 2 GB package takes seconds):
// never on the caller's thread.
QCoro::Task<bool> UpgradeJob::inspect()
{
    QPointer<UpgradeJob> self(this);
    if (m_inspection)
        co_return true;
    setStage(Stage::Inspecting);
    auto reading = std::make_shared<Reading>();
    reading->cancel = m_cancelled;
    m_reading = reading;
    m_readingPoll.start();
    const QString path = m_path;
    QFuture<Result<PackageInspection>> future = QtConcurrent::run([path, reading] {
        const auto progress = [reading](qint64 done, qint64 total) {
            reading->total = total;
            reading->done = done;
        };
        return inspectPackage(path, progress, &reading->cancel);
    });
    QCoro::Task<Result<PackageInspection>> read = qCoro(future).waitForFinished();
    Result<PackageInspection> inspected = co_await read;
    if (!self)
        co_return false;
    m_readingPoll.stop();
    m_reading.reset();
    if (m_cancelled || (!inspected && inspected.error().is(PackageError::Cancelled))) {
        end(Outcome::Kind::Cancelled);
        co_return false;
    }
    if (!inspected) {
        end(Outcome::Kind::Refused, inspected.error());
        co_return false;
    }
    m_inspection = inspected.value();
    co_return true;
}

// R10: a package that does not fit the installed versions is refused
// before a byte is sent.
QCoro::Task<bool> UpgradeJob::judge()
{
    QPointer<UpgradeJob> self(this);
    setStage(Stage::Judging);
    Result<InstalledVersions> versions = co_await installedVersions(m_client, m_session);
    if (!self)
        co_return false;
    if (m_cancelled) {
        end(Outcome::Kind::Cancelled);
        co_return false;
    }
    if (!versions) {
        end(Outcome::Kind::Failed, versions.error());
        co_return false;
    }
    m_versions = versions.value();
    QList<Version> nodeVersions;
    for (const api::WorkerVmStatus &n : std::as_const(m_versions->nodes))
        nodeVersions.append(n.version.version);
    m_verdict = judgePackage(m_inspection->manifest, m_versions->management.version.version, nodeVersions);
    if (!m_verdict->isAcceptable()) {
        end(Outcome::Kind::Refused,
            Error{u"package."_s + PackageVerdict::code(m_verdict->kind), m_verdict->message});
        co_return false;
    }
    co_return true;
}

// Resumable, and continuing after a restart from where the node's partial
// upload of this file stands; ends with the node's validation and the
// comparison of its copy with the file.
QCoro::Task<bool> UpgradeJob::upload()
{
    QPointer<UpgradeJob> self(this);
    setStage(Stage::Uploading);
    auto *uploader = new api::Uploader(m_client, m_path, this);
    m_uploader = uploader;
    m_unfinished = std::make_unique<UnfinishedUploads>(UnfinishedUploads::defaultDirectory(),
                                                       m_client.settings().baseUrl);
    qint64 resumeAt = 0;
    const QString partial = co_await continuableUpload(m_client, *m_unfinished, m_path, &resumeAt);
    if (!self)
        co_return false;
    if (m_cancelled) {
        end(Outcome::Kind::Cancelled);
        co_return false;
    }
    if (!partial.isEmpty()) {
        uploader->resumeUpload(partial);
        Q_EMIT continuingEarlierUpload(resumeAt, m_inspection->size);
    }
    m_unfinished->follow(*uploader);
    if (m_tuning.chunkBytes > 0)
        uploader->setChunkSize(m_tuning.chunkBytes);
    uploader->setFaultInjection(m_tuning.cutAfterBytes);
    connect(uploader, &api::Uploader::progress, this, &UpgradeJob::uploadProgress);
    connect(uploader, &api::Uploader::resumed, this, &UpgradeJob::uploadResumed);
    connect(uploader, &api::Uploader::stateChanged, this, [this](api::Uploader::State s) {
        if (s == api::Uploader::State::Finishing)
            setStage(Stage::Validating);
    });

    Result<api::ConfirmData> confirm = co_await uploader->run();
    if (!self)
        co_return false;
    uploader->deleteLater();
    if (!confirm) {
        if (confirm.error().is(UploadError::Cancelled) || m_cancelled)
            end(Outcome::Kind::Cancelled, confirm.error());
        else
            end(Outcome::Kind::Failed, confirm.error());
        co_return false;
    }
    m_uploadId = confirm->uploadId;

    // The node must hold exactly the file that was read, where it says what
    // it holds (a real node validates the package itself and reports no
    // SHA-256).
    const QString localSha = QString::fromLatin1(m_inspection->sha256Hex);
    if (!confirm->sha256.isEmpty() && confirm->sha256.compare(localSha, Qt::CaseInsensitive) != 0) {
        end(Outcome::Kind::Failed,
            Error{UploadError::Checksum,
                  tr("The Management Node's copy is not the same as the file: SHA-256 of the file %1, of the copy "
                     "on the Management Node %2. The data changed on the way or the file changed during the "
                     "upload. Upload it again; if the sums differ again, download the package again from the "
                     "vendor.")
                      .arg(localSha, confirm->sha256)});
        co_return false;
    }

    // The confirmation's facts, of this moment; what the node does not say
    // comes from this reading of the deployment (R6).
    Result<InstalledVersions> now = co_await installedVersions(m_client, m_session);
    if (!self)
        co_return false;
    m_facts = localFacts(now ? *now : *m_versions);
    m_facts.installedVersion = confirm->current.version;
    m_facts.upgradeVersion = confirm->upgrade.version;
    if (!confirm->verdict.isEmpty()) { // the node judged it too (extended)
        m_facts.systemsToUpgrade = confirm->systemsToUpgrade;
        m_facts.repeatRun = confirm->verdict == u"repeat_run";
        if (!confirm->message.isEmpty())
            m_facts.judgement = confirm->message;
    }
    if (confirm->size > 0)
        m_facts.packageSize = confirm->size;
    m_facts.validatedByNode = confirm->sha256.isEmpty();
    co_return true;
}

// The confirmation's facts from this computer's reading of the file and of
// `versions`; the node's validation adds to them, and a single shot uses
// them as they are.
ConfirmFacts UpgradeJob::localFacts(const InstalledVersions &versions) const
{
    const ForecastEstimates estimates = m_session ? m_session->run().estimates() : ForecastEstimates{};
    ConfirmFacts facts = confirmFactsFor(versions, m_inspection->manifest.version, m_client.serverNow(), estimates);
    facts.systemsToUpgrade = m_verdict->systemsToUpgrade;
    facts.repeatRun = m_verdict->kind == PackageVerdict::Kind::RepeatRun;
    facts.judgement = m_verdict->message;
    facts.packageFile = QFileInfo(m_path).fileName();
    facts.packageSize = m_inspection->size;
    facts.sha256 = QString::fromLatin1(m_inspection->sha256Hex);
    facts.versionFromName = m_inspection->versionFromName;
    return facts;
}

// Nothing is started until the admin says so; the answer may come during
// the signal (a terminal prompt) or much later (a dialog).
QCoro::Task<bool> UpgradeJob::confirm()
{
    QPointer<UpgradeJob> self(this);
    setStage(Stage::AwaitingConfirmation);
    if (m_cancelled) {
        end(Outcome::Kind::Cancelled);
        co_return false;
    }
    Q_EMIT confirmationNeeded(m_facts);
    if (!m_answer) { // else answered during the signal
        co_await qCoro(this, &UpgradeJob::confirmationAnswered);
        if (!self)
            co_return false;
    }
    if (!*m_answer) {
        end(m_cancelled ? Outcome::Kind::Cancelled : Outcome::Kind::Declined);
        co_return false;
    }
    co_return true;
}

// The start window's start, on the Management Node's clock (read again every
// clockPoll: the workstation's may be off, and the node's is the one the
// run is measured by).
QCoro::Task<bool> UpgradeJob::waitForStart()
{
    QPointer<UpgradeJob> self(this);
    if (!m_window)
        co_return true;
    setStage(Stage::Waiting);
    const QDateTime now = m_client.serverNow().isValid() ? m_client.serverNow() : QDateTime::currentDateTimeUtc();
    m_startAt = m_window->firstStart(now);
    qCInfo(lcUpload).noquote() << "Start scheduled at" << m_startAt->toString(Qt::ISODate);
    Q_EMIT waitingToStart(*m_startAt);
    QElapsedTimer sinceRead;
    sinceRead.start();
    while (true) {
        if (m_cancelled) {
            end(Outcome::Kind::Cancelled);
            co_return false;
        }
        const QDateTime serverNow = m_client.serverNow();
        if (serverNow.isValid() && serverNow >= *m_startAt)
            co_return true;
        if (sinceRead.hasExpired(m_tuning.clockPoll.count())) {
            sinceRead.restart();
            (void)co_await m_client.managementVm(); // its Date header sets the clock; a failure waits for the next
            if (!self)
                co_return false;
            continue;
        }
        co_await QCoro::sleepFor(std::chrono::milliseconds(200));
        if (!self)
            co_return false;
    }
}

// The one performing request (upgradestart.h): never sent twice; a lost
// answer is settled by looking at the node.
QCoro::Task<> UpgradeJob::perform()
{
    QPointer<UpgradeJob> self(this);
    setStage(Stage::Starting);
    const Version target = Version::fromString(m_facts.upgradeVersion);
    api::UpgradeStart started =
        co_await api::performUpgradeOnce(m_client, m_uploadId, target, m_tuning.startObservation);
    if (!self)
        co_return;
    m_outcome.start = started;
    if (!started.started()) {
        if (started.verdict == api::UpgradeStart::Verdict::Unknown)
            end(Outcome::Kind::StartUnknown, Error{UpgradeError::NotStarted, started.summary()});
        else if (started.observed || !started.failure)
            end(Outcome::Kind::NotStarted, Error{UpgradeError::NotStarted, started.summary()});
        else
            end(Outcome::Kind::NotStarted, *started.failure); // R7: 409 while another run holds the lock
        co_return;
    }
    UnfinishedUploads(UnfinishedUploads::defaultDirectory(), m_client.settings().baseUrl).forgetStarted(m_uploadId);
    m_outcome.run = started.run(api::ReportedVersion{m_facts.upgradeVersion, target}, m_client.serverNow());
    end(Outcome::Kind::Started);
}

} // namespace iuc::jobs
