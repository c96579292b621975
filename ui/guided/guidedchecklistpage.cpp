// The guided upgrade's pre-flight checklist: each item confirmed by the
// admin or verified on the Management Node.

#include "core/api/capabilities.h"
#include "core/api/deploymentpoller.h"
#include "core/session/deploymentsession.h"
#include "ui/flow/flowmessages.h"
#include "ui/guided/backupcontrol.h"
#include "ui/guided/guidedpages.h"
#include "ui/guided/guidedwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

GuidedChecklistPage::GuidedChecklistPage(GuidedWizard &wizard) : m_wizard(wizard)
{
    setObjectName(u"guidedChecklistPage"_s);
    setTitle(tr("Before the first upgrade"));
    setSubTitle(tr("Confirm each item. The reboots are checked on the Management Node."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Begin upgrading"));
    auto *layout = new QVBoxLayout(this);

    auto *snapshot = new QGroupBox(tr("1. Management Node snapshot"), this);
    auto *snapshotLayout = new QVBoxLayout(snapshot);
    m_managementSnapshot = new QCheckBox(tr("A snapshot of the Management Node is taken in the hypervisor"), snapshot);
    m_managementSnapshot->setObjectName(u"managementSnapshotCheck"_s);
    auto *why = new QLabel(tr("It is the way back if an upgrade fails, and the only way to downgrade."), snapshot);
    why->setWordWrap(true);
    m_quiescingNote = new QLabel(tr("The Management Node runs v8: the snapshot must be non-quiescing (v8.1 fixed the "
                                    "incompatibility that needs this)."), snapshot);
    m_quiescingNote->setObjectName(u"nonQuiescingNote"_s);
    m_quiescingNote->setWordWrap(true);
    m_quiescingNote->setStyleSheet(u"font-weight: bold"_s);
    snapshotLayout->addWidget(m_managementSnapshot);
    snapshotLayout->addWidget(why);
    snapshotLayout->addWidget(m_quiescingNote);
    layout->addWidget(snapshot);

    auto *nodes = new QGroupBox(tr("2. Conferencing Node snapshots (optional)"), this);
    auto *nodesLayout = new QVBoxLayout(nodes);
    m_nodeSnapshotsTaken = new QRadioButton(tr("Snapshots of the Conferencing Nodes are taken"), nodes);
    m_nodeSnapshotsTaken->setObjectName(u"nodeSnapshotsTaken"_s);
    m_redeploy = new QRadioButton(tr("No snapshots: if ever needed, I redeploy the Conferencing Nodes from the "
                                     "Management Node"), nodes);
    m_redeploy->setObjectName(u"nodeSnapshotsRedeploy"_s);
    m_nodeSnapshots = new QButtonGroup(this);
    m_nodeSnapshots->addButton(m_nodeSnapshotsTaken);
    m_nodeSnapshots->addButton(m_redeploy);
    nodesLayout->addWidget(m_nodeSnapshotsTaken);
    nodesLayout->addWidget(m_redeploy);
    layout->addWidget(nodes);

    auto *reboot = new QGroupBox(tr("3. Reboot every Conferencing Node"), this);
    auto *rebootLayout = new QVBoxLayout(reboot);
    m_rebootHow = new QLabel(reboot);
    m_rebootHow->setObjectName(u"rebootHow"_s);
    m_rebootHow->setWordWrap(true);
    m_rebootStatus = new QLabel(reboot);
    m_rebootStatus->setObjectName(u"rebootStatus"_s);
    m_rebootStatus->setWordWrap(true);
    m_rebootAll = new QPushButton(tr("Reboot all…"), reboot);
    m_rebootAll->setObjectName(u"rebootAllButton"_s);
    m_rebootAll->setAutoDefault(false);
    m_rebootAll->setToolTip(tr("Ask the Management Node to reboot every Conferencing Node; their calls are dropped"));
    rebootLayout->addWidget(m_rebootHow);
    rebootLayout->addWidget(m_rebootStatus);
    rebootLayout->addWidget(m_rebootAll, 0, Qt::AlignLeft);
    layout->addWidget(reboot);

    auto *backup = new QGroupBox(tr("4. Backup"), this);
    auto *backupLayout = new QVBoxLayout(backup);
    m_backup = new QCheckBox(tr("A recent backup of the configuration exists"), backup);
    m_backup->setObjectName(u"backupCheck"_s);
    backupLayout->addWidget(m_backup);
    auto *backupNow = new BackupControl(wizard.session(), backup);
    connect(backupNow, &BackupControl::created, m_backup, [this] { m_backup->setChecked(true); });
    backupLayout->addWidget(backupNow);
    layout->addWidget(backup);
    layout->addStretch();

    connect(m_managementSnapshot, &QCheckBox::toggled, this, &GuidedChecklistPage::store);
    connect(m_backup, &QCheckBox::toggled, this, &GuidedChecklistPage::store);
    connect(m_nodeSnapshots, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            store();
    });
    connect(m_rebootAll, &QPushButton::clicked, this, &GuidedChecklistPage::confirmRebootAll);
    connect(&wizard.session(), &DeploymentSession::updated, this, [this] {
        if (m_wizard.currentPage() == this)
            checkReboots();
    });
}

void GuidedChecklistPage::initializePage()
{
    guided::State *state = m_wizard.state();
    if (!state)
        return;
    const guided::Checklist &c = state->checklist;
    const QSignalBlocker b1(m_managementSnapshot), b2(m_backup), b3(m_nodeSnapshots);
    m_managementSnapshot->setChecked(c.managementSnapshot);
    m_backup->setChecked(c.backup);
    m_nodeSnapshotsTaken->setChecked(c.nodeSnapshots == u"taken"_s);
    m_redeploy->setChecked(c.nodeSnapshots == u"redeploy"_s);
    const guided::Detection d = m_wizard.detection();
    m_quiescingNote->setVisible(guided::needsNonQuiescingSnapshot(d));
    if (!state->checklist.rebootSince) {
        // Every node must boot after this moment, on the Management Node's clock.
        state->checklist.rebootSince = d.serverTime.isValid() ? d.serverTime : m_wizard.session().client().serverNow();
        m_wizard.saveState();
    }
    checkReboots();
}

void GuidedChecklistPage::store()
{
    guided::State *state = m_wizard.state();
    if (!state)
        return;
    guided::Checklist &c = state->checklist;
    c.managementSnapshot = m_managementSnapshot->isChecked();
    c.backup = m_backup->isChecked();
    c.nodeSnapshots = m_nodeSnapshotsTaken->isChecked() ? u"taken"_s
                      : m_redeploy->isChecked()         ? u"redeploy"_s
                                                        : QString();
    m_wizard.saveState();
    Q_EMIT completeChanged();
}

void GuidedChecklistPage::checkReboots()
{
    guided::State *state = m_wizard.state();
    if (!state || !state->checklist.rebootSince)
        return;
    const guided::Detection d = m_wizard.detection();
    if (!d.serverTime.isValid()) {
        m_rebootStatus->setText(tr("Waiting for the Management Node's data…"));
        return;
    }
    // A real Management Node has no reboot command: the admin reboots them.
    const bool manual = m_wizard.session().poller().capabilities().lacks(api::Resource::Reboot);
    m_rebootHow->setText(manual ? tr("This Management Node has no reboot command in its API: reboot each node in the "
                                     "hypervisor, or sign in to it over SSH and run \"sudo reboot\". Each node's boot "
                                     "time shows when it has.")
                                : tr("Reboot them from the hypervisor, with \"sudo reboot\" over SSH, or here. Each "
                                     "node's boot time shows when it has."));
    m_rebootAll->setVisible(!manual);
    const guided::RebootCheck check = guided::checkReboots(d, *state->checklist.rebootSince);
    QString text = check.summary();
    if (manual && !check.notRebooted.isEmpty() && !state->checklist.rebootsVerifiedAt)
        text += u"\n"_s + tr("To reboot: %1.").arg(guided::withAddresses(d, check.notRebooted).join(u", "_s));
    if (check.passed()) {
        text = u"✔ "_s + text;
        if (!state->checklist.rebootsVerifiedAt) {
            state->checklist.rebootsVerifiedAt = d.serverTime;
            m_wizard.saveState();
        }
    } else if (state->checklist.rebootsVerifiedAt) {
        // Verified once is enough: a node rebooting again later does no harm.
        text = u"✔ "_s + tr("Every Conferencing Node rebooted after the checklist began.");
    }
    m_rebootStatus->setText(text);
    m_rebootAll->setEnabled(!state->checklist.rebootsVerifiedAt && !m_rebootAllPending && !check.notRebooted.isEmpty());
    Q_EMIT completeChanged();
}

void GuidedChecklistPage::confirmRebootAll()
{
    const guided::Detection d = m_wizard.detection();
    int calls = 0;
    for (const api::WorkerVmStatus &n : d.nodes)
        calls += n.signalingCount;
    QMessageBox *box = flow::makeMessage(
        this, QMessageBox::Warning, u"rebootAllBox"_s, tr("Reboot every Conferencing Node"),
        tr("Reboot every Conferencing Node now (%n in all)?", nullptr, static_cast<int>(d.nodes.size())),
        tr("Every call on them is dropped (calls in progress now: %n). Each node is back after a minute or two; "
           "nodes that cannot be contacted are left out and must be rebooted from the hypervisor.",
           nullptr, calls));
    QPushButton *reboot = box->addButton(tr("Reboot all"), QMessageBox::DestructiveRole);
    reboot->setObjectName(u"confirmRebootAllButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    connect(reboot, &QPushButton::clicked, this, [this] { rebootAll(); });
    box->open();
}

QCoro::Task<> GuidedChecklistPage::rebootAll()
{
    QPointer<GuidedChecklistPage> self(this);
    m_rebootAllPending = true;
    m_rebootAll->setEnabled(false);
    Result<api::RebootAllAnswer> answer = co_await m_wizard.session().client().rebootAllConferencingNodes();
    if (!self)
        co_return;
    m_rebootAllPending = false;
    if (!answer) {
        flow::showError(this, tr("The Conferencing Nodes were not rebooted."), answer.error());
        Q_EMIT m_wizard.errorShown(answer.error());
        checkReboots();
        co_return;
    }
    m_rebootStatus->setText(tr("Conferencing Nodes rebooting: %n…", nullptr, static_cast<int>(answer->rebooted.size())));
    m_wizard.session().refreshNow();
}

bool GuidedChecklistPage::isComplete() const
{
    const guided::State *state = m_wizard.state();
    return state && state->checklist.isComplete();
}

bool GuidedChecklistPage::validatePage()
{
    guided::State *state = m_wizard.state();
    if (!state || !state->checklist.isComplete())
        return false;
    state->step = guided::Step::Hops;
    state->currentHop = 0;
    return m_wizard.saveState();
}

} // namespace iuc::ui
