// The Connect dialog (DESIGN §6) against a real infinity-sim over loopback
// HTTPS: first contact shows the certificate and pins it only on "Trust and
// pin"; a changed certificate is refused with both fingerprints; a wrong
// password is said in the dialog; profiles are added, edited and removed;
// the password reaches the keychain only when asked; the demo button; and
// all of it with the keyboard.

#include "tests/common/clientfixture.h"

#include "core/session/deploymentsession.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "ui/connect/certificatedialog.h"
#include "ui/connect/connectdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;

namespace {

constexpr int kNetworkTimeoutMs = 30000;
const QString kTestService = u"Infinity Upgrade Console (tests)"_s; // as tests/core/storage: never the real entries
const char kChildVariable[] = "IUC_CONNECT_DIALOG_CHILD";

// A profile store in a temporary INI file and a keychain under the tests'
// service name: what the dialog is given instead of the user's own.
struct Stores
{
    QTemporaryDir dir;
    ProfileStore profiles{dir.filePath(u"profiles.ini"_s)};
    SecretStore secrets{kTestService};
};

// Unique per run: ctest runs test functions in parallel against one keyring.
QString uniqueName(const QString &purpose)
{
    return purpose + u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

Profile profileFor(const ClientFixture &sim, const QString &name, const QByteArray &pin = {})
{
    Profile p;
    p.name = name;
    p.url = sim.url();
    p.user = u"admin"_s;
    p.pinnedSha256 = pin;
    return p;
}

template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QString fingerprintIn(const QLabel *label)
{
    // Shown on two lines; the pair at the break lost its ':'.
    return label ? label->text().replace(u'\n', u':') : QString();
}

QDialog *openEditor(const QObject *dialog)
{
    const QList<QDialog *> editors = dialog->findChildren<QDialog *>(u"profileEditor"_s);
    for (QDialog *d : editors) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

// Offscreen unless told otherwise: these dialogs need no display.
void useOffscreenByDefault()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}
Q_CONSTRUCTOR_FUNCTION(useOffscreenByDefault)

} // namespace

class TestConnectDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstContact_showsFingerprintAndPinsOnTrust();
    void firstContact_escapeTrustsNothing();
    void changedCertificate_refusedWithBothFingerprints();
    void wrongPassword_shownInDialogWithPasswordSelected();
    void connecting_staysResponsiveAndEscapeCancelsIt();
    void keyboard_escapeClosesAndEveryControlHasAName();
    void profiles_addEditRemove();
    void profiles_editorShowsMistakesAndStaysOpen();
    void demo_buttonUsesTheFactoryAndHandsTheDemoOver();
    void demo_buttonDisabledWithoutFactoryAndFailureShown();
    void keychain_passwordStoredOnlyWhenAskedAndReadBack();
    void keychain_passwordFollowsRenamedProfile();
    void keychain_missingKeychainWarnedInDialog();
    void keychain_alertWebhookKeptThereShownWithoutItsSecret();

private:
    bool requireKeychain(SecretStore &secrets);
};

// The keychain tests need the real Secret Service scripts/test provides; a
// missing one fails, unless IUC_NO_KEYCHAIN_TESTS=1 asks to skip them (as in
// tests/core/storage/tst_secretstore.cpp).
bool TestConnectDialog::requireKeychain(SecretStore &secrets)
{
    if (qEnvironmentVariable("IUC_NO_KEYCHAIN_TESTS") == "1"_L1) {
        QTest::qSkip("IUC_NO_KEYCHAIN_TESTS=1: tests that need a real Secret Service are skipped on request",
                     __FILE__, __LINE__);
        return false;
    }
    const QString key = uniqueName(u"probe"_s) + u"@tests"_s;
    const Result<SecretStore::Kept> written = await(secrets.writePassword(key, u"probe"_s));
    if (written && written.value() == SecretStore::Kept::InKeychain) {
        await(secrets.removePassword(key));
        return true;
    }
    const QString why = written ? secrets.sessionOnlyWarning() : written.error().message;
    const QByteArray message = "No working Secret Service on this D-Bus session, so the keychain cannot be "
                               "tested. Run the tests with scripts/test (it starts an unlocked gnome-keyring "
                               "inside dbus-run-session), or set IUC_NO_KEYCHAIN_TESTS=1 to skip them. "
                               "What SecretStore said: "
                               + why.toUtf8();
    QTest::qFail(message.constData(), __FILE__, __LINE__);
    return false;
}

void TestConnectDialog::firstContact_showsFingerprintAndPinsOnTrust()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    Stores stores;
    const QString name = uniqueName(u"First contact"_s);
    QVERIFY(stores.profiles.save(profileFor(sim, name)));

    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectProfile(name));
    auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
    QVERIFY(password);
    QTRY_VERIFY(password->placeholderText().isEmpty()); // the keychain was asked (nothing there)
    password->setFocus();
    QTest::keyClicks(password, u"secret"_s);
    QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
    QTest::keyClick(password, Qt::Key_Return); // Enter connects

    QTRY_VERIFY_WITH_TIMEOUT(dialog.certificateDialog() && dialog.certificateDialog()->isVisible(), kNetworkTimeoutMs);
    CertificateDialog *certificate = dialog.certificateDialog();
    QCOMPARE(certificate->kind(), CertificateDialog::Kind::FirstContact);
    QCOMPARE(fingerprintIn(child<QLabel>(certificate, u"presentedFingerprint"_s)), QString::fromLatin1(sim.fingerprint()));
    const QString shown = certificate->shownText();
    QVERIFY2(shown.contains(u"infinity-sim"_s), qPrintable(shown)); // subject and issuer
    QVERIFY2(shown.contains(u"self-signed"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Valid"_s), qPrintable(shown));
    QVERIFY(dialog.isBusy());
    QVERIFY(stores.profiles.profile(name)->pinnedSha256.isEmpty()); // nothing pinned before the answer

    // Enter means "Trust and pin" once the button is ready.
    auto *trust = child<QPushButton>(certificate, u"trustButton"_s);
    QVERIFY(trust);
    QTRY_VERIFY(trust->isEnabled());
    QTest::keyClick(certificate, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kNetworkTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stores.profiles.profile(name)->pinnedSha256, sim.fingerprint());
    QCOMPARE(stores.profiles.lastUsed(), name);
    QCOMPARE(dialog.connectedProfile(), name);
    std::unique_ptr<DeploymentSession> session = dialog.takeSession();
    QVERIFY(session);
    QCOMPARE(session->displayName(), name);
    QCOMPARE(session->client().settings().trust.mode, api::TlsTrust::Mode::Pinned);
    QCOMPARE(session->client().settings().trust.pinnedSha256, sim.fingerprint());
    QVERIFY(!dialog.takeDemo());
    // The session works as handed over.
    const Result<api::ManagementVm> management = await(session->client().managementVm());
    QVERIFY2(management, qPrintable(management ? QString() : management.error().message));
    QCOMPARE(management->name, u"mgr01"_s);
}

void TestConnectDialog::firstContact_escapeTrustsNothing()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    Stores stores;
    const QString name = uniqueName(u"Escape"_s);
    QVERIFY(stores.profiles.save(profileFor(sim, name)));

    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();
    QVERIFY(dialog.selectProfile(name));
    auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
    QTRY_VERIFY(password->placeholderText().isEmpty());
    password->setText(u"secret"_s);
    QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
    dialog.connectToSelected();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.certificateDialog() && dialog.certificateDialog()->isVisible(), kNetworkTimeoutMs);

    QTest::keyClick(dialog.certificateDialog(), Qt::Key_Escape);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible()); // the Connect dialog stays, ready for another try
    QVERIFY(!dialog.takeSession());
    QVERIFY(stores.profiles.profile(name)->pinnedSha256.isEmpty());
    QVERIFY(child<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"not trusted"_s));
}

void TestConnectDialog::changedCertificate_refusedWithBothFingerprints()
{
    ClientFixture trusted;
    ClientFixture impostor; // another data directory: another certificate
    QVERIFY2(trusted.start(), qPrintable(trusted.startError()));
    QVERIFY2(impostor.start(), qPrintable(impostor.startError()));
    QVERIFY(trusted.fingerprint() != impostor.fingerprint());
    Stores stores;
    const QString name = uniqueName(u"Changed"_s);
    // The profile pinned the first certificate; the second answers at the address.
    QVERIFY(stores.profiles.save(profileFor(impostor, name, trusted.fingerprint())));

    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();
    QVERIFY(dialog.selectProfile(name));
    auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
    QTRY_VERIFY(password->placeholderText().isEmpty());
    password->setText(u"secret"_s);
    QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
    QTest::keyClick(password, Qt::Key_Enter);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kNetworkTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(dialog.shownError());
    QCOMPARE(dialog.shownError()->code, u"tls.changed"_s);
    const QString inline_ = child<QLabel>(&dialog, u"errorLabel"_s)->text();
    QVERIFY2(inline_.contains(QString::fromLatin1(trusted.fingerprint())), qPrintable(inline_));
    QVERIFY2(inline_.contains(QString::fromLatin1(impostor.fingerprint())), qPrintable(inline_));
    QVERIFY2(inline_.contains(u"Edit"_s), qPrintable(inline_)); // how to re-pin deliberately

    QTRY_VERIFY(dialog.certificateDialog() && dialog.certificateDialog()->isVisible());
    CertificateDialog *refusal = dialog.certificateDialog();
    QCOMPARE(refusal->kind(), CertificateDialog::Kind::Changed);
    QCOMPARE(fingerprintIn(child<QLabel>(refusal, u"trustedFingerprint"_s)), QString::fromLatin1(trusted.fingerprint()));
    QCOMPARE(fingerprintIn(child<QLabel>(refusal, u"presentedFingerprint"_s)), QString::fromLatin1(impostor.fingerprint()));
    QVERIFY(!refusal->findChild<QPushButton *>(u"trustButton"_s)); // no way to accept from here
    QVERIFY2(refusal->shownText().contains(u"edit the profile"_s), qPrintable(refusal->shownText()));

    QTest::keyClick(refusal, Qt::Key_Return); // Close is the only answer
    QTRY_VERIFY(!dialog.certificateDialog());
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeSession());
    QCOMPARE(stores.profiles.profile(name)->pinnedSha256, trusted.fingerprint()); // the pin stays
}

void TestConnectDialog::wrongPassword_shownInDialogWithPasswordSelected()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    Stores stores;
    const QString name = uniqueName(u"Wrong password"_s);
    QVERIFY(stores.profiles.save(profileFor(sim, name, sim.fingerprint())));

    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(dialog.selectProfile(name));
    auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
    QTRY_VERIFY(password->placeholderText().isEmpty());
    password->setFocus();
    QTest::keyClicks(password, u"not-the-password"_s);
    QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
    QTest::keyClick(password, Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kNetworkTimeoutMs);
    QVERIFY(dialog.shownError());
    QCOMPARE(dialog.shownError()->code, u"api.unauthorized"_s);
    auto *error = child<QLabel>(&dialog, u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"password"_s), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(u"not-the-password"_s), "the password must never be shown");
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeSession());
    QCOMPARE(QApplication::focusWidget(), password);
    QCOMPARE(password->selectedText().size(), password->text().size()); // type the right one over it

    // Typing the right one and Enter gets through; the message goes.
    QTest::keyClicks(password, u"secret"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kNetworkTimeoutMs);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY(!dialog.shownError());
    QVERIFY(dialog.takeSession());
}

void TestConnectDialog::connecting_staysResponsiveAndEscapeCancelsIt()
{
    // A server that accepts the connection and never says a word: the
    // attempt would wait for the client's timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    Stores stores;
    Profile p;
    p.name = uniqueName(u"Silent"_s);
    p.url = QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort()));
    p.user = u"admin"_s;
    QVERIFY(stores.profiles.save(p));

    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();
    QVERIFY(dialog.selectProfile(p.name));
    auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
    QTRY_VERIFY(password->placeholderText().isEmpty());
    password->setText(u"secret"_s);
    QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
    dialog.connectToSelected();

    QVERIFY(dialog.isBusy());
    QTRY_VERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(100));
    QTest::qWait(200); // the event loop turns: the dialog is not blocked
    QVERIFY(dialog.isBusy());
    QVERIFY(child<QWidget>(&dialog, u"busyIndicator"_s)->isVisible());
    QVERIFY(child<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"127.0.0.1"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"connectButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, u"cancelButton"_s)->isEnabled());

    QTest::keyClick(&dialog, Qt::Key_Escape); // cancels the attempt, not the dialog
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QVERIFY(!child<QWidget>(&dialog, u"busyIndicator"_s)->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"connectButton"_s)->isEnabled());
    QTest::qWait(100); // the aborted request ends quietly
    QCOMPARE(finished.count(), 1);

    QTest::keyClick(&dialog, Qt::Key_Escape); // now it closes
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestConnectDialog::keyboard_escapeClosesAndEveryControlHasAName()
{
    Stores stores;
    Profile p;
    p.name = uniqueName(u"Keyboard"_s);
    p.url = QUrl(u"https://manager.example.com"_s);
    p.user = u"admin"_s;
    QVERIFY(stores.profiles.save(p));
    ConnectDialog dialog(stores.profiles, stores.secrets, [] { return Result<DemoDeployment>(DemoDeployment{}); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    // Tab reaches every control, each with a name a screen reader says.
    QSet<QWidget *> reached;
    for (int i = 0; i < 20; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        reached.insert(focus);
        QVERIFY2(!focus->accessibleName().isEmpty(), focus->metaObject()->className());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    for (const char *name : {"profileList", "addButton", "editButton", "removeButton", "passwordEdit",
                             "rememberCheck", "connectButton", "cancelButton", "demoButton"}) {
        QWidget *w = dialog.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w && reached.contains(w), name);
    }

    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeSession());
}

void TestConnectDialog::profiles_addEditRemove()
{
    Stores stores;
    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = child<QListWidget>(&dialog, u"profileList"_s);
    QCOMPARE(list->count(), 0);
    QVERIFY(child<QLabel>(&dialog, u"emptyHint"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, u"connectButton"_s)->isEnabled());

    // Add, with the keyboard: the name field has the focus, Tab to the next.
    QTest::mouseClick(child<QPushButton>(&dialog, u"addButton"_s), Qt::LeftButton);
    QDialog *editor = openEditor(&dialog);
    QVERIFY(editor);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(editor, u"nameEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Lab"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"lab-manager.example.com:8443"_s); // https:// is implied
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"operator"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Save
    QTRY_VERIFY(!openEditor(&dialog));

    QCOMPARE(list->count(), 1);
    QCOMPARE(dialog.selectedProfileName(), u"Lab"_s);
    const Result<Profile> added = stores.profiles.profile(u"Lab"_s);
    QVERIFY(added);
    QCOMPARE(added->url, QUrl(u"https://lab-manager.example.com:8443"_s));
    QCOMPARE(added->user, u"operator"_s);
    QVERIFY(added->pinnedSha256.isEmpty());
    QCOMPARE(child<QLabel>(&dialog, u"addressValue"_s)->text(), u"https://lab-manager.example.com:8443"_s);
    QCOMPARE(child<QLabel>(&dialog, u"userValue"_s)->text(), u"operator"_s);

    // Edit: rename it and pin a fingerprint pasted in lower case.
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    editor = openEditor(&dialog);
    QVERIFY(editor);
    auto *nameEdit = child<QLineEdit>(editor, u"nameEdit"_s);
    QCOMPARE(nameEdit->text(), u"Lab"_s);
    QCOMPARE(child<QLineEdit>(editor, u"urlEdit"_s)->text(), u"https://lab-manager.example.com:8443"_s);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"Lab west"_s);
    const QByteArray pin = QByteArray(32, '\x5a').toHex(':').toUpper();
    child<QLineEdit>(editor, u"fingerprintEdit"_s)->setText(QString::fromLatin1(pin.toLower()));
    QTest::keyClick(nameEdit, Qt::Key_Enter);
    QTRY_VERIFY(!openEditor(&dialog));
    QCOMPARE(list->count(), 1);
    QVERIFY(!stores.profiles.profile(u"Lab"_s));
    const Result<Profile> edited = stores.profiles.profile(u"Lab west"_s);
    QVERIFY(edited);
    QCOMPARE(edited->pinnedSha256, pin);
    QCOMPARE(dialog.selectedProfileName(), u"Lab west"_s);
    QVERIFY(child<QLabel>(&dialog, u"trustValue"_s)->text().contains(u"pinned"_s));

    // Edit, then Escape: nothing changes.
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    editor = openEditor(&dialog);
    QVERIFY(editor);
    child<QLineEdit>(editor, u"userEdit"_s)->setText(u"someone-else"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!openEditor(&dialog));
    QCOMPARE(stores.profiles.profile(u"Lab west"_s)->user, u"operator"_s);

    // Remove: asked first; Escape keeps it, the Remove button removes it.
    QTest::mouseClick(child<QPushButton>(&dialog, u"removeButton"_s), Qt::LeftButton);
    QMessageBox *confirm = dialog.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY(confirm->text().contains(u"Lab west"_s));
    QTest::keyClick(confirm, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(u"removeConfirmation"_s));
    QCOMPARE(stores.profiles.list().size(), 1);

    QTest::mouseClick(child<QPushButton>(&dialog, u"removeButton"_s), Qt::LeftButton);
    confirm = dialog.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(confirm);
    QTest::mouseClick(child<QPushButton>(confirm, u"confirmRemoveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 0);
    QVERIFY(stores.profiles.list().isEmpty());
    QVERIFY(child<QLabel>(&dialog, u"emptyHint"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, u"editButton"_s)->isEnabled());
}

void TestConnectDialog::profiles_editorShowsMistakesAndStaysOpen()
{
    Stores stores;
    Profile existing;
    existing.name = u"Oslo"_s;
    existing.url = QUrl(u"https://oslo.example.com"_s);
    existing.user = u"admin"_s;
    QVERIFY(stores.profiles.save(existing));
    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();

    QTest::mouseClick(child<QPushButton>(&dialog, u"addButton"_s), Qt::LeftButton);
    QDialog *editor = openEditor(&dialog);
    QVERIFY(editor);
    auto *name = child<QLineEdit>(editor, u"nameEdit"_s);
    auto *url = child<QLineEdit>(editor, u"urlEdit"_s);
    auto *user = child<QLineEdit>(editor, u"userEdit"_s);
    auto *error = child<QLabel>(editor, u"editorError"_s);

    // A name in use.
    name->setText(u"Oslo"_s);
    url->setText(u"https://other.example.com"_s);
    user->setText(u"admin"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(editor->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Oslo"_s), qPrintable(error->text()));

    // Credentials in the address: refused, never saved.
    name->setText(u"Bergen"_s);
    url->setText(u"https://admin:hunter2@bergen.example.com"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(editor->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), url);
    QVERIFY2(error->text().contains(u"password"_s), qPrintable(error->text()));

    // Plain http to another computer.
    url->setText(u"http://bergen.example.com"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(editor->isVisible());
    QVERIFY2(error->text().contains(u"https://bergen.example.com"_s), qPrintable(error->text()));

    // Not a fingerprint.
    url->setText(u"https://bergen.example.com"_s);
    child<QLineEdit>(editor, u"fingerprintEdit"_s)->setText(u"12:34"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(editor->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(editor, u"fingerprintEdit"_s));

    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!openEditor(&dialog));
    QCOMPARE(stores.profiles.list().size(), 1);
    QFile ini(stores.profiles.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("hunter2"));
}

void TestConnectDialog::demo_buttonUsesTheFactoryAndHandsTheDemoOver()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    Stores stores;
    int started = 0;
    auto alive = std::make_shared<int>(42);
    std::weak_ptr<int> watch = alive;
    DemoFactory factory = [&sim, &started, alive]() -> Result<DemoDeployment> {
        ++started;
        DemoDeployment demo;
        demo.settings = sim.settings(As::Admin); // pinned, as a demo's must be
        demo.name = u"Test demo"_s;
        demo.packagePath = u"/demo/pexip-infinity-11.tar"_s;
        demo.wrongFilePath = u"/demo/release-notes.pdf"_s;
        demo.keepAlive = alive;
        return demo;
    };
    {
        ConnectDialog dialog(stores.profiles, stores.secrets, factory);
        factory = nullptr;
        alive.reset();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *demoButton = child<QPushButton>(&dialog, u"demoButton"_s);
        QVERIFY(demoButton->isEnabled());
        QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
        demoButton->setFocus();
        QTest::keyClick(demoButton, Qt::Key_Space);

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kNetworkTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(started, 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.connectedProfile().isEmpty());
        QVERIFY(!dialog.certificateDialog()); // pinned: no first-contact question
        std::unique_ptr<DeploymentSession> session = dialog.takeSession();
        QVERIFY(session);
        QCOMPARE(session->displayName(), u"Test demo"_s);
        std::optional<DemoDeployment> demo = dialog.takeDemo();
        QVERIFY(demo);
        QCOMPARE(demo->packagePath, u"/demo/pexip-infinity-11.tar"_s);
        QCOMPARE(demo->wrongFilePath, u"/demo/release-notes.pdf"_s);
        QVERIFY(!watch.expired()); // the demo lives as long as its taker keeps it
        demo.reset();
    }
    QVERIFY(watch.expired());
    QVERIFY(stores.profiles.list().isEmpty()); // a demo is no saved profile
}

void TestConnectDialog::demo_buttonDisabledWithoutFactoryAndFailureShown()
{
    Stores stores;
    {
        ConnectDialog dialog(stores.profiles, stores.secrets);
        QVERIFY(!child<QPushButton>(&dialog, u"demoButton"_s)->isEnabled());
    }
    ConnectDialog dialog(stores.profiles, stores.secrets, []() -> Result<DemoDeployment> {
        return Error{u"demo.start"_s, u"The demo could not bind a port."_s};
    });
    dialog.show();
    QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
    dialog.openDemo();
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(dialog.shownError());
    QCOMPARE(dialog.shownError()->code, u"demo.start"_s);
    QVERIFY(child<QLabel>(&dialog, u"errorLabel"_s)->text().contains(u"could not bind"_s));
    QVERIFY(child<QPushButton>(&dialog, u"demoButton"_s)->isEnabled()); // try again
    QVERIFY(dialog.isVisible());
}

void TestConnectDialog::keychain_passwordStoredOnlyWhenAskedAndReadBack()
{
    Stores stores;
    if (!requireKeychain(stores.secrets))
        return;
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const QString name = uniqueName(u"Keychain"_s);
    QVERIFY(stores.profiles.save(profileFor(sim, name, sim.fingerprint())));
    const QString key = ProfileStore::secretKey(*stores.profiles.profile(name));

    // Not asked: connected, nothing stored.
    {
        ConnectDialog dialog(stores.profiles, stores.secrets);
        dialog.show();
        QVERIFY(dialog.selectProfile(name));
        auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
        QTRY_VERIFY(password->placeholderText().isEmpty());
        QVERIFY(!child<QCheckBox>(&dialog, u"rememberCheck"_s)->isChecked());
        QVERIFY(!child<QLabel>(&dialog, u"keychainWarning"_s)->isVisible());
        password->setText(u"secret"_s);
        QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
        dialog.connectToSelected();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kNetworkTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const Result<QString> stored = await(stores.secrets.readPassword(key));
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, u"secret.not-found"_s);
    }
    // Asked: stored in the keychain, not in the profile file.
    {
        ConnectDialog dialog(stores.profiles, stores.secrets);
        dialog.show();
        QVERIFY(dialog.selectProfile(name));
        auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
        QTRY_VERIFY(password->placeholderText().isEmpty());
        password->setText(u"secret"_s);
        child<QCheckBox>(&dialog, u"rememberCheck"_s)->setChecked(true);
        QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
        dialog.connectToSelected();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kNetworkTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(dialog.keychainNotice().isEmpty());
        SecretStore fresh(kTestService); // no session copy: what it reads is in the keyring
        const Result<QString> stored = await(fresh.readPassword(key));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored.value(), u"secret"_s);
        QFile ini(stores.profiles.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("secret"));
    }
    // Next time: filled in from the keychain, "Remember" ticked; connecting
    // needs no typing. Unticking it and connecting forgets the password.
    {
        SecretStore fresh(kTestService);
        ConnectDialog dialog(stores.profiles, fresh);
        dialog.show();
        QCOMPARE(dialog.selectedProfileName(), name); // the last one used comes first
        auto *password = child<QLineEdit>(&dialog, u"passwordEdit"_s);
        auto *remember = child<QCheckBox>(&dialog, u"rememberCheck"_s);
        QTRY_COMPARE(password->text(), u"secret"_s);
        QVERIFY(remember->isChecked());
        remember->setChecked(false);
        QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kNetworkTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QTRY_VERIFY(!await(SecretStore(kTestService).readPassword(key)));
    }
}

void TestConnectDialog::keychain_passwordFollowsRenamedProfile()
{
    Stores stores;
    if (!requireKeychain(stores.secrets))
        return;
    const QString name = uniqueName(u"Before rename"_s);
    Profile p;
    p.name = name;
    p.url = QUrl(u"https://rename.example.com"_s);
    p.user = u"admin"_s;
    QVERIFY(stores.profiles.save(p));
    const QString oldKey = ProfileStore::secretKey(p);
    QVERIFY(await(stores.secrets.writePassword(oldKey, u"kept"_s)));

    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();
    QVERIFY(dialog.selectProfile(name));
    QTRY_COMPARE(child<QLineEdit>(&dialog, u"passwordEdit"_s)->text(), u"kept"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    QDialog *editor = openEditor(&dialog);
    QVERIFY(editor);
    const QString renamed = uniqueName(u"After rename"_s);
    child<QLineEdit>(editor, u"nameEdit"_s)->setText(renamed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!openEditor(&dialog));

    Profile moved = p;
    moved.name = renamed;
    const QString newKey = ProfileStore::secretKey(moved);
    QTRY_VERIFY(await(SecretStore(kTestService).readPassword(newKey)));
    QCOMPARE(await(SecretStore(kTestService).readPassword(newKey)).value(), u"kept"_s);
    QTRY_VERIFY(!await(SecretStore(kTestService).readPassword(oldKey)));
    await(stores.secrets.removePassword(newKey));
}

// The profile's alert webhook (issue 15): typed in the editor, only https://
// taken, the URL itself in the keychain and only its host in the profile;
// it follows a rename, and "Remove the saved webhook" deletes it.
void TestConnectDialog::keychain_alertWebhookKeptThereShownWithoutItsSecret()
{
    Stores stores;
    if (!requireKeychain(stores.secrets))
        return;
    const QString name = uniqueName(u"Hooked"_s);
    Profile p;
    p.name = name;
    p.url = QUrl(u"https://hooked.example.com"_s);
    p.user = u"admin"_s;
    QVERIFY(stores.profiles.save(p));
    ConnectDialog dialog(stores.profiles, stores.secrets);
    dialog.show();
    QVERIFY(dialog.selectProfile(name));
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    QDialog *editor = openEditor(&dialog);
    QVERIFY(editor);
    auto *webhook = child<QLineEdit>(editor, u"webhookEdit"_s);
    QVERIFY(webhook && !webhook->accessibleName().isEmpty());
    // Plain http to another machine: refused, said at the field.
    webhook->setText(u"http://hooks.example.com/services/T1/B2/s3cr3t"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(openEditor(&dialog));
    QVERIFY2(child<QLabel>(editor, u"editorError"_s)->text().contains(u"https://"_s),
             qPrintable(child<QLabel>(editor, u"editorError"_s)->text()));
    QCOMPARE(editor->focusWidget(), webhook);
    webhook->setText(u"https://hooks.example.com/services/T1/B2/s3cr3t"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!openEditor(&dialog));

    QTRY_VERIFY(stores.profiles.profile(name)->alertWebhook == u"https://hooks.example.com/…"_s);
    const QString key = ProfileStore::webhookKey(stores.profiles.profile(name).value());
    QTRY_VERIFY(await(SecretStore(kTestService).readPassword(key)));
    QCOMPARE(await(SecretStore(kTestService).readPassword(key)).value(),
             u"https://hooks.example.com/services/T1/B2/s3cr3t"_s);
    QFile settings(stores.dir.filePath(u"profiles.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("s3cr3t"));

    // Renamed: the webhook moves with it.
    QVERIFY(dialog.selectProfile(name));
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    editor = openEditor(&dialog);
    QVERIFY(editor);
    QVERIFY(child<QLineEdit>(editor, u"webhookEdit"_s)->text().isEmpty()); // never shown again
    QVERIFY(child<QLineEdit>(editor, u"webhookEdit"_s)->placeholderText().contains(u"hooks.example.com/…"_s));
    const QString renamed = uniqueName(u"Hooked renamed"_s);
    child<QLineEdit>(editor, u"nameEdit"_s)->setText(renamed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!openEditor(&dialog));
    const QString movedKey = ProfileStore::webhookKey(stores.profiles.profile(renamed).value());
    QTRY_VERIFY(await(SecretStore(kTestService).readPassword(movedKey)));
    QTRY_VERIFY(!await(SecretStore(kTestService).readPassword(key)));

    // Removed.
    QVERIFY(dialog.selectProfile(renamed));
    QTest::mouseClick(child<QPushButton>(&dialog, u"editButton"_s), Qt::LeftButton);
    editor = openEditor(&dialog);
    QVERIFY(editor);
    child<QCheckBox>(editor, u"removeWebhookCheck"_s)->setChecked(true);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!openEditor(&dialog));
    QVERIFY(stores.profiles.profile(renamed)->alertWebhook.isEmpty());
    QTRY_VERIFY(!await(SecretStore(kTestService).readPassword(movedKey)));
}

// Without a Secret Service (a child process with no D-Bus session), the
// dialog says so before anyone ticks "Remember", and a password it was
// asked to remember is kept for the session only, with the store's warning.
void TestConnectDialog::keychain_missingKeychainWarnedInDialog()
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        ClientFixture sim;
        QVERIFY2(sim.start(), qPrintable(sim.startError()));
        Stores stores;
        ConnectDialog empty(stores.profiles, stores.secrets);
        auto *emptyWarning = child<QLabel>(&empty, u"keychainWarning"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!emptyWarning->isHidden(), kNetworkTimeoutMs); // probed with no profile at all
        QVERIFY2(emptyWarning->text().contains(u"keychain"_s), qPrintable(emptyWarning->text()));

        const QString name = uniqueName(u"No keychain"_s);
        QVERIFY(stores.profiles.save(profileFor(sim, name, sim.fingerprint())));
        ConnectDialog dialog(stores.profiles, stores.secrets);
        dialog.show();
        auto *warning = child<QLabel>(&dialog, u"keychainWarning"_s);
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), kNetworkTimeoutMs);
        child<QLineEdit>(&dialog, u"passwordEdit"_s)->setText(u"secret"_s);
        child<QCheckBox>(&dialog, u"rememberCheck"_s)->setChecked(true);
        QSignalSpy finished(&dialog, &ConnectDialog::attemptFinished);
        dialog.connectToSelected();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kNetworkTimeoutMs);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(stores.secrets.isSessionOnly());
        QCOMPARE(dialog.keychainNotice(), stores.secrets.sessionOnlyWarning());
        QVERIFY(!dialog.keychainNotice().isEmpty());

        // The next dialog of this session shows the store's own warning and
        // fills the password in from the session copy.
        ConnectDialog again(stores.profiles, stores.secrets);
        again.show();
        QTRY_COMPARE(child<QLineEdit>(&again, u"passwordEdit"_s)->text(), u"secret"_s);
        QCOMPARE(child<QLabel>(&again, u"keychainWarning"_s)->text(), stores.secrets.sessionOnlyWarning());
        QVERIFY(child<QLabel>(&again, u"keychainWarning"_s)->isVisible());
        return;
    }
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL", "XDG_CURRENT_DESKTOP",
                                 "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
        env.remove(QString::fromLatin1(variable));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.filePath(u"no-such-bus"_s));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(QString::fromLatin1(kChildVariable), u"1"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QCoreApplication::applicationFilePath(), {u"keychain_missingKeychainWarnedInDialog"_s});
    QVERIFY(process.waitForFinished(120000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.constData());
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
