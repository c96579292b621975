// How the emulator's API profiles answer beyond their field sets, over real
// loopback HTTPS (REAL-API.md §1): schema/ for every resource served, with
// exactly the fields that resource renders; extensions only in extended;
// 405 with Allow for a wrong method; error codes only in extended.

#include "tests/common/simfixture.h"
#include "tests/emulator/fieldsets.h"

#include <QTest>

using namespace Qt::StringLiterals;
using iuc::sim::ApiProfile;

namespace {

// Resources every profile serves, those only the recent ones serve (a
// v24-era node uploads in one shot only), and those only extended adds.
const QStringList kServedEverywhere = {
    kStatus + u"management_vm/"_s,  kStatus + u"worker_vm/"_s,         kStatus + u"participant/"_s,
    kStatus + u"conference/"_s,     kStatus + u"alarm/"_s,             kConfig + u"worker_vm/"_s,
    kConfig + u"system_location/"_s, kConfig + u"upgrade/"_s};
const QStringList kServedByRecent = {kConfig + u"upgrade_request/"_s};
const QStringList kExtensions = {kStatus + u"log/"_s, kStatus + u"upgrade_run/"_s, kCommand + u"reboot/"_s};
const QStringList kPostOnly = {kConfig + u"upgrade/"_s, kCommand + u"reboot/"_s};

// A morning deployment with a bit of everything to show: calls, an alarm
// (node 2 out of contact), an upload request, a run in progress.
bool startBusy(SimFixture &sim, ApiProfile api)
{
    if (!sim.start(SimFixture::config(6), api))
        return false;
    const bool uploadRequests = api != ApiProfile::PexipV24;
    return sim.patch(u"/sim/v1/node/2/"_s, QJsonObject{{u"reachable"_s, false}}).status == 200
           && (!uploadRequests
               || sim.post(kConfig + u"upgrade/"_s, QJsonObject{{u"request"_s, true}, {u"total_size"_s, 1000}}).status
                      == 201)
           && !sim.uploadAndStart().isEmpty();
}

} // namespace

class TestSimConventions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProfile_schemaServedForEveryResourceWithTheRenderedFields();
    void extensions_404OnPexipProfilesAnd200OnExtended();
    void wrongMethod_405WithAllowHeaderAndNothingChanges();
    void pexipProfile_errorsCarryNoCodeButKeepTheirFieldMap();
};

void TestSimConventions::everyProfile_schemaServedForEveryResourceWithTheRenderedFields()
{
    const QSet<QString> types = {u"string"_s, u"integer"_s, u"boolean"_s, u"datetime"_s,
                                 u"related"_s, u"list"_s, u"dict"_s, u"float"_s};
    const QSet<QString> attributes = {u"blank"_s, u"default"_s, u"help_text"_s, u"nullable"_s,
                                      u"readonly"_s, u"type"_s, u"unique"_s};
    for (const auto &[api, name] : allProfiles()) {
        SimFixture sim;
        QVERIFY2(startBusy(sim, api), qPrintable(sim.startError() + QString::fromLatin1(name)));
        QStringList served = api == ApiProfile::Extended ? kServedEverywhere + kExtensions : kServedEverywhere;
        if (api != ApiProfile::PexipV24)
            served += kServedByRecent;
        else // not served at all: 404, as for an extension
            QCOMPARE(sim.get(kServedByRecent.first() + u"schema/"_s).status, 404);
        for (const QString &resource : served) {
            const QString where = QString::fromLatin1(name) + u" "_s + resource;
            const Reply schema = sim.get(resource + u"schema/"_s);
            QVERIFY2(schema.status == 200, qPrintable(where + u" → "_s + QString::fromUtf8(schema.describe())));
            const QJsonObject s = schema.object();
            QCOMPARE(s.value(u"default_format"_s).toString(), u"application/json"_s);
            QCOMPARE(s.value(u"default_limit"_s).toInt(), 20);
            QVERIFY2(s.value(u"filtering"_s).isObject() && s.value(u"ordering"_s).isArray(), qPrintable(where));
            const QJsonObject fields = s.value(u"fields"_s).toObject();
            QVERIFY2(!fields.isEmpty(), qPrintable(where));
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QJsonObject f = it.value().toObject();
                for (const QString &a : attributes)
                    QVERIFY2(f.contains(a), qPrintable(where + u" "_s + it.key() + u" lacks "_s + a));
                QVERIFY2(types.contains(f.value(u"type"_s).toString()), qPrintable(where + u" "_s + it.key()));
                QVERIFY2(!f.value(u"help_text"_s).toString().isEmpty(), qPrintable(where + u" "_s + it.key()));
            }
            const QJsonArray listMethods = s.value(u"allowed_list_http_methods"_s).toArray();
            if (kPostOnly.contains(resource)) {
                QCOMPARE(listMethods, QJsonArray{u"post"_s});
                QCOMPARE(s.value(u"allowed_detail_http_methods"_s).toArray(), QJsonArray());
                continue;
            }
            QVERIFY2(listMethods.contains(u"get"_s), qPrintable(where));
            // The schema's fields are exactly those of an object the resource serves.
            const Reply list = sim.get(resource);
            QVERIFY2(list.status == 200, qPrintable(where + u" → "_s + QString::fromUtf8(list.describe())));
            const QJsonObject object = first(list);
            QVERIFY2(!object.isEmpty(), qPrintable(where + u": nothing listed to compare with"_s));
            const QSet<QString> got = keysOf(object);
            const QSet<QString> want = keysOf(fields);
            QVERIFY2(got == want, qPrintable(where + u": "_s + QString::fromUtf8(difference(got, want))));
        }
        if (api != ApiProfile::Extended) {
            for (const QString &resource : kExtensions)
                QCOMPARE(sim.get(resource + u"schema/"_s).status, 404);
        }
    }
}

void TestSimConventions::extensions_404OnPexipProfilesAnd200OnExtended()
{
    for (const auto &[api, name] : allProfiles()) {
        SimFixture sim;
        QVERIFY2(sim.start(SimFixture::config(3), api), qPrintable(sim.startError()));
        const bool extended = api == ApiProfile::Extended;
        const Reply log = sim.get(kStatus + u"log/"_s);
        const Reply run = sim.get(kStatus + u"upgrade_run/"_s);
        const Reply reboot = sim.post(kCommand + u"reboot/"_s, QJsonObject{{u"node"_s, 1}});
        QVERIFY2(log.status == (extended ? 200 : 404), name);
        QVERIFY2(run.status == (extended ? 200 : 404), name);
        QVERIFY2(reboot.status == (extended ? 202 : 404), reboot.describe());
        QCOMPARE(sim.get(u"/sim/v1/state/"_s).object().value(u"nodes"_s).toArray().at(0).toObject()
                     .value(u"rebooting"_s).toBool(),
                 extended);
        if (!extended) {
            // Like any unknown resource, with nothing in the body.
            for (const Reply &r : {log, run, reboot, sim.get(kStatus + u"no_such_thing/"_s)}) {
                QCOMPARE(r.status, 404);
                QVERIFY2(r.body.isEmpty(), r.describe());
            }
        }
        QCOMPARE(sim.get(u"/sim/v1/state/"_s).status, 200); // the harness is in every profile
    }
}

void TestSimConventions::wrongMethod_405WithAllowHeaderAndNothingChanges()
{
    for (const auto &[api, name] : allProfiles()) {
        SimFixture sim;
        QVERIFY2(sim.start(SimFixture::config(3), api), qPrintable(sim.startError()));
        struct Case
        {
            const char *method;
            QString path;
            QByteArray allow;
        };
        const std::vector<Case> cases = {
            {"DELETE", kStatus + u"worker_vm/"_s, "GET"},
            {"POST", kStatus + u"management_vm/"_s, "GET"},
            {"DELETE", kStatus + u"worker_vm/2/"_s, "GET"},
            {"PUT", kConfig + u"worker_vm/1/"_s, "GET, PATCH"},
            {"POST", kConfig + u"worker_vm/"_s, "GET"},
            {"GET", kConfig + u"upgrade/"_s, "POST"},
            {"POST", kConfig + u"upgrade_request/"_s, "GET, DELETE"}, // created through upgrade/
            {"POST", kStatus + u"worker_vm/schema/"_s, "GET"},
        };
        for (const Case &c : cases) {
            if (api == ApiProfile::PexipV24 && c.path.startsWith(kServedByRecent.first()))
                continue; // not served at all there (everyProfile_…)
            const Reply r = sim.request(c.method, c.path, R"({"maintenance_mode": true})");
            const QString where = QString::fromLatin1(name) + u" "_s + QString::fromLatin1(c.method) + u" "_s + c.path;
            QVERIFY2(r.status == 405, qPrintable(where + u" → "_s + QString::fromUtf8(r.describe())));
            QVERIFY2(r.header("Allow") == c.allow, qPrintable(where + u": Allow "_s + QString::fromLatin1(r.header("Allow"))));
            QVERIFY2(api == ApiProfile::Extended ? !r.error().isEmpty() : r.body.isEmpty(), qPrintable(where));
        }
        QCOMPARE(sim.get(kConfig + u"worker_vm/1/"_s).object().value(u"maintenance_mode"_s).toBool(), false);
        QCOMPARE(sim.all(kStatus + u"worker_vm/"_s).size(), 3);
    }
}

void TestSimConventions::pexipProfile_errorsCarryNoCodeButKeepTheirFieldMap()
{
    for (const auto &[api, name] : allProfiles()) {
        SimFixture sim;
        QVERIFY2(sim.start(SimFixture::config(3), api), qPrintable(sim.startError()));
        const bool extended = api == ApiProfile::Extended;

        const Reply badField = sim.patch(kConfig + u"worker_vm/2/"_s, QJsonObject{{u"maintenance_mode"_s, u"yes"_s}});
        QCOMPARE(badField.status, 400);
        QVERIFY2(badField.object().value(u"maintenance_mode"_s).toArray().at(0).isString(), badField.describe());
        QVERIFY(!badField.error().isEmpty());

        const Reply badSize = sim.post(kConfig + u"upgrade/"_s, QJsonObject{{u"request"_s, true}, {u"total_size"_s, 0}});
        QCOMPARE(badSize.status, 400);
        QVERIFY(!badSize.error().isEmpty());
        QVERIFY2(badSize.object().contains(u"code"_s) == extended, badSize.describe());

        const QString package = sim.uploadAndStart();
        QVERIFY(!package.isEmpty());
        // A second start while the run holds the lock (on a v24-era node the
        // start is a second single-shot upload).
        const Reply locked = api == ApiProfile::PexipV24
                                 ? sim.uploadSingleShot(sim.writePackage(u"again.tar"_s, kTo))
                                 : sim.startUpgrade(package);
        QCOMPARE(locked.status, 409);
        QVERIFY(!locked.error().isEmpty());
        QVERIFY2(locked.object().contains(u"code"_s) == extended, locked.describe());
        // The way out it names exists on this node.
        QVERIFY2(locked.object().value(u"how_to_lift"_s).toString().contains(u"platform/reboot"_s) == extended,
                 locked.describe());
    }
}

QTEST_GUILESS_MAIN(TestSimConventions)
#include "tst_sim_conventions.moc"
