#include "ui/main/alertbar.h"

#include "ui/common/statusstyle.h"

#include "core/session/alertmonitor.h"
#include "core/session/deploymentsession.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {
constexpr int kShownMs = 30'000; // a desktop notification's time on screen
} // namespace

AlertBar::AlertBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_all(new QPushButton(this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"alertBar"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_text->setObjectName(u"alertText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setObjectName(u"alertDismiss"_s);
    m_all->setObjectName(u"allAlertsButton"_s);
    connect(m_all, &QPushButton::clicked, this, &AlertBar::showAll);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_all);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    setVisible(false);
}

AlertBar::~AlertBar() = default;

void AlertBar::setSession(DeploymentSession *session)
{
    if (m_session)
        disconnect(&m_session->alerts(), nullptr, this, nullptr);
    m_session = session;
    m_shown = 0;
    setVisible(false);
    if (!session)
        return;
    connect(&session->alerts(), &AlertMonitor::raised, this, &AlertBar::show);
}

bool AlertBar::desktopNotificationsShown() const
{
    return m_tray && m_tray->isVisible();
}

QString AlertBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void AlertBar::show(const Alert &alert)
{
    ++m_shown;
    const QString look = alert.isWarning() ? u"status-timeout"_s : u"status-idle"_s;
    m_icon->setPixmap(statusstyle::icon(look, palette()).pixmap(20, 20));
    m_text->setText(tr("%1 UTC  %2").arg(alert.at.toUTC().toString(u"HH:mm"_s), alert.summary()));
    m_all->setText(tr("All alerts (%1)…").arg(m_session ? m_session->alerts().alerts().size() : 1));
    setStyleSheet(u"#alertBar{background:%1;border:1px solid %2}"_s.arg(
        statusstyle::tint(look, palette()).name(), statusstyle::accent(look, palette()).name()));
    setVisible(true);
    if (QWidget *w = window())
        QApplication::alert(w); // the taskbar asks for attention
    if (!m_desktop || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(statusstyle::appIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
    m_tray->show();
    QString body = alert.text;
    if (!alert.action.isEmpty())
        body += u"\n"_s + alert.action;
    m_tray->showMessage(alert.title, body,
                        alert.isWarning() ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, kShownMs);
}

QString AlertBar::allAlertsText() const
{
    if (!m_session)
        return {};
    QStringList lines;
    const QList<Alert> &alerts = m_session->alerts().alerts();
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it)
        lines << tr("%1 UTC  %2").arg(it->at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), it->summary());
    return lines.join(u"\n\n"_s);
}

void AlertBar::showAll()
{
    auto *dialog = new QDialog(window());
    dialog->setObjectName(u"allAlertsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Alerts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QPlainTextEdit(allAlertsText(), dialog);
    list->setReadOnly(true);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, 420);
    dialog->open();
}

} // namespace iuc::ui
