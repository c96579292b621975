// The worker_vm page cache must serve exactly what rendering every node
// afresh would, in every API profile, however the deployment changes
// between requests.

#include "emulator/server/workerstatuscache.h"

#include <QJsonDocument>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;

using namespace iuc;
using namespace iuc::sim;
using namespace std::chrono_literals;

class TestWorkerStatusCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachedPagesEqualFreshRenderingThroughAWholeRun();
};

void TestWorkerStatusCache::cachedPagesEqualFreshRenderingThroughAWholeRun()
{
    const TimePoint start = TimePoint(Duration(1'767'225'600'000));
    DeploymentConfig config = DeploymentConfig::standard(25, Version::fromString(u"10.2 (40234.0.0)"));
    config.engine.maxParallel = 3;
    config.engine.parallelismByVersion = false;
    Deployment d(config, start);
    d.stagePackage(StagedPackage{u"p1"_s, Version::fromString(u"11 (71234.0.0)"), 1'000'000, "00", start});
    QVERIFY(d.startUpgrade(u"p1"_s));
    QVERIFY(d.setReachable(4, false));

    // One cache per profile, as each server has: their field sets differ.
    const std::vector<ApiProfile> profiles{ApiProfile::Pexip, ApiProfile::PexipV24, ApiProfile::Extended};
    std::vector<WorkerStatusCache> caches;
    for (const ApiProfile profile : profiles)
        caches.emplace_back(profile, StatusWords::forProfile(profile));
    const QString path = u"/api/admin/status/v1/worker_vm/"_s;
    int compared = 0;
    bool sawMixedStatuses = false;
    for (TimePoint t = start; t < start + 30h; t += 7min) {
        d.advanceTo(t);
        for (size_t p = 0; p < profiles.size(); ++p) {
            for (const api::Page page : {api::Page{20, 0}, api::Page{20, 20}, api::Page{1000, 0}}) {
                const QJsonObject cached =
                    QJsonDocument::fromJson(caches[p].renderPage(d, path, QString(), page)).object();
                const QJsonObject fresh =
                    api::list(path, QString(), page, static_cast<int>(d.nodes().size()), [&](int i) {
                        return api::workerStatus(d, d.nodes()[static_cast<size_t>(i)], profiles[p],
                                                 StatusWords::forProfile(profiles[p]));
                    });
                QCOMPARE(cached, fresh);
                ++compared;
            }
        }
        std::set<QString> statuses;
        for (const SimNode &n : d.nodes())
            statuses.insert(NodeStatus::apiCode(d.engine().node(n.config.id)->status));
        sawMixedStatuses = sawMixedStatuses || statuses.size() >= 3;
    }
    QVERIFY(compared > 1500);
    QVERIFY(sawMixedStatuses); // the run really changed what the pages show
}

QTEST_GUILESS_MAIN(TestWorkerStatusCache)
#include "tst_workerstatuscache.moc"
