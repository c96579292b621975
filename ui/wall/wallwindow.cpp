#include "ui/wall/wallwindow.h"

#include "ui/common/chartspanel.h"
#include "ui/common/statusstyle.h"
#include "ui/wall/wallcapacitypanel.h"
#include "ui/wall/wallnodemap.h"
#include "ui/wall/wallrunpanel.h"
#include "ui/wall/wallsplitpanel.h"
#include "ui/wall/walltheme.h"

#include "core/session/deploymentsession.h"
#include "core/session/splitconferencewatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kMargin = 32;
constexpr int kBannerIconPx = 56;
constexpr auto kTick = std::chrono::seconds(1); // the clock, the data's age, the stale banner

} // namespace

WallWindow::WallWindow(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"wallWindow"_s);
    setWindowTitle(tr("Infinity Upgrade Console — wall display"));
    setPalette(wall::darkPalette());
    setAutoFillBackground(true);
    setFont(wall::font(wall::kMinTextPx));

    m_title = new QLabel(this);
    m_title->setObjectName(u"wallTitle"_s);
    m_title->setFont(wall::font(wall::kHeadingTextPx, true));
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided in tick(), never widens the wall
    m_connection = new QLabel(this);
    m_connection->setObjectName(u"wallConnection"_s);
    m_connection->setFont(wall::font(wall::kBodyTextPx));
    m_connection->setForegroundRole(QPalette::PlaceholderText);
    m_clock = new QLabel(this);
    m_clock->setObjectName(u"wallClock"_s);
    m_clock->setFont(wall::font(wall::kHeadingTextPx, true));
    auto *header = new QHBoxLayout;
    header->setSpacing(32);
    header->addWidget(m_title, 1);
    header->addWidget(m_connection);
    header->addWidget(m_clock);

    m_bannerColumn = new QVBoxLayout;
    m_bannerColumn->setSpacing(8);
    m_run = new WallRunPanel(this);
    m_nodes = new WallNodeMap(this);

    // The calls draining on the node(s) in maintenance: the console's chart.
    m_drain = new ChartsPanel(this);
    m_drain->setUpgradedChartVisible(false);
    m_drain->setMinimumHeight(320);
    m_split = new WallSplitPanel(this);
    m_capacity = new WallCapacityPanel(this); // drain ahead's guardrail
    auto *side = new QVBoxLayout;
    side->setSpacing(24);
    side->addWidget(m_drain, 3);
    side->addWidget(m_capacity, 2);
    side->addWidget(m_split, 2);

    auto *body = new QHBoxLayout;
    body->setSpacing(32);
    body->addWidget(m_nodes, 13);
    body->addLayout(side, 7);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, kMargin / 2, kMargin, kMargin);
    layout->setSpacing(20);
    layout->addLayout(header);
    layout->addLayout(m_bannerColumn);
    layout->addWidget(m_run);
    layout->addLayout(body, 1);

    // Shortcuts, not actions: the wall has no menu and nothing to trigger.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F11)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &WallWindow::leaveRequested);
    }
    connect(&m_tick, &QTimer::timeout, this, &WallWindow::tick);
    m_tick.start(kTick);
    setSession(nullptr);
}

WallWindow::~WallWindow()
{
    m_split->setWatch(nullptr);
}

void WallWindow::setSession(DeploymentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_split->setWatch(nullptr);
    m_watch.reset();
    m_session = session;
    if (session) {
        m_watch = std::make_unique<SplitConferenceWatch>(*session);
        connect(session, &DeploymentSession::updated, this, &WallWindow::tick);
        connect(session, &DeploymentSession::connectionChanged, this, &WallWindow::tick);
    }
    m_run->setSession(session);
    m_nodes->setSession(session);
    m_drain->setSession(session);
    m_split->setWatch(m_watch.get());
    m_capacity->setRunner(session ? session->drainAhead() : nullptr);
    m_capacity->setVisible(session && session->drainAhead());
    tick();
}

DeploymentSession *WallWindow::session() const
{
    return m_session.data();
}

void WallWindow::setProfileName(const QString &profile)
{
    m_profile = profile;
    tick();
}

void WallWindow::setProblem(const QString &headline, const QString &detail)
{
    m_problem = WallNotice{u"problemBanner"_s, WallNotice::Kind::Problem, headline, detail};
    tick();
}

void WallWindow::clearProblem()
{
    m_problem.reset();
    tick();
}

void WallWindow::tick()
{
    DeploymentSession *s = m_session.data();
    QString title = s ? s->displayName() : tr("Infinity Upgrade Console");
    if (s && s->snapshot())
        title = tr("%1 · Management Node %2").arg(title, s->snapshot()->management.name);
    m_title->setText(m_title->width() > 100 ? m_title->fontMetrics().elidedText(title, Qt::ElideRight, m_title->width())
                                             : title);
    m_connection->setText(s ? s->connectionText() : QString());
    const QDateTime now = s ? s->client().serverNow() : QDateTime();
    m_clock->setText(now.isValid() ? now.toTimeZone(QTimeZone::utc()).toString(u"HH:mm 'UTC'"_s) : QString());

    QList<WallNotice> notices;
    if (m_problem)
        notices.append(*m_problem);
    notices.append(wallNotices(s, m_profile));
    showNotices(notices);
}

void WallWindow::showNotices(const QList<WallNotice> &notices)
{
    QSet<QString> wanted;
    for (const WallNotice &n : notices) {
        wanted.insert(n.id);
        QWidget *b = banner(n);
        b->findChild<QLabel *>(u"bannerHeadline"_s)->setText(n.headline);
        b->findChild<QLabel *>(u"bannerDetail"_s)->setText(n.detail);
        b->show();
    }
    for (auto it = m_banners.cbegin(); it != m_banners.cend(); ++it) {
        if (!wanted.contains(it.key()))
            it.value()->hide();
    }
    m_shown = notices;
}

QWidget *WallWindow::banner(const WallNotice &notice)
{
    QWidget *&b = m_banners[notice.id];
    if (b && b->property("kind").toInt() == static_cast<int>(notice.kind))
        return b;
    delete b;
    b = new QWidget(this);
    b->setObjectName(notice.id);
    b->setProperty("kind", static_cast<int>(notice.kind));
    b->setAutoFillBackground(true);
    const QString iconName = wallNoticeIcon(notice.kind);
    QPalette p = palette();
    p.setColor(QPalette::Window, statusstyle::tint(iconName, palette()));
    b->setPalette(p);
    auto *icon = new QLabel(b);
    icon->setPixmap(statusstyle::icon(iconName, palette()).pixmap(kBannerIconPx, kBannerIconPx));
    auto *headline = new QLabel(b);
    headline->setObjectName(u"bannerHeadline"_s);
    headline->setFont(wall::font(wall::kHeadingTextPx, true));
    headline->setWordWrap(true);
    auto *detail = new QLabel(b);
    detail->setObjectName(u"bannerDetail"_s);
    detail->setFont(wall::font(wall::kBodyTextPx));
    detail->setWordWrap(true);
    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(headline);
    text->addWidget(detail);
    auto *row = new QHBoxLayout(b);
    row->setContentsMargins(20, 12, 20, 12);
    row->setSpacing(20);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    // Problems first, then warnings, then what is expected.
    m_bannerColumn->insertWidget(notice.kind == WallNotice::Kind::Problem ? 0 : m_bannerColumn->count(), b);
    return b;
}

} // namespace iuc::ui
