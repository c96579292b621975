#include "core/storage/profile.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"
#include "tests/core/storage/secretstesthelpers.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using iuc::Profile;
using iuc::ProfileStore;
using iuc::Result;

namespace iuc {
// Readable QCOMPARE failures for profiles, found by ADL.
char *toString(const Profile &p)
{
    const QString text = u"Profile{name=%1 url=%2 user=%3 pinned=%4 ca=%5 refresh=%6 readOnly=%7}"_s.arg(
        p.name, p.url.toString(), p.user, QString::fromLatin1(p.pinnedSha256), p.caFile,
        QString::number(p.refreshSeconds), p.readOnlyAccount ? u"yes"_s : u"no"_s);
    return QTest::toString(text);
}
} // namespace iuc

namespace {

// The SHA-256 fingerprint of some certificate, as the TLS code pins it.
const QByteArray Fingerprint =
    "3F:A1:0B:9C:44:D2:7E:01:88:5A:C3:19:EE:62:7D:B0:5F:14:A9:2C:D8:73:06:E5:9B:41:C0:2A:7F:33:8D:E6";

Profile oslo()
{
    Profile p;
    p.name = u"Oslo production"_s;
    p.url = QUrl(u"https://manager.oslo.example.com"_s);
    p.user = u"admin"_s;
    return p;
}

Profile bergen()
{
    Profile p;
    p.name = u"Bergen lab"_s;
    p.url = QUrl(u"https://10.0.0.5:8443"_s);
    p.user = u"wall"_s;
    p.pinnedSha256 = Fingerprint;
    p.caFile = u"/etc/iuc/bergen-ca.pem"_s;
    p.refreshSeconds = 10;
    p.readOnlyAccount = true;
    return p;
}

QStringList names(const QList<Profile> &profiles)
{
    QStringList result;
    for (const Profile &p : profiles)
        result << p.name;
    return result;
}

QString messageOf(const Result<Profile> &result)
{
    return result ? QString() : result.error().code + u": "_s + result.error().message;
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void profiles_addEditRemoveList();
    void profiles_surviveReopeningTheFile();
    void profiles_namesWithAnyCharactersRoundTrip();
    void profiles_workOverAnExistingQSettings();
    void profiles_neverStoreThePassword();
    void profiles_refuseCredentialsInTheUrl();
    void pinnedFingerprint_roundTrips();
    void pinnedFingerprint_acceptsCommonSpellings_data();
    void pinnedFingerprint_acceptsCommonSpellings();
    void validation_namesTheField_data();
    void validation_namesTheField();
    void validation_acceptsHttpsAndLoopbackHttp_data();
    void validation_acceptsHttpsAndLoopbackHttp();
    void validation_trimsNameAndUser();
    void remove_unknownProfileIsNotFound();
    void lastUsed_remembersAndForgetsARemovedProfile();
    void secretKey_isDistinctPerUserAndProfile();
    void defaultStore_isOneFileSharedByTheConsoleAndUpgradectl();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(u"profiles.ini"_s);
}

void TestProfileStore::cleanup()
{
    m_dir.reset();
}

void TestProfileStore::profiles_addEditRemoveList()
{
    ProfileStore store(m_ini);
    QVERIFY(store.list().isEmpty());

    QVERIFY2(store.save(oslo()), qPrintable(messageOf(store.save(oslo()))));
    QVERIFY(store.save(bergen()));
    // Sorted by name, as people read a list.
    QCOMPARE(names(store.list()), (QStringList{u"Bergen lab"_s, u"Oslo production"_s}));

    // Saving under an existing name edits that profile, it does not add one.
    Profile edited = oslo();
    edited.user = u"operator"_s;
    edited.refreshSeconds = 30;
    QVERIFY(store.save(edited));
    QCOMPARE(store.list().size(), 2);
    const Result<Profile> reread = store.profile(u"Oslo production"_s);
    QVERIFY(reread);
    QCOMPARE(*reread, edited);

    QVERIFY(store.remove(u"Oslo production"_s));
    QCOMPARE(names(store.list()), QStringList{u"Bergen lab"_s});
    QVERIFY(!store.profile(u"Oslo production"_s));
    // Nothing of the removed profile is left in the file.
    QFile file(m_ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(!content.contains("manager.oslo.example.com"), content.constData());
}

void TestProfileStore::profiles_surviveReopeningTheFile()
{
    {
        ProfileStore store(m_ini);
        QVERIFY(store.save(oslo()));
        QVERIFY(store.save(bergen()));
    }
    ProfileStore reopened(m_ini);
    QCOMPARE(reopened.list(), (QList<Profile>{bergen(), oslo()}));
}

void TestProfileStore::profiles_namesWithAnyCharactersRoundTrip()
{
    Profile odd = oslo();
    odd.name = u"Oslo/prod [A] \\ = ; # æøå %20 @x"_s;
    {
        ProfileStore store(m_ini);
        QVERIFY2(store.save(odd), qPrintable(messageOf(store.save(odd))));
    }
    ProfileStore reopened(m_ini);
    const Result<Profile> read = reopened.profile(odd.name);
    QVERIFY2(read, qPrintable(messageOf(read)));
    QCOMPARE(*read, odd);
}

void TestProfileStore::profiles_workOverAnExistingQSettings()
{
    QSettings settings(m_ini, QSettings::IniFormat);
    settings.setValue(u"window/geometry"_s, u"kept"_s);
    ProfileStore store(&settings);
    QCOMPARE(store.fileName(), m_ini);
    QVERIFY(store.save(oslo()));
    QVERIFY(store.remove(oslo().name));
    // The store only touches its own keys.
    QCOMPARE(settings.value(u"window/geometry"_s).toString(), u"kept"_s);
}

// DESIGN §7: no secret in settings. The connect flow saves a profile and its
// password together; the password must be in the keychain (or in memory, when
// there is none) and nowhere in the settings file.
void TestProfileStore::profiles_neverStoreThePassword()
{
    const QString password = u"Never-In-Settings-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    ProfileStore profiles(m_ini);
    iuc::SecretStore secrets(iuc::test::testServiceName());
    Profile profile = oslo();
    profile.name += u' ' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.pinnedSha256 = Fingerprint;

    QVERIFY(profiles.save(profile));
    const QString key = ProfileStore::secretKey(profile);
    const Result<iuc::SecretStore::Kept> written = iuc::test::awaitTask(secrets.writePassword(key, password));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(profiles.setLastUsed(profile.name));
    QVERIFY(profiles.save(bergen()));

    const Result<QString> read = iuc::test::awaitTask(secrets.readPassword(key));
    QVERIFY(read);
    QCOMPARE(*read, password);

    // Nothing the store wrote holds it: the INI file, and anything beside it.
    QVERIFY(QFile::exists(m_ini));
    const QStringList leaks = iuc::test::filesContaining(m_dir->path(), password);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));

    QVERIFY(iuc::test::awaitTask(secrets.removePassword(key)) || *written != iuc::SecretStore::Kept::InKeychain);
}

void TestProfileStore::profiles_refuseCredentialsInTheUrl()
{
    ProfileStore store(m_ini);
    Profile profile = oslo();
    profile.url = QUrl(u"https://admin:Hunter2-secret@manager.example.com"_s);
    const Result<Profile> saved = store.save(profile);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, u"profile.credentials-in-url"_s);
    QCOMPARE(saved.error().details.value(u"field"_s).toString(), u"url"_s);
    QVERIFY(!saved.error().message.contains(u"Hunter2"_s));
    QVERIFY(iuc::test::filesContaining(m_dir->path(), u"Hunter2-secret"_s).isEmpty());
}

void TestProfileStore::pinnedFingerprint_roundTrips()
{
    {
        ProfileStore store(m_ini);
        QVERIFY(store.save(bergen()));
    }
    ProfileStore reopened(m_ini);
    const Result<Profile> read = reopened.profile(bergen().name);
    QVERIFY(read);
    QCOMPARE(read->pinnedSha256, Fingerprint);
    // Readable in the file, the way an admin compares it with a browser's.
    QFile file(m_ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(Fingerprint));

    // Unpinning clears it.
    Profile unpinned = bergen();
    unpinned.pinnedSha256.clear();
    QVERIFY(reopened.save(unpinned));
    QVERIFY(reopened.profile(unpinned.name)->pinnedSha256.isEmpty());
}

void TestProfileStore::pinnedFingerprint_acceptsCommonSpellings_data()
{
    QTest::addColumn<QByteArray>("typed");
    QTest::newRow("canonical") << Fingerprint;
    QTest::newRow("lower case") << Fingerprint.toLower();
    QTest::newRow("no colons") << QByteArray(Fingerprint).replace(':', "");
    QTest::newRow("surrounding spaces") << " " + Fingerprint + "\n";
}

void TestProfileStore::pinnedFingerprint_acceptsCommonSpellings()
{
    QFETCH(QByteArray, typed);
    Profile profile = bergen();
    profile.pinnedSha256 = typed;
    const Result<Profile> checked = ProfileStore::validate(profile);
    QVERIFY2(checked, qPrintable(messageOf(checked)));
    QCOMPARE(checked->pinnedSha256, Fingerprint);
}

void TestProfileStore::validation_namesTheField_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("wording"); // what the message must mention

    auto with = [](auto change) {
        Profile p = oslo();
        change(p);
        return p;
    };
    QTest::newRow("empty name") << with([](Profile &p) { p.name.clear(); }) << u"profile.missing-name"_s
                                << u"name"_s << u"name"_s;
    QTest::newRow("blank name") << with([](Profile &p) { p.name = u"   "_s; }) << u"profile.missing-name"_s
                                << u"name"_s << u"name"_s;
    QTest::newRow("empty user") << with([](Profile &p) { p.user.clear(); }) << u"profile.missing-user"_s
                                << u"user"_s << u"user"_s;
    QTest::newRow("no url") << with([](Profile &p) { p.url = QUrl(); }) << u"profile.invalid-url"_s << u"url"_s
                            << u"address"_s;
    QTest::newRow("no scheme") << with([](Profile &p) { p.url = QUrl(u"manager.example.com"_s); })
                               << u"profile.invalid-url"_s << u"url"_s << u"address"_s;
    QTest::newRow("ftp") << with([](Profile &p) { p.url = QUrl(u"ftp://manager.example.com"_s); })
                         << u"profile.invalid-url"_s << u"url"_s << u"address"_s;
    QTest::newRow("https without host") << with([](Profile &p) { p.url = QUrl(u"https:///api"_s); })
                                        << u"profile.invalid-url"_s << u"url"_s << u"address"_s;
    QTest::newRow("plain http to a remote host")
        << with([](Profile &p) { p.url = QUrl(u"http://manager.example.com"_s); }) << u"profile.insecure-url"_s
        << u"url"_s << u"https://manager.example.com"_s;
    QTest::newRow("plain http to a LAN address")
        << with([](Profile &p) { p.url = QUrl(u"http://192.168.1.10"_s); }) << u"profile.insecure-url"_s
        << u"url"_s << u"http://"_s;
    QTest::newRow("plain http to a look-alike of localhost")
        << with([](Profile &p) { p.url = QUrl(u"http://localhost.example.com"_s); })
        << u"profile.insecure-url"_s << u"url"_s << u"http://"_s;
    QTest::newRow("user in url") << with([](Profile &p) { p.url = QUrl(u"https://admin@manager.example.com"_s); })
                                 << u"profile.credentials-in-url"_s << u"url"_s << u"address"_s;
    QTest::newRow("fingerprint too short") << with([](Profile &p) { p.pinnedSha256 = "AB:CD"; })
                                           << u"profile.invalid-fingerprint"_s << u"pinnedSha256"_s
                                           << u"fingerprint"_s;
    QTest::newRow("fingerprint not hex") << with([](Profile &p) {
        p.pinnedSha256 = QByteArray(Fingerprint).replace("3F", "ZZ");
    }) << u"profile.invalid-fingerprint"_s << u"pinnedSha256"_s << u"fingerprint"_s;
    QTest::newRow("fingerprint SHA-1 length")
        << with([](Profile &p) { p.pinnedSha256 = Fingerprint.left(59); }) << u"profile.invalid-fingerprint"_s
        << u"pinnedSha256"_s << u"fingerprint"_s;
    QTest::newRow("refresh zero") << with([](Profile &p) { p.refreshSeconds = 0; })
                                  << u"profile.invalid-refresh"_s << u"refreshSeconds"_s << u"refresh interval"_s;
    QTest::newRow("refresh over an hour") << with([](Profile &p) { p.refreshSeconds = 3601; })
                                          << u"profile.invalid-refresh"_s << u"refreshSeconds"_s
                                          << u"refresh interval"_s;
}

void TestProfileStore::validation_namesTheField()
{
    QFETCH(Profile, profile);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, wording);

    ProfileStore store(m_ini);
    const Result<Profile> saved = store.save(profile);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, code);
    QCOMPARE(saved.error().details.value(u"field"_s).toString(), field);
    QVERIFY2(saved.error().message.contains(wording, Qt::CaseInsensitive), qPrintable(saved.error().message));
    // A refused profile is not saved.
    QVERIFY(store.list().isEmpty());
}

void TestProfileStore::validation_acceptsHttpsAndLoopbackHttp_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("https") << QUrl(u"https://manager.example.com"_s);
    QTest::newRow("https with port and path") << QUrl(u"https://10.0.0.5:8443/base/"_s);
    QTest::newRow("http localhost (demo)") << QUrl(u"http://localhost:8080"_s);
    QTest::newRow("http LOCALHOST") << QUrl(u"http://LOCALHOST:8080"_s);
    QTest::newRow("http 127.0.0.1") << QUrl(u"http://127.0.0.1:8080"_s);
    QTest::newRow("http [::1]") << QUrl(u"http://[::1]:8080"_s);
}

void TestProfileStore::validation_acceptsHttpsAndLoopbackHttp()
{
    QFETCH(QUrl, url);
    Profile profile = oslo();
    profile.url = url;
    ProfileStore store(m_ini);
    const Result<Profile> saved = store.save(profile);
    QVERIFY2(saved, qPrintable(messageOf(saved)));
    QCOMPARE(store.profile(profile.name)->url, url);
}

void TestProfileStore::validation_trimsNameAndUser()
{
    ProfileStore store(m_ini);
    Profile padded = oslo();
    padded.name = u"  Oslo production "_s;
    padded.user = u" admin\t"_s;
    const Result<Profile> saved = store.save(padded);
    QVERIFY(saved);
    QCOMPARE(saved->name, u"Oslo production"_s);
    QCOMPARE(saved->user, u"admin"_s);
    QCOMPARE(*store.profile(u"Oslo production"_s), oslo());
    // Same key as the trimmed profile: the password is found again.
    QCOMPARE(ProfileStore::secretKey(padded), ProfileStore::secretKey(oslo()));
}

void TestProfileStore::remove_unknownProfileIsNotFound()
{
    ProfileStore store(m_ini);
    QVERIFY(store.save(oslo()));
    const Result<void> removed = store.remove(u"Trondheim"_s);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, u"profile.not-found"_s);
    QVERIFY(removed.error().message.contains(u"Trondheim"_s));
    QCOMPARE(store.list().size(), 1);
}

void TestProfileStore::lastUsed_remembersAndForgetsARemovedProfile()
{
    {
        ProfileStore store(m_ini);
        QVERIFY(store.lastUsed().isEmpty());
        QVERIFY(store.save(oslo()));
        QVERIFY(store.save(bergen()));
        QVERIFY(store.setLastUsed(u"Bergen lab"_s));
        const Result<void> unknown = store.setLastUsed(u"Trondheim"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, u"profile.not-found"_s);
    }
    ProfileStore store(m_ini);
    QCOMPARE(store.lastUsed(), u"Bergen lab"_s);
    QVERIFY(store.remove(u"Oslo production"_s));
    QCOMPARE(store.lastUsed(), u"Bergen lab"_s);
    QVERIFY(store.remove(u"Bergen lab"_s));
    QVERIFY(store.lastUsed().isEmpty());
    // Re-adding a profile of that name does not bring the old choice back.
    QVERIFY(store.save(bergen()));
    QVERIFY(store.lastUsed().isEmpty());
}

void TestProfileStore::secretKey_isDistinctPerUserAndProfile()
{
    Profile a = oslo();
    Profile b = oslo();
    b.user = u"operator"_s;
    Profile c = oslo();
    c.name = u"Bergen lab"_s;
    QVERIFY(ProfileStore::secretKey(a) != ProfileStore::secretKey(b));
    QVERIFY(ProfileStore::secretKey(a) != ProfileStore::secretKey(c));
    QVERIFY(ProfileStore::secretKey(a).contains(a.user));
    QVERIFY(ProfileStore::secretKey(a).contains(a.name));

    // '@' in a name or user cannot make two profiles share a key.
    Profile x = oslo();
    x.user = u"a@b"_s;
    x.name = u"c"_s;
    Profile y = oslo();
    y.user = u"a"_s;
    y.name = u"b@c"_s;
    QVERIFY(ProfileStore::secretKey(x) != ProfileStore::secretKey(y));
    // Nor can the escape character itself.
    Profile z = oslo();
    z.user = u"a%40b"_s;
    z.name = u"c"_s;
    QVERIFY(ProfileStore::secretKey(x) != ProfileStore::secretKey(z));
}

void TestProfileStore::defaultStore_isOneFileSharedByTheConsoleAndUpgradectl()
{
    // Only looks at where it would write: this must not touch a real profile file.
    const ProfileStore store;
    const QString file = store.fileName();
    QVERIFY2(file.contains(ProfileStore::defaultOrganization()), qPrintable(file));
    QVERIFY2(file.contains(ProfileStore::defaultApplication()), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestProfileStore)

#include "tst_profilestore.moc"
