#include "ui/main/runpanel.h"

#include "ui/common/statusstyle.h"

#include "core/api/deploymentpoller.h"
#include "core/model/deploymentmodel.h"
#include "core/session/deploymentsession.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kNamesShown = 6;

// Server time, in UTC: with the date only when it is not the server's today.
QString serverClock(const QDateTime &at, const QDateTime &now)
{
    const QDateTime utc = at.toTimeZone(QTimeZone::utc());
    const bool today = now.isValid() && now.toTimeZone(QTimeZone::utc()).date() == utc.date();
    return utc.toString(today ? u"HH:mm 'UTC'"_s : u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_left(new QLabel(this))
    , m_finishCaption(new QLabel(this))
    , m_finish(new QLabel(this))
    , m_continue(new QPushButton(tr("Upgrade the systems left &behind…"), this))
    , m_lock(new QLabel(this))
{
    setObjectName(u"runPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Upgrade run"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"runTitle"_s);
    m_title->setWordWrap(true);
    m_progressText->setObjectName(u"runProgress"_s);
    m_progress->setObjectName(u"runProgressBar"_s);
    m_progress->setAccessibleName(tr("Systems upgraded"));
    m_progress->setTextVisible(true);
    m_elapsed->setObjectName(u"runElapsed"_s);
    m_left->setObjectName(u"runTimeLeft"_s);
    m_finish->setObjectName(u"runFinish"_s);
    m_lock->setObjectName(u"runLock"_s);
    m_lock->setWordWrap(true);
    m_lock->setForegroundRole(QPalette::PlaceholderText);

    QVBoxLayout *column = nullptr;
    m_deadlineWarning = notice(u"deadlineWarning"_s, u"status-timeout"_s, &m_deadlineText, &column);
    m_stopped = notice(u"stoppedNotice"_s, u"status-timeout"_s, &m_stoppedText, &column);
    m_continue->setObjectName(u"continuationButton"_s);
    m_continue->setAccessibleDescription(tr("Starts a repeat upgrade that includes only the systems not yet on the new version"));
    column->addWidget(m_continue, 0, Qt::AlignLeft);
    connect(m_continue, &QPushButton::clicked, this, &RunPanel::continuationRequested);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);

    auto *times = new QFormLayout;
    times->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    times->addRow(tr("Elapsed:"), m_elapsed);
    times->addRow(tr("Left to the 24-hour stop:"), m_left);
    m_finishCaption->setText(tr("Forecast finish:"));
    times->addRow(m_finishCaption, m_finish);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
    layout->addLayout(times);
    layout->addWidget(m_deadlineWarning);
    layout->addWidget(m_stopped);
    layout->addWidget(m_lock);
    layout->addStretch();
    applyPalette();
    refresh();
}

RunPanel::~RunPanel() = default;

QFrame *RunPanel::notice(const QString &objectName, const QString &iconName, QLabel **text, QVBoxLayout **column)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setProperty("iconName", iconName);
    auto *icon = new QLabel(frame);
    icon->setObjectName(u"noticeIcon"_s);
    const int side = std::max(20, fontMetrics().height() + 4);
    icon->setFixedSize(side, side);
    *text = new QLabel(frame);
    (*text)->setWordWrap(true);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    *column = new QVBoxLayout;
    (*column)->addWidget(*text);
    auto *row = new QHBoxLayout(frame);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(*column, 1);
    frame->hide();
    return frame;
}

void RunPanel::setSession(DeploymentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &DeploymentSession::updated, this, &RunPanel::refresh);
    refresh();
}

bool RunPanel::offersContinuation() const
{
    if (!m_session)
        return false;
    const RunSummary &run = m_session->run();
    return run.state() == RunSummary::State::Stopped && run.run() && !run.run()->leftBehind.isEmpty();
}

void RunPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RunPanel::applyPalette()
{
    // Notices take their colours from the palette, so they read in light and dark themes.
    for (QFrame *frame : {m_deadlineWarning, m_stopped}) {
        const QString iconName = frame->property("iconName").toString();
        QPalette p = frame->palette();
        p.setColor(QPalette::Window, statusstyle::tint(iconName, palette()));
        frame->setPalette(p);
        auto *icon = frame->findChild<QLabel *>(u"noticeIcon"_s);
        icon->setPixmap(statusstyle::icon(iconName, palette()).pixmap(icon->size(), devicePixelRatioF()));
    }
}

void RunPanel::showNoRun()
{
    m_title->setText(m_session ? tr("No upgrade is running") : tr("Not connected"));
    m_progressText->setText(tr("0 of 0 systems upgraded"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No run"));
    m_elapsed->setText(tr("—"));
    m_left->setText(tr("—"));
    m_finish->setText(tr("—"));
    m_deadlineWarning->hide();
    m_stopped->hide();
    if (m_session && m_session->poller().capabilities().lacks(api::Resource::UpgradeRun)) {
        // A real Management Node: no run record in its API. The console
        // keeps its own from what it sees (RunObserver) once a run shows.
        m_title->setText(tr("No upgrade seen yet"));
        m_lock->setText(tr("This Management Node does not report upgrade runs in its API. The console records "
                           "a run from what it sees while connected: keep it open during an upgrade."));
        return;
    }
    m_lock->setText(m_session ? tr("Upload an upgrade package to start a rolling upgrade.") : QString());
}

void RunPanel::refresh()
{
    if (!m_session || !m_session->run().hasRun()) {
        showNoRun();
        return;
    }
    const RunSummary &run = m_session->run();
    const api::UpgradeRun &r = *run.run();
    m_title->setText(tr("%1 — to %2").arg(RunSummary::stateLabel(run.state()), run.targetLabel()));
    m_progressText->setText(tr("%1 of %2 systems upgraded").arg(run.upgraded()).arg(run.total()));
    m_progress->setRange(0, std::max(1, run.total()));
    m_progress->setValue(std::min(run.upgraded(), std::max(1, run.total())));
    m_progress->setFormat(tr("%p%"));

    const auto elapsed = run.elapsedSeconds();
    m_elapsed->setText(elapsed ? DeploymentModel::formatSeconds(*elapsed) : tr("—"));
    const auto left = run.secondsToDeadline();
    m_left->setText(left ? tr("%1 (stops at %2)").arg(DeploymentModel::formatSeconds(*left), serverClock(r.deadlineAt, run.serverTime()))
                         : tr("—"));

    if (run.isActive()) {
        m_finishCaption->setText(tr("Forecast finish:"));
        m_finish->setText(run.forecastFinish() ? serverClock(*run.forecastFinish(), run.serverTime()) : tr("working it out…"));
        m_finish->setToolTip(tr("Estimated on the Management Node's clock from the steps seen so far in this run"));
    } else {
        m_finishCaption->setText(tr("Ended:"));
        m_finish->setText(r.endedAt ? serverClock(*r.endedAt, run.serverTime()) : tr("—"));
        m_finish->setToolTip({});
    }

    const bool cut = run.isActive() && run.forecastCutByDeadline();
    m_deadlineWarning->setVisible(cut);
    if (cut) {
        // What keeps them back decides what to look at: a node out of
        // contact is not helped by clearing calls.
        int outOfContact = 0;
        if (const auto &snapshot = m_session->snapshot()) {
            for (const api::WorkerVmStatus &n : snapshot->nodes) {
                if (run.afterStop().contains(n.id) && n.upgradeStatus.code() == NodeStatus::Code::Unreachable)
                    ++outOfContact;
            }
        }
        const QString look = outOfContact == 0 ? tr("Check the nodes waiting for calls to clear.")
                             : outOfContact >= run.afterStop().size()
                                 ? tr("The Management Node cannot contact them: bring them back.")
                                 : tr("Bring back the nodes the Management Node cannot contact, and check the nodes "
                                      "waiting for calls to clear.");
        m_deadlineText->setText(tr("<b>The 24-hour stop will probably cut this run short.</b> At the pace seen so "
                                   "far, Conferencing Nodes still on the old version when the run stops: about %1. %2")
                                    .arg(run.forecastLeftBehind())
                                    .arg(look));
    }

    const bool stopped = offersContinuation();
    m_stopped->setVisible(stopped);
    if (stopped) {
        m_stoppedText->setText(
            tr("<b>The run stopped at its 24-hour limit; systems left behind: %1.</b> The deployment now runs "
               "mixed versions: callers who join the same meeting through nodes on different versions end up in "
               "separate conferences. Left behind: %2. A repeat upgrade takes only these systems.")
                .arg(r.leftBehind.size())
                .arg(leftBehindNames().toHtmlEscaped()));
    }

    if (r.observed) {
        m_lock->setText(tr("Recorded by this console from what it saw, since %1: this Management Node does not "
                           "report upgrade runs. The start is when the console first saw the run; the queue order "
                           "and the attempts (≈ in the table) are inferred.")
                            .arg(serverClock(r.startedAt, run.serverTime())));
    } else if (run.isLocked()) {
        m_lock->setText(tr("New upgrades are locked until this run ends (at the latest %1). Only a reboot of the "
                           "Management Node lifts the lock sooner, and it abandons the run.")
                            .arg(serverClock(r.lockUntil, run.serverTime())));
    } else {
        m_lock->setText(tr("No lock: a new upgrade can be started."));
    }
}

QString RunPanel::leftBehindNames() const
{
    const QList<int> &ids = m_session->run().run()->leftBehind;
    QStringList names;
    for (qsizetype i = 0; i < ids.size() && i < kNamesShown; ++i)
        names.append(m_session->nodeName(ids.at(i)));
    QString text = names.join(tr(", "));
    if (ids.size() > kNamesShown)
        text = tr("%1 and %2 more").arg(text).arg(ids.size() - kNamesShown);
    return text;
}

} // namespace iuc::ui
