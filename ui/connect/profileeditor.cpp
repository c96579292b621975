#include "ui/connect/profileeditor.h"

#include "core/session/alertwebhook.h"
#include "core/storage/profilestore.h"
#include "ui/common/messagelabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

ProfileEditor::ProfileEditor(const std::optional<Profile> &original, QStringList takenNames, QWidget *parent)
    : QDialog(parent)
    , m_original(original)
    , m_takenNames(std::move(takenNames))
{
    setObjectName(u"profileEditor"_s);
    setWindowTitle(original ? tr("Edit deployment profile") : tr("Add deployment profile"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = field(u"nameEdit"_s, tr("Profile name"), tr("e.g. Oslo production"));
    m_url = field(u"urlEdit"_s, tr("Management Node address"), tr("https://manager.example.com"));
    m_user = field(u"userEdit"_s, tr("User"), tr("the Management Node account, e.g. admin"));
    m_caFile = field(u"caFileEdit"_s, tr("CA certificate file"), tr("optional: the CA that signed its certificate"));
    m_fingerprint = field(u"fingerprintEdit"_s, tr("Trusted certificate fingerprint"),
                          tr("empty: check the certificate on the next connection"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"browseCaFileButton"_s);
    browse->setAccessibleName(tr("Browse for a CA certificate file"));
    browse->setAutoDefault(false); // Enter saves, wherever the focus is
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("C&A file:"), caRow);
    form->addRow(tr("&Trusted fingerprint:"), m_fingerprint);

    // Alerts to a chat or paging tool: the URL is a secret, so it is typed
    // here, kept in the keychain, and never shown again in full.
    const QString saved = original ? original->alertWebhook : QString();
    m_webhook = field(u"webhookEdit"_s, tr("Alert webhook URL"),
                      saved.isEmpty() ? tr("optional: an https:// incoming-webhook URL for alerts")
                                      : tr("in the keychain: %1 — type a URL to replace it").arg(saved));
    m_webhook->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    form->addRow(tr("Alert &webhook:"), m_webhook);
    if (!saved.isEmpty()) {
        m_removeWebhook = new QCheckBox(tr("Remove the saved webhook"));
        m_removeWebhook->setObjectName(u"removeWebhookCheck"_s);
        form->addRow(QString(), m_removeWebhook);
    }
    layout->addLayout(form);

    auto *note = new QLabel(tr("The password is not part of the profile: it is asked for in the Connect "
                               "dialog and kept in the system keychain only if you tick \"Remember\". The "
                               "trusted fingerprint is filled in when you accept the Management Node's "
                               "certificate; clear it, or paste the new one, after the certificate was "
                               "replaced."));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_error = messageLabel(u"editorError"_s);
    m_error->setAccessibleName(tr("Problem with the profile"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Save)->setDefault(true); // once in the dialog, or it does not count

    if (original) {
        m_name->setText(original->name);
        m_url->setText(original->url.toString());
        m_user->setText(original->user);
        m_caFile->setText(original->caFile);
        m_fingerprint->setText(QString::fromLatin1(original->pinnedSha256));
    }
    m_name->setFocus();
    setMinimumWidth(560);
}

void ProfileEditor::accept()
{
    Profile edited = m_original.value_or(Profile{});
    edited.name = m_name->text().trimmed();
    QString address = m_url->text().trimmed();
    if (!address.isEmpty() && !address.contains(u"://"_s))
        address.prepend(u"https://"_s); // what people mean when they type a host name
    edited.url = QUrl(address, QUrl::StrictMode);
    edited.user = m_user->text().trimmed();
    edited.caFile = m_caFile->text().trimmed();
    edited.pinnedSha256 = m_fingerprint->text().trimmed().toLatin1();
    m_webhookChange.reset();
    if (const QString typed = m_webhook->text().trimmed(); !typed.isEmpty()) {
        const Result<QUrl> url = AlertWebhook::validate(typed);
        if (!url) {
            showProblem(m_webhook, url.error().message);
            return;
        }
        edited.alertWebhook = AlertWebhook::displayForm(url.value());
        m_webhookChange = url->toString();
    } else if (m_removeWebhook && m_removeWebhook->isChecked()) {
        edited.alertWebhook.clear();
        m_webhookChange = QString();
    }

    const bool renamed = !m_original || m_original->name != edited.name;
    if (renamed && m_takenNames.contains(edited.name)) {
        showProblem(m_name, tr("There is already a profile called \"%1\". Choose another name, or "
                               "edit that profile instead.")
                                .arg(edited.name));
        return;
    }
    if (!edited.caFile.isEmpty() && !QFileInfo(edited.caFile).isFile()) {
        showProblem(m_caFile, tr("There is no file %1. Choose the CA certificate file with Browse…, or "
                                 "leave the field empty.")
                                  .arg(edited.caFile));
        return;
    }
    const Result<Profile> checked = ProfileStore::validate(edited);
    if (!checked) {
        const QString fieldName = checked.error().details.value(u"field"_s).toString();
        QLineEdit *at = fieldName == u"url"_s            ? m_url
                        : fieldName == u"user"_s         ? m_user
                        : fieldName == u"pinnedSha256"_s ? m_fingerprint
                                                         : m_name;
        showProblem(at, checked.error().message);
        return;
    }
    m_result = checked.value();
    QDialog::accept();
}

QLineEdit *ProfileEditor::field(const QString &objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

void ProfileEditor::showProblem(QLineEdit *at, const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    growToFit(this);
    at->setFocus();
    at->selectAll();
}

} // namespace iuc::ui
