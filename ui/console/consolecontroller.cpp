#include "ui/console/consolecontroller.h"

#include "core/domain/logging.h"
#include "core/session/deploymentsession.h"
#include "core/session/sessionerrors.h"
#include "ui/connect/connectdialog.h"
#include "ui/main/mainwindow.h"

#include "ui/flow/flowmessages.h"
#include "ui/flow/upgradeflow.h"
#include "ui/guided/guidedwizard.h"
#include "ui/wall/wallwindow.h"

#include <QCoro/QCoroTask>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimeZone>

#include <chrono>

using namespace Qt::StringLiterals;

using namespace std::chrono_literals;

namespace iuc::ui {

namespace {

// The demo's clock runs 60 times faster: a refresh every 2 s shows its
// nodes change status in steps a person can follow.
constexpr auto kDemoRefresh = 2s;
constexpr int kStatusMessageMs = 10000;

} // namespace

ConsoleController::ConsoleController(ProfileStore &profiles, SecretStore &secrets, DemoFactory demoFactory,
                                     QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_demoFactory(std::move(demoFactory))
    , m_window(std::make_unique<MainWindow>())
{
    MainWindow *w = m_window.get();
    connect(w, &MainWindow::connectRequested, this, [this] { showConnectDialog(); });
    connect(w, &MainWindow::uploadRequested, this, &ConsoleController::uploadPackage);
    connect(w, &MainWindow::recoveryHelpRequested, this, &ConsoleController::showRecoveryHelp);
    connect(w, &MainWindow::wallDisplayRequested, this, &ConsoleController::showWall);
    connect(w, &MainWindow::exportReportRequested, this, [this] {
        if (m_flow)
            m_flow->exportReport();
    });
    connect(w, &MainWindow::rebootManagementRequested, this, [this] {
        if (m_flow)
            m_flow->rebootManagement();
    });
    connect(w, &MainWindow::rebootNodeRequested, this, [this](int nodeId) {
        if (m_flow)
            m_flow->rebootNode(nodeId);
    });
    connect(w, &MainWindow::disconnectCallsRequested, this, [this](int nodeId) {
        if (m_flow)
            m_flow->disconnectCalls(nodeId);
    });
    connect(w, &MainWindow::continuationRequested, this, [this] {
        if (m_flow)
            m_flow->continuationRun();
    });
    connect(w, &MainWindow::guidedUpgradeRequested, this, &ConsoleController::openGuidedUpgrade);
    w->installEventFilter(this);
}

bool ConsoleController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.get() && event->type() == QEvent::Close && m_flow) {
        const QPointer<MainWindow> window = m_window.get();
        if (m_flow->holdClose([window] {
                if (window)
                    window->close();
            })) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

ConsoleController::~ConsoleController()
{
    delete m_wizard.data();
    m_flow.reset();
    m_wall.reset();
    if (m_window)
        m_window->setSession(nullptr);
    m_session.reset();
    m_demo.reset(); // stops the demo's emulator, once nothing talks to it
}

ConnectDialog *ConsoleController::connectDialog() const
{
    return m_connectDialog.data();
}

void ConsoleController::showConnectDialog(const QString &connectTo)
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(m_profiles, m_secrets, m_demoFactory, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onConnected(dialog); });
    dialog->open();
    if (!connectTo.isEmpty())
        dialog->connectToProfile(connectTo);
}

void ConsoleController::onConnected(ConnectDialog *dialog)
{
    std::unique_ptr<DeploymentSession> session = dialog->takeSession();
    if (!session)
        return;
    adopt(std::move(session), dialog->takeDemo());
    if (!dialog->keychainNotice().isEmpty()) {
        // Connected all the same; the admin learns why the password will be
        // asked for again.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Password not saved"), dialog->keychainNotice(),
                                    QMessageBox::Ok, m_window.get());
        box->setObjectName(u"keychainNoticeBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

Result<void> ConsoleController::openDemo()
{
    if (!m_demoFactory) {
        return Error{DemoError::Unavailable,
                     tr("This build of the console has no demo deployment.")};
    }
    Result<DemoDeployment> demo = m_demoFactory();
    if (!demo)
        return demo.error();
    auto session = std::make_unique<DeploymentSession>(demo->settings, demo->name);
    // The demo's record lives with the demo (its package's folder), not in
    // the admin's data.
    session->keepAdminActions(QFileInfo(demo->packagePath).absoluteDir().filePath(u"admin-actions"_s));
    session->keepDrainAhead(QFileInfo(demo->packagePath).absoluteDir().filePath(u"drain-ahead"_s));
    adopt(std::move(session), std::move(demo).value());
    return ResultOk;
}

void ConsoleController::adopt(std::unique_ptr<DeploymentSession> session, std::optional<DemoDeployment> demo)
{
    delete m_wizard.data(); // its progress is saved; it resumes with its deployment
    m_flow.reset();
    std::unique_ptr<DeploymentSession> previous = std::exchange(m_session, std::move(session));
    std::optional<DemoDeployment> previousDemo = std::exchange(m_demo, std::move(demo));
    if (m_session && m_demo)
        m_session->setRefreshInterval(kDemoRefresh);
    m_window->setSession(m_session.get());
    if (m_wall)
        m_wall->setSession(m_session.get());

    if (previous) {
        previous->stop();
        // Released from the event loop: a reply of its client may be what
        // runs now. Its demo lives until then.
        DeploymentSession *old = previous.release();
        if (previousDemo) {
            std::shared_ptr<void> keepAlive = previousDemo->keepAlive;
            connect(old, &QObject::destroyed, old, [keepAlive] {});
        }
        old->deleteLater();
    }
    if (!m_session) {
        Q_EMIT sessionChanged(nullptr);
        return;
    }
    m_flow = std::make_unique<UpgradeFlow>(*m_session, m_window.get());
    connect(m_flow.get(), &UpgradeFlow::statusMessage, this, &ConsoleController::showStatus);
    // What the flows changed shows at once, not at the next refresh.
    DeploymentSession *shown = m_session.get();
    connect(m_flow.get(), &UpgradeFlow::upgradeStarted, shown, &DeploymentSession::refreshNow);
    connect(m_flow.get(), &UpgradeFlow::managementRebootStarted, shown, &DeploymentSession::refreshNow);
    connect(m_flow.get(), &UpgradeFlow::nodeRebootStarted, shown, &DeploymentSession::refreshNow);
    // A reboot the admin did by hand (a real node has no reboot command): seen, or late.
    connect(&shown->manualReboots(), &ManualReboots::seen, this, [this](const QString &name, const QDateTime &at) {
        showStatus(tr("%1 restarted at %2 UTC.").arg(name, at.toTimeZone(QTimeZone::utc()).toString(u"HH:mm"_s)));
    });
    connect(&shown->manualReboots(), &ManualReboots::overdue, this, [this](const QString &name) {
        showStatus(tr("%1 has not restarted yet. Check its console in the hypervisor; the console keeps watching.")
                       .arg(name));
    });
    m_session->start();
    if (m_demo && m_demo->linkSyslog)
        linkDemoSyslog(*m_session);
    Q_EMIT sessionChanged(m_session.get());

    // A guided upgrade of this deployment was under way: it goes on.
    const guided::GuidedStore store;
    const Result<std::optional<guided::State>> saved = store.load(guided::GuidedStore::keyFor(m_session->client().settings().baseUrl));
    if (saved && saved.value())
        openGuidedUpgrade();
}

void ConsoleController::linkDemoSyslog(DeploymentSession &session)
{
    // The demo's twin is a real node's profile: its administrator log comes
    // by syslog, to a receiver on loopback that it is told about at once.
    SyslogLink &link = session.syslog();
    link.setOnDemoTwin(true);
    if (const Result<void> listening = link.listen({QHostAddress::LocalHost, 0, true, false}); !listening) {
        qCWarning(lcUi).noquote() << "demo: no syslog receiver:" << listening.error().message;
        return;
    }
    QCoro::connect(link.addToNode(u"127.0.0.1"_s, u"udp"_s), &session, [](const Result<api::SyslogServer> &added) {
        if (!added)
            qCWarning(lcUi).noquote() << "demo: the twin did not take the syslog server:" << added.error().message;
    });
}

GuidedWizard *ConsoleController::guidedWizard() const
{
    return m_wizard.data();
}

void ConsoleController::openGuidedUpgrade()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (!m_session || !m_flow)
        return;
    Result<GuidedWizard *> wizard = GuidedWizard::create(*m_session, *m_flow, m_window.get());
    if (!wizard) {
        flow::showError(m_window.get(), tr("The guided upgrade was not opened."), wizard.error());
        return;
    }
    m_wizard = wizard.value();
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_demo)
        m_wizard->setSuggestedDirectory(QFileInfo(m_demo->packagePath).absolutePath());
    connect(m_wizard, &GuidedWizard::closedForLater, this, [this](const QString &where) {
        showStatus(tr("The guided upgrade is saved at \"%1\"; Run ▸ Guided upgrade… resumes it.").arg(where));
    });
    m_wizard->show();
}

void ConsoleController::uploadPackage()
{
    if (!m_flow)
        return;
    // A demo's package waits in its own folder: the file dialog opens there.
    m_flow->uploadPackage(m_demo ? QFileInfo(m_demo->packagePath).absolutePath() : QString());
}

void ConsoleController::showRecoveryHelp()
{
    UpgradeFlow::showRecoveryHelp(m_window.get());
}

void ConsoleController::showWall()
{
    if (!m_session)
        return;
    // The wall shows this session (one refresh loop for both); it has no
    // action that could use the admin account's rights.
    if (!m_wall) {
        m_wall = std::make_unique<WallWindow>();
        connect(m_wall.get(), &WallWindow::leaveRequested, this, &ConsoleController::leaveWall);
    }
    m_wall->setSession(m_session.get());
    m_wall->showFullScreen();
    m_window->hide();
}

void ConsoleController::leaveWall()
{
    if (!m_wall)
        return;
    m_wall->hide();
    m_window->show();
    m_window->activateWindow();
}

void ConsoleController::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, kStatusMessageMs);
}

} // namespace iuc::ui
