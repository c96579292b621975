// One hop of the guided upgrade: the hop's package, the console's upload
// flow (inspect, upload, confirm, start), the run, the verification, and a
// repeat run for the systems left behind (R6).

#include "core/package/packagereader.h"
#include "core/session/deploymentsession.h"
#include "ui/flow/upgradeflow.h"
#include "ui/guided/guidedpages.h"
#include "ui/guided/guidedwizard.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

GuidedHopPage::GuidedHopPage(GuidedWizard &wizard, int index) : m_wizard(wizard), m_index(index)
{
    setObjectName(u"guidedHopPage%1"_s.arg(index + 1));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"hopPackagePath"_s);
    m_path->setPlaceholderText(tr("The upgrade package for this step"));
    m_choose = new QPushButton(tr("Choose…"), this);
    m_choose->setObjectName(u"hopChooseButton"_s);
    m_choose->setAutoDefault(false);
    m_upload = new QPushButton(tr("Upload and start…"), this);
    m_upload->setObjectName(u"hopUploadButton"_s);
    m_upload->setAutoDefault(false);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_upload);
    layout->addLayout(fileRow);

    m_message = new QLabel(this);
    m_message->setObjectName(u"hopMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"hopProgress"_s);
    m_progress->setFormat(tr("%v of %m systems upgraded"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"hopStatus"_s);
    m_status->setWordWrap(true);
    m_verification = new QLabel(this);
    m_verification->setObjectName(u"hopVerification"_s);
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_continue = new QPushButton(tr("Upgrade the systems left behind…"), this);
    m_continue->setObjectName(u"hopContinueButton"_s);
    m_continue->setAutoDefault(false);
    m_continue->hide();
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_verification);
    layout->addWidget(m_continue, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_choose, &QPushButton::clicked, this, &GuidedHopPage::chooseFile);
    connect(m_upload, &QPushButton::clicked, this, &GuidedHopPage::onUploadClicked);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        m_expectingStart = true;
        m_wizard.flow().continuationRun();
    });
    connect(&wizard.flow(), &UpgradeFlow::upgradeStarted, this, [this](const api::UpgradeRun &run) {
        if (m_expectingStart && m_wizard.currentPage() == this)
            onStarted(run);
    });
    connect(&wizard.flow(), &UpgradeFlow::busyChanged, this, [this](bool busy) {
        // A start is announced before the flow ends: still expecting one
        // now, the flow was cancelled, refused or failed (it said why).
        if (!busy && m_expectingStart) {
            m_expectingStart = false;
            refresh();
        }
    });
    connect(&wizard.session(), &DeploymentSession::updated, this, [this] {
        if (m_wizard.currentPage() == this)
            refresh();
    });
    connect(&wizard.session(), &DeploymentSession::connectionChanged, this, [this] {
        if (m_wizard.currentPage() == this)
            refresh();
    });
}

void GuidedHopPage::initializePage()
{
    guided::State *state = m_wizard.state();
    if (!state || m_index >= state->hops.size())
        return;
    const guided::HopRecord &hop = state->hops.at(m_index);
    setTitle(state->hopLabel(m_index));
    setSubTitle(hop.hop.finishesInterrupted
                    ? tr("Some systems are still on an older version: the package the Management Node runs (%1) "
                         "upgrades only those (a repeat run).").arg(hop.hop.finishVersion)
                    : tr("Choose the version %1 package. The console checks it, uploads it, shows the confirmation "
                         "and watches the run; the step is done when every system runs it.").arg(hop.hop.major));
    setButtonText(QWizard::CommitButton, m_index + 1 < state->hops.size() ? tr("Next step") : tr("Finish the upgrade"));
    if (!hop.packagePath.isEmpty())
        m_path->setText(hop.packagePath);
    if (state->step == guided::Step::Hops && state->currentHop != m_index) {
        state->currentHop = m_index;
        m_wizard.saveState();
    }
    setMessage({}, false);
    refresh();
}

void GuidedHopPage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the upgrade package"), m_wizard.suggestedDirectory(),
                                   tr("Upgrade packages (*.tar *.tgz *.tar.gz *.pkg);;All files (*)"));
    dialog->setObjectName(u"hopFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_path->setText(path);
        uploadFile(path);
    });
    dialog->open();
}

void GuidedHopPage::onUploadClicked()
{
    uploadFile(m_path->text().trimmed());
}

void GuidedHopPage::uploadFile(const QString &path)
{
    guided::State *state = m_wizard.state();
    if (!state || m_index >= state->hops.size())
        return;
    m_path->setText(path);
    if (path.isEmpty()) {
        setMessage(tr("Choose the package file for this step first."), true);
        return;
    }
    // The hop's check first (R10): the wrong version is refused before the
    // flow reads the whole file, let alone uploads it.
    const Result<PackageManifest> manifest = readManifest(path);
    if (!manifest) {
        setMessage(manifest.error().message, true);
        Q_EMIT m_wizard.errorShown(manifest.error());
        return;
    }
    if (const Result<void> fits = guided::checkHopPackage(manifest.value(), state->hops.at(m_index).hop); !fits) {
        setMessage(fits.error().message, true);
        Q_EMIT m_wizard.errorShown(fits.error());
        return;
    }
    state->hops[m_index].packagePath = path;
    state->hops[m_index].packageVersion = manifest->version.toString();
    m_wizard.saveState();
    setMessage(tr("Version %1: the package for this step.").arg(manifest->version.toString()), false);
    m_expectingStart = true;
    m_wizard.flow().uploadFile(path);
}

void GuidedHopPage::onStarted(const api::UpgradeRun &run)
{
    m_expectingStart = false;
    guided::State *state = m_wizard.state();
    if (!state)
        return;
    guided::recordRun(state->hops[m_index], run);
    m_wizard.saveState();
    setMessage(tr("The upgrade to %1 started.").arg(run.targetVersion.text), false);
    refresh();
}

void GuidedHopPage::refresh()
{
    guided::State *state = m_wizard.state();
    if (!state || m_index >= state->hops.size())
        return;
    guided::HopRecord &hop = state->hops[m_index];
    const bool choosing = hop.stage == guided::HopStage::ChooseFile;
    const bool flowBusy = m_wizard.flow().isBusy();
    m_path->setEnabled(choosing && !m_expectingStart);
    m_choose->setEnabled(choosing && !m_expectingStart && !flowBusy);
    m_upload->setEnabled(choosing && !m_expectingStart && !flowBusy);
    m_progress->setVisible(!choosing);
    m_continue->hide();
    if (choosing && !m_expectingStart && adoptRunningHop())
        return; // refresh() ran again
    if (choosing) {
        m_status->clear();
        m_verification->clear();
        Q_EMIT completeChanged();
        return;
    }

    DeploymentSession &session = m_wizard.session();
    const RunSummary &run = session.run();
    const bool ours = run.run() && guided::isRunOfHop(hop, *run.run());
    if (session.poller().state() == api::DeploymentPoller::State::Rebooting) {
        m_status->setText(tr("The Management Node is rebooting into the new version, as it does in every upgrade. "
                             "The console reconnects by itself; nothing needs doing."));
    } else if (ours) {
        m_progress->setRange(0, std::max(1, run.total()));
        m_progress->setValue(run.upgraded());
        m_status->setText(run.summary());
    } else {
        m_status->setText(tr("Waiting for the Management Node to report the run…"));
    }
    if (hop.stage == guided::HopStage::Verified) {
        m_verification->setText(u"✔ "_s + tr("Verified: every system runs %1 and is idle.").arg(hop.packageVersion));
        Q_EMIT completeChanged();
        return;
    }
    if (!ours || run.isActive() || session.poller().state() != api::DeploymentPoller::State::Live)
        return;

    // The run ended: is every system on the hop's version, and idle?
    const guided::Detection d = m_wizard.detection();
    const guided::HopVerification v = guided::verifyHop(d, Version::fromString(hop.packageVersion));
    if (v.passed()) {
        hop.stage = guided::HopStage::Verified;
        hop.verifiedAt = d.serverTime;
        m_wizard.saveState();
        m_verification->setText(u"✔ "_s + v.summary());
        Q_EMIT completeChanged();
        return;
    }
    m_verification->setText(v.summary());
    if (!v.behind.isEmpty()) {
        // The 24-hour stop, or nodes that could not be upgraded: the same
        // package again upgrades only those (R6).
        m_verification->setText(v.summary() + QLatin1Char(' ')
                                + tr("Fix what kept them back (reboot a stuck node, bring back one that cannot be "
                                     "contacted), then upgrade them with the same package."));
        m_continue->setVisible(true);
        m_continue->setEnabled(!m_expectingStart && !m_wizard.flow().isBusy());
    }
}

bool GuidedHopPage::adoptRunningHop()
{
    // A run of this hop's version that started during the guided upgrade and
    // no step knows: started from the main window, or the console stopped
    // between the start and saving it. It is this hop's run.
    guided::State *state = m_wizard.state();
    const std::optional<api::UpgradeRun> &run = m_wizard.session().run().run();
    if (!state || !run || !guided::isUnrecordedRunOfHop(*state, m_index, *run))
        return false;
    onStarted(*run);
    return true;
}

void GuidedHopPage::setMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? u"color: palette(highlighted-text); background: #b3261e; padding: 6px"_s
                                     : QString());
}

bool GuidedHopPage::isComplete() const
{
    const guided::State *state = m_wizard.state();
    return state && m_index < state->hops.size() && state->hops.at(m_index).stage == guided::HopStage::Verified;
}

bool GuidedHopPage::validatePage()
{
    guided::State *state = m_wizard.state();
    if (!isComplete() || !state)
        return false;
    state->currentHop = m_index + 1;
    if (state->currentHop >= state->hops.size())
        state->step = guided::Step::Finish;
    return m_wizard.saveState();
}

int GuidedHopPage::nextId() const
{
    const guided::State *state = m_wizard.state();
    return state && m_index + 1 < state->hops.size() ? GuidedWizard::FirstHopPageId + m_index + 1
                                                     : GuidedWizard::FinishPageId;
}

} // namespace iuc::ui
