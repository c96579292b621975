// UpgradeJob (upgradejob.h), the part that depends on the node's upload
// protocol: which one it has, and the single shot of v24-era nodes, where
// the upload is the start and so comes after the confirmation.

#include "core/jobs/upgradejob.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/api/singleshotupload.h"
#include "core/session/deploymentsession.h"

using namespace Qt::StringLiterals;

namespace iuc::jobs {

// Which upload the node has: the session's detection, or the node's own
// schema/ read now. Nothing detected (no schema served): the resumable one
// is tried, and its errors say what happened.
QCoro::Task<bool> UpgradeJob::chooseProtocol()
{
    QPointer<UpgradeJob> self(this);
    if (m_protocol == api::UploadProtocol::Unknown && m_session
        && m_session->poller().capabilities().schemasRead)
        m_protocol = m_session->poller().capabilities().upload();
    if (m_protocol == api::UploadProtocol::Unknown) {
        Result<api::Capabilities> detected = co_await api::detectCapabilities(m_client);
        if (!self)
            co_return false;
        if (detected)
            m_protocol = detected->upload();
    }
    if (m_cancelled) {
        end(Outcome::Kind::Cancelled);
        co_return false;
    }
    if (m_protocol == api::UploadProtocol::None) {
        end(Outcome::Kind::Failed,
            Error{UploadError::NotOffered,
                  tr("This Management Node offers no way to upload a package through its API (its schema/ lists "
                     "neither configuration/v1/upgrade_request/ nor configuration/v1/upgrade/). Upgrade it from "
                     "its own web pages (Utilities ▸ Upgrade).")});
        co_return false;
    }
    co_return true;
}

// The single-shot upload, which is the start: sent once. A cut one (the
// admin's cancel included) is settled by looking at the node.
QCoro::Task<> UpgradeJob::uploadAsTheStart()
{
    QPointer<UpgradeJob> self(this);
    setStage(Stage::Uploading);
    const Version target = m_inspection->manifest.version;
    Result<api::ManagementVm> before = co_await m_client.managementVm();
    if (!self)
        co_return;
    const Version installedBefore = before ? before->version.version : Version();
    auto *upload = new api::SingleShotUpload(m_client, m_path, this);
    m_singleShot = upload;
    connect(upload, &api::SingleShotUpload::progress, this, &UpgradeJob::uploadProgress);
    if (m_cancelled)
        upload->cancel();
    Result<api::PerformedUpgrade> performed = co_await upload->run();
    if (!self)
        co_return;
    upload->deleteLater();
    api::UpgradeStart started;
    started.singleShot = true;
    if (performed) {
        started.verdict = api::UpgradeStart::Verdict::Started;
        started.performed = performed.value();
    } else {
        started.failure = performed.error();
        if (!m_cancelled && !api::isAmbiguousStartFailure(performed.error())) {
            started.verdict = api::UpgradeStart::Verdict::NotStarted;
        } else {
            const QString noUploadRequest;
            started = co_await api::observeStart(m_client, noUploadRequest, target, installedBefore, started,
                                                 m_tuning.startObservation);
            if (!self)
                co_return;
        }
    }
    m_outcome.start = started;
    const api::ReportedVersion reported{m_inspection->manifest.version.toString(), target};
    if (started.started()) {
        m_outcome.run = started.run(reported, m_client.serverNow());
        end(Outcome::Kind::Started);
    } else if (started.verdict == api::UpgradeStart::Verdict::Unknown) {
        end(Outcome::Kind::StartUnknown, Error{UpgradeError::NotStarted, started.summary()});
    } else if (m_cancelled) {
        end(Outcome::Kind::Cancelled, started.failure);
    } else {
        end(Outcome::Kind::NotStarted, started.observed || !started.failure
                                           ? Error{UpgradeError::NotStarted, started.summary()}
                                           : *started.failure);
    }
}

} // namespace iuc::jobs
