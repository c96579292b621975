#include "ui/wall/wallrunpanel.h"

#include "ui/common/statusstyle.h"
#include "ui/wall/walltheme.h"

#include "core/model/deploymentmodel.h"
#include "core/session/deploymentsession.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSet>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kProgressHeight = 28;
constexpr int kCutIconPx = 64;

QString serverClock(const QDateTime &at, const QDateTime &serverNow)
{
    const QDateTime utc = at.toTimeZone(QTimeZone::utc());
    const bool sameDay = serverNow.isValid() && serverNow.toTimeZone(QTimeZone::utc()).date() == utc.date();
    return utc.toString(sameDay ? u"HH:mm 'UTC'"_s : u"ddd HH:mm 'UTC'"_s);
}

} // namespace

WallRunPanel::WallRunPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"wallRunPanel"_s);
    m_figure = new QLabel(this);
    m_figure->setObjectName(u"runFigure"_s);
    m_figure->setFont(wall::font(wall::kHeadlineTextPx, true));
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"runCaption"_s);
    m_caption->setFont(wall::font(wall::kBodyTextPx, true));
    m_state = new QLabel(this);
    m_state->setObjectName(u"runState"_s);
    m_state->setFont(wall::font(wall::kBodyTextPx));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgressBar"_s);
    m_progress->setTextVisible(false); // the figure above says it in words
    m_progress->setFixedHeight(kProgressHeight);

    auto *captions = new QVBoxLayout;
    captions->setSpacing(0);
    captions->addStretch(1);
    captions->addWidget(m_caption);
    captions->addWidget(m_state);

    m_stats = new QWidget(this);
    auto *grid = new QGridLayout(m_stats);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(0);
    m_elapsed = stat(u"elapsedValue"_s, tr("Elapsed"), 0);
    m_deadline = stat(u"deadlineValue"_s, tr("To the 24-hour stop"), 1);
    m_finish = stat(u"finishValue"_s, tr("Forecast finish"), 2);

    auto *figures = new QHBoxLayout;
    figures->setSpacing(24);
    figures->addWidget(m_figure, 0, Qt::AlignBottom);
    figures->addLayout(captions, 0);
    figures->addStretch(1);
    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addLayout(figures);
    left->addWidget(m_progress);
    auto *top = new QHBoxLayout;
    top->setSpacing(48);
    top->addLayout(left, 1);
    top->addWidget(m_stats, 0, Qt::AlignBottom);

    // The cut warning: the timeout's colour and shape, in heading type.
    auto *cut = new QWidget(this);
    cut->setObjectName(u"cutWarning"_s);
    cut->setAutoFillBackground(true);
    auto *cutIcon = new QLabel(cut);
    cutIcon->setObjectName(u"cutWarningIcon"_s);
    m_cutText = new QLabel(cut);
    m_cutText->setObjectName(u"cutWarningText"_s);
    m_cutText->setWordWrap(true);
    m_cutText->setFont(wall::font(wall::kHeadingTextPx, true));
    auto *cutRow = new QHBoxLayout(cut);
    cutRow->setContentsMargins(16, 10, 16, 10);
    cutRow->setSpacing(20);
    cutRow->addWidget(cutIcon);
    cutRow->addWidget(m_cutText, 1);
    m_cut = cut;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_cut);
    refresh();
}

WallRunPanel::~WallRunPanel() = default;

QLabel *WallRunPanel::stat(const QString &objectName, const QString &caption, int column)
{
    auto *grid = static_cast<QGridLayout *>(m_stats->layout());
    auto *name = new QLabel(caption, m_stats);
    name->setFont(wall::font(wall::kBodyTextPx));
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(m_stats);
    value->setObjectName(objectName);
    value->setFont(wall::font(wall::kHeadingTextPx, true));
    // One row each, stacked: the block stays narrow beside the big figure.
    grid->addWidget(name, column, 0, Qt::AlignRight | Qt::AlignBaseline);
    grid->addWidget(value, column, 1, Qt::AlignLeft | Qt::AlignBaseline);
    return value;
}

void WallRunPanel::setSession(DeploymentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &DeploymentSession::updated, this, &WallRunPanel::refresh);
    refresh();
}

void WallRunPanel::refresh()
{
    const QPalette &pal = palette();
    const auto fill = [&pal](QWidget *w, const QString &icon) {
        QPalette p = w->palette();
        p.setColor(QPalette::Window, statusstyle::tint(icon, pal));
        w->setPalette(p);
    };
    const QString cutIcon = u"status-timeout"_s;
    fill(m_cut, cutIcon);
    if (auto *icon = m_cut->findChild<QLabel *>(u"cutWarningIcon"_s))
        icon->setPixmap(statusstyle::icon(cutIcon, pal).pixmap(kCutIconPx, kCutIconPx));

    DeploymentSession *s = m_session.data();
    const bool hasData = s && s->snapshot();
    if (!hasData) {
        m_figure->setText(u"–"_s);
        m_caption->setText(tr("No data from the Management Node yet"));
        m_state->clear();
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_stats->hide();
        m_cut->hide();
        return;
    }
    const RunSummary &run = s->run();
    const api::Snapshot &snap = *s->snapshot();
    if (!run.hasRun()) {
        QSet<QString> versions;
        for (const api::WorkerVmStatus &n : snap.nodes)
            versions.insert(wall::shortVersion(n.version.text));
        m_figure->setText(QString::number(snap.nodes.size() + 1));
        m_caption->setText(versions.size() == 1 ? tr("systems, all on %1").arg(*versions.cbegin()) : tr("systems"));
        m_state->setText(RunSummary::stateLabel(RunSummary::State::NoRun));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_stats->hide();
        m_cut->hide();
        return;
    }
    m_figure->setText(tr("%1 of %2").arg(run.upgraded()).arg(run.total()));
    m_caption->setText(tr("systems upgraded to %1").arg(wall::shortVersion(run.targetVersion())));
    m_state->setText(RunSummary::stateLabel(run.state()));
    m_progress->setRange(0, std::max(1, run.total()));
    m_progress->setValue(std::min(run.upgraded(), std::max(1, run.total())));
    m_stats->show();
    const QString none = u"–"_s;
    m_elapsed->setText(run.elapsedSeconds() ? DeploymentModel::formatSeconds(*run.elapsedSeconds()) : none);
    m_deadline->setText(run.isActive() && run.secondsToDeadline() ? DeploymentModel::formatSeconds(*run.secondsToDeadline())
                                                                  : none);
    if (run.isActive() && run.forecastFinish() && !run.forecastCutByDeadline())
        m_finish->setText(serverClock(*run.forecastFinish(), run.serverTime()));
    else if (run.isActive() && run.forecastCutByDeadline())
        m_finish->setText(tr("after the stop"));
    else
        m_finish->setText(run.run()->endedAt ? tr("ended %1").arg(serverClock(*run.run()->endedAt, run.serverTime())) : none);

    const bool cut = run.isActive() && run.forecastCutByDeadline();
    m_cut->setVisible(cut);
    if (cut) {
        const QString stop = serverClock(run.run()->deadlineAt, run.serverTime());
        m_cutText->setText(run.forecastLeftBehind() == 1
                               ? tr("Will be cut at the 24-hour stop (%1): the forecast leaves 1 system on the old "
                                    "version.").arg(stop)
                               : tr("Will be cut at the 24-hour stop (%1): the forecast leaves %2 systems on the old "
                                    "version.").arg(stop).arg(run.forecastLeftBehind()));
    }
}

} // namespace iuc::ui
