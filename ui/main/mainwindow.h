#pragma once

#include "core/session/deploymentsession.h" // complete for the inline session() below

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QCloseEvent;

namespace iuc::ui {

class ChartsPanel;
class LogPanel;
class ManagementCard;
class NodeTable;
class RunPanel;

// The console's main window (DESIGN §6): the Management Node card, the run
// summary, the node table, charts, the log and the connection state. It
// shows a DeploymentSession and asks for what it cannot do itself through
// signals: connecting, uploading, rebooting are flows of their own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Action {
        Connect,             // File ▸ Connect…            Ctrl+O
        UploadPackage,       // File ▸ Upload package…     Ctrl+U
        ExportReport,        // File ▸ Export report…      Ctrl+E
        Quit,                // File ▸ Quit                Ctrl+Q
        Refresh,             // View ▸ Refresh now         F5
        WallDisplay,         // View ▸ Wall display        F11
        RebootManagement,    // Run ▸ Reboot Management Node…
        RebootNode,          // Run ▸ Reboot node…  (the selected node)
        DisconnectCalls,     // Run ▸ Disconnect the selected node's calls…
        ContinuationRun,     // Run ▸ Repeat the upgrade for the systems left behind…
        GuidedUpgrade,       // Run ▸ Guided upgrade…      Ctrl+G
        RecoveryHelp,        // Help ▸ Downgrade and recovery…
        About,               // Help ▸ About
    };
    Q_ENUM(Action)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `session` (not owned; nullptr: disconnected). Safe to call again.
    void setSession(DeploymentSession *session);
    [[nodiscard]] DeploymentSession *session() const { return m_session; }

    [[nodiscard]] QAction *action(Action action) const;
    // The node selected in the table (its id), or -1.
    [[nodiscard]] int selectedNodeId() const;

    // Window geometry and state, and the table's column layout, are saved
    // and restored (QSettings) by the window itself.

    // The panels, for tests and for flows that need to point at something.
    [[nodiscard]] NodeTable *nodeTable() const;
    [[nodiscard]] ManagementCard *managementCard() const;
    [[nodiscard]] RunPanel *runPanel() const;
    [[nodiscard]] LogPanel *logPanel() const;
    [[nodiscard]] ChartsPanel *chartsPanel() const;
    // The status bar's connection state and data age, as shown.
    [[nodiscard]] QString connectionText() const;

Q_SIGNALS:
    void connectRequested();
    void uploadRequested();
    void exportReportRequested();
    void rebootManagementRequested();
    void rebootNodeRequested(int nodeId);
    void disconnectCallsRequested(int nodeId);
    void continuationRequested();
    void guidedUpgradeRequested();
    void recoveryHelpRequested();
    void wallDisplayRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void updateTitle();
    void setRefreshSeconds(int seconds);
    void showAbout();
    void saveSettings() const;
    void restoreSettings();

    struct Parts;
    std::unique_ptr<Parts> m_parts;
    QPointer<DeploymentSession> m_session;
    bool m_syslogSettled = false; // the admin answered about the syslog server on closing
};

} // namespace iuc::ui
