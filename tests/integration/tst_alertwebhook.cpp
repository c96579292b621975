// The alert webhook (issue 15, item 5) against a local HTTPS receiver with
// a certificate of its own: the alert arrives as a small JSON object whose
// "text" is the plain-text summary, over verified TLS; an untrusted
// certificate or a refusing receiver is said — once retried — without the
// URL's secret part; only https:// URLs are taken (http:// to this machine).

#include "tests/common/hostileserver.h"

#include "core/session/alertwebhook.h"
#include "core/session/sessionerrors.h"
#include "emulator/support/certificate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

const QString kSecretPath = u"/hooks/T0001/B0002/s3cr3tT0ken"_s;

Alert healthAlert()
{
    return Alert{Alert::Kind::HealthCheckFailed,
                 u"health/run/7"_s,
                 u"osl-conf3 failed its health check"_s,
                 u"after its upgrade: sync status NOT_SYNCED."_s,
                 u"Look at the node."_s,
                 QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), QTimeZone::utc()),
                 7,
                 u"osl-conf3"_s};
}

} // namespace

class TestAlertWebhook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void webhook_postsTheAlertAsJsonOverVerifiedHttps();
    void webhook_untrustedCertificateSaidWithoutTheSecret();
    void webhook_refusalRetriedOnceThenSaid();
    void webhook_onlyHttpsAddressesAndShownWithoutTheSecret();

private:
    // The receiver started over HTTPS with the test's certificate, answering
    // `status` at the secret path: its URL (empty if it did not start).
    QUrl hookOn(HostileServer &receiver, int status);

    QTemporaryDir m_dir;
    sim::CertificateFiles m_certificate;
};

void TestAlertWebhook::initTestCase()
{
    const Result<sim::CertificateFiles> made = sim::ensureSelfSignedCertificate(m_dir.path());
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    m_certificate = made.value();
}

QUrl TestAlertWebhook::hookOn(HostileServer &receiver, int status)
{
    if (!receiver.start(m_certificate.certPath, m_certificate.keyPath))
        return {};
    receiver.answer(kSecretPath, {status, "ok", "text/plain", {}});
    QUrl url = receiver.url();
    url.setPath(kSecretPath);
    return url;
}

void TestAlertWebhook::webhook_postsTheAlertAsJsonOverVerifiedHttps()
{
    HostileServer receiver;
    const QUrl url = hookOn(receiver, 200);
    QVERIFY(!url.isEmpty());
    AlertWebhook webhook(url, u"Oslo production"_s);
    QVERIFY(webhook.trustCaFile(m_certificate.certPath));
    QSignalSpy delivered(&webhook, &AlertWebhook::delivered);
    QSignalSpy failed(&webhook, &AlertWebhook::failed);
    webhook.send(healthAlert());
    QVERIFY(delivered.wait(10'000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(receiver.requests(), 1);

    const HostileServer::Taken taken = receiver.lastRequest();
    QCOMPARE(taken.method, std::string("POST"));
    QCOMPARE(QString::fromStdString(taken.target), kSecretPath);
    QCOMPARE(taken.contentType, std::string("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(taken.body).object();
    QCOMPARE(body.value(u"text"_s).toString(), u"[Oslo production] " + healthAlert().summary());
    QCOMPARE(body.value(u"kind"_s).toString(), u"health_check_failed"_s);
    QCOMPARE(body.value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(body.value(u"node"_s).toString(), u"osl-conf3"_s);
    QCOMPARE(body.value(u"deployment"_s).toString(), u"Oslo production"_s);
    QCOMPARE(body.value(u"at"_s).toString(), u"2030-01-02T03:04:05Z"_s);
    QCOMPARE(body.value(u"what_to_do"_s).toString(), u"Look at the node."_s);
}

void TestAlertWebhook::webhook_untrustedCertificateSaidWithoutTheSecret()
{
    HostileServer receiver;
    const QUrl url = hookOn(receiver, 200);
    QVERIFY(!url.isEmpty());
    AlertWebhook webhook(url, u"Oslo production"_s); // the receiver's CA not trusted
    webhook.setRetryDelay(std::chrono::milliseconds(10));
    QSignalSpy failed(&webhook, &AlertWebhook::failed);
    webhook.send(healthAlert());
    QVERIFY(failed.wait(20'000));
    QCOMPARE(receiver.requests(), 0); // nothing went to it
    const Error error = failed.at(0).at(1).value<Error>();
    QVERIFY(error.is(AlertError::WebhookFailed));
    QVERIFY2(error.message.contains(u"certificate is not trusted"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"s3cr3t"_s) && !error.message.contains(u"T0001"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"https://127.0.0.1:"_s), qPrintable(error.message));
    QCOMPARE(webhook.pending(), 0);
}

void TestAlertWebhook::webhook_refusalRetriedOnceThenSaid()
{
    HostileServer receiver;
    const QUrl url = hookOn(receiver, 500);
    QVERIFY(!url.isEmpty());
    AlertWebhook webhook(url, u"Oslo production"_s);
    QVERIFY(webhook.trustCaFile(m_certificate.certPath));
    webhook.setRetryDelay(std::chrono::milliseconds(10));
    QSignalSpy failed(&webhook, &AlertWebhook::failed);
    QSignalSpy delivered(&webhook, &AlertWebhook::delivered);
    webhook.send(healthAlert());
    QVERIFY(failed.wait(20'000));
    QCOMPARE(receiver.requests(), 2); // once more, then given up
    QCOMPARE(delivered.size(), 0);
    const Error error = failed.at(0).at(1).value<Error>();
    QVERIFY2(error.message.contains(u"HTTP 500"_s), qPrintable(error.message));
    QVERIFY(!error.message.contains(u"s3cr3t"_s));
    // The next alert is tried on its own: the receiver took it this time.
    receiver.answer(kSecretPath, {204, {}, "text/plain", {}});
    webhook.send(healthAlert());
    QVERIFY(delivered.wait(10'000));
}

void TestAlertWebhook::webhook_onlyHttpsAddressesAndShownWithoutTheSecret()
{
    QVERIFY(AlertWebhook::validate(u"https://hooks.example.com/services/T1/B2/xyz"_s));
    QVERIFY(AlertWebhook::validate(u"http://127.0.0.1:8080/hook"_s)); // this machine only
    const Result<QUrl> plain = AlertWebhook::validate(u"http://hooks.example.com/services/T1/B2/xyz"_s);
    QVERIFY(!plain && plain.error().is(AlertError::BadWebhook));
    QVERIFY(!AlertWebhook::validate(u"hooks.example.com"_s));
    QVERIFY(!AlertWebhook::validate(QString()));
    QCOMPARE(AlertWebhook::displayForm(QUrl(u"https://hooks.example.com/services/T1/B2/xyz?code=abc"_s)),
             u"https://hooks.example.com/…"_s);
    QCOMPARE(AlertWebhook::displayForm(QUrl(u"https://user:pw@hooks.example.com:8443/x"_s)),
             u"https://hooks.example.com:8443/…"_s);
}

QTEST_GUILESS_MAIN(TestAlertWebhook)
#include "tst_alertwebhook.moc"
