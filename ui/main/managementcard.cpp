#include "ui/main/managementcard.h"

#include "ui/common/statusstyle.h"

#include "core/model/deploymentmodel.h"
#include "core/session/deploymentsession.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ManagementCard::ManagementCard(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_version(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(u"managementCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Management Node"));

    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"managementStatus"_s);
    m_status->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    const int side = std::max(20, fontMetrics().height() + 4);
    m_icon->setFixedSize(side, side);

    auto *layout = new QGridLayout(this);
    layout->addWidget(heading(tr("Management Node"), this), 0, 0, 1, 2);
    layout->addWidget(m_name, 1, 0, 1, 2);
    layout->addWidget(m_version, 2, 0, 1, 2);
    layout->addWidget(m_icon, 3, 0, Qt::AlignTop);
    layout->addWidget(m_status, 3, 1);
    layout->addWidget(m_detail, 4, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(5, 1);
    refresh();
}

ManagementCard::~ManagementCard() = default;

void ManagementCard::setSession(DeploymentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &DeploymentSession::updated, this, &ManagementCard::refresh);
        connect(session, &DeploymentSession::connectionChanged, this, &ManagementCard::refresh);
    }
    refresh();
}

QString ManagementCard::statusText() const
{
    return m_status->text();
}

void ManagementCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh(); // the icon's colours follow the palette
}

void ManagementCard::refresh()
{
    m_expectedReboot = false;
    const auto *snapshot = m_session ? &m_session->snapshot() : nullptr;
    if (!snapshot || !snapshot->has_value()) {
        m_name->setText(m_session ? tr("Waiting for the first answer…") : tr("Not connected"));
        m_version->clear();
        m_status->clear();
        m_icon->clear();
        m_detail->clear();
        return;
    }
    const api::ManagementVm &mgmt = (*snapshot)->management;
    m_name->setText(mgmt.name);
    m_version->setText(tr("Installed version: %1").arg(mgmt.version.text));

    const auto pollerState = m_session->poller().state();
    const NodeStatus::Code code = mgmt.upgradeStatus.code();
    QString iconName = DeploymentModel::iconName(mgmt.upgradeStatus);
    QString text = mgmt.upgradeStatus.label();
    QString detail;
    if (pollerState == api::DeploymentPoller::State::Rebooting || code == NodeStatus::Code::Rebooting) {
        // R1: the API is away while it restarts; this is part of the upgrade.
        m_expectedReboot = true;
        iconName = u"status-rebooting"_s;
        text = tr("Rebooting — expected during the upgrade; reconnecting…");
        detail = tr("The console keeps the last picture and carries on by itself when the Management Node answers again.");
    } else if (code == NodeStatus::Code::Upgrading) {
        text = tr("Installing the new version; it will restart by itself (expected)");
    }
    const RunSummary &run = m_session->run();
    if (detail.isEmpty() && run.state() == RunSummary::State::ManagementUpgrading)
        detail = tr("Being upgraded first, to %1; the Conferencing Nodes follow.").arg(run.targetLabel());
    else if (detail.isEmpty() && mgmt.bootTime.isValid())
        detail = tr("Up since %1").arg(mgmt.bootTime.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));

    m_iconName = iconName;
    const int side = m_icon->width();
    m_icon->setPixmap(statusstyle::icon(iconName, palette()).pixmap(QSize(side, side), devicePixelRatioF()));
    m_status->setText(text);
    m_status->setToolTip(mgmt.upgradeStatus.description());
    m_detail->setText(detail);
    setAccessibleDescription(tr("%1, %2, %3").arg(mgmt.name, m_version->text(), text));
}

} // namespace iuc::ui
