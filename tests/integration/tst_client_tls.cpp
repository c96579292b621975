// Trusting the Management Node's certificate (DESIGN §6): the pinned
// fingerprint the admin accepted, a changed certificate refused with both
// fingerprints, an unknown one shown for a decision (never pinned by the
// client itself), a CA file, and the first-contact probe.

#include "tests/common/clientfixture.h"
#include "tests/common/hostileserver.h"

#include "emulator/support/certificate.h"

#include "core/api/managementclient.h"
#include "core/api/tlstrust.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;

class TestClientTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinnedFingerprintOfEmulatorAccepted();
    void changedCertificateRefusedWithBothFingerprints();
    void changedCertificateGetsNoRequestNorPassword();
    void untrustedCertificateWithoutPinShowsPrintedFingerprint();
    void caFileWithEmulatorCertificateTrusted();
    void probeCertificateGivesPrintedFingerprint();
    void insecureModeOnlyForLoopback();
    void pinAcceptsTheFormsPeoplePaste();
    void uploadChunksGoOnlyToTheKeyAcceptedBefore();
};

void TestClientTls::pinnedFingerprintOfEmulatorAccepted()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin, TlsTrust::pinned(sim.fingerprint())));
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY2(management, qPrintable(management ? QString() : management.error().message));
    QCOMPARE(management->name, u"mgr01"_s);
    // The kept-alive connection serves the next request as well.
    const Result<QList<WorkerVmStatus>> nodes = await(client.workerVms());
    QVERIFY(nodes);
    QCOMPARE(nodes->size(), 3);
}

void TestClientTls::changedCertificateRefusedWithBothFingerprints()
{
    ClientFixture a;
    ClientFixture b; // another data directory: another self-signed certificate
    QVERIFY2(a.start(), qPrintable(a.startError()));
    QVERIFY2(b.start(), qPrintable(b.startError()));
    QVERIFY(a.fingerprint() != b.fingerprint());

    // The profile pinned A's certificate; B answers at the address.
    ManagementClient client(b.settings(As::Admin, TlsTrust::pinned(a.fingerprint())));
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY(!management);
    const Error &e = management.error();
    QCOMPARE(e.code, u"tls.changed"_s);
    QCOMPARE(e.details.value(u"expected"_s).toString(), QString::fromLatin1(a.fingerprint()));
    QCOMPARE(e.details.value(u"actual"_s).toString(), QString::fromLatin1(b.fingerprint()));
    QVERIFY(e.details.value(u"subject"_s).toString().contains(u"infinity-sim"_s));
    QVERIFY2(e.message.contains(QString::fromLatin1(a.fingerprint())), qPrintable(e.message));
    QVERIFY2(e.message.contains(QString::fromLatin1(b.fingerprint())), qPrintable(e.message));
    QVERIFY2(e.message.contains(u"console"_s), qPrintable(e.message)); // where to verify the new one
    QVERIFY(!everythingSaid(e).contains(u"secret"_s));
}

void TestClientTls::changedCertificateGetsNoRequestNorPassword()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    // An impostor with a certificate of its own, at the address the profile trusts.
    const Result<sim::CertificateFiles> impostorCertificate = sim::ensureSelfSignedCertificate(sim.scratchPath(u"impostor"_s));
    QVERIFY2(impostorCertificate, qPrintable(impostorCertificate ? QString() : impostorCertificate.error().message));
    HostileServer impostor;
    QVERIFY(impostor.start(impostorCertificate->certPath, impostorCertificate->keyPath));

    ConnectionSettings settings = sim.settings(As::Admin); // pins the real one
    settings.baseUrl = impostor.url();
    ManagementClient client(settings);
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY(!management);
    QCOMPARE(management.error().code, u"tls.changed"_s);
    QCOMPARE(management.error().details.value(u"actual"_s).toString(),
             QString::fromLatin1(impostorCertificate->sha256Fingerprint));
    // Refused during the handshake: no request, so no Authorization header, left.
    QCOMPARE(impostor.requests(), 0);
}

void TestClientTls::untrustedCertificateWithoutPinShowsPrintedFingerprint()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin, TlsTrust::system()));
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY(!management);
    const Error &e = management.error();
    QCOMPARE(e.code, u"tls.untrusted"_s);
    // What infinity-sim printed when it started: the admin compares the two.
    QCOMPARE(e.details.value(u"fingerprint"_s).toString(), QString::fromLatin1(sim.fingerprint()));
    QVERIFY(e.details.value(u"subject"_s).toString().contains(u"infinity-sim"_s));
    QVERIFY(!e.details.value(u"issuer"_s).toString().isEmpty());
    QVERIFY(e.details.value(u"notAfter"_s).toDateTime() > QDateTime::currentDateTimeUtc());
    QVERIFY2(e.message.contains(QString::fromLatin1(sim.fingerprint())), qPrintable(e.message));
    // The client never pins by itself: it stays untrusted on the next try.
    QCOMPARE(client.settings().trust.mode, TlsTrust::Mode::System);
    const Result<ManagementVm> again = await(client.managementVm());
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"tls.untrusted"_s);
}

void TestClientTls::caFileWithEmulatorCertificateTrusted()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin, TlsTrust::withCaFile(sim.certificatePath())));
    const Result<ManagementVm> management = await(client.managementVm());
    QVERIFY2(management, qPrintable(management ? QString() : management.error().message));

    ManagementClient missing(sim.settings(As::Admin, TlsTrust::withCaFile(sim.scratchPath(u"no-such-ca.pem"_s))));
    const Result<ManagementVm> refused = await(missing.managementVm());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"tls.ca-file"_s);
}

void TestClientTls::probeCertificateGivesPrintedFingerprint()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    const Result<CertificateInfo> probed = await(TlsTrust::probeCertificate(sim.url()));
    QVERIFY2(probed, qPrintable(probed ? QString() : probed.error().message));
    QCOMPARE(probed->sha256Fingerprint, sim.fingerprint());
    QVERIFY(probed->subject.contains(u"infinity-sim"_s));
    QVERIFY(probed->selfSigned);
    QVERIFY(probed->alternativeNames.contains(u"localhost"_s));

    {
        // Pinning what the probe saw is what the first-contact dialog does on "yes".
        ManagementClient client(sim.settings(As::Admin, TlsTrust::pinned(probed->sha256Fingerprint)));
        QVERIFY(await(client.managementVm()));
    } // its kept-alive connection closes: the server stops at once

    QUrl closed = sim.url();
    sim.emulator().stop();
    const Result<CertificateInfo> unreachable = await(TlsTrust::probeCertificate(closed));
    QVERIFY(!unreachable);
    QCOMPARE(unreachable.error().code, u"api.unreachable"_s);
}

void TestClientTls::insecureModeOnlyForLoopback()
{
    ClientFixture sim;
    QVERIFY2(sim.start(), qPrintable(sim.startError()));
    ManagementClient client(sim.settings(As::Admin, TlsTrust::insecureLoopback()));
    QVERIFY(await(client.managementVm()));

    const Result<QSslConfiguration> remote = TlsTrust::insecureLoopback().sslConfiguration(QUrl(u"https://10.0.0.10/"_s));
    QVERIFY(!remote);
    QCOMPARE(remote.error().code, u"tls.not-loopback"_s);

    ConnectionSettings plain = sim.settings(As::Admin);
    plain.baseUrl = QUrl(u"http://mgr.example.com/"_s);
    ManagementClient overHttp(plain);
    const Result<ManagementVm> refused = await(overHttp.managementVm());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"tls.not-loopback"_s);
}

void TestClientTls::pinAcceptsTheFormsPeoplePaste()
{
    const QByteArray canonical =
        "46:FC:F9:DE:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:01:23:45:67:89:AB:CD:EF:10:32:C5:1E";
    QCOMPARE(TlsTrust::normalizeFingerprint(canonical), canonical);
    QCOMPARE(TlsTrust::normalizeFingerprint(canonical.toLower()), canonical);
    QCOMPARE(TlsTrust::normalizeFingerprint(QByteArray(canonical).replace(':', "")), canonical);
    QCOMPARE(TlsTrust::normalizeFingerprint(QByteArray(canonical).replace(':', ' ')), canonical);
    QVERIFY(TlsTrust::normalizeFingerprint("46:FC").isEmpty());
    QVERIFY(TlsTrust::normalizeFingerprint(QByteArray(canonical).replace("1E", "1G")).isEmpty());
}

// The upload's chunks travel on connections of their own (libcurl,
// filerangepost.h): each must show the key of the certificate the client
// accepted under the profile's trust, or nothing — no request, no password —
// is sent on it.
void TestClientTls::uploadChunksGoOnlyToTheKeyAcceptedBefore()
{
    ClientFixture scratch;
    const Result<sim::CertificateFiles> accepted = sim::ensureSelfSignedCertificate(scratch.scratchPath(u"accepted"_s));
    const Result<sim::CertificateFiles> other = sim::ensureSelfSignedCertificate(scratch.scratchPath(u"other"_s));
    QVERIFY(accepted && other);
    const QString chunk = u"/api/admin/configuration/v1/upgrade_request/0123/upload/"_s;
    const QString summary = u"/api/admin/status/v1/system_summary/"_s;
    auto node = std::make_unique<HostileServer>();
    QVERIFY(node->start(accepted->certPath, accepted->keyPath));
    node->answer(chunk, {200, R"({"offset": 5})"});
    node->answer(summary, {200, "{}"});
    QFile file(scratch.scratchPath(u"package.tar"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("12345");
    file.close();

    ConnectionSettings settings;
    settings.baseUrl = node->url();
    settings.user = u"admin"_s;
    settings.password = u"secret"_s;
    settings.trust = TlsTrust::pinned(accepted->sha256Fingerprint);
    ManagementClient client(settings);
    const QString path = chunk + u"?offset=0"_s;

    // Nothing accepted yet: not even a connection is made.
    const Result<std::unique_ptr<FileRangePost>> early = client.startFileRangePost(path, file.fileName(), 0, 5);
    QVERIFY(!early);
    QCOMPARE(early.error().code, u"tls.handshake"_s);
    QCOMPARE(node->requests(), 0);

    QVERIFY(await(client.request("GET"_ba, summary)));
    Result<std::unique_ptr<FileRangePost>> post = client.startFileRangePost(path, file.fileName(), 0, 5);
    QVERIFY(post);
    const Result<ManagementClient::Answer> sent = await(client.finish(*post.value()));
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
    QCOMPARE(sent->body, R"({"offset": 5})"_ba);
    QCOMPARE(node->requests(), 2);

    // Someone else answers at the address now, with a certificate of its own.
    const int port = node->port();
    node.reset();
    HostileServer impostor;
    QVERIFY(impostor.start(other->certPath, other->keyPath, port));
    impostor.answer(chunk, {200, R"({"offset": 5})"});
    Result<std::unique_ptr<FileRangePost>> again = client.startFileRangePost(path, file.fileName(), 0, 5);
    QVERIFY(again);
    const Result<ManagementClient::Answer> refused = await(client.finish(*again.value()));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"tls.changed"_s);
    QVERIFY2(refused.error().message.contains(u"another certificate"_s), qPrintable(refused.error().message));
    QCOMPARE(impostor.requests(), 0); // refused in the handshake
}

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"
