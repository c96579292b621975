#pragma once

#include "core/api/managementclient.h"
#include "core/domain/result.h"
#include "core/jobs/connectjob.h"
#include "core/session/demodeployment.h"
#include "core/storage/profile.h"
#include "ui/connect/certificatedialog.h"

#include <QDialog>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QWidget;

namespace iuc {
class DeploymentSession;
class ProfileStore;
class SecretStore;
} // namespace iuc

namespace iuc::ui {
// The Connect dialog (DESIGN §6): the saved deployment profiles (add, edit,
// remove), the password (read from the system keychain for a saved
// profile, written there only when "Remember" is ticked), "Open demo
// deployment" when the entry point handed in a DemoFactory, and Connect.
//
// Connect tests the connection (the Management Node's status) without
// blocking: a busy bar and Cancel show while it runs. On first contact with
// a certificate nobody vouches for, a CertificateDialog shows it; "Trust
// and pin" saves its fingerprint in the profile and connects again. A
// certificate other than the pinned one is refused with both fingerprints.
// Any other failure is shown in the dialog, with what to do about it.
//
// On success the dialog is accepted; takeSession() gives the tested
// DeploymentSession (not started: the caller starts it once it shows it)
// and, for the demo, takeDemo() the demo deployment.
//
// Keyboard: Enter connects, Escape cancels a running attempt or else closes
// the dialog; every control is reachable with Tab and has an accessible
// name. The stores are not owned and must outlive the dialog.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    ConnectDialog(ProfileStore &profiles, SecretStore &secrets, DemoFactory demoFactory = {},
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Picks a saved profile and fills in its password from the keychain;
    // false when there is no profile of that name.
    bool selectProfile(const QString &name);
    [[nodiscard]] QString selectedProfileName() const;

    // Picks the profile and connects to it at once, its password from the
    // keychain (`upgrade-console --profile NAME`); an unknown name is shown
    // as the dialog's error.
    void connectToProfile(const QString &name);
    // What the buttons do.
    void connectToSelected();
    void openDemo();
    void cancelAttempt();

    [[nodiscard]] bool isBusy() const { return m_attempt.has_value(); }
    // The failure the dialog shows now, if any.
    [[nodiscard]] const std::optional<Error> &shownError() const { return m_shownError; }
    // The certificate dialog while one is open.
    [[nodiscard]] CertificateDialog *certificateDialog() const { return m_certificateDialog; }

    // After accepted(): the tested session and the profile it came from
    // (empty for the demo).
    [[nodiscard]] std::unique_ptr<DeploymentSession> takeSession();
    [[nodiscard]] std::optional<DemoDeployment> takeDemo();
    [[nodiscard]] const QString &connectedProfile() const { return m_connectedProfile; }
    // Set when the password could not be saved as asked (no keychain, or it
    // refused): the words to show the admin after the dialog closed.
    [[nodiscard]] const QString &keychainNotice() const { return m_keychainNotice; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void busyChanged(bool busy);
    // An attempt ended: connected (the dialog is accepted right after), or
    // not (the reason is shownError(); none when it was cancelled).
    void attemptFinished(bool connected);

private:
    // One connection attempt, from Connect (or the demo button) to its end:
    // the ConnectJob it presents, and the demo behind it when it is one.
    struct Attempt
    {
        quint64 id = 0;
        QPointer<jobs::ConnectJob> job;
        std::optional<DemoDeployment> demo;
    };

    void buildUi();
    void reloadProfiles(const QString &select);
    void showSelected();
    [[nodiscard]] std::optional<Profile> selectedProfile() const;
    void readStoredPassword(const Profile &profile);
    void updateKeychainWarning(const Error *readError = nullptr);

    void addProfile();
    void editProfile();
    void removeProfile();
    void openEditor(const std::optional<Profile> &original);
    void saveEdited(const std::optional<Profile> &original, const Profile &edited,
                    const std::optional<QString> &webhookChange);
    // Keeps the alert webhook URL of `profile` in the keychain (empty: removes it).
    void saveWebhook(const Profile &profile, const QString &url);

    void begin();
    void run(jobs::ConnectJob::Request request);
    void fail(const Error &error);
    void endAttempt();
    void setBusy(const QString &what);
    void showError(const Error &error);
    void clearMessages();
    [[nodiscard]] bool isCurrent(quint64 id) const { return m_attempt && m_attempt->id == id; }

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    DemoFactory m_demoFactory;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_trust = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainWarning = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    std::optional<Attempt> m_attempt;
    quint64 m_nextAttemptId = 1;
    quint64 m_passwordReadId = 0; // the latest keychain read; older answers are dropped
    bool m_passwordInKeychain = false;   // the selected profile's password came from the keychain
    bool m_keychainUnavailable = false;
    QPointer<CertificateDialog> m_certificateDialog;
    std::optional<Error> m_shownError;

    std::unique_ptr<DeploymentSession> m_session;
    std::optional<DemoDeployment> m_demo;
    QString m_connectedProfile;
    QString m_keychainNotice;
};

} // namespace iuc::ui
