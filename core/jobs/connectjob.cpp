#include "core/jobs/connectjob.h"

#include "core/api/apierrors.h"
#include "core/domain/logging.h"
#include "core/session/deploymentsession.h"
#include "core/storage/drainrecord.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"

#include <QCoreApplication>

#include <chrono>

using namespace Qt::StringLiterals;

namespace iuc::jobs {

namespace {

constexpr auto kProbeTimeout = std::chrono::seconds(10);

// "https://mgmt.example.com:8443": the address as the admin typed it, without a path.
QString serverText(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

ConnectJob::ConnectJob(Request request, ProfileStore &profiles, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

ConnectJob::~ConnectJob()
{
    releaseClient();
}

void ConnectJob::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ConnectJob::start()
{
    if (!m_request.profile || !m_request.settings.password.isEmpty()) {
        test();
        return;
    }
    // No password typed: the keychain may have the profile's.
    setStage(Stage::ReadingPassword);
    QCoro::connect(m_secrets.readPassword(ProfileStore::secretKey(*m_request.profile)), this,
                   [this](const Result<QString> &read) {
                       if (m_ended)
                           return;
                       if (read && !read.value().isEmpty()) {
                           m_request.settings.password = read.value();
                           m_request.passwordFromKeychain = true;
                           m_request.rememberPassword = true;
                           Q_EMIT passwordRead(read.value());
                           test();
                           return;
                       }
                       if (!read)
                           Q_EMIT keychainReadFailed(read.error());
                       end(Error{ConnectError::NoPassword,
                                 QCoreApplication::translate("ConnectJob",
                                     "Enter the password of the user \"%1\", then press Connect.")
                                     .arg(m_request.settings.user)});
                   });
}

void ConnectJob::test()
{
    releaseClient();
    m_client = std::make_unique<api::ManagementClient>(m_request.settings);
    setStage(Stage::Connecting);
    QCoro::connect(m_client->managementVm(), this,
                   [this](const Result<api::ManagementVm> &result) { onTested(result); });
}

void ConnectJob::onTested(const Result<api::ManagementVm> &result)
{
    if (m_ended)
        return;
    if (result) {
        succeed();
        return;
    }
    const Error &error = result.error();
    if (error.is(ApiError::Cancelled))
        return; // cancel() ended the job
    if ((error.is(TlsError::Untrusted) || error.is(TlsError::Changed)) && m_request.profile) {
        askAboutCertificate(error);
        return;
    }
    end(error);
}

void ConnectJob::askAboutCertificate(const Error &refusal)
{
    // The refusal carries the fingerprint; a look at the certificate itself
    // (no request, no password) adds its validity and names.
    releaseClient();
    setStage(Stage::ReadingCertificate);
    QCoro::connect(api::TlsTrust::probeCertificate(m_request.settings.baseUrl, kProbeTimeout), this,
                   [this, refusal](const Result<api::CertificateInfo> &probed) {
                       if (m_ended)
                           return;
                       present(refusal, probed ? std::optional(probed.value()) : std::nullopt);
                   });
}

void ConnectJob::present(const Error &refusal, const std::optional<api::CertificateInfo> &probed)
{
    const QVariantMap &d = refusal.details;
    const bool changed = refusal.is(TlsError::Changed);
    api::CertificateFacts facts;
    facts.server = serverText(m_request.settings.baseUrl);
    facts.presented.sha256Fingerprint = d.value(changed ? u"actual"_s : u"fingerprint"_s).toString().toLatin1();
    facts.presented.subject = d.value(u"subject"_s).toString();
    facts.presented.issuer = d.value(u"issuer"_s).toString();
    facts.presented.notAfter = d.value(u"notAfter"_s).toDateTime();
    // Only what the refused handshake saw is shown; a probe that met another
    // certificate adds nothing.
    if (probed && probed->sha256Fingerprint == facts.presented.sha256Fingerprint)
        facts.presented = *probed;
    if (changed)
        facts.trustedFingerprint = d.value(u"expected"_s).toString().toLatin1();
    if (facts.presented.sha256Fingerprint.isEmpty()) {
        end(refusal); // nothing to show, nothing to pin
        return;
    }
    if (changed) {
        // A refusal, whatever the admin makes of it: re-pinning is a
        // deliberate edit of the profile.
        Q_EMIT certificateChanged(facts);
        end(refusal);
        return;
    }
    m_questioned = facts.presented.sha256Fingerprint;
    setStage(Stage::AwaitingTrust);
    Q_EMIT certificateQuestion(facts);
}

void ConnectJob::answerCertificate(bool trust)
{
    if (m_ended || m_stage != Stage::AwaitingTrust)
        return;
    if (!trust) {
        end(Error{ConnectError::NotTrusted,
                  QCoreApplication::translate("ConnectJob", "Not connected: the certificate was not trusted.")});
        return;
    }
    Profile withPin = *m_request.profile;
    withPin.pinnedSha256 = m_questioned;
    const Result<Profile> saved = m_profiles.save(withPin);
    if (!saved) {
        end(saved.error());
        return;
    }
    qCDebug(lcTls).noquote() << "pinned" << saved->pinnedSha256 << "for the profile" << saved->name;
    m_request.profile = saved.value();
    m_request.settings.trust = api::TlsTrust::pinned(saved->pinnedSha256);
    Q_EMIT pinned(saved.value());
    test();
}

void ConnectJob::succeed()
{
    releaseClient();
    m_session = std::make_unique<DeploymentSession>(m_request.settings, m_request.displayName);
    // The console's own record of the runs, on a node that does not report
    // them: kept per deployment, so a restart mid-run loses nothing.
    if (const Result<void> kept = m_session->keepRunRecord(ObservedRunStore::defaultDirectory()); !kept)
        qCWarning(lcSession).noquote() << kept.error().message;
    m_session->keepAdminActions(AdminActionLog::defaultDirectory()); // for the run report
    m_session->keepDrainAhead(DrainRecord::defaultDirectory()); // finds nodes an earlier console left drained
    if (!m_request.profile) {
        end(ResultOk);
        return;
    }
    const Profile &profile = *m_request.profile;
    m_session->setRefreshInterval(std::chrono::seconds(profile.refreshSeconds));
    m_profiles.setLastUsed(profile.name);
    if (profile.alertWebhook.isEmpty()) {
        keepPassword();
        return;
    }
    // The profile's alerts go to its webhook too: its URL is in the keychain.
    setStage(Stage::ReadingPassword);
    QCoro::connect(m_secrets.readPassword(ProfileStore::webhookKey(profile)), this, [this](const Result<QString> &read) {
        if (m_ended)
            return;
        const Result<QUrl> url = read ? AlertWebhook::validate(read.value())
                                      : Result<QUrl>(read.error());
        if (url) {
            m_session->setAlertWebhook(std::make_unique<AlertWebhook>(url.value(), m_request.displayName));
        } else {
            m_keychainNotice = QCoreApplication::translate("ConnectJob", "Alerts stay on this desktop: the alert "
                                                                         "webhook's address could not be read from "
                                                                         "the keychain (%1).")
                                   .arg(read ? url.error().message : read.error().message);
        }
        keepPassword();
    });
}

void ConnectJob::keepPassword()
{
    const Profile &profile = *m_request.profile;
    const QString key = ProfileStore::secretKey(profile);
    if (m_request.rememberPassword && !m_request.passwordFromKeychain) {
        setStage(Stage::SavingPassword);
        QCoro::connect(m_secrets.writePassword(key, m_request.settings.password), this,
                       [this](const Result<SecretStore::Kept> &saved) {
                           if (m_ended)
                               return;
                           if (!saved)
                               m_keychainNotice = saved.error().message;
                           else if (saved.value() == SecretStore::Kept::ForThisSessionOnly)
                               m_keychainNotice = m_secrets.sessionOnlyWarning();
                           end(ResultOk);
                       });
        return;
    }
    if (!m_request.rememberPassword && m_request.passwordFromKeychain) {
        // "Remember" was unticked: the saved copy goes.
        m_secrets.removePassword(key);
    }
    end(ResultOk);
}

void ConnectJob::cancel()
{
    if (m_ended)
        return;
    m_ended = true;
    releaseClient();
    m_session.reset();
}

void ConnectJob::end(const Result<void> &result)
{
    if (m_ended)
        return;
    m_ended = true;
    releaseClient();
    if (!result)
        m_session.reset();
    Q_EMIT finished(result);
}

void ConnectJob::releaseClient()
{
    if (!m_client)
        return;
    // A coroutine of the client may be what called us: abort what is in
    // flight and let the event loop delete it (DESIGN §8).
    m_client->cancelAll();
    m_client.release()->deleteLater();
}

std::unique_ptr<DeploymentSession> ConnectJob::takeSession()
{
    return std::move(m_session);
}

} // namespace iuc::jobs
