// ConnectJob (core/jobs/connectjob.h) against a real emulator over loopback
// HTTPS: the first-contact question answered yes (the fingerprint pinned in
// the profile, the session handed over) or no (nothing pinned), a changed
// certificate refused with both fingerprints, a wrong password, and a
// cancel while the question is open (nothing more is said, nothing saved).

#include "tests/common/clientfixture.h"

#include "core/api/apierrors.h"
#include "core/jobs/connectjob.h"
#include "core/session/deploymentsession.h"
#include "core/storage/profilestore.h"
#include "core/storage/secretstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using jobs::ConnectJob;

namespace {

const QString kTestService = u"Infinity Upgrade Console (tests)"_s; // never the real entries
const QByteArray kOtherPin =
    "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99";

// The profile of the fixture's emulator, with `pin` (none: first contact).
Profile profileFor(ClientFixture &sim, const QByteArray &pin = {})
{
    Profile p;
    p.name = u"Lab"_s;
    p.url = sim.url();
    p.user = u"admin"_s;
    p.pinnedSha256 = pin;
    return p;
}

// What finished() said, in order.
struct Outcomes
{
    explicit Outcomes(ConnectJob &job)
    {
        QObject::connect(&job, &ConnectJob::finished, &job, [this](const Result<void> &r) { all.append(r); });
    }
    QList<Result<void>> all;
};

ConnectJob::Request requestFor(const Profile &profile, const QString &password)
{
    ConnectJob::Request r;
    r.profile = profile;
    r.displayName = profile.name;
    r.settings.baseUrl = profile.url;
    r.settings.user = profile.user;
    r.settings.password = password;
    if (!profile.pinnedSha256.isEmpty())
        r.settings.trust = api::TlsTrust::pinned(profile.pinnedSha256);
    return r;
}

} // namespace

class TestConnectJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstContact_trustedPinsTheFingerprintAndConnects();
    void firstContact_notTrustedPinsNothing();
    void changedCertificate_refusedWithBothFingerprints();
    void wrongPassword_endsWithUnauthorized();
    void cancel_whileAskingSaysNothingMoreAndSavesNothing();

private:
    // The emulator, a profile store with its profile (pinned to `pin`, or
    // first contact), and the stores a job needs.
    struct World
    {
        ClientFixture sim;
        std::unique_ptr<ProfileStore> profiles;
        SecretStore secrets{kTestService};
    };
    // None: first contact; Own: the emulator's certificate; Other: another one's.
    enum class Pin { None, Own, Other };
    bool startWorld(World &world, Pin pin = Pin::None);

    std::unique_ptr<QTemporaryDir> m_dir;
};

bool TestConnectJob::startWorld(World &world, Pin pin)
{
    if (!world.sim.start()) {
        qWarning().noquote() << world.sim.startError();
        return false;
    }
    world.profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
    const QByteArray fingerprint = pin == Pin::Own ? world.sim.fingerprint() : pin == Pin::Other ? kOtherPin : QByteArray();
    return bool(world.profiles->save(profileFor(world.sim, fingerprint)));
}

void TestConnectJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConnectJob::firstContact_trustedPinsTheFingerprintAndConnects()
{
    World w;
    QVERIFY(startWorld(w));
    ClientFixture &sim = w.sim;
    ProfileStore &profiles = *w.profiles;
    SecretStore &secrets = w.secrets;

    ConnectJob job(requestFor(profileFor(sim), u"secret"_s), profiles, secrets);
    QSignalSpy asked(&job, &ConnectJob::certificateQuestion);
    QSignalSpy pinned(&job, &ConnectJob::pinned);
    Outcomes finished(job);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
    QCOMPARE(job.stage(), ConnectJob::Stage::AwaitingTrust);
    const auto facts = asked.first().first().value<api::CertificateFacts>();
    QCOMPARE(facts.presented.sha256Fingerprint, sim.fingerprint());
    QVERIFY(facts.trustedFingerprint.isEmpty());
    QVERIFY(finished.all.isEmpty()); // nothing happens until the admin answers

    job.answerCertificate(true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.all.size(), 1, 20000);
    QVERIFY(finished.all.constFirst().hasValue());
    QCOMPARE(pinned.size(), 1);
    QCOMPARE(profiles.profile(u"Lab"_s)->pinnedSha256, sim.fingerprint());
    const std::unique_ptr<DeploymentSession> session = job.takeSession();
    QVERIFY(session);
    QCOMPARE(session->client().settings().trust.mode, api::TlsTrust::Mode::Pinned);
}

void TestConnectJob::firstContact_notTrustedPinsNothing()
{
    World w;
    QVERIFY(startWorld(w));
    ClientFixture &sim = w.sim;
    ProfileStore &profiles = *w.profiles;
    SecretStore &secrets = w.secrets;

    ConnectJob job(requestFor(profileFor(sim), u"secret"_s), profiles, secrets);
    QSignalSpy asked(&job, &ConnectJob::certificateQuestion);
    Outcomes finished(job);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
    job.answerCertificate(false);
    QCOMPARE(finished.all.size(), 1);
    const auto result = finished.all.constFirst();
    QVERIFY(!result);
    QVERIFY(result.error().is(ConnectError::NotTrusted));
    QVERIFY(profiles.profile(u"Lab"_s)->pinnedSha256.isEmpty());
    QVERIFY(!job.takeSession());
}

void TestConnectJob::changedCertificate_refusedWithBothFingerprints()
{
    const QByteArray old = kOtherPin;
    World w;
    QVERIFY(startWorld(w, Pin::Other));
    ClientFixture &sim = w.sim;
    ProfileStore &profiles = *w.profiles;
    SecretStore &secrets = w.secrets;

    ConnectJob job(requestFor(profileFor(sim, old), u"secret"_s), profiles, secrets);
    QSignalSpy changed(&job, &ConnectJob::certificateChanged);
    QSignalSpy asked(&job, &ConnectJob::certificateQuestion);
    Outcomes finished(job);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.all.size(), 1, 20000);
    QCOMPARE(asked.size(), 0); // never a question: re-pinning is a deliberate edit
    QCOMPARE(changed.size(), 1);
    const auto facts = changed.first().first().value<api::CertificateFacts>();
    QCOMPARE(facts.trustedFingerprint, old);
    QCOMPARE(facts.presented.sha256Fingerprint, sim.fingerprint());
    QVERIFY(finished.all.constFirst().error().is(TlsError::Changed));
    QCOMPARE(profiles.profile(u"Lab"_s)->pinnedSha256, old);
}

void TestConnectJob::wrongPassword_endsWithUnauthorized()
{
    World w;
    QVERIFY(startWorld(w, Pin::Own));

    ConnectJob job(requestFor(profileFor(w.sim, w.sim.fingerprint()), u"not-the-password"_s), *w.profiles, w.secrets);
    Outcomes finished(job);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.all.size(), 1, 20000);
    const auto result = finished.all.constFirst();
    QVERIFY(result.error().is(ApiError::Unauthorized));
    QVERIFY(!everythingSaid(result.error()).contains(u"not-the-password"_s));
}

void TestConnectJob::cancel_whileAskingSaysNothingMoreAndSavesNothing()
{
    World w;
    QVERIFY(startWorld(w));
    ClientFixture &sim = w.sim;
    ProfileStore &profiles = *w.profiles;
    SecretStore &secrets = w.secrets;

    ConnectJob job(requestFor(profileFor(sim), u"secret"_s), profiles, secrets);
    QSignalSpy asked(&job, &ConnectJob::certificateQuestion);
    Outcomes finished(job);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 20000);
    job.cancel();
    job.answerCertificate(true); // a late answer (a dialog closing) counts for nothing
    QTest::qWait(200);
    QCOMPARE(finished.all.size(), 0);
    QVERIFY(profiles.profile(u"Lab"_s)->pinnedSha256.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectJob)
#include "tst_connectjob.moc"
