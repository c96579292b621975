// Scenario files for infinity-sim: what a tester writes by hand, so every
// mistake must come back as a sentence naming the place.

#include "emulator/sim/scenario.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace iuc;
using namespace iuc::sim;

namespace {

const Version kDefault = Version::fromString(u"10.2 (40234.0.0)");

Result<DeploymentConfig> load(const char *json)
{
    return DeploymentConfig::fromJson(QByteArray(json), DeploymentConfig::standard(12, kDefault));
}

} // namespace

class TestScenario final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standard_twelveNodesOverThreeLocationsWithConfigOnlyNodes();
    void managementVersionAloneMakesTheWholeDeploymentThatVersion();
    void locationsGenerateNodesAndOverridesSetFaults();
    void explicitNodesReplaceTheDefaults();
    void mistakesAreNamed_data();
    void mistakesAreNamed();
};

void TestScenario::standard_twelveNodesOverThreeLocationsWithConfigOnlyNodes()
{
    const DeploymentConfig c = DeploymentConfig::standard(12, kDefault);
    QCOMPARE(c.nodes.size(), size_t(12));
    QCOMPARE(c.locations.size(), size_t(3));
    int configOnly = 0;
    QSet<QString> addresses;
    for (const NodeConfig &n : c.nodes) {
        configOnly += n.configOnly ? 1 : 0;
        addresses.insert(n.address);
        QCOMPARE(n.version, kDefault);
    }
    QCOMPARE(configOnly, 3);
    QCOMPARE(addresses.size(), 12);
    QCOMPARE(DeploymentConfig::standard(1000, kDefault).nodes.size(), size_t(1000));
}

void TestScenario::managementVersionAloneMakesTheWholeDeploymentThatVersion()
{
    const auto c = load(R"j({"management": {"version": "3 (12000.0.0)"}})j");
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    QCOMPARE(c->managementVersion.major(), 3);
    for (const NodeConfig &n : c->nodes)
        QCOMPARE(n.version.major(), 3);
}

void TestScenario::locationsGenerateNodesAndOverridesSetFaults()
{
    const auto c = load(R"j({
        "seed": 7, "time_scale": 120, "engine": {"max_parallel": 2, "drain_timeout_s": 600},
        "locations": [{"name": "Oslo", "nodes": 3, "config_only": 1, "prefix": "osl", "calls_per_hour": 40},
                      {"name": "Bergen", "nodes": 2, "prefix": "bgo"}],
        "overrides": [{"name": "osl-conf02", "stuck_calls": true, "link_mbps": 5},
                      {"name": "bgo-conf01", "reachable": false}]})j");
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    QCOMPARE(c->nodes.size(), size_t(5));
    QCOMPARE(c->seed, quint64(7));
    QCOMPARE(c->timeScale, 120.0);
    QCOMPARE(c->engine.maxParallel, 2);
    QVERIFY(!c->engine.parallelismByVersion); // the scenario's number, whatever the version
    QVERIFY(DeploymentConfig::standard(3, Version::fromString(u"10.2 (40234.0.0)"_s)).engine.parallelismByVersion);
    QCOMPARE(c->engine.drainTimeout, std::chrono::minutes(10));
    QCOMPARE(c->nodes[1].name, u"osl-conf02"_s);
    QVERIFY(c->nodes[1].stuckCalls);
    QCOMPARE(c->nodes[1].linkMbps, 5.0);
    QVERIFY(c->nodes[2].configOnly);
    QVERIFY(!c->nodes[0].configOnly);
    QVERIFY(!c->nodes[3].reachable);
    QCOMPARE(c->locations[0].callsPerHour, 40.0);
}

void TestScenario::explicitNodesReplaceTheDefaults()
{
    const auto c = load(R"j({"nodes": [{"name": "a", "location": "X", "version": "3"},
                                      {"name": "b", "location": "Y", "address": "10.0.9.9"}]})j");
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    QCOMPARE(c->nodes.size(), size_t(2));
    QCOMPARE(c->nodes[0].version.major(), 3);
    QCOMPARE(c->nodes[1].version, kDefault);
    QCOMPARE(c->nodes[1].address, u"10.0.9.9"_s);
    QCOMPARE(c->locations.size(), size_t(2));
}

void TestScenario::mistakesAreNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("not json") << QByteArray("{nodes: 3}") << u"top level"_s;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("typo") << QByteArray(R"j({"time_scael": 2})j") << u"time_scael"_s;
    QTest::newRow("bad version") << QByteArray(R"j({"management": {"version": "eleven"}})j") << u"eleven"_s;
    QTest::newRow("parallel 11") << QByteArray(R"j({"engine": {"max_parallel": 11}})j") << u"max_parallel"_s;
    QTest::newRow("negative timing") << QByteArray(R"j({"timings": {"node_reboot_s": -1}})j") << u"node_reboot_s"_s;
    QTest::newRow("unknown override") << QByteArray(R"j({"overrides": [{"name": "nobody"}]})j") << u"nobody"_s;
    QTest::newRow("wrong type") << QByteArray(R"j({"overrides": [{"name": "osl-conf01", "stuck_calls": "yes"}]})j")
                                << u"stuck_calls"_s;
    QTest::newRow("node without location") << QByteArray(R"j({"nodes": [{"name": "a"}]})j") << u"location"_s;
    QTest::newRow("duplicate names") << QByteArray(R"j({"nodes": [{"name": "a", "location": "X"}, {"name": "a", "location": "X"}]})j")
                                     << u"unique"_s;
    QTest::newRow("too many nodes") << QByteArray(R"j({"locations": [{"name": "X", "nodes": 1000}, {"name": "Y", "nodes": 1}]})j")
                                    << u"1000"_s;
    QTest::newRow("no nodes") << QByteArray(R"j({"locations": [{"name": "X", "nodes": 0}]})j") << u"no Conferencing Nodes"_s;
}

void TestScenario::mistakesAreNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    const auto c = DeploymentConfig::fromJson(json, DeploymentConfig::standard(12, kDefault));
    QVERIFY(!c);
    QCOMPARE(c.error().code, u"scenario.invalid"_s);
    QVERIFY2(c.error().message.contains(named), qPrintable(c.error().message));
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
