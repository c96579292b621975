#include "ui/flow/scheduledstartdialog.h"

#include "core/model/deploymentmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

ScheduledStartDialog::ScheduledStartDialog(const QString &version, const QDateTime &at,
                                           std::function<QDateTime()> serverNow, QWidget *parent)
    : QDialog(parent)
    , m_at(at)
    , m_serverNow(std::move(serverNow))
    , m_countdown(new QLabel(this))
{
    setObjectName(u"scheduledStartDialog"_s);
    setWindowTitle(tr("Scheduled Upgrade"));
    setModal(false);
    auto *what = new QLabel(tr("<b>The upgrade to %1 starts at %2</b> (%3 UTC on the Management Node's clock).")
                                .arg(version.toHtmlEscaped(), at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                     at.toTimeZone(QTimeZone::utc()).toString(u"HH:mm"_s)),
                            this);
    what->setWordWrap(true);
    m_countdown->setObjectName(u"countdownLabel"_s);
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_countdown->setFont(big);
    auto *note = new QLabel(tr("Leave the console open: it performs the start. Quitting it cancels the start; the "
                               "package stays on the Management Node."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("&Cancel the Start"), QDialogButtonBox::DestructiveRole);
    m_cancel->setObjectName(u"cancelStartButton"_s);
    QPushButton *hide = buttons->addButton(tr("&Hide"), QDialogButtonBox::RejectRole);
    hide->setObjectName(u"hideButton"_s);
    connect(m_cancel, &QPushButton::clicked, this, &ScheduledStartDialog::cancelRequested);
    connect(hide, &QPushButton::clicked, this, &QDialog::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_countdown);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(&m_clock, &QTimer::timeout, this, &ScheduledStartDialog::tick);
    m_clock.start(1000);
    tick();
}

QString ScheduledStartDialog::countdownText() const
{
    return m_countdown->text();
}

void ScheduledStartDialog::tick()
{
    const QDateTime now = m_serverNow ? m_serverNow() : QDateTime();
    const qint64 left = now.isValid() ? std::max<qint64>(0, now.secsTo(m_at)) : -1;
    m_countdown->setText(left < 0 ? tr("Starting soon…")
                                  : tr("Starts in %1").arg(DeploymentModel::formatSeconds(left)));
}

} // namespace iuc::ui
