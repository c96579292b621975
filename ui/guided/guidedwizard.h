#pragma once

#include "core/domain/result.h"
#include "core/guided/guidedplan.h"
#include "core/guided/guidedstate.h"
#include "core/guided/guidedstore.h"

#include <QPointer>
#include <QWizard>

#include <memory>
#include <optional>

namespace iuc {
class DeploymentSession;
} // namespace iuc

namespace iuc::ui {

class UpgradeFlow;

// The guided upgrade (DESIGN §6): for a deployment that must cross major
// versions one verified hop at a time (v3 → v6 → v11), or finish a hop that
// was interrupted.
//
//   Installed versions → plan (R10) → pre-flight checklist (snapshots, every
//   Conferencing Node rebooted — verified through boot_time —, backup) →
//   per hop: choose the hop's package → the console's upload flow (inspect,
//   upload, confirm, start) → watch → verify every system on the hop's
//   version and idle, with a repeat run for systems left behind (R6) →
//   finish: backup, R12, the report of every hop.
//
// Its progress is saved (core/guided) after every step: closing the wizard,
// a crash or a reboot of the workstation resumes at the same step; so does
// the Management Node's own reboot during a hop (the session reconnects).
// It holds the deployment's lock: a second guided upgrade of the same
// deployment is refused, in this console and in upgradectl.
//
// The wizard is a window of its own, not modal: the main window behind it
// shows the node table while a hop runs. It reads the session's refreshes
// and never polls on its own.
class GuidedWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidedWizard)

public:
    // In page order: QWizard goes to the next higher id unless a page says otherwise.
    enum PageId { DetectPageId = 0, ChecklistPageId = 1, FirstHopPageId = 100, FinishPageId = 1000 };

    // A wizard for `session`, resuming its saved progress if there is some,
    // or guided.locked when another guided upgrade of the deployment is open.
    static Result<GuidedWizard *> create(DeploymentSession &session, UpgradeFlow &flow, QWidget *parent,
                                         const guided::GuidedStore &store = guided::GuidedStore());
    ~GuidedWizard() override;

    [[nodiscard]] DeploymentSession &session() const { return m_session; }
    [[nodiscard]] UpgradeFlow &flow() const { return m_flow; }
    [[nodiscard]] const guided::GuidedStore &store() const { return m_store; }
    [[nodiscard]] QString key() const { return m_key; }

    // The saved progress: none until the plan is accepted.
    [[nodiscard]] guided::State *state() { return m_state ? &*m_state : nullptr; }
    // The plan was accepted: the hop pages are made and the state saved.
    void beginState(guided::State state);
    // After every step. An error shows on the current page; the upgrade on
    // the Management Node goes on regardless.
    bool saveState();

    // The last refresh as what the plan and the checks read (invalid
    // serverTime before the first refresh).
    [[nodiscard]] guided::Detection detection() const;

    // Where the file dialog opens (the demo's folder).
    void setSuggestedDirectory(const QString &directory) { m_directory = directory; }
    [[nodiscard]] QString suggestedDirectory() const { return m_directory; }

Q_SIGNALS:
    void stateSaved();
    // An error was shown on a page (tests read the code).
    void errorShown(const iuc::Error &error);
    // Closed before the end: its progress is kept.
    void closedForLater(const QString &whereText);

protected:
    void done(int result) override;

private:
    GuidedWizard(DeploymentSession &session, UpgradeFlow &flow, const guided::GuidedStore &store, QString key,
                 std::shared_ptr<DeploymentLock> lock, std::optional<guided::State> resumed, QWidget *parent);
    void addHopPages();

    DeploymentSession &m_session;
    UpgradeFlow &m_flow;
    guided::GuidedStore m_store;
    QString m_key;
    std::shared_ptr<DeploymentLock> m_lock;
    std::optional<guided::State> m_state;
    QString m_directory;
};

} // namespace iuc::ui
