// The Connect dialog's second half: it presents one ConnectJob at a time
// (core/jobs/connectjob.h) — the keychain's password, the test request, the
// certificate questions of first contact and of a changed certificate —
// and takes the session it hands over. The dialog, its profiles and its
// layout are in connectdialog.cpp.

#include "ui/connect/connectdialog.h"

#include "core/api/apierrors.h"
#include "core/session/deploymentsession.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "core/storage/storageerrors.h"
#include "ui/common/messagelabel.h"
#include "ui/connect/certificatedialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

QString serverText(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// What the dialog adds to a failure's own message: the next step in this dialog.
QString nextStep(const Error &error)
{
    if (error.is(ApiError::Unauthorized))
        return ConnectDialog::tr("Type the password again and press Connect. If the user name is wrong, "
                                 "choose Edit….");
    if (error.is(ApiError::Unreachable) || error.is(TlsError::Handshake) || error.is(TlsError::NotLoopback))
        return ConnectDialog::tr("To correct the address, choose Edit…. To try again, press Connect.");
    if (error.is(TlsError::CaFile))
        return ConnectDialog::tr("Choose Edit… to pick the right CA file, or clear the field to check the "
                                 "certificate by its fingerprint instead.");
    if (error.is(TlsError::BadPin))
        return ConnectDialog::tr("Choose Edit… and clear the trusted fingerprint: the certificate is then "
                                 "shown for you to check on the next connection.");
    if (error.is(TlsError::Changed))
        return ConnectDialog::tr("Nothing was trusted. Once the new certificate is confirmed, choose Edit… "
                                 "to clear or replace the trusted fingerprint.");
    if (error.is(ApiError::Rebooting))
        return ConnectDialog::tr("Wait until the Management Node is back, then press Connect again.");
    if (error.is(ApiError::Forbidden))
        return ConnectDialog::tr("Choose Edit… and enter an account the Management Node lets in.");
    return {};
}

} // namespace

void ConnectDialog::connectToProfile(const QString &name)
{
    if (isBusy())
        return;
    if (!selectProfile(name))
        reloadProfiles(name); // saved since the list was read?
    if (!selectProfile(name)) {
        clearMessages();
        const Result<Profile> known = m_profiles.profile(name);
        showError(known ? Error{ProfileError::NotFound, tr("There is no saved profile called \"%1\".").arg(name)}
                        : known.error());
        return;
    }
    connectToSelected();
}

void ConnectDialog::connectToSelected()
{
    if (isBusy())
        return;
    clearMessages();
    const std::optional<Profile> profile = selectedProfile();
    if (!profile) {
        showError(Error{ConnectError::NoProfile,
                        m_list->count() == 0
                            ? tr("There is no saved deployment to connect to. Choose Add… to enter one.")
                            : tr("Choose a deployment in the list first.")});
        return;
    }
    jobs::ConnectJob::Request request;
    request.profile = profile;
    request.displayName = profile->name;
    request.settings.baseUrl = profile->url;
    request.settings.user = profile->user;
    request.settings.password = m_password->text();
    if (!profile->pinnedSha256.isEmpty())
        request.settings.trust = api::TlsTrust::pinned(profile->pinnedSha256);
    else if (!profile->caFile.isEmpty())
        request.settings.trust = api::TlsTrust::withCaFile(profile->caFile);
    request.rememberPassword = m_remember->isChecked();
    request.passwordFromKeychain = m_passwordInKeychain;
    begin();
    run(std::move(request));
}

void ConnectDialog::openDemo()
{
    if (isBusy() || !m_demoFactory)
        return;
    clearMessages();
    begin();
    m_status->setText(tr("Starting the demo deployment on this computer…"));
    m_busyBar->setVisible(true);
    // Started from the event loop, so the busy line is painted before the
    // factory writes its files and starts the emulator.
    const quint64 id = m_attempt->id;
    QTimer::singleShot(0, this, [this, id] {
        if (!isCurrent(id))
            return;
        Result<DemoDeployment> demo = m_demoFactory();
        if (!isCurrent(id))
            return;
        if (!demo) {
            fail(demo.error());
            return;
        }
        jobs::ConnectJob::Request request;
        request.settings = demo->settings;
        request.displayName = demo->name.isEmpty() ? tr("Demo deployment") : demo->name;
        m_attempt->demo = std::move(demo).value();
        run(std::move(request));
    });
}

void ConnectDialog::begin()
{
    m_attempt = Attempt{m_nextAttemptId++, {}, {}};
    m_list->setEnabled(false);
    m_addButton->setEnabled(false);
    m_editButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    m_password->setEnabled(false);
    m_remember->setEnabled(false);
    m_connectButton->setEnabled(false);
    m_demoButton->setEnabled(false);
    Q_EMIT busyChanged(true);
}

void ConnectDialog::run(jobs::ConnectJob::Request request)
{
    Q_ASSERT(m_attempt);
    const bool demo = m_attempt->demo.has_value();
    auto *job = new jobs::ConnectJob(std::move(request), m_profiles, m_secrets, this);
    m_attempt->job = job;
    connect(job, &jobs::ConnectJob::stageChanged, this, [this, job, demo](jobs::ConnectJob::Stage stage) {
        const api::ConnectionSettings &s = job->request().settings;
        switch (stage) {
        case jobs::ConnectJob::Stage::ReadingPassword:
            setBusy(tr("Reading the password from the system keychain…"));
            break;
        case jobs::ConnectJob::Stage::Connecting:
            setBusy(demo ? tr("Connecting to the demo deployment…")
                         : tr("Connecting to %1 as %2…").arg(serverText(s.baseUrl), s.user));
            break;
        case jobs::ConnectJob::Stage::ReadingCertificate:
            setBusy(tr("Reading the Management Node's certificate…"));
            break;
        case jobs::ConnectJob::Stage::AwaitingTrust:
            setBusy(tr("Waiting for your decision about the certificate…"));
            break;
        case jobs::ConnectJob::Stage::SavingPassword:
            setBusy(tr("Saving the password in the system keychain…"));
            break;
        }
    });
    connect(job, &jobs::ConnectJob::passwordRead, this, [this](const QString &password) {
        m_passwordInKeychain = true;
        m_password->setText(password);
        m_remember->setChecked(true);
    });
    connect(job, &jobs::ConnectJob::keychainReadFailed, this,
            [this](const Error &error) { updateKeychainWarning(&error); });
    connect(job, &jobs::ConnectJob::certificateQuestion, this, [this, job](const api::CertificateFacts &facts) {
        auto *dialog = new CertificateDialog(facts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_certificateDialog = dialog;
        const QPointer<jobs::ConnectJob> asked(job);
        connect(dialog, &QDialog::finished, this, [asked](int answer) {
            if (asked)
                asked->answerCertificate(answer == QDialog::Accepted);
        });
        dialog->open();
    });
    connect(job, &jobs::ConnectJob::certificateChanged, this, [this](const api::CertificateFacts &facts) {
        // A refusal, whatever the admin answers: the attempt ends right after.
        auto *dialog = new CertificateDialog(facts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_certificateDialog = dialog;
        dialog->open();
    });
    connect(job, &jobs::ConnectJob::pinned, this, [this](const Profile &profile) {
        // The details show the pin at once; the list is not reloaded (that
        // would read the keychain again).
        m_trust->setText(tr("pinned, SHA-256 %1").arg(CertificateDialog::formatFingerprint(profile.pinnedSha256)));
    });
    connect(job, &jobs::ConnectJob::finished, this, [this, job](const Result<void> &result) {
        job->deleteLater();
        if (!m_attempt || m_attempt->job != job)
            return;
        if (result) {
            m_keychainNotice = job->keychainNotice();
            m_session = job->takeSession();
            m_connectedProfile = job->request().profile ? job->request().profile->name : QString();
            m_demo = std::move(m_attempt->demo);
            endAttempt();
            m_status->setText(tr("Connected."));
            Q_EMIT attemptFinished(true);
            accept();
            return;
        }
        if (result.error().is(ConnectError::NotTrusted)) {
            endAttempt();
            m_status->setText(result.error().message);
            Q_EMIT attemptFinished(false);
            return;
        }
        fail(result.error());
    });
    job->start();
}

void ConnectDialog::fail(const Error &error)
{
    endAttempt();
    showError(error);
    if (error.is(ApiError::Unauthorized) || error.is(ConnectError::NoPassword)) {
        m_password->setFocus();
        m_password->selectAll();
    }
    Q_EMIT attemptFinished(false);
}

void ConnectDialog::cancelAttempt()
{
    if (!isBusy())
        return;
    endAttempt(); // before closing the certificate dialog: its answer no longer counts
    if (m_certificateDialog)
        m_certificateDialog->reject();
    m_status->setText(tr("Cancelled: not connected."));
    Q_EMIT attemptFinished(false);
}

void ConnectDialog::reject()
{
    if (isBusy()) {
        cancelAttempt();
        return;
    }
    QDialog::reject();
}

void ConnectDialog::endAttempt()
{
    const bool wasBusy = isBusy();
    if (m_attempt && m_attempt->job) {
        m_attempt->job->cancel(); // nothing more from it
        m_attempt->job->deleteLater();
    }
    m_attempt.reset(); // a demo that did not connect stops here
    m_busyBar->setVisible(false);
    m_status->clear();
    m_list->setEnabled(true);
    m_addButton->setEnabled(true);
    m_password->setEnabled(true);
    m_remember->setEnabled(true);
    m_demoButton->setEnabled(bool(m_demoFactory));
    const bool hasProfile = selectedProfile().has_value();
    m_editButton->setEnabled(hasProfile);
    m_removeButton->setEnabled(hasProfile);
    m_connectButton->setEnabled(hasProfile);
    // Disabled while busy, the button lost its place as the default to
    // whichever had the focus: Enter connects again.
    m_connectButton->setDefault(true);
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

void ConnectDialog::setBusy(const QString &what)
{
    m_busyBar->setVisible(true);
    m_status->setText(what);
}

void ConnectDialog::showError(const Error &error)
{
    m_shownError = error;
    const QString step = nextStep(error);
    m_error->setText(step.isEmpty() ? error.message : tr("%1\n\n%2").arg(error.message, step));
    m_error->setVisible(true);
    growToFit(this);
}

void ConnectDialog::clearMessages()
{
    m_shownError.reset();
    m_error->clear();
    m_error->setVisible(false);
    m_status->clear();
}

std::unique_ptr<DeploymentSession> ConnectDialog::takeSession()
{
    return std::move(m_session);
}

std::optional<DemoDeployment> ConnectDialog::takeDemo()
{
    std::optional<DemoDeployment> demo = std::move(m_demo);
    m_demo.reset();
    return demo;
}

} // namespace iuc::ui
