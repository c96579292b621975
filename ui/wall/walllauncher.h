#pragma once

#include "core/session/demodeployment.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace iuc {
class DeploymentSession;
class ProfileStore;
class SecretStore;
} // namespace iuc

namespace iuc::ui {

class WallWindow;

// `upgrade-console --wall`: the wall display on its own, as a kiosk
// account's autostart runs it. It connects with a saved profile (password
// from the keychain, never asked for: nobody is at the wall to type it) or
// with the demo's read-only account, and says every problem in a banner.
// `--wall --profile NAME` remembers NAME; a later `--wall` alone uses it.
class WallLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallLauncher)

public:
    // The stores (and `settings`, when given) are not owned and must
    // outlive the launcher. Without `settings`, the application's QSettings.
    WallLauncher(ProfileStore &profiles, SecretStore &secrets, DemoFactory demoFactory = {},
                 QSettings *settings = nullptr, QObject *parent = nullptr);
    ~WallLauncher() override;

    [[nodiscard]] WallWindow &window() const { return *m_window; }
    [[nodiscard]] DeploymentSession *session() const { return m_session.get(); }
    [[nodiscard]] const std::optional<DemoDeployment> &demo() const { return m_demo; }

    // The demo deployment, through its read-only account.
    Result<void> openDemo();
    // The saved profile `name`, remembered for later starts; empty: the
    // remembered one. Problems (no profile, no saved password, keychain)
    // become banners; connection trouble the wall reports as it goes.
    void openProfile(const QString &name);
    [[nodiscard]] QString rememberedProfile() const;

Q_SIGNALS:
    // A session started (tests wait for it: the password is read asynchronously).
    void sessionStarted();

private:
    void adopt(std::unique_ptr<DeploymentSession> session);
    [[nodiscard]] QSettings &settings() const;

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    DemoFactory m_demoFactory;
    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    std::unique_ptr<WallWindow> m_window;
    std::unique_ptr<DeploymentSession> m_session; // destroyed before the demo it talks to
    std::optional<DemoDeployment> m_demo;
};

} // namespace iuc::ui
