#pragma once

#include "core/domain/result.h"
#include "core/session/demodeployment.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace iuc {
class DeploymentSession;
class ProfileStore;
class SecretStore;
} // namespace iuc

namespace iuc::ui {

class ConnectDialog;
class GuidedWizard;
class MainWindow;
class UpgradeFlow;
class WallWindow;

// What upgrade-console runs: the main window, the deployment it shows (the
// session, and the demo behind it when it is one) and the flows started
// from its actions. It owns the session; the window only shows it.
//
// Connect… opens the ConnectDialog; a connection it made replaces the one
// before. Upload, reboots, the continuation run, the report and the
// recovery help go to an UpgradeFlow for the current session.
class ConsoleController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleController)

public:
    // The stores are not owned and must outlive the controller. Without a
    // demo factory the Connect dialog offers no demo.
    ConsoleController(ProfileStore &profiles, SecretStore &secrets, DemoFactory demoFactory = {},
                      QObject *parent = nullptr);
    ~ConsoleController() override;

    [[nodiscard]] MainWindow &window() const { return *m_window; }
    [[nodiscard]] DeploymentSession *session() const { return m_session.get(); }
    [[nodiscard]] const std::optional<DemoDeployment> &demo() const { return m_demo; }
    // The wall display while it is open (View ▸ Wall display, F11).
    [[nodiscard]] WallWindow *wall() const { return m_wall.get(); }
    // The Connect dialog while it is open.
    [[nodiscard]] ConnectDialog *connectDialog() const;

    // Opens the Connect dialog over the window; it does not block. With a
    // profile name, that profile is connected to at once (its password from
    // the keychain): `upgrade-console --profile NAME`.
    void showConnectDialog(const QString &connectTo = {});
    // Starts the demo deployment and shows it (`upgrade-console --demo`).
    Result<void> openDemo();
    // Opens the guided upgrade for the current deployment (Run ▸ Guided
    // upgrade…, `upgrade-console --wizard`), or raises it when it is open;
    // a guided upgrade open elsewhere is refused with the reason.
    void openGuidedUpgrade();
    [[nodiscard]] GuidedWizard *guidedWizard() const;

    // Shows `session` (started here) in the window; the one before is
    // stopped and released, and its demo with it.
    void adopt(std::unique_ptr<DeploymentSession> session, std::optional<DemoDeployment> demo = std::nullopt);
    void linkDemoSyslog(DeploymentSession &session);

Q_SIGNALS:
    void sessionChanged(iuc::DeploymentSession *session);

protected:
    // Closing the main window during an upload asks first (UpgradeFlow::holdClose).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onConnected(ConnectDialog *dialog);
    void uploadPackage();
    void showRecoveryHelp();
    void showStatus(const QString &text);
    void showWall();
    void leaveWall();

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    DemoFactory m_demoFactory;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeploymentSession> m_session;
    std::optional<DemoDeployment> m_demo;
    std::unique_ptr<UpgradeFlow> m_flow; // for m_session; destroyed before it
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<GuidedWizard> m_wizard; // for m_session and m_flow; closed before they go
    std::unique_ptr<WallWindow> m_wall; // shows m_session; destroyed before it
};

} // namespace iuc::ui
