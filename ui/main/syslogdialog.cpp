#include "ui/main/syslogdialog.h"

#include "core/session/deploymentsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

enum Transport { Udp, Tcp, Both };

QString nodeName(DeploymentSession &session)
{
    return session.client().settings().baseUrl.host();
}

} // namespace

SyslogDialog::SyslogDialog(DeploymentSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(&session)
    , m_port(new QSpinBox(this))
    , m_transport(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_addToNode(new QCheckBox(tr("&Add this console to the Management Node's syslog servers"), this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"syslogDialog"_s);
    setWindowTitle(tr("Receive the administrator log by syslog"));
    auto *intro = new QLabel(tr("This Management Node does not serve its administrator log through its API. It sends "
                                "it to the syslog servers in its configuration: the console can be one of them for "
                                "the upgrade."),
                             this);
    intro->setWordWrap(true);
    m_port->setObjectName(u"syslogPort"_s);
    m_port->setRange(1024, 65535);
    m_port->setValue(DefaultPort);
    m_port->setToolTip(tr("Ports below 1024 need administrator rights on this computer. Let the port through its "
                          "firewall."));
    m_transport->setObjectName(u"syslogTransport"_s);
    m_transport->addItem(tr("UDP (the Management Node's default)"), Udp);
    m_transport->addItem(tr("TCP"), Tcp);
    m_transport->addItem(tr("UDP and TCP (the Management Node is told UDP)"), Both);
    m_address->setObjectName(u"syslogAddress"_s);
    m_address->setToolTip(tr("The address of this computer as the Management Node reaches it"));
    const QHostAddress local = SyslogLink::localAddressTowards(session.client().settings().baseUrl);
    m_address->setText(local.isNull() ? QString() : local.toString());
    m_addToNode->setObjectName(u"syslogAddToNode"_s);
    const bool canAdd = session.poller().capabilities().syslogServer();
    m_addToNode->setChecked(canAdd);
    m_addToNode->setEnabled(canAdd);
    m_hint->setObjectName(u"syslogHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"syslogError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(highlight)"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Port on this computer:"), m_port);
    form->addRow(tr("&Transport:"), m_transport);
    form->addRow(tr("This computer's a&ddress:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_addToNode);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Receive"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyslogDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyslogDialog::reject);
    connect(m_port, &QSpinBox::valueChanged, this, &SyslogDialog::updateHint);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &SyslogDialog::updateHint);
    connect(m_address, &QLineEdit::textChanged, this, &SyslogDialog::updateHint);
    connect(m_addToNode, &QCheckBox::toggled, this, &SyslogDialog::updateHint);
    updateHint();
}

SyslogDialog::~SyslogDialog() = default;

QString SyslogDialog::transport() const
{
    return m_transport->currentData().toInt() == Tcp ? u"tcp"_s : u"udp"_s;
}

void SyslogDialog::updateHint()
{
    if (!m_session)
        return;
    const QString address = m_address->text().trimmed().isEmpty() ? tr("this computer's address")
                                                                  : m_address->text().trimmed();
    const QString where = tr("%1, port %2, %3").arg(address).arg(m_port->value()).arg(transport().toUpper());
    if (!m_session->poller().capabilities().syslogServer()) {
        m_hint->setText(tr("This Management Node's API has no syslog servers to add to. In its web interface, go to "
                           "System > Syslog servers and add %1 with the support log on; remove it after the "
                           "upgrade.")
                            .arg(where));
    } else if (m_addToNode->isChecked()) {
        m_hint->setText(tr("The console will ask before it adds %1, and before it removes it again.").arg(where));
    } else {
        m_hint->setText(tr("Add %1 as a syslog server yourself (System > Syslog servers, support log on).").arg(where));
    }
}

void SyslogDialog::accept()
{
    if (!m_session)
        return QDialog::reject();
    m_error->hide();
    if (m_addToNode->isChecked() && QHostAddress(m_address->text().trimmed()).isNull()) {
        m_error->setText(tr("Give this computer's IP address, as the Management Node reaches it."));
        m_error->show();
        m_address->setFocus();
        return;
    }
    syslog::SyslogReceiver::Options options;
    options.port = static_cast<quint16>(m_port->value());
    const int chosen = m_transport->currentData().toInt();
    options.udp = chosen != Tcp;
    options.tcp = chosen != Udp;
    if (const Result<void> listening = m_session->syslog().listen(options); !listening) {
        m_error->setText(listening.error().message);
        m_error->show();
        return;
    }
    Q_EMIT statusMessage(tr("Receiving the administrator log by syslog on port %1.").arg(options.port));
    if (!m_addToNode->isChecked())
        return QDialog::accept();
    addToNode();
}

void SyslogDialog::addToNode()
{
    const QString address = m_address->text().trimmed();
    const QString question =
        tr("Add %1, port %2 (%3) to the syslog servers of the Management Node %4?\n\nThe Management Node then sends "
           "its support log, which holds the administrator log, there until the console removes it. This changes "
           "the Management Node's configuration (System > Syslog servers).")
            .arg(address)
            .arg(m_port->value())
            .arg(transport().toUpper(), nodeName(*m_session));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Add a syslog server"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"syslogAddConfirm"_s);
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, address](int answer) {
        if (answer != QMessageBox::Yes || !m_session)
            return; // still listening: the admin may add it by hand
        m_buttons->setEnabled(false);
        QCoro::connect(m_session->syslog().addToNode(address, transport()), this,
                       [this](const Result<api::SyslogServer> &added) {
                           m_buttons->setEnabled(true);
                           if (!added) {
                               m_error->setText(tr("The Management Node did not take the syslog server: %1\nThe "
                                                   "console is listening: add it by hand, or try again.")
                                                    .arg(added.error().message));
                               m_error->show();
                               m_addToNode->setChecked(false);
                               return;
                           }
                           Q_EMIT statusMessage(tr("The Management Node sends its log to this console (syslog server %1).")
                                                    .arg(added.value().id));
                           QDialog::accept();
                       });
    });
    box->open();
}

void offerSyslogRemoval(QWidget *parent, DeploymentSession &session, const std::function<void(bool)> &then)
{
    if (!session.syslog().onNode() || session.syslog().isOnDemoTwin()) {
        then(true);
        return;
    }
    const api::SyslogServer entry = *session.syslog().onNode();
    auto *box = new QMessageBox(
        QMessageBox::Question, QObject::tr("Remove the syslog server"),
        QObject::tr("Remove %1, port %2 from the syslog servers of the Management Node %3?\n\nThe console added it "
                    "to receive the administrator log. Kept, the Management Node goes on sending there.")
            .arg(entry.address)
            .arg(entry.port)
            .arg(nodeName(session)),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, parent);
    box->setObjectName(u"syslogRemoveConfirm"_s);
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<DeploymentSession> guard(&session);
    QObject::connect(box, &QMessageBox::finished, box, [parent, guard, then](int answer) {
        if (answer == QMessageBox::Cancel || !guard) {
            then(false);
            return;
        }
        if (answer == QMessageBox::No) {
            then(true);
            return;
        }
        QCoro::connect(guard->syslog().removeFromNode(), guard.data(), [parent, then](const Result<void> &removed) {
            if (!removed) {
                QMessageBox::warning(parent, QObject::tr("Remove the syslog server"),
                                     QObject::tr("The Management Node kept the syslog server: %1\nRemove it in its "
                                                 "web interface, under System > Syslog servers.")
                                         .arg(removed.error().message));
            }
            then(true);
        });
    });
    box->open();
}

} // namespace iuc::ui
