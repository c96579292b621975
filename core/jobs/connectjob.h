#pragma once

#include "core/api/managementclient.h"
#include "core/api/tlstrust.h"
#include "core/domain/result.h"
#include "core/storage/profile.h"

#include <QObject>
#include <QString>

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace iuc {
class DeploymentSession;
class ProfileStore;
class SecretStore;
} // namespace iuc

namespace iuc::jobs {

// One attempt to connect to a Management Node, from the admin's Connect to
// a tested DeploymentSession: the password from the keychain when none was
// typed, a first request, the certificate question of first contact (the
// presenter asks the admin and answers with answerCertificate(); "trust"
// pins the fingerprint in the profile and tries again), a changed
// certificate refused with both fingerprints, and the password kept in (or
// removed from) the keychain as the admin asked. The Connect dialog presents
// it; nothing here shows anything.
class ConnectJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectJob)

public:
    struct Request
    {
        api::ConnectionSettings settings; // an empty password: the profile's, from the keychain
        std::optional<Profile> profile;   // a saved deployment (its pin, keychain entry, refresh); none for the demo
        QString displayName;
        bool rememberPassword = false;     // keep the password in the keychain (with a profile)
        bool passwordFromKeychain = false; // it came from there: nothing to write back
    };

    enum class Stage {
        ReadingPassword,    // from the system keychain
        Connecting,         // the first request
        ReadingCertificate, // a look at the certificate the Management Node presents
        AwaitingTrust,      // certificateQuestion() asked; waiting for answerCertificate()
        SavingPassword,     // into the system keychain
    };
    Q_ENUM(Stage)

    ConnectJob(Request request, ProfileStore &profiles, SecretStore &secrets, QObject *parent = nullptr);
    ~ConnectJob() override;

    void start();
    // Stops what is in flight; nothing is trusted or saved, and nothing more
    // is emitted.
    void cancel();
    // The admin's answer to certificateQuestion().
    void answerCertificate(bool trust);

    [[nodiscard]] const Request &request() const { return m_request; }
    [[nodiscard]] Stage stage() const { return m_stage; }
    // After finished() with success: the tested session (not started).
    [[nodiscard]] std::unique_ptr<DeploymentSession> takeSession();
    // Set when the password could not be kept as asked (no keychain, or it
    // refused): the words to show the admin.
    [[nodiscard]] const QString &keychainNotice() const { return m_keychainNotice; }

Q_SIGNALS:
    void stageChanged(iuc::jobs::ConnectJob::Stage stage);
    // The password was read from the keychain (the presenter may show it as dots).
    void passwordRead(const QString &password);
    // The keychain could not be read: the presenter may warn (its own words).
    void keychainReadFailed(const iuc::Error &error);
    // First contact with a certificate nobody vouches for: answerCertificate() next.
    void certificateQuestion(const iuc::api::CertificateFacts &facts);
    // A certificate other than the pinned one: refused (finished() follows at once).
    void certificateChanged(const iuc::api::CertificateFacts &facts);
    // The fingerprint the admin trusted is in the profile now.
    void pinned(const iuc::Profile &profile);
    // Connected (takeSession()), or why not: connect.no-password, connect.not-trusted
    // (the admin did not trust the certificate), api.*, tls.*, profile.*.
    void finished(const iuc::Result<void> &result);

private:
    void setStage(Stage stage);
    void test();
    void onTested(const Result<api::ManagementVm> &result);
    void askAboutCertificate(const Error &refusal);
    void present(const Error &refusal, const std::optional<api::CertificateInfo> &probed);
    void succeed();
    // The rest of succeed() for a profile: its password into the keychain, or out.
    void keepPassword();
    void end(const Result<void> &result);
    void releaseClient();

    Request m_request;
    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    Stage m_stage = Stage::Connecting;
    bool m_ended = false;
    QByteArray m_questioned; // the fingerprint of certificateQuestion()
    std::unique_ptr<api::ManagementClient> m_client; // released with deleteLater()
    std::unique_ptr<DeploymentSession> m_session;
    QString m_keychainNotice;
};

} // namespace iuc::jobs
