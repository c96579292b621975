#include "ui/main/connectionindicator.h"

#include "ui/common/statusstyle.h"

#include "core/session/deploymentsession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace iuc::ui {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"connectionStatus"_s);
    m_text->setObjectName(u"connectionText"_s);
    setAccessibleName(tr("Connection"));
    const int side = std::max(16, fontMetrics().height());
    m_icon->setFixedSize(side, side);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 1, 6, 1);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    // The age of the data moves on even when nothing arrives: that is the point.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &ConnectionIndicator::refresh);
    m_clock.start();
    refresh();
}

ConnectionIndicator::~ConnectionIndicator() = default;

void ConnectionIndicator::setSession(DeploymentSession *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(&m_session->manualReboots(), nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &DeploymentSession::connectionChanged, this, &ConnectionIndicator::refresh);
        connect(&session->manualReboots(), &ManualReboots::changed, this, &ConnectionIndicator::refresh);
    }
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_iconName.isEmpty()) {
        m_iconName.clear(); // redraw the icon in the new colours
        refresh();
    }
}

void ConnectionIndicator::refresh()
{
    QString iconName;
    QString text;
    bool stale = false;
    if (!m_session) {
        iconName = u"status-pending"_s;
        text = tr("Not connected");
    } else {
        text = m_session->connectionText();
        const auto state = m_session->poller().state();
        // Before the first answer there is no data to be stale.
        stale = m_session->dataAgeSeconds() >= 0 && m_session->isStale();
        if (state == api::DeploymentPoller::State::Rebooting)
            iconName = u"status-rebooting"_s; // R1: expected, not a fault
        else if (state == api::DeploymentPoller::State::Stopped)
            iconName = u"status-unreachable"_s;
        else if (stale || state == api::DeploymentPoller::State::Retrying)
            iconName = u"status-timeout"_s;
        else if (state == api::DeploymentPoller::State::Live)
            iconName = u"status-idle"_s;
        else
            iconName = u"status-pending"_s;
        if (stale)
            text = tr("%1 — the table may be out of date").arg(text);
        if (const QString waiting = m_session->manualReboots().pendingText(); !waiting.isEmpty())
            text = tr("%1 — %2").arg(text, waiting);
    }
    m_text->setText(text);
    setToolTip(stale ? tr("No fresh data for a while: what you see is the last known state.") : QString());
    if (iconName != m_iconName) {
        m_iconName = iconName;
        const int side = m_icon->width();
        m_icon->setPixmap(statusstyle::icon(iconName, palette()).pixmap(QSize(side, side), devicePixelRatioF()));
    }
    if (stale != m_stale || !m_styled) {
        m_stale = stale;
        m_styled = true;
        setProperty("stale", stale);
        QFont font = m_text->font();
        font.setBold(stale);
        m_text->setFont(font);
        // A warning tint taken from the surrounding palette, so it reads in
        // light and dark themes alike; otherwise the status bar's own look.
        setAutoFillBackground(stale);
        if (stale) {
            const QPalette around = parentWidget() ? parentWidget()->palette() : palette();
            QPalette p = around;
            p.setColor(QPalette::Window, statusstyle::tint(u"status-timeout"_s, around));
            setPalette(p);
        } else {
            setPalette(QPalette());
        }
    }
}

} // namespace iuc::ui
