#include "ui/wall/walllauncher.h"

#include "core/domain/logging.h"
#include "core/session/sessionerrors.h"
#include "core/storage/storageerrors.h"
#include "ui/wall/wallwindow.h"

#include "core/session/deploymentsession.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"

#include <QCoro/QCoroTask>
#include <QSettings>

#include <chrono>

using namespace Qt::StringLiterals;

using namespace std::chrono_literals;

namespace iuc::ui {

namespace {

const QString kProfileKey = u"wall/profile"_s;
// The demo's clock runs fast: as in the console, a refresh every 2 s.
constexpr auto kDemoRefresh = 2s;

} // namespace

WallLauncher::WallLauncher(ProfileStore &profiles, SecretStore &secrets, DemoFactory demoFactory, QSettings *settings,
                           QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_demoFactory(std::move(demoFactory))
    , m_settings(settings)
    , m_window(std::make_unique<WallWindow>())
{
    if (!m_settings) {
        m_ownedSettings = std::make_unique<QSettings>();
        m_settings = m_ownedSettings.get();
    }
}

WallLauncher::~WallLauncher()
{
    m_window->setSession(nullptr);
    m_session.reset();
    m_demo.reset(); // stops the demo's emulator once nothing talks to it
}

QSettings &WallLauncher::settings() const
{
    return *m_settings;
}

QString WallLauncher::rememberedProfile() const
{
    return settings().value(kProfileKey).toString();
}

Result<void> WallLauncher::openDemo()
{
    if (!m_demoFactory)
        return Error{DemoError::Unavailable, tr("This build of the console has no demo deployment.")};
    Result<DemoDeployment> demo = m_demoFactory();
    if (!demo)
        return demo.error();
    m_demo = std::move(demo).value();
    // The wall's own account: read-only, as on a real NOC wall.
    auto session = std::make_unique<DeploymentSession>(m_demo->readOnlySettings, m_demo->name);
    session->setRefreshInterval(kDemoRefresh);
    adopt(std::move(session));
    return ResultOk;
}

void WallLauncher::openProfile(const QString &name)
{
    const QString chosen = name.isEmpty() ? rememberedProfile() : name;
    if (chosen.isEmpty()) {
        m_window->setProblem(tr("No deployment chosen for the wall"),
                             tr("Start it once with upgrade-console --wall --profile NAME, NAME being a profile "
                                "saved in the console (best with a read-only account); later starts remember it."));
        return;
    }
    const Result<Profile> profile = m_profiles.profile(chosen);
    if (!profile) {
        m_window->setProblem(tr("The profile \"%1\" is not saved on this computer").arg(chosen),
                             tr("Save it in the console (File ▸ Connect…, Add…) under this account, or start the "
                                "wall with the name of another profile: upgrade-console --wall --profile NAME."));
        return;
    }
    if (!name.isEmpty())
        settings().setValue(kProfileKey, profile->name);
    m_window->setProfileName(profile->name);
    m_window->setWindowTitle(tr("%1 — wall display").arg(profile->name));

    QCoro::connect(m_secrets.readPassword(ProfileStore::secretKey(*profile)), this,
                   [this, p = *profile](const Result<QString> &password) {
        if (!password) {
            if (password.error().is(SecretError::NotFound)) {
                m_window->setProblem(tr("No saved password for the profile \"%1\"").arg(p.name),
                                     tr("The wall never asks for a password: nobody is there to type it. In the "
                                        "console, connect with this profile, type the password and tick Remember "
                                        "password in the system keychain; then start the wall again."));
            } else {
                m_window->setProblem(tr("The password for \"%1\" could not be read from the keychain").arg(p.name),
                                     tr("%1 Start the wall in a desktop session whose keychain is unlocked.")
                                         .arg(password.error().message));
            }
            return;
        }
        api::ConnectionSettings s;
        s.baseUrl = p.url;
        s.user = p.user;
        s.password = password.value();
        if (!p.pinnedSha256.isEmpty())
            s.trust = api::TlsTrust::pinned(p.pinnedSha256);
        else if (!p.caFile.isEmpty())
            s.trust = api::TlsTrust::withCaFile(p.caFile);
        auto session = std::make_unique<DeploymentSession>(std::move(s), p.name);
        session->setRefreshInterval(std::chrono::seconds(p.refreshSeconds));
        if (const Result<void> kept = session->keepRunRecord(ObservedRunStore::defaultDirectory()); !kept)
            qCWarning(lcWall).noquote() << kept.error().message;
        adopt(std::move(session));
    });
}

void WallLauncher::adopt(std::unique_ptr<DeploymentSession> session)
{
    m_window->clearProblem();
    m_window->setSession(nullptr);
    m_session = std::move(session);
    m_window->setSession(m_session.get());
    m_session->start();
    Q_EMIT sessionStarted();
}

} // namespace iuc::ui
