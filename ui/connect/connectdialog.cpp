#include "ui/connect/connectdialog.h"

#include "core/session/deploymentsession.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "core/storage/storageerrors.h"
#include "ui/common/messagelabel.h"
#include "ui/connect/certificatedialog.h"
#include "ui/connect/profileeditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr int kNameRole = Qt::UserRole;

// A key nobody stores anything under: reading it tells whether a keychain
// answers at all (not-found) or not (no-keychain).
const QString kKeychainProbeKey = u"keychain-check@connect-dialog"_s;

// A profile renamed (or given another user) keeps its saved password: the
// keychain entry moves to the new key.
QCoro::Task<> moveSecret(SecretStore &secrets, QString fromKey, QString toKey)
{
    const Result<QString> stored = co_await secrets.readPassword(fromKey);
    if (!stored)
        co_return;
    const Result<SecretStore::Kept> written = co_await secrets.writePassword(toKey, stored.value());
    if (written)
        co_await secrets.removePassword(fromKey);
}

} // namespace
ConnectDialog::ConnectDialog(ProfileStore &profiles, SecretStore &secrets, DemoFactory demoFactory, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_demoFactory(std::move(demoFactory))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to a Management Node"));
    buildUi();
    connect(&m_secrets, &SecretStore::sessionOnlyChanged, this, [this] { updateKeychainWarning(); });
    reloadProfiles(m_profiles.lastUsed());
    if (!selectedProfile()) {
        // Nothing to read yet: still find out now whether a keychain answers.
        const quint64 id = ++m_passwordReadId;
        QCoro::connect(m_secrets.readPassword(kKeychainProbeKey), this, [this, id](const Result<QString> &read) {
            if (id == m_passwordReadId && !read)
                updateKeychainWarning(&read.error());
        });
    }
    updateKeychainWarning();
}

ConnectDialog::~ConnectDialog()
{
    if (m_attempt && m_attempt->job)
        m_attempt->job->cancel(); // the job is a child: it goes with the dialog
}

void ConnectDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;

    // Left: the saved profiles.
    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("&Saved deployments:"));
    m_list = new QListWidget;
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Saved deployments"));
    m_list->setMinimumWidth(220);
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add…"));
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setAccessibleName(tr("Add a deployment profile"));
    m_editButton = new QPushButton(tr("&Edit…"));
    m_editButton->setObjectName(u"editButton"_s);
    m_editButton->setAccessibleName(tr("Edit the selected profile"));
    m_removeButton = new QPushButton(tr("Re&move"));
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected profile"));
    for (QPushButton *b : {m_addButton, m_editButton, m_removeButton}) {
        b->setAutoDefault(false);
        listButtons->addWidget(b);
    }
    left->addLayout(listButtons);
    columns->addLayout(left, 2);

    // Right: the selected profile and its password.
    auto *right = new QVBoxLayout;
    m_emptyHint = new QLabel(tr("No deployment is saved yet. Choose Add… and enter the address of your "
                                "Management Node and the account to sign in with, or open the demo "
                                "deployment to try the console on a simulated one."));
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setWordWrap(true);
    right->addWidget(m_emptyHint);

    m_details = new QWidget;
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto valueLabel = [](const QString &objectName, const QString &accessibleName) {
        auto *label = new QLabel;
        label->setObjectName(objectName);
        label->setAccessibleName(accessibleName);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    m_address = valueLabel(u"addressValue"_s, tr("Address"));
    m_user = valueLabel(u"userValue"_s, tr("User"));
    m_trust = valueLabel(u"trustValue"_s, tr("Certificate"));
    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember password in the system keychain"));
    m_remember->setObjectName(u"rememberCheck"_s);
    m_remember->setAccessibleName(tr("Remember password in the system keychain"));
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Certificate:"), m_trust);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    right->addWidget(m_details);
    right->addStretch(1);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);

    m_keychainWarning = messageLabel(u"keychainWarning"_s);
    m_keychainWarning->setAccessibleName(tr("Keychain warning"));
    layout->addWidget(m_keychainWarning);

    auto *busyRow = new QHBoxLayout;
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(u"busyIndicator"_s);
    m_busyBar->setAccessibleName(tr("Connecting"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setVisible(false);
    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_status, 1);
    layout->addLayout(busyRow);

    m_error = messageLabel(u"errorLabel"_s);
    m_error->setAccessibleName(tr("Connection problem"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox;
    m_connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setAccessibleName(tr("Connect"));
    m_connectButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    m_demoButton = buttons->addButton(tr("Open &demo deployment"), QDialogButtonBox::ActionRole);
    m_demoButton->setObjectName(u"demoButton"_s);
    m_demoButton->setAccessibleName(tr("Open demo deployment"));
    m_demoButton->setToolTip(tr("Starts a simulated Management Node with Conferencing Nodes and live calls on "
                                "this computer, to try the console without touching a real deployment."));
    m_demoButton->setAutoDefault(false);
    m_demoButton->setEnabled(bool(m_demoFactory));
    layout->addWidget(buttons);

    connect(m_connectButton, &QPushButton::clicked, this, &ConnectDialog::connectToSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectDialog::reject);
    connect(m_demoButton, &QPushButton::clicked, this, &ConnectDialog::openDemo);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectDialog::addProfile);
    connect(m_editButton, &QPushButton::clicked, this, &ConnectDialog::editProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectDialog::removeProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { connectToSelected(); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordInKeychain = false; });

    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_removeButton);
    setTabOrder(m_removeButton, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_connectButton);
    setTabOrder(m_connectButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_demoButton);
    resize(760, 420);
}

// ---------------------------------------------------------------- profiles --

void ConnectDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = -1;
    for (const Profile &p : m_profiles.list()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(kNameRole, p.name);
        item->setToolTip(tr("%1 as %2").arg(p.url.toDisplayString(), p.user));
        if (p.name == select)
            row = m_list->count() - 1;
    }
    if (row < 0 && m_list->count() > 0)
        row = 0;
    m_list->setCurrentRow(row);
    showSelected();
}

bool ConnectDialog::selectProfile(const QString &name)
{
    const QString wanted = name.trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kNameRole).toString() == wanted) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString ConnectDialog::selectedProfileName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

std::optional<Profile> ConnectDialog::selectedProfile() const
{
    const QString name = selectedProfileName();
    if (name.isEmpty())
        return std::nullopt;
    Result<Profile> found = m_profiles.profile(name);
    if (!found)
        return std::nullopt;
    return std::move(found).value();
}

void ConnectDialog::showSelected()
{
    const std::optional<Profile> profile = selectedProfile();
    m_emptyHint->setVisible(m_list->count() == 0);
    m_details->setVisible(m_list->count() > 0);
    m_editButton->setEnabled(profile.has_value() && !isBusy());
    m_removeButton->setEnabled(profile.has_value() && !isBusy());
    m_connectButton->setEnabled(profile.has_value() && !isBusy());
    if (!profile) {
        m_address->clear();
        m_user->clear();
        m_trust->clear();
        m_password->clear();
        m_remember->setChecked(false);
        return;
    }
    m_address->setText(profile->url.toDisplayString());
    m_user->setText(profile->user);
    if (!profile->pinnedSha256.isEmpty())
        m_trust->setText(tr("pinned, SHA-256 %1").arg(CertificateDialog::formatFingerprint(profile->pinnedSha256)));
    else if (!profile->caFile.isEmpty())
        m_trust->setText(tr("signed by the CA in %1").arg(profile->caFile));
    else
        m_trust->setText(tr("checked on connection (trusted by this computer, or shown to you the first time)"));
    readStoredPassword(*profile);
}

void ConnectDialog::readStoredPassword(const Profile &profile)
{
    const quint64 id = ++m_passwordReadId;
    m_password->clear();
    m_passwordInKeychain = false;
    m_remember->setChecked(false);
    m_password->setPlaceholderText(tr("reading the keychain…"));
    QCoro::connect(m_secrets.readPassword(ProfileStore::secretKey(profile)), this,
                   [this, id](const Result<QString> &read) {
                       if (id != m_passwordReadId)
                           return; // another profile was picked meanwhile
                       m_password->setPlaceholderText(QString());
                       if (read) {
                           if (m_password->text().isEmpty()) {
                               m_password->setText(read.value());
                               m_passwordInKeychain = true;
                           }
                           m_remember->setChecked(true);
                           updateKeychainWarning();
                           return;
                       }
                       updateKeychainWarning(&read.error());
                   });
}

void ConnectDialog::updateKeychainWarning(const Error *readError)
{
    QString text;
    if (readError) {
        if (readError->is(SecretError::NoKeychain) || readError->is(SecretError::NotSupported))
            m_keychainUnavailable = true;
        else if (!readError->is(SecretError::NotFound))
            text = readError->message; // locked, refused…: its own words say what to do
    }
    if (m_secrets.isSessionOnly())
        text = m_secrets.sessionOnlyWarning();
    else if (m_keychainUnavailable && text.isEmpty())
        text = tr("No system keychain is available in this desktop session, so passwords cannot be saved: "
                  "a password you let the console remember is kept in memory until it closes, and asked for "
                  "again next time. Start or unlock your keyring (for example GNOME Keyring or KWallet) to "
                  "save it.");
    m_keychainWarning->setText(text);
    m_keychainWarning->setVisible(!text.isEmpty());
    growToFit(this);
}

void ConnectDialog::addProfile()
{
    openEditor(std::nullopt);
}

void ConnectDialog::editProfile()
{
    if (const auto profile = selectedProfile())
        openEditor(profile);
}

void ConnectDialog::openEditor(const std::optional<Profile> &original)
{
    if (isBusy())
        return;
    QStringList names;
    for (const Profile &p : m_profiles.list())
        names.append(p.name);
    auto *editor = new ProfileEditor(original, names, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this,
            [this, editor, original] { saveEdited(original, editor->profile(), editor->webhookChange()); });
    editor->open();
}

void ConnectDialog::saveEdited(const std::optional<Profile> &original, const Profile &edited,
                               const std::optional<QString> &webhookChange)
{
    clearMessages();
    const bool wasLastUsed = original && m_profiles.lastUsed() == original->name;
    const Result<Profile> saved = m_profiles.save(edited);
    if (!saved) {
        showError(saved.error());
        return;
    }
    if (original && original->name != saved->name) {
        if (const Result<void> removed = m_profiles.remove(original->name); !removed) {
            showError(removed.error());
            return;
        }
        if (wasLastUsed)
            m_profiles.setLastUsed(saved->name);
    }
    if (original) {
        const QString oldKey = ProfileStore::secretKey(*original);
        const QString newKey = ProfileStore::secretKey(saved.value());
        if (oldKey != newKey) {
            // The keychain answers later; the list shows the profile now and
            // reads its password again once it has moved.
            const QString name = saved->name;
            QCoro::connect(moveSecret(m_secrets, oldKey, newKey), this, [this, name] {
                if (selectedProfileName() == name && !isBusy() && m_password->text().isEmpty())
                    showSelected();
            });
            if (!original->alertWebhook.isEmpty() && !webhookChange) {
                QCoro::connect(moveSecret(m_secrets, ProfileStore::webhookKey(*original),
                                          ProfileStore::webhookKey(saved.value())),
                               this, [] {});
            }
        }
    }
    if (webhookChange)
        saveWebhook(saved.value(), *webhookChange);
    m_status->setText(original ? tr("Profile \"%1\" saved.").arg(saved->name)
                               : tr("Profile \"%1\" added. Enter its password and press Connect.").arg(saved->name));
    reloadProfiles(saved->name);
    m_password->setFocus();
}

void ConnectDialog::saveWebhook(const Profile &profile, const QString &url)
{
    const QString key = ProfileStore::webhookKey(profile);
    if (url.isEmpty()) {
        m_secrets.removePassword(key);
        return;
    }
    const QString name = profile.name;
    QCoro::connect(m_secrets.writePassword(key, url), this, [this, name](const Result<SecretStore::Kept> &kept) {
        if (kept && kept.value() == SecretStore::Kept::InKeychain)
            return;
        // Not in the keychain: the profile must not claim a webhook it cannot send to.
        if (Result<Profile> p = m_profiles.profile(name)) {
            Profile without = p.value();
            without.alertWebhook.clear();
            m_profiles.save(without);
        }
        m_error->setText(tr("The alert webhook was not saved: %1 Alerts of \"%2\" stay on this desktop.")
                             .arg(kept ? m_secrets.sessionOnlyWarning() : kept.error().message, name));
        m_error->setVisible(true);
    });
}

void ConnectDialog::removeProfile()
{
    const std::optional<Profile> profile = selectedProfile();
    if (!profile || isBusy())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profile"),
                                tr("Remove the profile \"%1\"? Its password is deleted from the system keychain "
                                   "as well. The Management Node itself is not affected.")
                                    .arg(profile->name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"removeConfirmation"_s);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const Profile doomed = *profile;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, doomed](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        clearMessages();
        if (const Result<void> removed = m_profiles.remove(doomed.name); !removed) {
            showError(removed.error());
            return;
        }
        // Fire and forget: a missing entry is fine, and a keychain that
        // cannot be reached has nothing of ours to delete either.
        m_secrets.removePassword(ProfileStore::secretKey(doomed));
        if (!doomed.alertWebhook.isEmpty())
            m_secrets.removePassword(ProfileStore::webhookKey(doomed));
        m_status->setText(tr("Profile \"%1\" removed.").arg(doomed.name));
        reloadProfiles(QString());
    });
    box->open();
}

} // namespace iuc::ui
