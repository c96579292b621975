// Upgrade statuses as data (issue 12, REAL-API.md §3): the real spellings
// are unknown, so infinity-sim's real-shaped profile spells them in the
// vendor's words (not this project's codes), and a test can swap in words
// nobody knows. A whole upgrade is run on each, over real HTTPS with the
// emulator's clock stepped (virtual time); at every step what the console
// reads is compared with the emulator's own truth (/sim/v1/state/).

#include "tests/common/clientfixture.h"
#include "tests/common/waitfor.h"

#include "core/api/deploymentpoller.h"
#include "core/api/managementclient.h"
#include "core/api/runobserver.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace iuc;
using namespace iuc::api;
using iuc::sim::ApiProfile;
using iuc::sim::StatusWords;
using iuc::test::waitFor;
using Code = NodeStatus::Code;

namespace {

// What the console read of one system at one step, next to the truth.
struct Seen
{
    QString who;
    NodeStatus read;
    Code truth = Code::Unknown;
};

// Steps the deployment and refreshes, collecting what was read against the
// truth, until `done` or the step budget ends.
class UpgradeWatch
{
public:
    UpgradeWatch(ClientFixture &sim, DeploymentPoller &poller) : m_sim(sim), m_poller(poller)
    {
        QObject::connect(&poller, &DeploymentPoller::snapshotReady, &poller, [this] { ++m_ends; });
        QObject::connect(&poller, &DeploymentPoller::failed, &poller, [this] { ++m_ends; });
    }

    bool stepUntil(const std::function<bool()> &done)
    {
        for (int step = 0; step < 800 && !done(); ++step) {
            if (m_sim.advance(30).status != 200)
                return false;
            const int before = m_ends;
            m_poller.refreshNow();
            if (!waitFor([&] { return m_ends > before; }))
                return false;
            if (m_poller.state() == DeploymentPoller::State::Live)
                collect();
        }
        return done();
    }
    [[nodiscard]] const QList<Seen> &seen() const { return m_seen; }

private:
    void collect()
    {
        const QJsonObject truth = m_sim.get(u"/sim/v1/state/"_s).object();
        const Snapshot &s = *m_poller.lastSnapshot();
        m_seen.append(Seen{u"management"_s, s.management.upgradeStatus,
                           NodeStatus::fromCode(truth.value(u"management_upgrade_status"_s).toString()).code()});
        const QJsonArray nodes = truth.value(u"nodes"_s).toArray();
        for (const WorkerVmStatus &n : s.nodes) {
            for (const QJsonValue &t : nodes) {
                if (t[u"id"_s].toInt() == n.id)
                    m_seen.append(Seen{n.name, n.upgradeStatus, NodeStatus::fromCode(t[u"upgrade_status"_s].toString()).code()});
            }
        }
    }

    ClientFixture &m_sim;
    DeploymentPoller &m_poller;
    int m_ends = 0;
    QList<Seen> m_seen;
};

QString describe(const Seen &s)
{
    return u"%1: read %2 (\"%3\"%4), truly %5"_s.arg(s.who, s.read.apiCode(), s.read.reported(),
                                                   s.read.isInferred() ? u", inferred"_s : QString(),
                                                   NodeStatus::apiCode(s.truth));
}

} // namespace

class TestRealStatuses final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R2_vendorSpellingsAreReadAsTheirStatusThroughAWholeRun();
    void R2_unknownSpellingsAreInferredFromWhatTheNodesShowAndTheRunIsRecorded();
    void emulator_refusesASpellingsFileThatLeavesAStatusOut();
};

void TestRealStatuses::R2_vendorSpellingsAreReadAsTheirStatusThroughAWholeRun()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(3);
    options.api = ApiProfile::Pexip; // its default spellings: the vendor's words
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings());
    DeploymentPoller poller(client);
    poller.setDetectCapabilities(true);
    poller.setInterval(1h); // the test refreshes
    poller.start();
    QVERIFY(waitFor([&] { return poller.lastSnapshot().has_value(); }));
    QCOMPARE(poller.lastSnapshot()->nodes.constFirst().upgradeStatus.reported(), u"IDLE"_s);

    QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
    UpgradeWatch watch(sim, poller);
    QVERIFY(watch.stepUntil([&] {
        const auto &s = poller.lastSnapshot();
        return s && s->management.version.text == kTo
               && std::all_of(s->nodes.cbegin(), s->nodes.cend(), [](const WorkerVmStatus &n) {
                      return n.version.text == kTo && n.upgradeStatus.code() == Code::Idle;
                  });
    }));

    QSet<Code> codes;
    for (const Seen &s : watch.seen()) {
        QVERIFY2(s.read.isKnown() && !s.read.isInferred(), qPrintable(describe(s)));
        QVERIFY2(s.read.code() == s.truth, qPrintable(describe(s)));
        codes.insert(s.truth);
        if (s.truth == Code::Pending)
            QCOMPARE(s.read.reported(), u"upgrade_pending"_s); // the node's words, shown as sent
    }
    // The run went through a node's whole turn, each status read by its spelling.
    for (const Code code : {Code::Pending, Code::Upgrading, Code::Rebooting, Code::Idle})
        QVERIFY2(codes.contains(code), qPrintable(NodeStatus::apiCode(code)));
}

void TestRealStatuses::R2_unknownSpellingsAreInferredFromWhatTheNodesShowAndTheRunIsRecorded()
{
    const auto words = StatusWords::fromJson(R"({"format": 1, "upgrade_status": {
        "IDLE": "state-0", "PENDING": "state-1", "PREPARING": "state-2", "WAITING_FOR_CALLS": "state-3",
        "CALLS_TIMEOUT": "state-4", "UPGRADING": "state-5", "REBOOTING": "state-6", "UNREACHABLE": "state-7"}})");
    QVERIFY2(words, qPrintable(words ? QString() : words.error().message));
    ClientFixture sim;
    ClientFixture::Options options;
    options.deployment = SimFixture::config(3);
    options.api = ApiProfile::Pexip;
    options.statusWords = words.value();
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    ManagementClient client(sim.settings());
    DeploymentPoller poller(client);
    RunObserver observer;
    poller.setRunObserver(&observer);
    poller.setDetectCapabilities(true);
    poller.setInterval(1h);
    poller.start();
    QVERIFY(waitFor([&] { return poller.lastSnapshot().has_value(); }));

    QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
    UpgradeWatch watch(sim, poller);
    QVERIFY(watch.stepUntil([&] { return !observer.runs().isEmpty() && observer.runs().constLast().state != u"running"_s; }));

    int inferred = 0;
    QSet<Code> codes;
    for (const Seen &s : watch.seen()) {
        QVERIFY2(s.read.reported().startsWith(u"state-"_s), qPrintable(describe(s))); // shown as sent
        if (s.who == u"management"_s) {
            // It has no calls or maintenance mode: any text but the idle
            // one reads as its own upgrade, pending or not.
            QVERIFY2(s.read.isInferred(), qPrintable(describe(s)));
            const bool inItsUpgrade = s.read.code() == Code::Upgrading
                                      && (s.truth == Code::Pending || s.truth == Code::Preparing);
            QVERIFY2(s.read.code() == s.truth || inItsUpgrade, qPrintable(describe(s)));
            continue;
        }
        QVERIFY2(s.read.isInferred(), qPrintable(describe(s)));
        ++inferred;
        codes.insert(s.read.code());
        // Preparing cannot be told from its neighbours: maintenance mode on,
        // with calls (waiting) or without (upgrading).
        const bool preparing = s.truth == Code::Preparing
                               && (s.read.code() == Code::WaitingForCalls || s.read.code() == Code::Upgrading);
        QVERIFY2(s.read.code() == s.truth || preparing, qPrintable(describe(s)));
    }
    QVERIFY(inferred > 30);
    for (const Code code : {Code::Pending, Code::Upgrading, Code::Rebooting, Code::Idle})
        QVERIFY2(codes.contains(code), qPrintable(NodeStatus::apiCode(code)));

    // The console's own record of the run rests on the inferred statuses.
    const UpgradeRun &run = observer.runs().constLast();
    QCOMPARE(run.state, u"completed"_s);
    QCOMPARE(run.targetVersion.text, kTo);
    QCOMPARE(run.systemsUpgraded, run.systemsIncluded);
    QVERIFY(run.systemsIncluded >= 3);
}

void TestRealStatuses::emulator_refusesASpellingsFileThatLeavesAStatusOut()
{
    const auto words = StatusWords::fromJson(R"({"format": 1, "upgrade_status": {"IDLE": "idle"}})");
    QVERIFY(!words);
    QVERIFY2(words.error().message.contains(u"no spelling for PENDING"_s), qPrintable(words.error().message));
    const auto unknown = StatusWords::fromJson(R"({"format": 1, "upgrade_status": {"DONE": "done"}})");
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(u"\"DONE\""_s), qPrintable(unknown.error().message));
}

QTEST_GUILESS_MAIN(TestRealStatuses)
#include "tst_realstatuses.moc"
