#include "ui/guided/backupcontrol.h"

#include "core/api/capabilities.h"
#include "core/api/deploymentpoller.h"
#include "core/session/backup.h"
#include "core/session/deploymentsession.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

using namespace Qt::StringLiterals;

namespace iuc::ui {

BackupControl::BackupControl(DeploymentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_button(new QPushButton(tr("Create a &backup now…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"backupControl"_s);
    m_button->setObjectName(u"createBackupButton"_s);
    m_status->setObjectName(u"backupStatus"_s);
    m_status->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    layout->addWidget(m_status, 1);
    connect(m_button, &QPushButton::clicked, this, &BackupControl::askPassphrase);
    connect(&session, &DeploymentSession::updated, this, &BackupControl::updateOffered);
    updateOffered();
}

QString BackupControl::statusText() const
{
    return m_status->text();
}

void BackupControl::updateOffered()
{
    // Shown unless the node's own schema says it has no such command.
    setVisible(!m_session.poller().capabilities().lacks(api::Resource::BackupCreate));
}

void BackupControl::askPassphrase()
{
    auto *dialog = new QDialog(window());
    dialog->setObjectName(u"backupPassphraseDialog"_s);
    dialog->setWindowTitle(tr("Configuration Backup"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *first = new QLineEdit(dialog);
    first->setObjectName(u"passphraseEdit"_s);
    first->setEchoMode(QLineEdit::Password);
    auto *again = new QLineEdit(dialog);
    again->setObjectName(u"passphraseAgainEdit"_s);
    again->setEchoMode(QLineEdit::Password);
    auto *problem = new QLabel(dialog);
    problem->setObjectName(u"passphraseProblem"_s);
    problem->setVisible(false);
    auto *note = new QLabel(tr("The Management Node encrypts the backup file with this passphrase. The console "
                               "does not keep it: write it down where your team keeps such secrets; the file cannot "
                               "be restored without it."),
                            dialog);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), first);
    form->addRow(tr("&Again:"), again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *confirm = buttons->addButton(tr("&Create Backup"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(u"createBackupConfirm"_s);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(confirm, &QPushButton::clicked, dialog, [this, dialog, first, again, problem] {
        if (first->text().isEmpty() || first->text() != again->text()) {
            problem->setText(first->text().isEmpty() ? tr("Type a passphrase.") : tr("The two passphrases differ."));
            problem->setVisible(true);
            return;
        }
        create(first->text());
        dialog->accept();
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    dialog->open();
}

void BackupControl::create(const QString &passphrase)
{
    m_button->setEnabled(false);
    m_status->setText(tr("Asking the Management Node for a backup…"));
    QCoro::connect(createBackup(m_session.client(), passphrase), this, [this](const Result<BackupOutcome> &made) {
        m_button->setEnabled(true);
        if (!made) {
            m_status->setText(tr("No backup: %1").arg(made.error().message));
            return;
        }
        const QString at = made->at.toTimeZone(QTimeZone::utc()).toString(u"HH:mm"_s);
        m_status->setText(made->finished
                              ? tr("Backup created at %1 UTC. Download it from the Management Node's web interface "
                                   "(Utilities ▸ Backup/restore).")
                                    .arg(at)
                              : tr("Backup requested at %1 UTC; the Management Node creates it in the background and "
                                   "lists it under Utilities ▸ Backup/restore once done.")
                                    .arg(at));
        Q_EMIT created();
    });
}

} // namespace iuc::ui
