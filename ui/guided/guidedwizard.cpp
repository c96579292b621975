#include "ui/guided/backupcontrol.h"
#include "ui/guided/guidedwizard.h"

#include "core/guided/guidederrors.h"
#include "core/report/reporterrors.h"
#include "core/report/runreport.h"
#include "core/session/deploymentsession.h"
#include "core/session/runhistory.h"
#include "ui/flow/upgradeflow.h"
#include "ui/guided/guidedpages.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

// ------------------------------------------------------------ the wizard --

Result<GuidedWizard *> GuidedWizard::create(DeploymentSession &session, UpgradeFlow &flow, QWidget *parent,
                                            const guided::GuidedStore &store)
{
    const QString key = guided::GuidedStore::keyFor(session.client().settings().baseUrl);
    Result<std::shared_ptr<DeploymentLock>> lock = store.lock(key);
    if (!lock)
        return lock.error();
    Result<std::optional<guided::State>> saved = store.load(key);
    if (!saved)
        return saved.error();
    return new GuidedWizard(session, flow, store, key, lock.value(), saved.value(), parent);
}

GuidedWizard::GuidedWizard(DeploymentSession &session, UpgradeFlow &flow, const guided::GuidedStore &store, QString key,
                           std::shared_ptr<DeploymentLock> lock, std::optional<guided::State> resumed,
                           QWidget *parent)
    : QWizard(parent, Qt::Window)
    , m_session(session)
    , m_flow(flow)
    , m_store(store)
    , m_key(std::move(key))
    , m_lock(std::move(lock))
    , m_state(std::move(resumed))
{
    setObjectName(u"guidedWizard"_s);
    setWindowTitle(tr("Guided upgrade — %1").arg(session.displayName()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::CancelButton, tr("Close and resume later"));
    setButtonText(QWizard::CommitButton, tr("Begin"));
    setMinimumSize(720, 560);

    setPage(DetectPageId, new GuidedDetectPage(*this));
    setPage(ChecklistPageId, new GuidedChecklistPage(*this));
    setPage(FinishPageId, new GuidedFinishPage(*this));
    if (m_state) {
        addHopPages();
        switch (m_state->step) {
        case guided::Step::Checklist:
            setStartId(ChecklistPageId);
            break;
        case guided::Step::Hops:
            setStartId(FirstHopPageId + static_cast<int>(std::min<qsizetype>(m_state->currentHop, m_state->hops.size() - 1)));
            break;
        case guided::Step::Finish:
            setStartId(FinishPageId);
            break;
        }
    }
}

GuidedWizard::~GuidedWizard() = default;

void GuidedWizard::addHopPages()
{
    for (int i = 0; i < m_state->hops.size(); ++i) {
        if (!page(FirstHopPageId + i))
            setPage(FirstHopPageId + i, new GuidedHopPage(*this, i));
    }
}

void GuidedWizard::beginState(guided::State state)
{
    m_state = std::move(state);
    addHopPages();
    saveState();
}

bool GuidedWizard::saveState()
{
    if (!m_state)
        return false;
    const Result<void> saved = m_store.save(*m_state);
    if (!saved) {
        Q_EMIT errorShown(saved.error());
        return false;
    }
    Q_EMIT stateSaved();
    return true;
}

guided::Detection GuidedWizard::detection() const
{
    guided::Detection d;
    const std::optional<api::Snapshot> &s = m_session.snapshot();
    if (!s)
        return d;
    d.management = s->management;
    d.nodes = s->nodes;
    d.configurations = s->configurations;
    d.run = s->run;
    d.serverTime = s->serverTime;
    return d;
}

void GuidedWizard::done(int result)
{
    if (result == QDialog::Accepted && m_state && m_state->step == guided::Step::Finish) {
        if (const Result<void> removed = m_store.remove(m_key); !removed)
            Q_EMIT errorShown(removed.error());
    } else if (m_state) {
        Q_EMIT closedForLater(m_state->whereText());
    }
    QWizard::done(result);
}

// ------------------------------------------------------- detect and plan --

GuidedDetectPage::GuidedDetectPage(GuidedWizard &wizard) : m_wizard(wizard)
{
    setObjectName(u"guidedDetectPage"_s);
    setTitle(tr("Installed versions and the plan"));
    setSubTitle(tr("What each system runs now, and the upgrades it takes to reach the newest version."));
    auto *layout = new QVBoxLayout(this);
    m_versions = wrappingLabel(this, u"guidedVersions"_s);
    m_chain = new QLabel(this);
    m_chain->setObjectName(u"guidedChain"_s);
    QFont big = m_chain->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_chain->setFont(big);
    m_message = wrappingLabel(this, u"guidedPlanMessage"_s);
    layout->addWidget(m_versions);
    layout->addSpacing(12);
    layout->addWidget(m_chain);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(&wizard.session(), &DeploymentSession::updated, this, [this] {
        if (m_wizard.currentPage() == this)
            refresh();
    });
}

void GuidedDetectPage::initializePage()
{
    refresh();
}

void GuidedDetectPage::refresh()
{
    const guided::Detection d = m_wizard.detection();
    m_detected = d.serverTime.isValid();
    if (!m_detected) {
        m_versions->setText(tr("Reading the installed versions from the Management Node…"));
        m_chain->clear();
        m_message->clear();
        Q_EMIT completeChanged();
        return;
    }
    QStringList lines;
    for (const guided::VersionGroup &g : guided::versionGroups(d)) {
        const QString who = g.management ? tr("the Management Node; Conferencing Nodes: %n", nullptr, static_cast<int>(g.nodes.size()))
                                         : tr("Conferencing Nodes: %n", nullptr, static_cast<int>(g.nodes.size()));
        QString line = u"<b>%1</b>: %2"_s.arg(g.version.toHtmlEscaped(), who);
        if (!g.management && g.nodes.size() <= 8)
            line += u" (%1)"_s.arg(g.nodes.join(u", "_s).toHtmlEscaped());
        lines << line;
    }
    m_plan = guided::planHops(d);
    if (m_plan.mixed) {
        lines << u"<p>%1</p>"_s.arg(tr("The systems run different versions: an earlier upgrade did not "
                                                    "reach every node. The plan finishes it first.")
                                                     .toHtmlEscaped());
    }
    m_versions->setText(lines.join(u"<br>"_s));
    m_chain->setText(m_plan.kind == guided::Plan::Kind::Hops ? guided::hopChain(m_plan) : QString());
    m_message->setText(m_plan.message);
    Q_EMIT completeChanged();
}

bool GuidedDetectPage::isComplete() const
{
    return m_detected && m_plan.kind == guided::Plan::Kind::Hops;
}

bool GuidedDetectPage::validatePage()
{
    if (!isComplete())
        return false;
    DeploymentSession &s = m_wizard.session();
    m_wizard.beginState(guided::newState(m_wizard.key(), s.displayName(), s.client().settings().user, m_plan,
                                         m_wizard.detection().serverTime));
    return true;
}

// ----------------------------------------------------------------- finish --

GuidedFinishPage::GuidedFinishPage(GuidedWizard &wizard) : m_wizard(wizard)
{
    setObjectName(u"guidedFinishPage"_s);
    setTitle(tr("The guided upgrade is done"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_text = wrappingLabel(this, u"guidedFinishText"_s);
    auto *report = new QPushButton(tr("Export the report…"), this);
    report->setObjectName(u"exportReportButton"_s);
    report->setAutoDefault(false);
    m_reportStatus = wrappingLabel(this, u"guidedReportStatus"_s);
    layout->addWidget(m_text);
    layout->addWidget(new BackupControl(wizard.session(), this)); // the fresh backup the text recommends
    layout->addSpacing(12);
    layout->addWidget(report, 0, Qt::AlignLeft);
    layout->addWidget(m_reportStatus);
    layout->addStretch();
    connect(report, &QPushButton::clicked, this, &GuidedFinishPage::chooseReportFile);
}

void GuidedFinishPage::initializePage()
{
    guided::State *state = m_wizard.state();
    const guided::Detection d = m_wizard.detection();
    if (state && state->step != guided::Step::Finish) {
        state->step = guided::Step::Finish;
        state->finishedAt = d.serverTime;
        m_wizard.saveState();
    }
    const QString version = d.management.version.text;
    QStringList parts;
    parts << u"<p><b>%1</b></p>"_s.arg(tr("Every system runs %1.").arg(version).toHtmlEscaped());
    parts << u"<p>%1</p>"_s.arg(tr("Take a fresh backup of the configuration now: the backups taken "
                                                "before the upgrade belong to the old version.").toHtmlEscaped());
    QString r12 = tr("New configuration-only Conferencing Nodes must be deployed from the VM template of version %1: "
                     "a template of any other version does not work.").arg(version);
    const QStringList configOnly = guided::configurationOnlyNodes(d);
    if (!configOnly.isEmpty())
        r12 += QLatin1Char(' ') + tr("The configuration-only nodes already deployed (%1) were upgraded like the others.")
                                      .arg(configOnly.join(u", "_s));
    parts << u"<p>%1</p>"_s.arg(r12.toHtmlEscaped());
    parts << u"<p>%1</p>"_s.arg(tr("The report lists every step: who ran it, when, the package's "
                                                "SHA-256, and each node's timings and outcome.").toHtmlEscaped());
    m_text->setText(parts.join(QString()));
}

void GuidedFinishPage::chooseReportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the guided upgrade's report"), m_wizard.suggestedDirectory(),
                                   tr("Web page (*.html);;Spreadsheet (*.csv)"));
    dialog->setObjectName(u"guidedReportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectFile(u"guided-upgrade-report.html"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportReportTo(path); });
    dialog->open();
}

QCoro::Task<Result<void>> GuidedFinishPage::exportReportTo(QString path)
{
    QPointer<GuidedFinishPage> self(this);
    m_reportStatus->setText(tr("Reading the runs from the Management Node…"));
    Result<QList<api::UpgradeRun>> runs =
        co_await runHistory(m_wizard.session().client(), m_wizard.session().runObserver());
    if (!self)
        co_return Error{GuidedError::Closed, GuidedFinishPage::tr("The guided upgrade was closed before the report was saved.")};
    guided::State *state = m_wizard.state();
    if (!runs || !state) {
        const Error error = runs ? Error{GuidedError::NoState, tr("The guided upgrade has no saved steps.")}
                                 : runs.error();
        m_reportStatus->setText(tr("The report was not saved: %1").arg(error.message));
        Q_EMIT m_wizard.errorShown(error);
        co_return error;
    }
    const guided::GuidedReport report =
        guided::guidedReport(*state, runs.value(), m_wizard.session().client().serverNow());
    if (const auto failed = saveRunReport(path, reportFormatFor(path), report.runs, report.context)) {
        const Error error{ReportError::Write,
                          tr("Could not write %1: %2. Choose another folder.").arg(path, *failed)};
        m_reportStatus->setText(error.message);
        Q_EMIT m_wizard.errorShown(error);
        co_return error;
    }
    m_reportStatus->setText(tr("Saved %1 (runs: %n).", nullptr, static_cast<int>(report.runs.size())).arg(path));
    co_return ResultOk;
}

} // namespace iuc::ui
