// The Management Node API of infinity-sim (DESIGN §4) over real loopback
// HTTPS: lists and paging, credentials and roles, errors, the simulated
// clock in the Date header, maintenance mode, participants and conferences,
// plain HTTP only on loopback. Tests that reach the extensions (upgrade_run,
// the reboot command, a JSON error for any path) run on the extended profile.

#include "tests/common/simfixture.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <httplib.h>

#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

QJsonObject meta(const Reply &r)
{
    return r.object().value(u"meta"_s).toObject();
}

int offsetOf(const QString &link)
{
    return QUrlQuery(QUrl(link).query()).queryItemValue(u"offset"_s).toInt();
}

// The Date header as a time ("Tue, 01 Jan 2030 00:00:00 GMT").
QDateTime httpDate(const Reply &r)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(r.header("Date")), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

class TestSimApi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagination_everyNodeOnceOver50Pages();
    void pagination_hugePageAndBadParametersRefused();
    void auth_missingOrWrongCredentialsGet401();
    void roles_readOnlyUserMayLookButNotChange();
    void errors_unknownPathIs404Json();
    void clock_dateHeaderFollowsSimulatedTime();
    void maintenance_patchShowsInStatusAndRejectsNewCalls();
    void participants_filterByMediaNodeAndConference();
    void scenario_callLoadZeroMeansNoCalls();
    void plainHttp_onlyOnLoopback();
    void fixture_requestAfterTheServersKeepAliveTimeoutSucceeds();
};

void TestSimApi::pagination_everyNodeOnceOver50Pages()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(1000)), qPrintable(sim.startError()));

    // Forwards through `next`, from the bare path (default limit 20).
    QString url = kStatus + u"worker_vm/"_s;
    QStringList visited;
    QSet<int> seen;
    while (!url.isEmpty()) {
        const Reply r = sim.get(url);
        QVERIFY2(r.status == 200, r.describe());
        const QJsonObject m = meta(r);
        const int page = static_cast<int>(visited.size());
        QCOMPARE(m.value(u"total_count"_s).toInt(), 1000);
        QCOMPARE(m.value(u"limit"_s).toInt(), 20);
        QCOMPARE(m.value(u"offset"_s).toInt(), page * 20);
        if (page == 0)
            QVERIFY(m.value(u"previous"_s).isNull());
        else
            QCOMPARE(offsetOf(m.value(u"previous"_s).toString()), (page - 1) * 20);
        const QJsonArray objects = r.object().value(u"objects"_s).toArray();
        QCOMPARE(objects.size(), 20);
        for (const QJsonValue &o : objects) {
            const int id = o.toObject().value(u"id"_s).toInt();
            QVERIFY2(!seen.contains(id), qPrintable(u"node %1 listed twice"_s.arg(id)));
            seen.insert(id);
        }
        visited.append(url);
        url = m.value(u"next"_s).toString();
        if (!url.isEmpty())
            QVERIFY2(url.startsWith(kStatus + u"worker_vm/?"_s), qPrintable(url)); // relative, same list
        QVERIFY(visited.size() <= 50);
    }
    QCOMPARE(visited.size(), 50);
    QCOMPARE(seen.size(), 1000);
    for (int id = 1; id <= 1000; ++id)
        QVERIFY(seen.contains(id));

    // Backwards through `previous`, from the last page to the first.
    url = visited.last();
    int pages = 0;
    int lastOffset = 1000;
    while (!url.isEmpty()) {
        const Reply r = sim.get(url);
        QVERIFY2(r.status == 200, r.describe());
        QVERIFY(meta(r).value(u"offset"_s).toInt() < lastOffset);
        lastOffset = meta(r).value(u"offset"_s).toInt();
        url = meta(r).value(u"previous"_s).toString();
        ++pages;
        QVERIFY(pages <= 50);
    }
    QCOMPARE(pages, 50);
    QCOMPARE(lastOffset, 0);
}

void TestSimApi::pagination_hugePageAndBadParametersRefused()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(1000)), qPrintable(sim.startError()));

    const Reply huge = sim.get(kStatus + u"worker_vm/?limit=5000"_s);
    QVERIFY2(huge.status == 200, huge.describe());
    QCOMPARE(huge.object().value(u"objects"_s).toArray().size(), 1000);
    QCOMPARE(meta(huge).value(u"limit"_s).toInt(), 5000);
    QCOMPARE(meta(huge).value(u"total_count"_s).toInt(), 1000);
    QVERIFY(meta(huge).value(u"next"_s).isNull());
    QVERIFY(meta(huge).value(u"previous"_s).isNull());

    const Reply tail = sim.get(kStatus + u"worker_vm/?limit=5000&offset=990"_s);
    QVERIFY2(tail.status == 200, tail.describe());
    const QJsonArray last = tail.object().value(u"objects"_s).toArray();
    QCOMPARE(last.size(), 10);
    QCOMPARE(last.last().toObject().value(u"id"_s).toInt(), 1000);
    QCOMPARE(offsetOf(meta(tail).value(u"previous"_s).toString()), 0);

    const QStringList bad = {u"limit=0"_s,  u"limit=5001"_s, u"limit=abc"_s, u"limit=-3"_s,
                             u"offset=-1"_s, u"offset=ten"_s, u"limit=1.5"_s};
    for (const QString &query : bad) {
        const Reply r = sim.get(kStatus + u"worker_vm/?"_s + query);
        QVERIFY2(r.status == 400, qPrintable(query + u" → "_s + QString::fromUtf8(r.describe())));
        QVERIFY2(r.header("Content-Type").startsWith("application/json"), qPrintable(query));
        const QString parameter = query.section(QLatin1Char('='), 0, 0);
        QVERIFY2(r.error().contains(parameter), qPrintable(query + u": "_s + r.error()));
    }
}

void TestSimApi::auth_missingOrWrongCredentialsGet401()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3)), qPrintable(sim.startError()));

    const Reply none = sim.get(kStatus + u"worker_vm/"_s, As::Anonymous);
    QCOMPARE(none.status, 401);
    QVERIFY2(none.header("WWW-Authenticate").startsWith("Basic realm="), none.header("WWW-Authenticate"));
    QVERIFY(!none.error().isEmpty());
    QVERIFY(!none.body.contains("osl-conf01")); // nothing of the deployment leaks

    const Reply wrong = sim.get(kStatus + u"worker_vm/"_s, As::WrongPassword);
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.header("WWW-Authenticate").startsWith("Basic"));
    QVERIFY(!wrong.error().isEmpty());

    // Writes are refused the same way, before anything happens.
    const Reply write = sim.post(kCommand + u"reboot/"_s, QJsonObject{{u"node"_s, u"management"_s}}, As::Anonymous);
    QCOMPARE(write.status, 401);
    QCOMPARE(sim.get(kStatus + u"management_vm/"_s).status, 200); // not rebooting
    QCOMPARE(sim.get(u"/sim/v1/state/"_s, As::WrongPassword).status, 401);

    QCOMPARE(sim.get(kStatus + u"worker_vm/"_s).status, 200);
}

void TestSimApi::roles_readOnlyUserMayLookButNotChange()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Extended), qPrintable(sim.startError()));

    const QStringList readable = {kStatus + u"worker_vm/"_s,   kStatus + u"management_vm/"_s, kStatus + u"participant/"_s,
                                  kStatus + u"upgrade_run/"_s, kConfig + u"worker_vm/"_s,       kStatus + u"alarm/"_s};
    for (const QString &path : readable) {
        const Reply r = sim.get(path, As::ReadOnly);
        QVERIFY2(r.status == 200, qPrintable(path + u" → "_s + QString::fromUtf8(r.describe())));
    }
    const QDateTime before = httpDate(sim.get(kStatus + u"worker_vm/"_s, As::ReadOnly));

    struct Write
    {
        const char *method;
        QString path;
        QJsonObject body;
    };
    const std::vector<Write> writes = {
        {"POST", kConfig + u"upgrade_request/0123456789abcdef0123456789abcdef/finish/"_s, {}},
        {"POST", kCommand + u"reboot/"_s, {{u"node"_s, u"management"_s}}},
        {"POST", kCommand + u"reboot/"_s, {{u"node"_s, 1}}},
        {"PATCH", kConfig + u"worker_vm/1/"_s, {{u"maintenance_mode"_s, true}}},
        {"POST", kConfig + u"upgrade/"_s, {{u"request"_s, true}, {u"total_size"_s, 1000}}},
        {"PATCH", u"/sim/v1/deployment/"_s, {{u"advance_seconds"_s, 3600}}},
        {"PATCH", u"/sim/v1/node/1/"_s, {{u"reachable"_s, false}}},
    };
    for (const Write &w : writes) {
        const Reply r = qstrcmp(w.method, "POST") == 0 ? sim.post(w.path, w.body, As::ReadOnly)
                                                       : sim.patch(w.path, w.body, As::ReadOnly);
        QVERIFY2(r.status == 403, qPrintable(w.path + u" → "_s + QString::fromUtf8(r.describe())));
        QVERIFY2(r.error().contains(u"read-only"_s), qPrintable(r.error()));
    }
    // The emulator's own API is for the admin only, even to look.
    QCOMPARE(sim.get(u"/sim/v1/state/"_s, As::ReadOnly).status, 403);

    // Nothing of it happened.
    const QJsonObject node = sim.node(1);
    QCOMPARE(node.value(u"maintenance_mode"_s).toBool(), false);
    QCOMPARE(node.value(u"upgrade_status"_s).toString(), u"IDLE"_s);
    const Reply management = sim.get(kStatus + u"management_vm/1/"_s);
    QCOMPARE(management.status, 200); // not rebooting
    QCOMPARE(httpDate(management), before); // the frozen clock did not move
    QCOMPARE(meta(sim.get(kStatus + u"upgrade_run/"_s)).value(u"total_count"_s).toInt(), 0);
}

void TestSimApi::errors_unknownPathIs404Json()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Extended), qPrintable(sim.startError()));

    const QStringList unknown = {u"/nope"_s, kStatus + u"no_such_thing/"_s, kStatus + u"worker_vm"_s,
                                 kStatus + u"worker_vm/9999/"_s, kConfig + u"worker_vm/9999/"_s, u"/sim/v1/nope/"_s};
    for (const QString &path : unknown) {
        const Reply r = sim.get(path);
        QVERIFY2(r.status == 404, qPrintable(path + u" → "_s + QString::fromUtf8(r.describe())));
        QVERIFY2(r.header("Content-Type").startsWith("application/json"), qPrintable(path));
        QVERIFY2(!r.error().isEmpty(), qPrintable(path));
    }
    QVERIFY(sim.get(kStatus + u"worker_vm/9999/"_s).error().contains(u"9999"_s));
    const Reply patch = sim.patch(kConfig + u"worker_vm/9999/"_s, QJsonObject{{u"maintenance_mode"_s, true}});
    QCOMPARE(patch.status, 404);
    QVERIFY(!patch.error().isEmpty());
}

void TestSimApi::clock_dateHeaderFollowsSimulatedTime()
{
    SimFixture sim;
    SimFixture::Options options;
    options.deployment = SimFixture::config(3);
    options.start = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY2(sim.start(std::move(options)), qPrintable(sim.startError()));

    Reply r = sim.get(kStatus + u"management_vm/1/"_s);
    QCOMPARE(r.header("Date"), QByteArray("Tue, 01 Jan 2030 00:00:00 GMT"));
    QCOMPARE(r.object().value(u"last_updated"_s).toString(), u"2030-01-01T00:00:00.000"_s);

    const Reply moved = sim.advance(86400);
    QVERIFY2(moved.status == 200, moved.describe());
    QCOMPARE(moved.object().value(u"now"_s).toString(), u"2030-01-02T00:00:00.000"_s);

    r = sim.get(kStatus + u"management_vm/1/"_s);
    QCOMPARE(r.header("Date"), QByteArray("Wed, 02 Jan 2030 00:00:00 GMT"));
    QCOMPARE(r.object().value(u"last_updated"_s).toString(), u"2030-01-02T00:00:00.000"_s);
    for (const QJsonValue &n : sim.all(kStatus + u"worker_vm/"_s))
        QCOMPARE(n.toObject().value(u"last_attempted_contact"_s).toString(), u"2030-01-02T00:00:00.000"_s);

    // On a running clock the header keeps following it, and agrees with
    // the body of the same response (the header has whole seconds, and is
    // written a moment after the body: a few simulated seconds of slack).
    QVERIFY(sim.setTimeScale(10).status == 200);
    QVERIFY(SimFixture::pollUntil([&] {
        r = sim.get(kStatus + u"management_vm/1/"_s);
        return httpDate(r) >= QDateTime(QDate(2030, 1, 2), QTime(0, 0, 2), Qt::UTC);
    }));
    const QDateTime header = httpDate(r);
    const QDateTime body = apiTime(r.object().value(u"last_updated"_s));
    QVERIFY2(qAbs(body.msecsTo(header)) < 5000, qPrintable(header.toString(Qt::ISODate) + u" vs "_s + body.toString(Qt::ISODate)));
}

void TestSimApi::maintenance_patchShowsInStatusAndRejectsNewCalls()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(12)), qPrintable(sim.startError()));
    const QString address = sim.get(kConfig + u"worker_vm/2/"_s).object().value(u"address"_s).toString();
    QVERIFY(!address.isEmpty());

    const Reply on = sim.patch(kConfig + u"worker_vm/2/"_s, QJsonObject{{u"maintenance_mode"_s, true}});
    QVERIFY2(on.status == 202, on.describe());
    QJsonObject status = sim.node(2);
    QCOMPARE(status.value(u"maintenance_mode"_s).toBool(), true);
    QCOMPARE(status.value(u"maintenance_mode_reason"_s).toString(), u"Set by administrator"_s);
    QCOMPARE(status.value(u"upgrade_status"_s).toString(), u"IDLE"_s);
    QCOMPARE(sim.get(kConfig + u"worker_vm/2/"_s).object().value(u"maintenance_mode"_s).toBool(), true);
    QCOMPARE(sim.node(1).value(u"maintenance_mode"_s).toBool(), false);

    // Refused bodies change nothing and say which field is wrong.
    const Reply notBool = sim.patch(kConfig + u"worker_vm/2/"_s, QJsonObject{{u"maintenance_mode"_s, u"no"_s}});
    QCOMPARE(notBool.status, 400);
    QVERIFY(notBool.object().value(u"maintenance_mode"_s).isArray());
    QCOMPARE(sim.patch(kConfig + u"worker_vm/2/"_s, QJsonObject{{u"name"_s, u"x"_s}}).status, 400);
    QCOMPARE(sim.node(2).value(u"maintenance_mode"_s).toBool(), true);

    // A node in maintenance takes no new calls while the others do.
    const QDateTime since = apiTime(sim.get(u"/sim/v1/state/"_s).object().value(u"now"_s));
    QVERIFY(sim.advance(3600).status == 200);
    int newHere = 0, newElsewhere = 0;
    for (const QJsonValue &v : sim.all(kStatus + u"participant/?limit=5000"_s)) {
        const QJsonObject p = v.toObject();
        if (apiTime(p.value(u"connect_time"_s)) > since)
            ++(p.value(u"media_node"_s).toString() == address ? newHere : newElsewhere);
    }
    QCOMPARE(newHere, 0);
    QVERIFY(newElsewhere > 0);

    const Reply off = sim.patch(kConfig + u"worker_vm/2/"_s, QJsonObject{{u"maintenance_mode"_s, false}});
    QCOMPARE(off.status, 202);
    status = sim.node(2);
    QCOMPARE(status.value(u"maintenance_mode"_s).toBool(), false);
    QCOMPARE(status.value(u"maintenance_mode_reason"_s).toString(), QString());
}

void TestSimApi::participants_filterByMediaNodeAndConference()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(12)), qPrintable(sim.startError()));

    const QJsonArray participants = sim.all(kStatus + u"participant/?limit=5000"_s);
    QVERIFY2(participants.size() > 12, "a working morning has calls");
    QHash<QString, int> perNode, perConference;
    for (const QJsonValue &v : participants) {
        ++perNode[v.toObject().value(u"media_node"_s).toString()];
        ++perConference[v.toObject().value(u"conference"_s).toString()];
    }

    // Per node: the filtered count, the node's own signalling count and the
    // full list agree.
    QHash<int, QString> addresses;
    for (const QJsonValue &c : sim.all(kConfig + u"worker_vm/"_s))
        addresses.insert(c.toObject().value(u"id"_s).toInt(), c.toObject().value(u"address"_s).toString());
    QCOMPARE(addresses.size(), 12);
    QString busiest;
    for (const QJsonValue &v : sim.all(kStatus + u"worker_vm/"_s)) {
        const QJsonObject n = v.toObject();
        const QString address = addresses.value(n.value(u"id"_s).toInt());
        const Reply r = sim.get(kStatus + u"participant/?media_node=%1&limit=5000"_s.arg(address));
        QVERIFY2(r.status == 200, r.describe());
        QCOMPARE(meta(r).value(u"total_count"_s).toInt(), perNode.value(address));
        QCOMPARE(n.value(u"signaling_count"_s).toInt(), perNode.value(address));
        for (const QJsonValue &p : r.object().value(u"objects"_s).toArray())
            QCOMPARE(p.toObject().value(u"media_node"_s).toString(), address);
        if (busiest.isEmpty() || perNode.value(address) > perNode.value(busiest))
            busiest = address;
    }
    QCOMPARE(sim.calls(u"10.99.99.99"_s), 0);

    // Paging keeps the filter in its links.
    int pages = 0;
    const QJsonArray paged = sim.all(kStatus + u"participant/?media_node=%1&limit=1"_s.arg(busiest), &pages);
    QCOMPARE(paged.size(), perNode.value(busiest));
    QCOMPARE(pages, perNode.value(busiest));
    for (const QJsonValue &p : paged)
        QCOMPARE(p.toObject().value(u"media_node"_s).toString(), busiest);

    // Per conference, and the conference list holds exactly the meetings
    // that have participants.
    QString largest;
    for (auto it = perConference.cbegin(); it != perConference.cend(); ++it) {
        if (largest.isEmpty() || it.value() > perConference.value(largest))
            largest = it.key();
    }
    const Reply inConference = sim.get(kStatus + u"participant/?conference=%1&limit=5000"_s.arg(largest));
    QCOMPARE(meta(inConference).value(u"total_count"_s).toInt(), perConference.value(largest));
    for (const QJsonValue &p : inConference.object().value(u"objects"_s).toArray())
        QCOMPARE(p.toObject().value(u"conference"_s).toString(), largest);

    QSet<QString> listed;
    for (const QJsonValue &c : sim.all(kStatus + u"conference/"_s)) {
        QVERIFY(c.toObject().value(u"is_started"_s).toBool());
        listed.insert(c.toObject().value(u"name"_s).toString());
    }
    QCOMPARE(listed, QSet<QString>(perConference.keyBegin(), perConference.keyEnd()));
}

void TestSimApi::scenario_callLoadZeroMeansNoCalls()
{
    // A scenario without callers: nobody calls in, however long it runs.
    SimFixture quiet;
    QVERIFY2(quiet.start(SimFixture::config(6, kFrom, R"({"call_load": 0})")), qPrintable(quiet.startError()));
    QCOMPARE(quiet.get(u"/sim/v1/state/"_s).object().value(u"participants"_s).toInt(), 0);
    QVERIFY(quiet.advance(6 * 3600).status == 200);
    QCOMPARE(quiet.get(u"/sim/v1/state/"_s).object().value(u"participants"_s).toInt(), 0);
    QCOMPARE(quiet.all(kStatus + u"conference/"_s).size(), 0);

    // Turned down at run time: the calls up end (none lasts over 4 h) and
    // no new ones come.
    SimFixture busy;
    QVERIFY2(busy.start(SimFixture::config(6)), qPrintable(busy.startError()));
    QVERIFY(busy.get(u"/sim/v1/state/"_s).object().value(u"participants"_s).toInt() > 0);
    const Reply down = busy.patch(u"/sim/v1/deployment/"_s, QJsonObject{{u"call_load"_s, 0}});
    QVERIFY2(down.status == 200, down.describe());
    QCOMPARE(down.object().value(u"call_load"_s).toDouble(), 0.0);
    QVERIFY(busy.advance(5 * 3600).status == 200);
    QCOMPARE(busy.get(u"/sim/v1/state/"_s).object().value(u"participants"_s).toInt(), 0);
}

void TestSimApi::plainHttp_onlyOnLoopback()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto settings = [&](const QString &host) {
        iuc::sim::EmulatorSettings s;
        s.deployment = SimFixture::config(3);
        s.deployment.timeScale = 0;
        s.host = host;
        s.plainHttp = true;
        s.dataDir = dir.path();
        s.users.push_back(iuc::sim::ApiUser{u"admin"_s, u"secret"_s, false});
        return s;
    };

    const auto refused = iuc::sim::Emulator::start(settings(u"0.0.0.0"_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"server.http-not-loopback"_s);
    QVERIFY2(refused.error().message.contains(u"loopback"_s), qPrintable(refused.error().message));

    const auto started = iuc::sim::Emulator::start(settings(u"127.0.0.1"_s));
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    iuc::sim::Emulator &e = *started.value();
    QVERIFY2(e.url().startsWith(u"http://127.0.0.1:"_s), qPrintable(e.url()));
    QVERIFY(e.fingerprint().isEmpty());
    {
        httplib::Client client("127.0.0.1", e.port());
        client.set_basic_auth("admin", "secret");
        const auto r = client.Get(QString(kStatus + u"worker_vm/"_s).toStdString());
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object().value(u"meta"_s).toObject().value(u"total_count"_s).toInt(), 3);
    }
}

// The fixture's client keeps its connection; the server closes one idle for
// 5 s. A test that waits longer than that between two requests (a console
// run, a guided hop) must still get its answer, not a transport error
// ("Read") from the closed connection.
void TestSimApi::fixture_requestAfterTheServersKeepAliveTimeoutSucceeds()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3)), qPrintable(sim.startError()));
    Reply r = sim.get(kStatus + u"management_vm/"_s);
    QVERIFY2(r.status == 200, r.describe());
    std::this_thread::sleep_for(std::chrono::seconds(6)); // real time: the server's own timeout
    r = sim.get(kStatus + u"management_vm/"_s);
    QVERIFY2(r.status == 200, r.describe());
}

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_sim_api.moc"
