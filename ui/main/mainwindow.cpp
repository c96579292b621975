#include "ui/main/mainwindow.h"

#include "ui/common/chartspanel.h"
#include "ui/common/statusstyle.h"
#include "ui/main/alertbar.h"
#include "ui/main/connectionindicator.h"
#include "ui/main/drainaheadpanel.h"
#include "ui/main/logpanel.h"
#include "ui/main/managementcard.h"
#include "ui/main/nodetable.h"
#include "ui/main/runpanel.h"
#include "ui/main/syslogdialog.h"
#include "ui/main/welcomepanel.h"

#include "core/session/deploymentsession.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kActionCount = static_cast<int>(MainWindow::Action::About) + 1;
const QString kGroup = u"mainWindow"_s;
constexpr int kRefreshChoices[] = {5, 10, 30, 60}; // seconds; 5 s like the Management Node's own page

} // namespace

struct MainWindow::Parts
{
    std::array<QAction *, kActionCount> actions{};
    QStackedWidget *stack = nullptr;
    WelcomePanel *welcome = nullptr;
    QWidget *dashboard = nullptr;
    ManagementCard *card = nullptr;
    RunPanel *run = nullptr;
    DrainAheadPanel *drain = nullptr;
    AlertBar *alerts = nullptr;
    NodeTable *table = nullptr;
    ChartsPanel *charts = nullptr;
    LogPanel *log = nullptr;
    QSplitter *outer = nullptr;  // the upper part above the log
    QSplitter *middle = nullptr; // the node table beside the charts
    ConnectionIndicator *connection = nullptr;
    QAction *showCharts = nullptr;
    QAction *showLog = nullptr;
    QActionGroup *refreshGroup = nullptr;
    QByteArray outerState, middleState; // as restored: kept while the dashboard was never laid out
    int refreshSeconds = 0; // 0: the session's own default
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_parts(std::make_unique<Parts>())
{
    Parts &p = *m_parts;
    setObjectName(u"mainWindow"_s);
    setWindowIcon(statusstyle::appIcon());

    p.card = new ManagementCard(this);
    p.run = new RunPanel(this);
    p.drain = new DrainAheadPanel(this);
    p.alerts = new AlertBar(this);
    p.table = new NodeTable(this);
    p.charts = new ChartsPanel(this);
    p.log = new LogPanel(this);
    connect(p.log, &LogPanel::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    p.welcome = new WelcomePanel(this);
    p.card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    p.run->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    p.middle = new QSplitter(Qt::Horizontal, this);
    p.middle->setObjectName(u"tableChartsSplitter"_s);
    p.middle->addWidget(p.table);
    p.middle->addWidget(p.charts);
    p.middle->setStretchFactor(0, 3);
    p.middle->setStretchFactor(1, 2);
    p.middle->setChildrenCollapsible(false);
    p.middle->setSizes({900, 340}); // until the admin's own layout is restored

    p.outer = new QSplitter(Qt::Vertical, this);
    p.outer->setObjectName(u"logSplitter"_s);
    p.outer->addWidget(p.middle);
    p.outer->addWidget(p.log);
    p.outer->setStretchFactor(0, 3);
    p.outer->setStretchFactor(1, 1);
    p.outer->setChildrenCollapsible(false);
    p.outer->setSizes({540, 200});

    p.dashboard = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(p.card, 2);
    top->addWidget(p.run, 3);
    top->addWidget(p.drain, 2);
    auto *dashboard = new QVBoxLayout(p.dashboard);
    dashboard->addWidget(p.alerts);
    dashboard->addLayout(top);
    dashboard->addWidget(p.outer, 1);

    p.stack = new QStackedWidget(this);
    p.stack->addWidget(p.welcome);
    p.stack->addWidget(p.dashboard);
    setCentralWidget(p.stack);

    p.connection = new ConnectionIndicator(this);
    statusBar()->addPermanentWidget(p.connection, 1);

    createActions();
    createMenus();

    connect(p.welcome, &WelcomePanel::connectRequested, this, &MainWindow::connectRequested);
    connect(p.run, &RunPanel::continuationRequested, this, &MainWindow::continuationRequested);
    connect(p.table, &NodeTable::rebootNodeRequested, this, &MainWindow::rebootNodeRequested);
    connect(p.table, &NodeTable::disconnectCallsRequested, this, &MainWindow::disconnectCallsRequested);
    connect(p.table, &NodeTable::selectedNodeChanged, this, &MainWindow::updateActions);

    setTabOrder(p.table, p.log);
    restoreSettings();
    setSession(nullptr);
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::createActions()
{
    Parts &p = *m_parts;
    const auto make = [this, &p](Action id, const QString &text, const QKeySequence &shortcut, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(QMetaEnum::fromType<Action>().valueToKey(static_cast<int>(id))));
        action->setShortcut(shortcut);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        p.actions[static_cast<size_t>(id)] = action;
        return action;
    };
    connect(make(Action::Connect, tr("&Connect…"), QKeySequence(tr("Ctrl+O")), tr("Connect to a Management Node")),
            &QAction::triggered, this, &MainWindow::connectRequested);
    connect(make(Action::UploadPackage, tr("&Upload package…"), QKeySequence(tr("Ctrl+U")),
                 tr("Check an upgrade package, upload it and start the upgrade")),
            &QAction::triggered, this, &MainWindow::uploadRequested);
    connect(make(Action::ExportReport, tr("&Export report…"), QKeySequence(tr("Ctrl+E")),
                 tr("Save the run's history for a change record")),
            &QAction::triggered, this, &MainWindow::exportReportRequested);
    QAction *quit = make(Action::Quit, tr("&Quit"), QKeySequence(tr("Ctrl+Q")), tr("Close the console"));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(make(Action::Refresh, tr("&Refresh now"), QKeySequence(Qt::Key_F5), tr("Ask the Management Node for fresh data now")),
            &QAction::triggered, this, [this] {
                if (m_session)
                    m_session->refreshNow();
            });
    connect(make(Action::WallDisplay, tr("&Wall display"), QKeySequence(Qt::Key_F11),
                 tr("A full-screen, read-only view for a wall screen")),
            &QAction::triggered, this, &MainWindow::wallDisplayRequested);
    connect(make(Action::RebootManagement, tr("Reboot the &Management Node…"), {},
                 tr("Restart the Management Node; this abandons a run in progress and lifts its lock")),
            &QAction::triggered, this, &MainWindow::rebootManagementRequested);
    connect(make(Action::RebootNode, tr("Reboot the selected &node…"), {},
                 tr("Restart the selected Conferencing Node; its calls are dropped")),
            &QAction::triggered, this, [this] {
                if (const int id = selectedNodeId(); id >= 0)
                    Q_EMIT rebootNodeRequested(id);
            });
    connect(make(Action::DisconnectCalls, tr("&Disconnect the selected node's calls…"), {},
                 tr("End the calls on the selected Conferencing Node without rebooting it; they are listed "
                    "first")),
            &QAction::triggered, this, [this] {
                if (const int id = selectedNodeId(); id >= 0)
                    Q_EMIT disconnectCallsRequested(id);
            });
    connect(make(Action::ContinuationRun, tr("Re&peat the upgrade for the systems left behind…"), {},
                 tr("Start a repeat run for the systems the stopped run did not reach")),
            &QAction::triggered, this, &MainWindow::continuationRequested);
    connect(make(Action::GuidedUpgrade, tr("&Guided upgrade…"), QKeySequence(tr("Ctrl+G")),
                 tr("Upgrade step by step across major versions (v3 → v6 → v11), with the checks before and after "
                    "each step")),
            &QAction::triggered, this, &MainWindow::guidedUpgradeRequested);
    connect(make(Action::RecoveryHelp, tr("&Downgrade and recovery…"), {},
                 tr("How to go back to the previous version")),
            &QAction::triggered, this, &MainWindow::recoveryHelpRequested);
    QAction *about = make(Action::About, tr("&About"), {}, tr("About this console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    p.showCharts = new QAction(tr("Show &charts"), this);
    p.showCharts->setCheckable(true);
    p.showCharts->setChecked(true);
    connect(p.showCharts, &QAction::toggled, p.charts, &QWidget::setVisible);
    p.showLog = new QAction(tr("Show the &log"), this);
    p.showLog->setCheckable(true);
    p.showLog->setChecked(true);
    connect(p.showLog, &QAction::toggled, p.log, &QWidget::setVisible);
}

void MainWindow::createMenus()
{
    Parts &p = *m_parts;
    const auto a = [&p](Action id) { return p.actions[static_cast<size_t>(id)]; };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a(Action::Connect), a(Action::UploadPackage), a(Action::ExportReport)});
    file->addSeparator();
    file->addAction(a(Action::Quit));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a(Action::Refresh));
    QMenu *every = view->addMenu(tr("Refresh &every"));
    p.refreshGroup = new QActionGroup(this);
    for (const int seconds : kRefreshChoices) {
        QAction *choice = every->addAction(tr("Every %1 s").arg(seconds));
        choice->setCheckable(true);
        choice->setChecked(seconds == 5);
        p.refreshGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, seconds] { setRefreshSeconds(seconds); });
    }
    view->addSeparator();
    view->addActions({p.showCharts, p.showLog});
    view->addSeparator();
    view->addAction(a(Action::WallDisplay));

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(a(Action::GuidedUpgrade));
    run->addSeparator();
    run->addActions({a(Action::DisconnectCalls), a(Action::RebootNode), a(Action::RebootManagement)});
    run->addSeparator();
    run->addAction(a(Action::ContinuationRun));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a(Action::RecoveryHelp));
    help->addSeparator();
    help->addAction(a(Action::About));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setMovable(false);
    tools->addActions({a(Action::Connect), a(Action::UploadPackage), a(Action::Refresh)});
    tools->addSeparator();
    tools->addAction(a(Action::RebootNode));
}

QAction *MainWindow::action(Action action) const
{
    return m_parts->actions[static_cast<size_t>(action)];
}

int MainWindow::selectedNodeId() const
{
    return m_session ? m_parts->table->selectedNodeId() : -1;
}

NodeTable *MainWindow::nodeTable() const { return m_parts->table; }
ManagementCard *MainWindow::managementCard() const { return m_parts->card; }
RunPanel *MainWindow::runPanel() const { return m_parts->run; }
LogPanel *MainWindow::logPanel() const { return m_parts->log; }
ChartsPanel *MainWindow::chartsPanel() const { return m_parts->charts; }

QString MainWindow::connectionText() const
{
    return m_parts->connection->text();
}

void MainWindow::setSession(DeploymentSession *session)
{
    Parts &p = *m_parts;
    if (m_session && m_session != session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    p.card->setSession(session);
    p.run->setSession(session);
    p.drain->setSession(session);
    p.alerts->setSession(session);
    p.table->setModel(session ? &session->nodes() : nullptr);
    p.charts->setSession(session);
    p.log->setSession(session);
    p.connection->setSession(session);
    if (session) {
        // Unique: calling again with the same session does not double the connections.
        connect(session, &DeploymentSession::updated, this, &MainWindow::updateActions, Qt::UniqueConnection);
        connect(session, &QObject::destroyed, this, &MainWindow::updateActions, Qt::UniqueConnection);
        if (p.refreshSeconds > 0)
            session->setRefreshInterval(std::chrono::seconds(p.refreshSeconds));
    }
    p.stack->setCurrentWidget(session ? p.dashboard : static_cast<QWidget *>(p.welcome));
    // The toolbar and the panels' own controls make no sense without a deployment.
    if (session)
        p.table->setFocus();
    else
        p.welcome->setFocus();
    updateActions();
}

void MainWindow::updateActions()
{
    Parts &p = *m_parts;
    if (!m_session && p.stack->currentWidget() != p.welcome) {
        // The session went away under us: back to the empty state.
        setSession(nullptr);
        return;
    }
    const bool connected = m_session != nullptr;
    action(Action::UploadPackage)->setEnabled(connected);
    action(Action::ExportReport)->setEnabled(connected && m_session->run().hasRun());
    action(Action::Refresh)->setEnabled(connected);
    action(Action::WallDisplay)->setEnabled(connected);
    action(Action::RebootManagement)->setEnabled(connected);
    action(Action::RebootNode)->setEnabled(connected && selectedNodeId() >= 0);
    action(Action::DisconnectCalls)->setEnabled(connected && selectedNodeId() >= 0);
    action(Action::ContinuationRun)->setEnabled(connected && p.run->offersContinuation());
    action(Action::GuidedUpgrade)->setEnabled(connected);
    p.showCharts->setEnabled(connected);
    p.showLog->setEnabled(connected);
    p.refreshGroup->setEnabled(connected);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString product = tr("Infinity Upgrade Console");
    setWindowTitle(m_session ? tr("%1 — %2").arg(m_session->displayName(), product) : product);
}

void MainWindow::setRefreshSeconds(int seconds)
{
    m_parts->refreshSeconds = seconds;
    if (m_session)
        m_session->setRefreshInterval(std::chrono::seconds(seconds));
}

void MainWindow::showAbout()
{
    // Not QMessageBox::about(): no nested event loop (refreshes go on, and
    // tests can reach the box).
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Infinity Upgrade Console"),
                                tr("<p><b>Infinity Upgrade Console</b> %1</p>"
                                   "<p>Follows and steers rolling upgrades of a Pexip Infinity platform: the Management "
                                   "Node first, then every Conferencing Node in turn.</p>")
                                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                                QMessageBox::Close, this);
    box->setObjectName(u"aboutDialog"_s);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setEscapeButton(QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The console added itself to the node's syslog servers: ask whether it
    // goes, and close once it has (issue 12).
    if (m_session && m_session->syslog().onNode() && !m_session->syslog().isOnDemoTwin() && !m_syslogSettled) {
        event->ignore();
        offerSyslogRemoval(this, *m_session, [this](bool goOn) {
            if (!goOn)
                return;
            m_syslogSettled = true;
            QTimer::singleShot(0, this, &QWidget::close);
        });
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    const Parts &p = *m_parts;
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"nodeTableHeader"_s, p.table->saveHeaderState());
    settings.setValue(u"nodeTableHeaderLanguage"_s, QLocale().name());
    // A splitter that was never laid out (no deployment shown) has nothing
    // to say about the admin's layout: the restored one stays.
    const auto state = [](const QSplitter *splitter, const QByteArray &restored) {
        const QList<int> sizes = splitter->sizes();
        return std::all_of(sizes.begin(), sizes.end(), [](int size) { return size > 0; }) && splitter->isVisible()
                   ? splitter->saveState()
                   : restored;
    };
    settings.setValue(u"logSplitter"_s, state(p.outer, p.outerState));
    settings.setValue(u"tableChartsSplitter"_s, state(p.middle, p.middleState));
    settings.setValue(u"showCharts"_s, p.showCharts->isChecked());
    settings.setValue(u"showLog"_s, p.showLog->isChecked());
    if (p.refreshSeconds > 0)
        settings.setValue(u"refreshSeconds"_s, p.refreshSeconds);
}

void MainWindow::restoreSettings()
{
    Parts &p = *m_parts;
    QSettings settings;
    settings.beginGroup(kGroup);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(QSize(1440, 940).boundedTo(screen()->availableGeometry().size()));
    restoreState(settings.value(u"state"_s).toByteArray());
    // Column widths fit the headers of the language they were saved in: in
    // another language the columns start from their defaults again.
    if (settings.value(u"nodeTableHeaderLanguage"_s, QLocale().name()).toString() == QLocale().name())
        p.table->restoreHeaderState(settings.value(u"nodeTableHeader"_s).toByteArray());
    p.outerState = settings.value(u"logSplitter"_s).toByteArray();
    p.middleState = settings.value(u"tableChartsSplitter"_s).toByteArray();
    p.outer->restoreState(p.outerState);
    p.middle->restoreState(p.middleState);
    p.showCharts->setChecked(settings.value(u"showCharts"_s, true).toBool());
    p.showLog->setChecked(settings.value(u"showLog"_s, true).toBool());
    const int seconds = settings.value(u"refreshSeconds"_s, 0).toInt();
    const QList<QAction *> choices = p.refreshGroup->actions();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (kRefreshChoices[i] == seconds) {
            choices.at(i)->setChecked(true);
            p.refreshSeconds = seconds; // only a choice the admin made overrides the session's interval
        }
    }
}

} // namespace iuc::ui
