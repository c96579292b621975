// The Connect dialog's second half: one connection attempt at a time —
// the keychain's password, the test request, the certificate questions of
// first contact and of a changed certificate, then the session handed over.
// The dialog, its profiles and its layout are in connectdialog.cpp.

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

#include <QCoro/QCoroTask>

#include <chrono>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr auto kProbeTimeout = std::chrono::seconds(10);


QString serverText(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

// What the dialog adds to a failure's own message: the next step in this dialog.
QString nextStep(const Error &error)
{
    const QString &code = error.code;
    if (code == ApiError::Unauthorized)
        return ConnectDialog::tr("Type the password again and press Connect. If the user name is wrong, "
                                 "choose Edit….");
    if (code == ApiError::Unreachable || code == TlsError::Handshake || code == TlsError::NotLoopback)
        return ConnectDialog::tr("To correct the address, choose Edit…. To try again, press Connect.");
    if (code == TlsError::CaFile)
        return ConnectDialog::tr("Choose Edit… to pick the right CA file, or clear the field to check the "
                                 "certificate by its fingerprint instead.");
    if (code == TlsError::BadPin)
        return ConnectDialog::tr("Choose Edit… and clear the trusted fingerprint: the certificate is then "
                                 "shown for you to check on the next connection.");
    if (code == TlsError::Changed)
        return ConnectDialog::tr("Nothing was trusted. Once the new certificate is confirmed, choose Edit… "
                                 "to clear or replace the trusted fingerprint.");
    if (code == ApiError::Rebooting)
        return ConnectDialog::tr("Wait until the Management Node is back, then press Connect again.");
    if (code == ApiError::Forbidden)
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
    Attempt attempt;
    attempt.profile = profile;
    attempt.displayName = profile->name;
    attempt.settings.baseUrl = profile->url;
    attempt.settings.user = profile->user;
    attempt.settings.password = m_password->text();
    if (!profile->pinnedSha256.isEmpty())
        attempt.settings.trust = api::TlsTrust::pinned(profile->pinnedSha256);
    else if (!profile->caFile.isEmpty())
        attempt.settings.trust = api::TlsTrust::withCaFile(profile->caFile);
    attempt.rememberPassword = m_remember->isChecked();
    attempt.passwordFromKeychain = m_passwordInKeychain;
    begin(std::move(attempt));
}

void ConnectDialog::openDemo()
{
    if (isBusy() || !m_demoFactory)
        return;
    clearMessages();
    Attempt attempt;
    attempt.displayName = tr("Demo deployment");
    begin(std::move(attempt));
    setBusy(tr("Starting the demo deployment on this computer…"));
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
        m_attempt->settings = demo->settings;
        if (!demo->name.isEmpty())
            m_attempt->displayName = demo->name;
        m_attempt->demo = std::move(demo).value();
        test();
    });
}

void ConnectDialog::begin(Attempt attempt)
{
    attempt.id = m_nextAttemptId++;
    m_attempt = std::move(attempt);
    m_list->setEnabled(false);
    m_addButton->setEnabled(false);
    m_editButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    m_password->setEnabled(false);
    m_remember->setEnabled(false);
    m_connectButton->setEnabled(false);
    m_demoButton->setEnabled(false);
    Q_EMIT busyChanged(true);
    if (!m_attempt->profile)
        return; // the demo goes on in openDemo()
    if (!m_attempt->settings.password.isEmpty()) {
        test();
        return;
    }
    // No password typed: the keychain may have one (its read may still be
    // under way, or this is --profile at start-up).
    setBusy(tr("Reading the password from the system keychain…"));
    const quint64 id = m_attempt->id;
    QCoro::connect(m_secrets.readPassword(ProfileStore::secretKey(*m_attempt->profile)), this,
                   [this, id](const Result<QString> &read) {
                       if (!isCurrent(id))
                           return;
                       if (read && !read.value().isEmpty()) {
                           m_attempt->settings.password = read.value();
                           m_attempt->passwordFromKeychain = true;
                           m_passwordInKeychain = true;
                           m_password->setText(read.value());
                           m_remember->setChecked(true);
                           test();
                           return;
                       }
                       if (!read)
                           updateKeychainWarning(&read.error());
                       fail(Error{ConnectError::NoPassword, tr("Enter the password of the user \"%1\", then press Connect.")
                                                   .arg(m_attempt->settings.user)});
                   });
}

void ConnectDialog::test()
{
    Q_ASSERT(m_attempt);
    releaseClient();
    const quint64 id = m_attempt->id;
    m_client = std::make_unique<api::ManagementClient>(m_attempt->settings);
    setBusy(m_attempt->demo ? tr("Connecting to the demo deployment…")
                            : tr("Connecting to %1 as %2…")
                                  .arg(serverText(m_attempt->settings.baseUrl), m_attempt->settings.user));
    QCoro::connect(m_client->managementVm(), this,
                   [this, id](const Result<api::ManagementVm> &result) { onTested(id, result); });
}

void ConnectDialog::onTested(quint64 id, const Result<api::ManagementVm> &result)
{
    if (!isCurrent(id))
        return;
    if (result) {
        succeed();
        return;
    }
    const Error &error = result.error();
    if (error.is(ApiError::Cancelled)) {
        return; // cancelAttempt() said so already
    }
    if ((error.is(TlsError::Untrusted) || error.is(TlsError::Changed)) && m_attempt->profile) {
        askAboutCertificate(id, error);
        return;
    }
    fail(error);
}

void ConnectDialog::askAboutCertificate(quint64 id, const Error &refusal)
{
    // The refusal carries the fingerprint; a look at the certificate itself
    // (no request, no password) adds its validity and names.
    releaseClient();
    setBusy(tr("Reading the Management Node's certificate…"));
    QCoro::connect(api::TlsTrust::probeCertificate(m_attempt->settings.baseUrl, kProbeTimeout), this,
                   [this, id, refusal](const Result<api::CertificateInfo> &probed) {
                       if (!isCurrent(id))
                           return;
                       showCertificateDialog(id, refusal,
                                             probed ? std::optional(probed.value()) : std::nullopt);
                   });
}

void ConnectDialog::showCertificateDialog(quint64 id, const Error &refusal,
                                          const std::optional<api::CertificateInfo> &probed)
{
    const QVariantMap &d = refusal.details;
    const bool changed = refusal.is(TlsError::Changed);
    CertificateFacts facts;
    facts.server = serverText(m_attempt->settings.baseUrl);
    facts.presented.sha256Fingerprint =
        d.value(changed ? u"actual"_s : u"fingerprint"_s).toString().toLatin1();
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
        fail(refusal); // nothing to show, nothing to pin
        return;
    }

    auto *dialog = new CertificateDialog(facts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog = dialog;
    if (changed) {
        // A refusal, whatever the admin answers: the attempt ends now.
        fail(refusal);
        dialog->open();
        return;
    }
    setBusy(tr("Waiting for your decision about the certificate…"));
    const QByteArray fingerprint = facts.presented.sha256Fingerprint;
    connect(dialog, &QDialog::finished, this, [this, id, fingerprint](int answer) {
        if (!isCurrent(id))
            return;
        if (answer == QDialog::Accepted) {
            pinAndRetry(id, fingerprint);
            return;
        }
        endAttempt();
        m_status->setText(tr("Not connected: the certificate was not trusted."));
        Q_EMIT attemptFinished(false);
    });
    dialog->open();
}

void ConnectDialog::pinAndRetry(quint64 id, const QByteArray &fingerprint)
{
    Q_ASSERT(isCurrent(id) && m_attempt->profile);
    Profile pinned = *m_attempt->profile;
    pinned.pinnedSha256 = fingerprint;
    const Result<Profile> saved = m_profiles.save(pinned);
    if (!saved) {
        fail(saved.error());
        return;
    }
    m_attempt->profile = saved.value();
    m_attempt->settings.trust = api::TlsTrust::pinned(saved->pinnedSha256);
    // The details show the pin at once; the list is not reloaded (that
    // would read the keychain again).
    m_trust->setText(tr("pinned, SHA-256 %1").arg(CertificateDialog::formatFingerprint(saved->pinnedSha256)));
    test();
}

void ConnectDialog::succeed()
{
    releaseClient();
    Attempt &a = *m_attempt;
    m_session = std::make_unique<DeploymentSession>(a.settings, a.displayName);
    if (!a.profile) {
        finishSucceeded();
        return;
    }
    m_session->setRefreshInterval(std::chrono::seconds(a.profile->refreshSeconds));
    m_profiles.setLastUsed(a.profile->name);
    const QString key = ProfileStore::secretKey(*a.profile);
    const quint64 id = a.id;
    if (a.rememberPassword && !a.passwordFromKeychain) {
        setBusy(tr("Saving the password in the system keychain…"));
        QCoro::connect(m_secrets.writePassword(key, a.settings.password), this, [this, id](const Result<SecretStore::Kept> &saved) {
            if (!isCurrent(id))
                return;
            if (!saved)
                m_keychainNotice = saved.error().message;
            else if (saved.value() == SecretStore::Kept::ForThisSessionOnly)
                m_keychainNotice = m_secrets.sessionOnlyWarning();
            finishSucceeded();
        });
        return;
    }
    if (!a.rememberPassword && m_passwordInKeychain) {
        // "Remember" was unticked: the saved copy goes.
        m_secrets.removePassword(key);
    }
    finishSucceeded();
}

void ConnectDialog::finishSucceeded()
{
    m_connectedProfile = m_attempt->profile ? m_attempt->profile->name : QString();
    m_demo = std::move(m_attempt->demo);
    endAttempt();
    m_status->setText(tr("Connected."));
    Q_EMIT attemptFinished(true);
    accept();
}

void ConnectDialog::fail(const Error &error)
{
    releaseClient();
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
    releaseClient();
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

void ConnectDialog::releaseClient()
{
    if (!m_client)
        return;
    // A coroutine of the client may be what called us: abort what is in
    // flight and let the event loop delete it (DESIGN §8).
    m_client->cancelAll();
    m_client.release()->deleteLater();
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

