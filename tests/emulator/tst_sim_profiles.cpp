// The emulator's API profiles over real loopback HTTPS (DESIGN §4,
// REAL-API.md): pexip serves exactly what real Management Nodes document,
// pexip-v24 the older field set, extended adds this project's extensions.
// The field lists below are written out from REAL-API.md on purpose: they
// are what the emulator is held to, not read back from its own description.

#include "tests/common/simfixture.h"
#include "tests/emulator/fieldsets.h"

#include <QRegularExpression>
#include <QUrl>
#include <QTest>

using namespace Qt::StringLiterals;
using iuc::sim::ApiProfile;

namespace {

// REAL-API.md §2: status/v1/management_vm/ on every documented version.
const QStringList kManagementVmFields = {
    u"configuration_id"_s, u"id"_s, u"last_attempted_contact"_s, u"last_updated"_s, u"name"_s,
    u"primary"_s, u"resource_uri"_s, u"sync_status"_s, u"upgrade_status"_s, u"version"_s};

// REAL-API.md §2: status/v1/worker_vm/ on recent versions.
const QStringList kWorkerVmFields = {
    u"boot_time"_s, u"configuration_id"_s, u"cpu_capabilities"_s, u"cpu_count"_s, u"cpu_model"_s,
    u"deploy_status"_s, u"hypervisor"_s, u"id"_s, u"last_attempted_contact"_s, u"last_updated"_s,
    u"maintenance_mode"_s, u"maintenance_mode_reason"_s, u"max_audio_calls"_s, u"max_direct_participants"_s,
    u"max_full_hd_calls"_s, u"max_hd_calls"_s, u"max_media_tokens"_s, u"max_sd_calls"_s, u"media_load"_s,
    u"media_tokens_used"_s, u"name"_s, u"node_type"_s, u"resource_uri"_s, u"signaling_count"_s,
    u"sync_status"_s, u"system_location"_s, u"total_ram"_s, u"upgrade_status"_s, u"version"_s};

// REAL-API.md §2: status/v1/alarm/.
const QStringList kAlarmFields = {u"acknowledged"_s, u"details"_s,  u"id"_s,   u"identifier"_s, u"instance"_s,
                                  u"level"_s,        u"name"_s,     u"node"_s, u"time_raised"_s};

// configuration/v1/worker_vm/: REAL-API.md §2's fields and the network
// fields this emulator adds.
const QStringList kWorkerConfigurationFields = {
    u"address"_s, u"cloud_bursting"_s, u"deployment_type"_s, u"description"_s, u"domain"_s, u"enable_ssh"_s,
    u"gateway"_s, u"hostname"_s, u"id"_s, u"ipv6_address"_s, u"ipv6_gateway"_s, u"maintenance_mode"_s,
    u"maintenance_mode_reason"_s, u"media_priority_weight"_s, u"name"_s, u"netmask"_s, u"node_type"_s,
    u"resource_uri"_s, u"secondary_address"_s, u"secondary_netmask"_s, u"snmp_mode"_s, u"system_location"_s,
    u"transcoding"_s};

const QStringList kSystemLocationFields = {u"description"_s, u"dns_servers"_s, u"id"_s,          u"mtu"_s,
                                           u"name"_s,        u"ntp_servers"_s, u"resource_uri"_s};

} // namespace

class TestSimProfiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pexipProfile_managementVmHasExactlyTheDocumentedFields();
    void extendedProfile_managementVmAddsBootTimeAddressAndStatusSince();
    void pexipProfile_workerVmHasExactlyTheDocumentedFields();
    void pexipV24Profile_workerVmHasTheV24FieldSet();
    void extendedProfile_workerVmAddsItsUpgradeExtras();
    void everyProfile_configurationWorkerVmPointsAtItsSystemLocation();
    void everyProfile_alarmNamesItsKindInSnakeCaseAndTheNodeByAddress();
    void pexipProfile_mediaLoad100WhileInMaintenance();
    void everyProfile_disconnectsAParticipantOrAConferenceAsARealNodeDoes();
};

void TestSimProfiles::pexipProfile_managementVmHasExactlyTheDocumentedFields()
{
    for (const ApiProfile api : {ApiProfile::Pexip, ApiProfile::PexipV24}) {
        SimFixture sim;
        QVERIFY2(sim.start(SimFixture::config(3), api), qPrintable(sim.startError()));
        const Reply list = sim.get(kStatus + u"management_vm/"_s);
        QVERIFY2(list.status == 200, list.describe());
        COMPARE_FIELDS(first(list), setOf(kManagementVmFields));
        const QJsonObject detail = sim.management();
        COMPARE_FIELDS(detail, setOf(kManagementVmFields));
        QVERIFY(!detail.contains(u"boot_time"_s));
        QCOMPARE(detail.value(u"upgrade_status"_s).toString(), u"IDLE"_s);
        QCOMPARE(detail.value(u"version"_s).toString(), kFrom);
    }
}

void TestSimProfiles::extendedProfile_managementVmAddsBootTimeAddressAndStatusSince()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), ApiProfile::Extended), qPrintable(sim.startError()));
    COMPARE_FIELDS(sim.management(),
                   setOf(kManagementVmFields + QStringList{u"address"_s, u"boot_time"_s, u"upgrade_status_since"_s}));
}

void TestSimProfiles::pexipProfile_workerVmHasExactlyTheDocumentedFields()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(12), ApiProfile::Pexip), qPrintable(sim.startError()));
    const QJsonArray nodes = sim.all(kStatus + u"worker_vm/"_s);
    QCOMPARE(nodes.size(), 12);
    for (const QJsonValue &n : nodes)
        COMPARE_FIELDS(n.toObject(), setOf(kWorkerVmFields));
    const QJsonObject one = sim.node(3);
    COMPARE_FIELDS(one, setOf(kWorkerVmFields));
    QCOMPARE(one.value(u"system_location"_s).toString(), nodes.at(2).toObject().value(u"system_location"_s).toString());
    QVERIFY(!one.value(u"system_location"_s).toString().startsWith(u'/')); // a name here, not a URI
    QCOMPARE(one.value(u"id"_s).toInt(), one.value(u"configuration_id"_s).toInt());
    QCOMPARE(one.value(u"node_type"_s).toString(), u"CONFERENCING"_s);
    QVERIFY(one.value(u"cpu_count"_s).toInt() > 0);
    QVERIFY(one.value(u"max_hd_calls"_s).toInt() > 0);
    QVERIFY(one.value(u"max_media_tokens"_s).toInt() >= one.value(u"media_tokens_used"_s).toInt());
}

void TestSimProfiles::pexipV24Profile_workerVmHasTheV24FieldSet()
{
    QStringList v24 = kWorkerVmFields;
    for (const QString &gone : {u"maintenance_mode_reason"_s, u"sync_status"_s, u"last_attempted_contact"_s})
        QVERIFY(v24.removeOne(gone));
    v24 << u"last_reported"_s << u"deploy_progress"_s << u"deploy_error"_s;

    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4), ApiProfile::PexipV24), qPrintable(sim.startError()));
    for (const QJsonValue &v : sim.all(kStatus + u"worker_vm/"_s)) {
        const QJsonObject n = v.toObject();
        COMPARE_FIELDS(n, setOf(v24));
        QCOMPARE(n.value(u"deploy_status"_s).toString(), u"deploy_succeeded"_s);
        QVERIFY(n.value(u"deploy_progress"_s).isDouble());
        QVERIFY(n.value(u"deploy_error"_s).isString());
        QCOMPARE(n.value(u"last_reported"_s).toString(), n.value(u"last_updated"_s).toString());
    }
    COMPARE_FIELDS(sim.node(1), setOf(v24));
}

void TestSimProfiles::extendedProfile_workerVmAddsItsUpgradeExtras()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4), ApiProfile::Extended), qPrintable(sim.startError()));
    const QSet<QString> extended =
        setOf(kWorkerVmFields + QStringList{u"upgrade_status_since"_s, u"upgrade_attempts"_s, u"upgrade_queue_position"_s});
    for (const QJsonValue &v : sim.all(kStatus + u"worker_vm/"_s))
        COMPARE_FIELDS(v.toObject(), extended);
    COMPARE_FIELDS(sim.node(4), extended);
}

void TestSimProfiles::everyProfile_configurationWorkerVmPointsAtItsSystemLocation()
{
    for (const auto &[api, name] : allProfiles()) {
        SimFixture sim;
        QVERIFY2(sim.start(SimFixture::config(12), api), qPrintable(sim.startError()));
        const QJsonArray locations = sim.all(kConfig + u"system_location/"_s);
        QVERIFY2(locations.size() >= 2, name);
        QSet<QString> locationNames;
        for (const QJsonValue &l : locations) {
            COMPARE_FIELDS(l.toObject(), setOf(kSystemLocationFields));
            locationNames.insert(l.toObject().value(u"name"_s).toString());
        }
        // Joined the way a client joins them: status and configuration by
        // configuration_id, the location through its URI.
        QSet<QString> used;
        for (const QJsonValue &v : sim.all(kStatus + u"worker_vm/"_s)) {
            const QJsonObject status = v.toObject();
            const int configurationId = status.value(u"configuration_id"_s).toInt();
            const Reply configuration = sim.get(kConfig + u"worker_vm/%1/"_s.arg(configurationId));
            QVERIFY2(configuration.status == 200, configuration.describe());
            COMPARE_FIELDS(configuration.object(), setOf(kWorkerConfigurationFields));
            const QString uri = configuration.object().value(u"system_location"_s).toString();
            QVERIFY2(QRegularExpression(u"^/api/admin/configuration/v1/system_location/\\d+/$"_s).match(uri).hasMatch(),
                     qPrintable(uri));
            const Reply location = sim.get(uri);
            QVERIFY2(location.status == 200, location.describe());
            QCOMPARE(location.object().value(u"resource_uri"_s).toString(), uri);
            QCOMPARE(location.object().value(u"name"_s).toString(), status.value(u"system_location"_s).toString());
            used.insert(status.value(u"system_location"_s).toString());
        }
        QCOMPARE(used, locationNames);
        COMPARE_FIELDS(first(sim.get(kConfig + u"worker_vm/?limit=1"_s)), setOf(kWorkerConfigurationFields));
    }
}

void TestSimProfiles::everyProfile_alarmNamesItsKindInSnakeCaseAndTheNodeByAddress()
{
    for (const auto &[api, name] : allProfiles()) {
        SimFixture sim;
        QVERIFY2(sim.start(SimFixture::config(4), api), qPrintable(sim.startError()));
        QCOMPARE(sim.all(kStatus + u"alarm/"_s).size(), 0);
        QVERIFY(sim.patch(u"/sim/v1/node/3/"_s, QJsonObject{{u"reachable"_s, false}}).status == 200);
        const QString address = sim.get(kConfig + u"worker_vm/3/"_s).object().value(u"address"_s).toString();

        const QJsonArray alarms = sim.all(kStatus + u"alarm/"_s);
        QCOMPARE(alarms.size(), 1);
        const QJsonObject alarm = alarms.at(0).toObject();
        COMPARE_FIELDS(alarm, setOf(kAlarmFields));
        QCOMPARE(alarm.value(u"node"_s).toString(), address);
        QVERIFY2(QRegularExpression(u"^\\d{1,3}(\\.\\d{1,3}){3}$"_s).match(address).hasMatch(), qPrintable(address));
        QCOMPARE(alarm.value(u"name"_s).toString(), u"connectivity_lost"_s);
        QCOMPARE(alarm.value(u"acknowledged"_s).toBool(true), false);
        QVERIFY(alarm.value(u"identifier"_s).isDouble());
        const Reply detail = sim.get(kStatus + u"alarm/%1/"_s.arg(alarm.value(u"id"_s).toInt()));
        QVERIFY2(detail.status == 200, detail.describe());
        QCOMPARE(detail.object(), alarm);

        // Cleared when the node answers again.
        QVERIFY(sim.patch(u"/sim/v1/node/3/"_s, QJsonObject{{u"reachable"_s, true}}).status == 200);
        QCOMPARE(sim.all(kStatus + u"alarm/"_s).size(), 0);
    }
}

void TestSimProfiles::pexipProfile_mediaLoad100WhileInMaintenance()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(4, kFrom, R"({"call_load": 0})"), ApiProfile::Pexip),
             qPrintable(sim.startError()));
    QCOMPARE(sim.node(2).value(u"media_load"_s).toInt(), 0);
    QCOMPARE(sim.node(2).value(u"media_tokens_used"_s).toInt(), 0);

    // A call uses media tokens and shows in the load.
    QVERIFY(sim.patch(u"/sim/v1/node/2/"_s, QJsonObject{{u"add_calls"_s, 1}}).status == 200);
    QJsonObject n = sim.node(2);
    const int used = n.value(u"media_tokens_used"_s).toInt();
    QVERIFY(used > 0);
    const int load = n.value(u"media_load"_s).toInt();
    QVERIFY2(load > 0 && load < 100, qPrintable(QString::number(load)));

    QVERIFY(sim.patch(kConfig + u"worker_vm/2/"_s, QJsonObject{{u"maintenance_mode"_s, true}}).status == 202);
    n = sim.node(2);
    QCOMPARE(n.value(u"maintenance_mode"_s).toBool(), true);
    QCOMPARE(n.value(u"media_load"_s).toInt(), 100);
    QCOMPARE(n.value(u"media_tokens_used"_s).toInt(), used); // its call is still up
    QCOMPARE(sim.node(1).value(u"media_load"_s).toInt(), 0);
    QCOMPARE(first(sim.get(kStatus + u"worker_vm/?limit=1&offset=1"_s)).value(u"media_load"_s).toInt(), 100);

    QVERIFY(sim.patch(kConfig + u"worker_vm/2/"_s, QJsonObject{{u"maintenance_mode"_s, false}}).status == 202);
    QCOMPARE(sim.node(2).value(u"media_load"_s).toInt(), load);
}

void TestSimProfiles::everyProfile_disconnectsAParticipantOrAConferenceAsARealNodeDoes()
{
    // REAL-API.md §5: command/v1/participant/disconnect/ (participant_id) and
    // command/v1/conference/disconnect/ (conference_id) exist on real nodes.
    for (const ApiProfile api : {ApiProfile::Pexip, ApiProfile::PexipV24, ApiProfile::Extended}) {
        SimFixture sim;
        QVERIFY2(sim.start(SimFixture::config(3), api), qPrintable(sim.startError()));
        const QString participantCommand = u"/api/admin/command/v1/participant/disconnect/"_s;
        const QString conferenceCommand = u"/api/admin/command/v1/conference/disconnect/"_s;
        for (const QString &command : {participantCommand, conferenceCommand}) {
            const Reply schema = sim.get(command + u"schema/"_s);
            QVERIFY2(schema.status == 200, schema.describe());
            QCOMPARE(schema.object().value(u"allowed_list_http_methods"_s).toArray(), QJsonArray{u"post"_s});
        }

        const QJsonArray participants = sim.all(kStatus + u"participant/"_s);
        QVERIFY(participants.size() >= 2); // a working morning
        const QJsonObject one = participants.first().toObject();
        const QString id = one.value(u"id"_s).toString();
        const auto callsOn = [&](const QString &address) {
            int calls = 0;
            for (const QJsonValue &p : sim.all(kStatus + u"participant/"_s))
                calls += p[u"media_node"_s].toString() == address ? 1 : 0;
            return calls;
        };
        const int before = callsOn(one.value(u"media_node"_s).toString());

        // A read-only account may not; the admin may, in JSON.
        QCOMPARE(sim.post(participantCommand, {{u"participant_id"_s, id}}, As::ReadOnly).status, 403);
        const Reply done = sim.post(participantCommand, {{u"participant_id"_s, id}});
        QVERIFY2(done.status == 200, done.describe());
        QCOMPARE(done.object().value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(sim.get(kStatus + u"participant/"_s + id + u"/"_s).status, 404); // gone
        QCOMPARE(callsOn(one.value(u"media_node"_s).toString()), before - 1);
        // Again: it has left, and the answer says which field.
        const Reply again = sim.post(participantCommand, {{u"participant_id"_s, id}});
        QCOMPARE(again.status, 400);
        QVERIFY2(again.object().value(u"participant_id"_s).isArray(), again.describe());
        const Reply missing = sim.post(participantCommand, {});
        QCOMPARE(missing.status, 400);
        QVERIFY2(missing.object().value(u"participant_id"_s).isArray(), missing.describe());

        // A whole conference, the fields sent as a form.
        const QJsonObject conference = sim.all(kStatus + u"conference/"_s).first().toObject();
        const QByteArray form = "conference_id=" + QUrl::toPercentEncoding(conference.value(u"id"_s).toString());
        const Reply ended = sim.postBytes(conferenceCommand, form, "application/x-www-form-urlencoded");
        QVERIFY2(ended.status == 200, ended.describe());
        for (const QJsonValue &p : sim.all(kStatus + u"participant/"_s))
            QVERIFY(p[u"conference"_s].toString() != conference.value(u"name"_s).toString());
    }
}

QTEST_GUILESS_MAIN(TestSimProfiles)
#include "tst_sim_profiles.moc"
