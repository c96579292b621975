#include "core/storage/profile.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "tests/core/storage/secretstesthelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using iuc::Result;
using iuc::SecretStore;
using iuc::test::awaitTask;
using iuc::test::testServiceName;

namespace {

// The argument that turns this test binary into the child of the
// no-keychain tests.
constexpr char NoKeychainChildArgument[] = "--no-keychain-child";
constexpr char ChildSecretVariable[] = "IUC_TEST_SECRET";

// Unique per run: ctest runs the test functions in parallel against one keyring.
QString uniqueKey(const QString &purpose)
{
    return purpose + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@tests"_s;
}

// Characters that trip up encodings and escaping on the way to the keyring.
QString awkwardSecret()
{
    return u"pä$$ wörd ✓ \"quoted\" 'single' %41 @host \\ ;,="_s + QUuid::createUuid().toString();
}

QJsonObject resultJson(const Result<SecretStore::Kept> &result)
{
    if (result)
        return {{u"ok"_s, true}, {u"inKeychain"_s, *result == SecretStore::Kept::InKeychain}};
    return {{u"ok"_s, false}, {u"code"_s, result.error().code}, {u"message"_s, result.error().message}};
}

QJsonObject resultJson(const Result<void> &result)
{
    if (result)
        return {{u"ok"_s, true}};
    return {{u"ok"_s, false}, {u"code"_s, result.error().code}, {u"message"_s, result.error().message}};
}

QJsonObject resultJson(const Result<QString> &result, const QString &expected)
{
    if (result)
        return {{u"ok"_s, true}, {u"matches"_s, *result == expected}};
    return {{u"ok"_s, false}, {u"code"_s, result.error().code}, {u"message"_s, result.error().message}};
}

// The child: run with no D-Bus session bus at all, as on a desktop without a
// Secret Service. Prints one JSON object on stdout; never the secret itself.
int runNoKeychainChild()
{
    const QString secret = qEnvironmentVariable(ChildSecretVariable);
    SecretStore store(testServiceName());
    int sessionOnlySignals = 0;
    QObject::connect(&store, &SecretStore::sessionOnlyChanged, &store,
                     [&sessionOnlySignals](bool) { ++sessionOnlySignals; });

    // What the connect dialog does: save the profile, then the password.
    iuc::ProfileStore profiles;
    iuc::Profile profile;
    profile.name = u"Oslo production"_s;
    profile.url = QUrl(u"https://manager.example.com"_s);
    profile.user = u"admin"_s;
    const Result<iuc::Profile> saved = profiles.save(profile);
    const QString key = iuc::ProfileStore::secretKey(profile);

    const Result<SecretStore::Kept> written = awaitTask(store.writePassword(key, secret));
    const bool sessionOnlyAfterWrite = store.isSessionOnly();
    const QString warning = store.sessionOnlyWarning();
    const Result<QString> read = awaitTask(store.readPassword(key));
    const Result<QString> readUnknown = awaitTask(store.readPassword(u"someone@elsewhere"_s));
    const Result<void> removed = awaitTask(store.removePassword(key));
    const bool sessionOnlyAfterRemove = store.isSessionOnly();
    const Result<QString> readAfterRemove = awaitTask(store.readPassword(key));

    QStringList texts{warning};
    for (const auto *result : {&readUnknown, &readAfterRemove}) {
        if (!*result)
            texts << result->error().message << result->error().details.value(u"keychainError"_s).toString();
    }
    if (!removed)
        texts << removed.error().message;
    const bool textsHoldSecret = std::any_of(texts.cbegin(), texts.cend(), [&secret](const QString &text) {
        return text.contains(secret);
    });

    const QJsonObject report{
        {u"profileSaved"_s, bool(saved)},
        {u"profileFile"_s, profiles.fileName()},
        {u"write"_s, resultJson(written)},
        {u"sessionOnlyAfterWrite"_s, sessionOnlyAfterWrite},
        {u"warning"_s, warning},
        {u"read"_s, resultJson(read, secret)},
        {u"readUnknown"_s, resultJson(readUnknown, QString())},
        {u"remove"_s, resultJson(removed)},
        {u"sessionOnlyAfterRemove"_s, sessionOnlyAfterRemove},
        {u"readAfterRemove"_s, resultJson(readAfterRemove, secret)},
        {u"sessionOnlySignals"_s, sessionOnlySignals},
        {u"textsHoldSecret"_s, textsHoldSecret},
    };
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychain_roundTripInRealSecretService();
    void keychain_overwriteReplacesTheSecret();
    void keychain_removingAMissingEntrySucceeds();
    void keychain_serviceNamesKeepEntriesApart();
    void emptyKey_isRefusedWithoutTouchingTheKeychain();
    void noKeychain_sessionOnlyWithWarning();
    void noKeychain_readWithoutSessionCopySaysWhatToDo();
    void noKeychain_removeSaysTheKeychainCouldNotBeReached();
    void noKeychain_secretNeverReachesDiskNorLogs();

private:
    bool requireKeychain();
    bool runNoKeychainChildOnce();

    struct ChildRun
    {
        QJsonObject report;
        QByteArray output; // stdout and stderr, with every log category on
        QStringList filesWithSecret;
        QString home;
    };
    std::optional<ChildRun> m_child;
    std::unique_ptr<QTemporaryDir> m_childHome;
};

// The keychain tests need the real Secret Service scripts/test provides. A
// missing one is a failure, not a skip: a silently skipped keychain test
// proves nothing. IUC_NO_KEYCHAIN_TESTS=1 is the explicit way out.
bool TestSecretStore::requireKeychain()
{
    if (qEnvironmentVariable("IUC_NO_KEYCHAIN_TESTS") == "1"_L1) {
        QTest::qSkip("IUC_NO_KEYCHAIN_TESTS=1: tests that need a real Secret Service are skipped on request",
                     __FILE__, __LINE__);
        return false;
    }
    SecretStore probe(testServiceName());
    const QString key = uniqueKey(u"probe"_s);
    const Result<SecretStore::Kept> written = awaitTask(probe.writePassword(key, u"probe"_s));
    if (written && *written == SecretStore::Kept::InKeychain) {
        const Result<void> removed = awaitTask(probe.removePassword(key));
        if (!removed)
            qWarning("could not remove the probe entry: %s", qPrintable(removed.error().message));
        return true;
    }
    const QString why = written ? probe.sessionOnlyWarning() : written.error().message;
    const QByteArray message =
        "No working Secret Service on this D-Bus session, so the real keychain cannot be tested. Run the "
        "tests with scripts/test (it starts an unlocked gnome-keyring inside dbus-run-session), or set "
        "IUC_NO_KEYCHAIN_TESTS=1 to skip them. What SecretStore said: "
        + why.toUtf8();
    QTest::qFail(message.constData(), __FILE__, __LINE__);
    return false;
}

void TestSecretStore::keychain_roundTripInRealSecretService()
{
    if (!requireKeychain())
        return;
    const QString key = uniqueKey(u"round-trip"_s);
    const QString secret = awkwardSecret();

    SecretStore writer(testServiceName());
    const Result<SecretStore::Kept> written = awaitTask(writer.writePassword(key, secret));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY2(*written == SecretStore::Kept::InKeychain, "the secret was kept for the session only instead of in the keychain");
    QVERIFY(!writer.isSessionOnly());
    QVERIFY(writer.sessionOnlyWarning().isEmpty());

    // A second store has no session copy: what it reads came from the keyring.
    SecretStore reader(testServiceName());
    const Result<QString> read = awaitTask(reader.readPassword(key));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, secret);

    // And the keyring itself holds it, under QtKeychain's libsecret schema.
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (!secretTool.isEmpty()) {
        QProcess lookup;
        lookup.start(secretTool, {u"lookup"_s, u"server"_s, testServiceName(), u"user"_s, key});
        QVERIFY(lookup.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()), secret);
    }

    const Result<void> removed = awaitTask(writer.removePassword(key));
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));

    const Result<QString> gone = awaitTask(reader.readPassword(key));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, u"secret.not-found"_s);
    QVERIFY2(gone.error().message.contains(key), qPrintable(gone.error().message));
    QVERIFY(!gone.error().message.contains(secret));
}

void TestSecretStore::keychain_overwriteReplacesTheSecret()
{
    if (!requireKeychain())
        return;
    const QString key = uniqueKey(u"overwrite"_s);
    SecretStore store(testServiceName());
    QVERIFY(awaitTask(store.writePassword(key, u"old password"_s)));
    const Result<SecretStore::Kept> written = awaitTask(store.writePassword(key, u"new password"_s));
    QVERIFY(written && *written == SecretStore::Kept::InKeychain);

    SecretStore reader(testServiceName());
    const Result<QString> read = awaitTask(reader.readPassword(key));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(*read, u"new password"_s);
    QVERIFY(awaitTask(store.removePassword(key)));
}

void TestSecretStore::keychain_removingAMissingEntrySucceeds()
{
    if (!requireKeychain())
        return;
    SecretStore store(testServiceName());
    const Result<void> removed = awaitTask(store.removePassword(uniqueKey(u"never-saved"_s)));
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
}

void TestSecretStore::keychain_serviceNamesKeepEntriesApart()
{
    if (!requireKeychain())
        return;
    const QString key = uniqueKey(u"apart"_s);
    SecretStore tests(testServiceName());
    SecretStore other(testServiceName() + u" (other)"_s);
    QCOMPARE(SecretStore().serviceName(), SecretStore::defaultServiceName());
    QVERIFY(tests.serviceName() != SecretStore::defaultServiceName());

    const Result<SecretStore::Kept> written = awaitTask(tests.writePassword(key, u"only in tests"_s));
    QVERIFY(written && *written == SecretStore::Kept::InKeychain);
    const Result<QString> elsewhere = awaitTask(other.readPassword(key));
    QVERIFY(!elsewhere);
    QCOMPARE(elsewhere.error().code, u"secret.not-found"_s);
    QVERIFY(awaitTask(tests.removePassword(key)));
}

void TestSecretStore::emptyKey_isRefusedWithoutTouchingTheKeychain()
{
    SecretStore store(testServiceName());
    const Result<SecretStore::Kept> written = awaitTask(store.writePassword(QString(), u"secret"_s));
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"secret.invalid-key"_s);
    QVERIFY(!store.isSessionOnly());
    const Result<QString> read = awaitTask(store.readPassword(QString()));
    QVERIFY(!read);
    QCOMPARE(read.error().code, u"secret.invalid-key"_s);
}

// Runs this binary again as a child with no D-Bus session bus, in a
// throwaway HOME, with every log category on; once per test process.
bool TestSecretStore::runNoKeychainChildOnce()
{
    if (m_child)
        return true;
    // Kept until the process ends, so a test can still look at what was written.
    m_childHome = std::make_unique<QTemporaryDir>();
    const QTemporaryDir &home = *m_childHome;
    if (!home.isValid()) {
        QTest::qFail("cannot create a temporary HOME", __FILE__, __LINE__);
        return false;
    }
    const QString secret = u"never-on-disk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK",
                             "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                             "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    const QString root = home.path();
    QDir(root).mkpath(u"run"_s);
    QFile::setPermissions(root + u"/run"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + root + u"/no-such-bus"_s);
    env.insert(u"HOME"_s, root);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, root + u"/.cache"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, root + u"/run"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    env.insert(QString::fromLatin1(ChildSecretVariable), secret);

    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(root);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(NoKeychainChildArgument)});
    if (!child.waitForFinished(60000) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        child.kill();
        const QByteArray message = "the no-keychain child failed: " + child.readAllStandardError();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
        return false;
    }
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    const QJsonObject report = QJsonDocument::fromJson(out.trimmed()).object();
    if (report.isEmpty()) {
        const QByteArray message = "the no-keychain child printed no report: " + out + err;
        QTest::qFail(message.constData(), __FILE__, __LINE__);
        return false;
    }

    ChildRun run{report, out + err, iuc::test::filesContaining(root, secret), root};
    // The whole output, logs included, must not hold the secret either.
    const QList<QByteArray> forms = iuc::test::secretForms(secret);
    for (const QByteArray &form : forms) {
        if (run.output.contains(form))
            run.filesWithSecret.append(u"(the child's stdout/stderr)"_s);
    }
    m_child = std::move(run);
    return true;
}

void TestSecretStore::noKeychain_sessionOnlyWithWarning()
{
    if (!runNoKeychainChildOnce())
        return;
    const QJsonObject &report = m_child->report;
    const QJsonObject write = report.value(u"write"_s).toObject();
    QVERIFY2(write.value(u"ok"_s).toBool(), qPrintable(write.value(u"message"_s).toString()));
    QCOMPARE(write.value(u"inKeychain"_s).toBool(true), false); // kept for this session only
    QVERIFY(report.value(u"sessionOnlyAfterWrite"_s).toBool());

    const QString warning = report.value(u"warning"_s).toString();
    QVERIFY2(warning.contains(u"No system keychain"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"GNOME Keyring"_s) && warning.contains(u"KWallet"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"until the console closes"_s), qPrintable(warning));
    QVERIFY2(warning.contains(u"start or unlock your keyring"_s), qPrintable(warning));

    // Read back in the same process, from the session copy.
    const QJsonObject read = report.value(u"read"_s).toObject();
    QVERIFY2(read.value(u"ok"_s).toBool(), qPrintable(read.value(u"message"_s).toString()));
    QVERIFY(read.value(u"matches"_s).toBool());
    // On when the first secret went to memory, off when the last one left.
    QCOMPARE(report.value(u"sessionOnlySignals"_s).toInt(), 2);
    QVERIFY(!report.value(u"sessionOnlyAfterRemove"_s).toBool(true));
}

void TestSecretStore::noKeychain_readWithoutSessionCopySaysWhatToDo()
{
    if (!runNoKeychainChildOnce())
        return;
    for (const QString &which : {u"readUnknown"_s, u"readAfterRemove"_s}) {
        const QJsonObject read = m_child->report.value(which).toObject();
        QVERIFY2(!read.value(u"ok"_s).toBool(true), qPrintable(which));
        QCOMPARE(read.value(u"code"_s).toString(), u"secret.no-keychain"_s);
        const QString message = read.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"No system keychain is available"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Enter the password"_s), qPrintable(message));
        QVERIFY2(message.contains(u"start or unlock your keyring"_s), qPrintable(message));
    }
}

void TestSecretStore::noKeychain_removeSaysTheKeychainCouldNotBeReached()
{
    if (!runNoKeychainChildOnce())
        return;
    const QJsonObject remove = m_child->report.value(u"remove"_s).toObject();
    QVERIFY(!remove.value(u"ok"_s).toBool(true));
    QCOMPARE(remove.value(u"code"_s).toString(), u"secret.no-keychain"_s);
    const QString message = remove.value(u"message"_s).toString();
    QVERIFY2(message.contains(u"could not be removed"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the copy kept for this session is gone"_s), qPrintable(message));
}

void TestSecretStore::noKeychain_secretNeverReachesDiskNorLogs()
{
    if (!runNoKeychainChildOnce())
        return;
    const QJsonObject &report = m_child->report;
    // Something was written to that HOME (the profile), so the scan below
    // looks where a leak would land.
    QVERIFY(report.value(u"profileSaved"_s).toBool());
    const QString profileFile = report.value(u"profileFile"_s).toString();
    QVERIFY2(profileFile.startsWith(m_child->home), qPrintable(profileFile));
    QVERIFY2(QFile::exists(profileFile), qPrintable(profileFile));

    QVERIFY2(m_child->filesWithSecret.isEmpty(), qPrintable(m_child->filesWithSecret.join(u", "_s)));
    QVERIFY(!report.value(u"textsHoldSecret"_s).toBool(true));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], NoKeychainChildArgument) == 0)
        return runNoKeychainChild();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
