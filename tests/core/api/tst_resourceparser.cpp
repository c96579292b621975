// The API parsers against real infinity-sim answers (data/), and against
// everything a broken or hostile server could send instead.

#include "core/api/errorbody.h"
#include "core/api/resourceparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(IUC_API_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// Replaces (or, without a value, removes) the member at `path`, given as
// "objects/3/signaling_count".
QJsonValue edited(const QJsonValue &value, QStringList path, const std::optional<QJsonValue> &replacement)
{
    const QString head = path.takeFirst();
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int i = head.toInt();
        if (!path.isEmpty())
            array[i] = edited(array.at(i), path, replacement);
        else if (replacement)
            array[i] = *replacement;
        else
            array.removeAt(i);
        return array;
    }
    QJsonObject object = value.toObject();
    if (!path.isEmpty())
        object.insert(head, edited(object.value(head), path, replacement));
    else if (replacement)
        object.insert(head, *replacement);
    else
        object.remove(head);
    return object;
}

QByteArray toJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonValue fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QByteArray withValue(const QByteArray &json, const QString &path, const QJsonValue &value)
{
    return toJson(edited(fromJson(json), path.split(u'/'), value));
}

QByteArray without(const QByteArray &json, const QString &path)
{
    return toJson(edited(fromJson(json), path.split(u'/'), std::nullopt));
}

// A status/v1/worker_vm/ page of `count` copies of the real sample node,
// with ids 1…count.
QByteArray workerPage(int count)
{
    const QJsonObject node = QJsonDocument::fromJson(sample(u"worker_vm.json"_s)).object();
    QJsonArray objects;
    for (int id = 1; id <= count; ++id) {
        QJsonObject o = node;
        o.insert(u"id"_s, id);
        o.insert(u"configuration_id"_s, id);
        o.insert(u"name"_s, u"node%1"_s.arg(id, 4, 10, QLatin1Char('0')));
        objects.append(o);
    }
    const QJsonObject meta{{u"limit"_s, 5000}, {u"offset"_s, 0}, {u"next"_s, QJsonValue::Null},
                           {u"previous"_s, QJsonValue::Null}, {u"total_count"_s, count}};
    return toJson(QJsonObject{{u"meta"_s, meta}, {u"objects"_s, objects}});
}

template <typename T>
std::optional<Error> errorOf(const Result<T> &result)
{
    return result ? std::nullopt : std::optional<Error>(result.error());
}

struct ParserCase
{
    QString resource; // as messages name it
    std::function<std::optional<Error>(const QByteArray &)> parse;
};

// Every resource parser, by name, so data-driven tests can run them all.
const QMap<QString, ParserCase> &parsers()
{
    static const QMap<QString, ParserCase> all = {
        {u"managementVmPage"_s, {u"status/v1/management_vm/"_s, [](const QByteArray &b) { return errorOf(parseManagementVmPage(b)); }}},
        {u"managementVm"_s, {u"status/v1/management_vm/"_s, [](const QByteArray &b) { return errorOf(parseManagementVm(b)); }}},
        {u"workerVmStatusPage"_s, {u"status/v1/worker_vm/"_s, [](const QByteArray &b) { return errorOf(parseWorkerVmStatusPage(b)); }}},
        {u"workerVmStatus"_s, {u"status/v1/worker_vm/"_s, [](const QByteArray &b) { return errorOf(parseWorkerVmStatus(b)); }}},
        {u"workerVmConfigurationPage"_s, {u"configuration/v1/worker_vm/"_s, [](const QByteArray &b) { return errorOf(parseWorkerVmConfigurationPage(b)); }}},
        {u"workerVmConfiguration"_s, {u"configuration/v1/worker_vm/"_s, [](const QByteArray &b) { return errorOf(parseWorkerVmConfiguration(b)); }}},
        {u"participantPage"_s, {u"status/v1/participant/"_s, [](const QByteArray &b) { return errorOf(parseParticipantPage(b)); }}},
        {u"conferencePage"_s, {u"status/v1/conference/"_s, [](const QByteArray &b) { return errorOf(parseConferencePage(b)); }}},
        {u"alarmPage"_s, {u"status/v1/alarm/"_s, [](const QByteArray &b) { return errorOf(parseAlarmPage(b)); }}},
        {u"logPage"_s, {u"status/v1/log/"_s, [](const QByteArray &b) { return errorOf(parseLogPage(b)); }}},
        {u"upgradeRunPage"_s, {u"status/v1/upgrade_run/"_s, [](const QByteArray &b) { return errorOf(parseUpgradeRunPage(b)); }}},
        {u"upgradeRun"_s, {u"status/v1/upgrade_run/"_s, [](const QByteArray &b) { return errorOf(parseUpgradeRun(b)); }}},
        {u"uploadStatus"_s, {u"configuration/v1/upgrade_request/"_s, [](const QByteArray &b) { return errorOf(parseUploadStatus(b)); }}},
        {u"uploadStatusPage"_s, {u"configuration/v1/upgrade_request/"_s, [](const QByteArray &b) { return errorOf(parseUploadStatusPage(b)); }}},
        {u"confirmData"_s, {u"configuration/v1/upgrade_request/<id>/finish/"_s, [](const QByteArray &b) { return errorOf(parseConfirmData(b)); }}},
    };
    return all;
}

// The real sample each parser reads.
const QMap<QString, QString> &samples()
{
    static const QMap<QString, QString> all = {
        {u"managementVmPage"_s, u"management_vm_page.json"_s},
        {u"managementVm"_s, u"management_vm.json"_s},
        {u"workerVmStatusPage"_s, u"worker_vm_page.json"_s},
        {u"workerVmStatus"_s, u"worker_vm.json"_s},
        {u"workerVmConfigurationPage"_s, u"worker_vm_configuration_page.json"_s},
        {u"workerVmConfiguration"_s, u"worker_vm_configuration.json"_s},
        {u"participantPage"_s, u"participant_page.json"_s},
        {u"conferencePage"_s, u"conference_page.json"_s},
        {u"alarmPage"_s, u"alarm_page.json"_s},
        {u"logPage"_s, u"log_page.json"_s},
        {u"upgradeRunPage"_s, u"upgrade_run_page.json"_s},
        {u"upgradeRun"_s, u"upgrade_start.json"_s},
        {u"uploadStatus"_s, u"upload_status.json"_s},
        {u"uploadStatusPage"_s, u"upload_status_page.json"_s},
        {u"confirmData"_s, u"confirm_data.json"_s},
    };
    return all;
}

void verifyMalformed(const std::optional<Error> &error, const QString &resource)
{
    QVERIFY2(error.has_value(), "the parser accepted it");
    QCOMPARE(error->code, u"api.malformed"_s);
    QVERIFY2(error->message.startsWith(resource + u": "_s), qPrintable(error->message));
    QVERIFY2(error->message.size() < 400, qPrintable(error->message.left(500)));
}

} // namespace

class TestResourceParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Real answers
    void everyRealSampleParses_data();
    void everyRealSampleParses();
    void managementVm_realSampleGivesEveryField();
    void managementVmPage_realSampleHasTheOneManagementNode();
    void workerVm_realSampleGivesEveryField();
    void workerVmPage_metaReadWithNextAndNullPrevious();
    void workerVmPage_unreachableNodeAmongTwelve();
    void workerVmConfiguration_configurationOnlyNodeRecognised();
    void workerVmConfigurationPage_addressesRead();
    void participantPage_callsWithTheirNodes();
    void conferencePage_meetingsRead();
    void alarmPage_unreachableAlarmRead();
    void logPage_rawLinesAndIdsKept();
    void upgradeRunPage_attemptsHistoryAndLeftBehind();
    void upgradeRunPage_withoutNodesWhenAskedSo();
    void upgradeRun_startAnswerUnwrapped();
    void uploadStatus_serverOffsetRead();
    void uploadStatusPage_listedUploadsRead();
    void confirmData_bothVersionsForTheConfirmDialog();

    // Refusals, with the field named
    void malformedJson_isApiMalformed_data();
    void malformedJson_isApiMalformed();
    void requiredFieldMissing_namedInMessage_data();
    void requiredFieldMissing_namedInMessage();
    void page_missingFieldNamedWithIndex();
    void upgradeRun_nestedMissingFieldNamedWithFullPath();
    void wrongType_namedWithWhatWasSent_data();
    void wrongType_namedWithWhatWasSent();
    void page_objectThatIsNotAnObjectNamedWithIndex();
    void confirmData_okFalseRefused();

    // Tolerance a real Management Node needs
    void workerVm_unknownStatusKeptRaw();
    void workerVm_unparsableVersionKeptAsText();
    void workerVm_extensionsAbsentOnARealManagementNode();
    void managementVm_extensionsAbsentOnARealManagementNode();
    void run_optionalPartsAbsent();
    void nullables_acceptNull();
    void unknownFields_ignored();
    void page_lastPageHasNoNext();

    // Size
    void workerVmPage_thousandNodesParsedWithAllIds();

    // Times
    void timestamp_acceptedForms_data();
    void timestamp_acceptedForms();
    void timestamp_isUtc();
    void timestamp_garbageRefused_data();
    void timestamp_garbageRefused();
    void httpDate_serverClockRead_data();
    void httpDate_serverClockRead();
    void httpDate_garbageRefused_data();
    void httpDate_garbageRefused();

    // Hostile input
    void hostile_errorNotCrash_data();
    void hostile_errorNotCrash();
    void hostile_hugeStringInNumberFieldGivesBoundedMessage();
    void hostile_hugeNameAccepted();
    void hostile_randomBytesNeverCrash();

    // Error bodies
    void errorBody_runLockedCarriesHowToLift();
    void errorBody_rebootingCarriesBackAt();
    void errorBody_offsetMismatchCarriesServerOffset();
    void errorBody_errorWithFieldMapKeepsBoth();
    void errorBody_fieldMapOnlyBuildsMessage();
    void errorBody_nestedAndNonFieldErrors();
    void errorBody_packageRefusalKeepsVerdictAndVersions();
    void errorBody_htmlPageGivesItsText();
    void errorBody_plainTextTrimmed();
    void errorBody_longTextCapped();
    void errorBody_emptyBodyGivesNothing();
    void errorBody_otherShapes_data();
    void errorBody_otherShapes();
    void errorBody_hostileNeverCrashes();
};

// --- real answers ---

void TestResourceParser::everyRealSampleParses_data()
{
    QTest::addColumn<QString>("parser");
    for (auto it = samples().cbegin(); it != samples().cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestResourceParser::everyRealSampleParses()
{
    QFETCH(QString, parser);
    const std::optional<Error> error = parsers().value(parser).parse(sample(samples().value(parser)));
    QVERIFY2(!error, error ? qPrintable(error->message) : "");
}

void TestResourceParser::managementVm_realSampleGivesEveryField()
{
    const Result<ManagementVm> m = parseManagementVm(sample(u"management_vm.json"_s));
    QVERIFY(m);
    QCOMPARE(m->id, 1);
    QCOMPARE(m->name, u"mgr01"_s);
    QVERIFY(m->primary);
    QCOMPARE(m->address, u"10.0.0.10"_s);
    QCOMPARE(m->version.text, u"10.2 (40234.0.0)"_s);
    QCOMPARE(m->version.version, Version::fromString(u"10.2 (40234.0.0)"));
    QCOMPARE(m->upgradeStatus, NodeStatus(NodeStatus::Code::Idle));
    QCOMPARE(m->syncStatus, u"SYNCED"_s);
    QCOMPARE(m->bootTime, utc(2026, 11, 16, 9, 36, 49, 468));
    QCOMPARE(m->lastUpdated, utc(2026, 11, 25, 17, 59, 36, 231));
    QCOMPARE(m->lastAttemptedContact, utc(2026, 11, 25, 17, 59, 36, 231));
    QCOMPARE(m->upgradeStatusSince, std::optional<QDateTime>(utc(2026, 11, 25, 16, 36, 49, 468)));
}

void TestResourceParser::managementVmPage_realSampleHasTheOneManagementNode()
{
    const Result<Page<ManagementVm>> page = parseManagementVmPage(sample(u"management_vm_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->meta.totalCount, 1);
    QCOMPARE(page->meta.limit, 20);
    QCOMPARE(page->objects.size(), 1);
    QCOMPARE(page->objects.first().name, u"mgr01"_s);
}

void TestResourceParser::workerVm_realSampleGivesEveryField()
{
    const Result<WorkerVmStatus> w = parseWorkerVmStatus(sample(u"worker_vm.json"_s));
    QVERIFY(w);
    QCOMPARE(w->id, 3);
    QCOMPARE(w->configurationId, 3);
    QCOMPARE(w->name, u"osl-conf03"_s);
    QCOMPARE(w->nodeType, u"CONFERENCING"_s);
    QCOMPARE(w->systemLocation, u"Oslo"_s);
    QCOMPARE(w->version.text, u"10.2 (40234.0.0)"_s);
    QVERIFY(w->version.version.isValid());
    QCOMPARE(w->upgradeStatus.code(), NodeStatus::Code::Idle);
    QCOMPARE(w->maintenanceMode, false);
    QCOMPARE(w->maintenanceModeReason, QString());
    QCOMPARE(w->syncStatus, u"SYNCED"_s);
    QCOMPARE(w->bootTime, utc(2026, 11, 7, 2, 36, 49, 468));
    QCOMPARE(w->lastUpdated, utc(2026, 11, 25, 17, 59, 52, 803));
    QCOMPARE(w->lastAttemptedContact, utc(2026, 11, 25, 17, 59, 52, 803));
    QCOMPARE(w->mediaLoad, 12);
    QCOMPARE(w->signalingCount, 3);
    QCOMPARE(w->deployStatus, u"DEPLOYED"_s);
    QCOMPARE(w->upgradeStatusSince, std::optional<QDateTime>(utc(2026, 11, 25, 16, 36, 49, 468)));
    QCOMPARE(w->upgradeAttempts, std::optional<int>(0));
    QCOMPARE(w->upgradeQueuePosition, std::optional<int>(0));
}

void TestResourceParser::workerVmPage_metaReadWithNextAndNullPrevious()
{
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(sample(u"worker_vm_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->meta.limit, 3);
    QCOMPARE(page->meta.offset, 0);
    QCOMPARE(page->meta.next, u"/api/admin/status/v1/worker_vm/?limit=3&offset=3"_s);
    QCOMPARE(page->meta.previous, QString());
    QCOMPARE(page->meta.totalCount, 12);
    QCOMPARE(page->objects.size(), 3);
    QCOMPARE(page->objects.at(0).name, u"osl-conf01"_s);
    QCOMPARE(page->objects.at(2).name, u"osl-conf03"_s);
}

void TestResourceParser::workerVmPage_unreachableNodeAmongTwelve()
{
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(sample(u"worker_vm_page_all.json"_s));
    QVERIFY(page);
    QCOMPARE(page->objects.size(), 12);
    const WorkerVmStatus &node10 = page->objects.at(9);
    QCOMPARE(node10.id, 10);
    QCOMPARE(node10.upgradeStatus.code(), NodeStatus::Code::Unreachable);
    QCOMPARE(node10.syncStatus, u"NOT_SYNCED"_s);
    QCOMPARE(page->objects.at(0).version.text, u"11 (71234.0.0)"_s);
}

void TestResourceParser::workerVmConfiguration_configurationOnlyNodeRecognised()
{
    const Result<WorkerVmConfiguration> c = parseWorkerVmConfiguration(sample(u"worker_vm_configuration.json"_s));
    QVERIFY(c);
    QCOMPARE(c->id, 4);
    QCOMPARE(c->name, u"osl-conf04"_s);
    QCOMPARE(c->hostname, u"osl-conf04"_s);
    QCOMPARE(c->domain, u"example.com"_s);
    QCOMPARE(c->address, u"10.1.0.5"_s);
    QCOMPARE(c->nodeType, u"CONFERENCING"_s);
    QCOMPARE(c->systemLocation, u"Oslo"_s);
    QCOMPARE(c->deploymentType, u"MANUAL-PROVISION-ONLY"_s);
    QVERIFY(c->isConfigurationOnly()); // R12
    QCOMPARE(c->maintenanceMode, false);
}

void TestResourceParser::workerVmConfigurationPage_addressesRead()
{
    const Result<Page<WorkerVmConfiguration>> page =
        parseWorkerVmConfigurationPage(sample(u"worker_vm_configuration_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->objects.size(), 3);
    QCOMPARE(page->objects.at(0).address, u"10.1.0.2"_s);
    QCOMPARE(page->objects.at(0).deploymentType, u"VMWARE"_s);
    QVERIFY(!page->objects.at(0).isConfigurationOnly());
}

void TestResourceParser::participantPage_callsWithTheirNodes()
{
    const Result<Page<Participant>> page = parseParticipantPage(sample(u"participant_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->meta.totalCount, 36);
    QCOMPARE(page->objects.size(), 2);
    const Participant &p = page->objects.first();
    QCOMPARE(p.id, u"00d11467-abeb-00a9-71f6-d0a6e9310140"_s);
    QCOMPARE(p.conference, u"meet.room003"_s);
    QCOMPARE(p.mediaNode, u"10.3.0.2"_s);
    QCOMPARE(p.systemLocation, u"New York"_s);
    QCOMPARE(p.displayName, u"Hiro Sato"_s);
    QCOMPARE(p.protocol, u"WebRTC"_s);
    QCOMPARE(p.connectTime, utc(2026, 11, 25, 17, 55, 30, 370));
}

void TestResourceParser::conferencePage_meetingsRead()
{
    const Result<Page<Conference>> page = parseConferencePage(sample(u"conference_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->meta.totalCount, 20);
    QCOMPARE(page->objects.first().id, u"8"_s);
    QCOMPARE(page->objects.first().name, u"meet.room001"_s);
    QCOMPARE(page->objects.first().serviceType, u"conference"_s);
    QCOMPARE(page->objects.first().startTime, utc(2026, 11, 25, 16, 36, 49, 468));
}

void TestResourceParser::alarmPage_unreachableAlarmRead()
{
    const Result<Page<Alarm>> page = parseAlarmPage(sample(u"alarm_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->objects.size(), 1);
    const Alarm &a = page->objects.first();
    QCOMPARE(a.id, 1);
    QCOMPARE(a.level, u"ERROR"_s);
    QCOMPARE(a.name, u"Node unreachable"_s);
    QCOMPARE(a.node, u"nyc-conf02"_s);
    QCOMPARE(a.details, u"The node does not answer."_s);
    QCOMPARE(a.timeRaised, utc(2026, 11, 25, 20, 25, 11, 910));
}

void TestResourceParser::logPage_rawLinesAndIdsKept()
{
    const Result<Page<LogEntry>> page = parseLogPage(sample(u"log_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->meta.totalCount, 89);
    QCOMPARE(page->meta.next, u"/api/admin/status/v1/log/?limit=5&offset=5&after_id=8"_s);
    QCOMPARE(page->objects.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(page->objects.at(i).id, qint64(9 + i));
    const LogEntry &malformed = page->objects.at(2);
    QCOMPARE(malformed.level, u"ERROR"_s);
    QCOMPARE(malformed.time, utc(2026, 11, 25, 19, 59, 50, 47));
    QVERIFY(malformed.line.contains(u"Node=\"\"osl-conf01.example.com\""_s)); // kept exactly as sent
}

void TestResourceParser::upgradeRunPage_attemptsHistoryAndLeftBehind()
{
    const Result<Page<UpgradeRun>> page = parseUpgradeRunPage(sample(u"upgrade_run_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->objects.size(), 1);
    const UpgradeRun &run = page->objects.first();
    QCOMPARE(run.id, 1);
    QCOMPARE(run.state, u"abandoned"_s);
    QVERIFY(!run.isRunning());
    QCOMPARE(run.outcome, u"abandoned (Management Node rebooted)"_s);
    QCOMPARE(run.targetVersion.version, Version::fromString(u"11 (71234.0.0)"));
    QCOMPARE(run.startedAt, utc(2026, 11, 25, 19, 43, 20, 466));
    QCOMPARE(run.deadlineAt, utc(2026, 11, 26, 19, 43, 20, 466));
    QCOMPARE(run.lockUntil, utc(2026, 11, 26, 19, 43, 20, 466));
    QCOMPARE(run.endedAt, std::optional<QDateTime>(utc(2026, 11, 26, 1, 20, 17, 553)));
    QCOMPARE(run.locked, false);
    QCOMPARE(run.systemsIncluded, 13);
    QCOMPARE(run.systemsUpgraded, 12);
    QCOMPARE(run.maxParallel, 1);
    QCOMPARE(run.drainTimeoutSeconds, qint64(3600));
    QCOMPARE(run.packageId, u"8449a71a63c910b8a0e4cecb6eebde54"_s);
    QCOMPARE(run.queue, QList<int>());
    QCOMPARE(run.leftBehind, QList<int>{10});
    QVERIFY(run.managementIncluded);
    QCOMPARE(run.managementFromVersion, u"10.2 (40234.0.0)"_s);
    QCOMPARE(run.managementHistory.size(), 6);
    QCOMPARE(run.managementHistory.at(1).status.code(), NodeStatus::Code::Upgrading);
    QCOMPARE(run.nodes.size(), 12);

    const RunNode &lon1 = run.nodes.at(4);
    QCOMPARE(lon1.name, u"lon-conf01"_s);
    QCOMPARE(lon1.attempts.size(), 2);
    QCOMPARE(lon1.attempts.at(0).result, u"calls_timeout"_s); // R4
    QCOMPARE(lon1.attempts.at(1).result, u"upgraded"_s);
    QVERIFY(lon1.upgradedAt.has_value());

    const RunNode &nyc2 = run.nodes.at(9); // unreachable throughout (R8), then abandoned (R7)
    QCOMPARE(nyc2.id, 10);
    QVERIFY(!nyc2.upgradedAt.has_value());
    QVERIFY(nyc2.attempts.size() > 2);
    QCOMPARE(nyc2.attempts.first().result, u"unreachable"_s);
    QCOMPARE(nyc2.attempts.first().detail, u"The node could not be contacted when its turn came."_s);
    QCOMPARE(nyc2.attempts.last().result, u"abandoned"_s);
    QVERIFY(!nyc2.history.isEmpty());
}

void TestResourceParser::upgradeRunPage_withoutNodesWhenAskedSo()
{
    const Result<Page<UpgradeRun>> page = parseUpgradeRunPage(sample(u"upgrade_run_page_nonodes.json"_s));
    QVERIFY(page);
    const UpgradeRun &run = page->objects.first();
    QVERIFY(run.isRunning());
    QVERIFY(run.locked);
    QVERIFY(run.nodes.isEmpty());
    QVERIFY(!run.endedAt.has_value());
}

void TestResourceParser::upgradeRun_startAnswerUnwrapped()
{
    const Result<UpgradeRun> run = parseUpgradeRun(sample(u"upgrade_start.json"_s));
    QVERIFY(run);
    QCOMPARE(run->state, u"running"_s);
    QCOMPARE(run->queue, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    QVERIFY(!run->managementUpgradedAt.has_value());

    // The bare run object reads the same.
    const QJsonObject bare = QJsonDocument::fromJson(sample(u"upgrade_start.json"_s)).object().value(u"run"_s).toObject();
    const Result<UpgradeRun> again = parseUpgradeRun(toJson(bare));
    QVERIFY(again);
    QCOMPARE(again->queue, run->queue);

    // A missing field inside the wrapper is named with its place.
    const Result<UpgradeRun> broken = parseUpgradeRun(without(sample(u"upgrade_start.json"_s), u"run/locked"_s));
    QVERIFY(!broken);
    QCOMPARE(broken.error().message, u"status/v1/upgrade_run/: run: \"locked\" is missing"_s);
}

void TestResourceParser::uploadStatus_serverOffsetRead()
{
    const Result<UploadStatus> u = parseUploadStatus(sample(u"upload_status.json"_s));
    QVERIFY(u);
    QCOMPARE(u->id, u"8449a71a63c910b8a0e4cecb6eebde54"_s);
    QCOMPARE(u->totalSize, qint64(1054720));
    QCOMPARE(u->offset, qint64(500000));
    QCOMPARE(u->state, u"uploading"_s);

    // Up to 64 GiB: beyond an int.
    const Result<UploadStatus> big = parseUploadStatus(withValue(sample(u"upload_status.json"_s), u"total_size"_s,
                                                                 QJsonValue(qint64(64) << 30)));
    QVERIFY(big);
    QCOMPARE(big->totalSize, qint64(64) << 30);

    // A real node's shape (REAL-API.md §4): uuid, no total_size.
    const Result<UploadStatus> real = parseUploadStatus(
        R"j({"uuid":"5b0c3c1e-6a4e-4f7e-9d7e-2f1f1b0a9c11","offset":"4096","state":"UPLOADING",)j"
        R"j("current":{"version":"34.1 (77036.0.0)","pseudo_version":"77036.0.0","major":34,"build_date":null},)j"
        R"j("upgrade":null,"resource_uri":"/api/admin/configuration/v1/upgrade_request/5b0c3c1e-6a4e-4f7e-9d7e-2f1f1b0a9c11/"})j");
    QVERIFY2(real, qPrintable(real ? QString() : real.error().message));
    QCOMPARE(real->id, u"5b0c3c1e-6a4e-4f7e-9d7e-2f1f1b0a9c11"_s);
    QCOMPARE(real->offset, qint64(4096));
    QCOMPARE(real->totalSize, qint64(-1)); // not reported
}

void TestResourceParser::uploadStatusPage_listedUploadsRead()
{
    const Result<Page<UploadStatus>> page = parseUploadStatusPage(sample(u"upload_status_page.json"_s));
    QVERIFY(page);
    QCOMPARE(page->objects.size(), 1);
    QCOMPARE(page->objects.first().offset, page->objects.first().totalSize);
}

void TestResourceParser::confirmData_bothVersionsForTheConfirmDialog()
{
    const Result<ConfirmData> c = parseConfirmData(sample(u"confirm_data.json"_s));
    QVERIFY(c);
    QCOMPARE(c->uploadId, u"8449a71a63c910b8a0e4cecb6eebde54"_s);
    QCOMPARE(c->current.version, u"10.2 (40234.0.0)"_s);
    QCOMPARE(c->current.pseudoVersion, u"40234.0.0"_s);
    QCOMPARE(c->current.major, 10);
    QCOMPARE(c->current.buildDate, QString()); // null
    QCOMPARE(c->upgrade.version, u"11 (71234.0.0)"_s);
    QCOMPARE(c->upgrade.major, 11);
    QCOMPARE(c->upgrade.buildDate, u"2026-11-25"_s);
    QCOMPARE(c->verdict, u"upgrade"_s);
    QCOMPARE(c->systemsToUpgrade, 13);
    QCOMPARE(c->size, qint64(1054720));
    QCOMPARE(c->sha256, u"366281456b8d5d34a39fbdcf54cfaffa3358ff5f7481c781e24b8e64a3905e68"_s);
    QVERIFY(c->message.startsWith(u"Upgrade from v10.2"_s));
}

// --- refusals ---

void TestResourceParser::malformedJson_isApiMalformed_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    const QList<QPair<const char *, QByteArray>> bodies = {
        {"empty", QByteArray()},
        {"spaces", QByteArray("  \r\n ")},
        {"text", QByteArray("Service Unavailable")},
        {"html", QByteArray("<html><body>502 Bad Gateway</body></html>")},
        {"truncated", QByteArray("{\"meta\":{\"limit\":20,\"offset\":0")},
        {"trailingComma", QByteArray("{\"id\":1,}")},
        {"list", QByteArray("[]")},
        {"null", QByteArray("null")},
        {"number", QByteArray("42")},
        {"string", QByteArray("\"ok\"")},
        {"singleQuotes", QByteArray("{'id': 1}")},
        {"nan", QByteArray("{\"id\": NaN}")},
    };
    for (auto it = parsers().cbegin(); it != parsers().cend(); ++it) {
        for (const auto &[name, body] : bodies)
            QTest::addRow("%s/%s", qPrintable(it.key()), name) << it.key() << body;
    }
}

void TestResourceParser::malformedJson_isApiMalformed()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    const ParserCase &p = parsers()[parser];
    verifyMalformed(p.parse(body), p.resource);
}

void TestResourceParser::requiredFieldMissing_namedInMessage_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("path");  // of the object holding the field, "" for the top
    QTest::addColumn<QString>("field");

    const auto add = [](const QString &parser, const QString &path, const QStringList &fields) {
        for (const QString &field : fields)
            QTest::addRow("%s/%s", qPrintable(parser), qPrintable(field)) << parser << path << field;
    };
    // Only what every documented version sends and the console cannot do
    // without (the rest: tst_realshapes, optionalFieldMissing_stillRead).
    add(u"managementVm"_s, QString(), {u"id"_s, u"name"_s, u"version"_s, u"upgrade_status"_s});
    add(u"workerVmStatus"_s, QString(), {u"id"_s, u"name"_s, u"version"_s, u"upgrade_status"_s});
    add(u"workerVmConfiguration"_s, QString(), {u"id"_s, u"name"_s});
    add(u"participantPage"_s, u"objects/0"_s,
        {u"id"_s, u"conference"_s, u"media_node"_s, u"system_location"_s, u"display_name"_s, u"protocol"_s,
         u"connect_time"_s});
    add(u"conferencePage"_s, u"objects/1"_s, {u"id"_s, u"name"_s, u"service_type"_s, u"start_time"_s});
    add(u"alarmPage"_s, u"objects/0"_s, {u"id"_s, u"name"_s});
    add(u"logPage"_s, u"objects/4"_s, {u"id"_s, u"time"_s, u"level"_s, u"line"_s});
    add(u"upgradeRunPage"_s, u"objects/0"_s,
        {u"id"_s, u"state"_s, u"outcome"_s, u"target_version"_s, u"started_at"_s, u"deadline_at"_s,
         u"lock_until"_s, u"ended_at"_s, u"locked"_s, u"systems_included"_s, u"systems_upgraded"_s,
         u"max_parallel"_s, u"drain_timeout_s"_s, u"queue"_s, u"left_behind"_s, u"management"_s});
    add(u"upgradeRunPage"_s, u"objects/0/management"_s,
        {u"included"_s, u"from_version"_s, u"upgraded_at"_s, u"history"_s});
    add(u"upgradeRunPage"_s, u"objects/0/nodes/4"_s,
        {u"id"_s, u"name"_s, u"included"_s, u"from_version"_s, u"upgraded_at"_s, u"attempts"_s, u"history"_s});
    add(u"uploadStatus"_s, QString(), {u"id"_s, u"offset"_s}); // total_size is an extension
    add(u"confirmData"_s, QString(), {u"ok"_s, u"upload_id"_s, u"current"_s, u"upgrade"_s});
    add(u"confirmData"_s, u"current"_s, {u"version"_s, u"pseudo_version"_s, u"major"_s});
    for (const QString &page : {u"workerVmStatusPage"_s, u"alarmPage"_s, u"uploadStatusPage"_s}) {
        add(page, u"meta"_s, {u"limit"_s, u"offset"_s, u"next"_s, u"previous"_s, u"total_count"_s});
        add(page, QString(), {u"meta"_s, u"objects"_s});
    }
}

void TestResourceParser::requiredFieldMissing_namedInMessage()
{
    QFETCH(QString, parser);
    QFETCH(QString, path);
    QFETCH(QString, field);
    const ParserCase &p = parsers()[parser];
    const QByteArray body = without(sample(samples().value(parser)), path.isEmpty() ? field : path + u'/' + field);
    const std::optional<Error> error = p.parse(body);
    verifyMalformed(error, p.resource);

    // "objects/0/nodes/4" is shown as "objects[0].nodes[4]".
    QString shownPath;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool isIndex = false;
        part.toInt(&isIndex);
        if (isIndex)
            shownPath += u'[' + part + u']';
        else
            shownPath += (shownPath.isEmpty() ? QString() : u"."_s) + part;
    }
    const QString expected =
        p.resource + u": "_s + (shownPath.isEmpty() ? QString() : shownPath + u": "_s) + u'"' + field + u"\" is missing"_s;
    QCOMPARE(error->message, expected);
    QCOMPARE(error->details.value(u"field"_s).toString(), field);
    QCOMPARE(error->details.value(u"path"_s).toString(), shownPath);
}

void TestResourceParser::page_missingFieldNamedWithIndex()
{
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(without(workerPage(5), u"objects/3/version"_s));
    QVERIFY(!page);
    QCOMPARE(page.error().code, u"api.malformed"_s);
    QCOMPARE(page.error().message, u"status/v1/worker_vm/: objects[3]: \"version\" is missing"_s);
    QCOMPARE(page.error().details.value(u"resource"_s).toString(), u"status/v1/worker_vm/"_s);
}

void TestResourceParser::upgradeRun_nestedMissingFieldNamedWithFullPath()
{
    const Result<Page<UpgradeRun>> page =
        parseUpgradeRunPage(without(sample(u"upgrade_run_page.json"_s), u"objects/0/nodes/4/attempts/1/started_at"_s));
    QVERIFY(!page);
    QCOMPARE(page.error().message,
             u"status/v1/upgrade_run/: objects[0].nodes[4].attempts[1]: \"started_at\" is missing"_s);

    const Result<Page<UpgradeRun>> history =
        parseUpgradeRunPage(without(sample(u"upgrade_run_page.json"_s), u"objects/0/management/history/2/status"_s));
    QVERIFY(!history);
    QCOMPARE(history.error().message,
             u"status/v1/upgrade_run/: objects[0].management.history[2]: \"status\" is missing"_s);
}

void TestResourceParser::wrongType_namedWithWhatWasSent_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // after "status/v1/worker_vm/: objects[3]: "

    QTest::newRow("count as text") << u"signaling_count"_s << QJsonValue(u"abc"_s)
                                   << u"\"signaling_count\" should be a number, got \"abc\""_s;
    QTest::newRow("count as signed text") << u"signaling_count"_s << QJsonValue(u"-3"_s)
                                          << u"\"signaling_count\" should be a number, got \"-3\""_s;
    QTest::newRow("count fraction") << u"signaling_count"_s << QJsonValue(2.5)
                                    << u"\"signaling_count\" should be a whole number from 0 to 2147483647, got 2.5"_s;
    QTest::newRow("count negative") << u"media_load"_s << QJsonValue(-1)
                                    << u"\"media_load\" should be a whole number from 0 to 2147483647, got -1"_s;
    QTest::newRow("count 1e308") << u"media_load"_s << QJsonValue(1e308)
                                 << u"\"media_load\" should be a whole number from 0 to 2147483647, got 1e+308"_s;
    QTest::newRow("id beyond int") << u"id"_s << QJsonValue(qint64(1) << 40)
                                   << u"\"id\" should be a whole number from 0 to 2147483647, got 1099511627776"_s;
    QTest::newRow("id null") << u"id"_s << QJsonValue(QJsonValue::Null) << u"\"id\" must not be null"_s;
    QTest::newRow("bool as text") << u"maintenance_mode"_s << QJsonValue(u"yes"_s)
                                  << u"\"maintenance_mode\" should be true or false, got \"yes\""_s;
    QTest::newRow("bool as number") << u"maintenance_mode"_s << QJsonValue(1)
                                    << u"\"maintenance_mode\" should be true or false, got 1"_s;
    QTest::newRow("name as number") << u"name"_s << QJsonValue(42)
                                    << u"\"name\" should be a string, got 42"_s;
    QTest::newRow("status as list") << u"upgrade_status"_s << QJsonValue(QJsonArray{u"IDLE"_s})
                                    << u"\"upgrade_status\" should be a string, got a list"_s;
    QTest::newRow("version as object") << u"version"_s << QJsonValue(QJsonObject{{u"major"_s, 11}})
                                       << u"\"version\" should be a string, got an object"_s;
    QTest::newRow("version null") << u"version"_s << QJsonValue(QJsonValue::Null)
                                  << u"\"version\" must not be null"_s;
    QTest::newRow("time as words") << u"boot_time"_s << QJsonValue(u"yesterday"_s)
                                   << u"\"boot_time\" should be a timestamp such as \"2026-11-25T15:10:41.123\", got \"yesterday\""_s;
    QTest::newRow("time as number") << u"last_updated"_s << QJsonValue(1764000000)
                                    << u"\"last_updated\" should be a timestamp such as \"2026-11-25T15:10:41.123\", got 1764000000"_s;
    QTest::newRow("extension mistyped") << u"upgrade_attempts"_s << QJsonValue(u"three"_s)
                                        << u"\"upgrade_attempts\" should be a number, got \"three\""_s;
    QTest::newRow("extension time mistyped") << u"upgrade_status_since"_s << QJsonValue(true)
                                             << u"\"upgrade_status_since\" should be a timestamp such as \"2026-11-25T15:10:41.123\", got true"_s;
    QTest::newRow("name as bool") << u"name"_s << QJsonValue(false)
                                               << u"\"name\" should be a string, got false"_s;
}

void TestResourceParser::wrongType_namedWithWhatWasSent()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const Result<Page<WorkerVmStatus>> page =
        parseWorkerVmStatusPage(withValue(workerPage(5), u"objects/3/"_s + field, value));
    QVERIFY(!page);
    QCOMPARE(page.error().code, u"api.malformed"_s);
    QCOMPARE(page.error().message, u"status/v1/worker_vm/: objects[3]: "_s + expected);
    QCOMPARE(page.error().details.value(u"field"_s).toString(), field);
}

void TestResourceParser::page_objectThatIsNotAnObjectNamedWithIndex()
{
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(withValue(workerPage(5), u"objects/2"_s, 7));
    QVERIFY(!page);
    QCOMPARE(page.error().message, u"status/v1/worker_vm/: objects[2] should be an object, got 7"_s);

    const Result<Page<WorkerVmStatus>> objects =
        parseWorkerVmStatusPage(withValue(workerPage(1), u"objects"_s, QJsonObject{}));
    QVERIFY(!objects);
    QCOMPARE(objects.error().message, u"status/v1/worker_vm/: \"objects\" should be a list, got an object"_s);

    const Result<Page<WorkerVmStatus>> meta =
        parseWorkerVmStatusPage(withValue(workerPage(1), u"meta/next"_s, 5));
    QVERIFY(!meta);
    QCOMPARE(meta.error().message, u"status/v1/worker_vm/: meta: \"next\" should be a string, got 5"_s);

    const Result<Page<UpgradeRun>> queue =
        parseUpgradeRunPage(withValue(sample(u"upgrade_run_page_nonodes.json"_s), u"objects/0/left_behind"_s,
                                      QJsonArray{1, u"two"_s}));
    QVERIFY(!queue);
    QCOMPARE(queue.error().message,
             u"status/v1/upgrade_run/: objects[0]: \"left_behind[1]\" should be a number, got \"two\""_s);
}

void TestResourceParser::confirmData_okFalseRefused()
{
    const Result<ConfirmData> c = parseConfirmData(withValue(sample(u"confirm_data.json"_s), u"ok"_s, false));
    QVERIFY(!c);
    QCOMPARE(c.error().code, u"api.malformed"_s);
    QVERIFY2(c.error().message.contains(u"\"ok\""_s), qPrintable(c.error().message));
}

// --- tolerance ---

void TestResourceParser::workerVm_unknownStatusKeptRaw()
{
    const Result<Page<WorkerVmStatus>> page =
        parseWorkerVmStatusPage(withValue(workerPage(3), u"objects/1/upgrade_status"_s, u"DEFROSTING"_s));
    QVERIFY(page);
    QCOMPARE(page->objects.size(), 3);
    const NodeStatus &status = page->objects.at(1).upgradeStatus;
    QCOMPARE(status.code(), NodeStatus::Code::Unknown);
    QCOMPARE(status.apiCode(), u"DEFROSTING"_s);
    QCOMPARE(page->objects.at(0).upgradeStatus.code(), NodeStatus::Code::Idle);
}

void TestResourceParser::workerVm_unparsableVersionKeptAsText()
{
    const Result<WorkerVmStatus> w =
        parseWorkerVmStatus(withValue(sample(u"worker_vm.json"_s), u"version"_s, u"31 beta (build x)"_s));
    QVERIFY(w);
    QCOMPARE(w->version.text, u"31 beta (build x)"_s);
    QVERIFY(!w->version.version.isValid());

    const Result<WorkerVmStatus> empty = parseWorkerVmStatus(withValue(sample(u"worker_vm.json"_s), u"version"_s, u""_s));
    QVERIFY(empty);
    QVERIFY(!empty->version.version.isValid());
}

void TestResourceParser::workerVm_extensionsAbsentOnARealManagementNode()
{
    QByteArray body = sample(u"worker_vm.json"_s);
    for (const QString &extension : {u"upgrade_status_since"_s, u"upgrade_attempts"_s, u"upgrade_queue_position"_s})
        body = without(body, extension);
    const Result<WorkerVmStatus> w = parseWorkerVmStatus(body);
    QVERIFY(w);
    QVERIFY(!w->upgradeStatusSince.has_value());
    QVERIFY(!w->upgradeAttempts.has_value());
    QVERIFY(!w->upgradeQueuePosition.has_value());
    QCOMPARE(w->name, u"osl-conf03"_s);

    // Null where an extension is not known yet reads the same as absent.
    const Result<WorkerVmStatus> nulled = parseWorkerVmStatus(
        withValue(sample(u"worker_vm.json"_s), u"upgrade_status_since"_s, QJsonValue(QJsonValue::Null)));
    QVERIFY(nulled);
    QVERIFY(!nulled->upgradeStatusSince.has_value());
}

void TestResourceParser::managementVm_extensionsAbsentOnARealManagementNode()
{
    const QByteArray body = without(without(sample(u"management_vm.json"_s), u"upgrade_status_since"_s), u"address"_s);
    const Result<ManagementVm> m = parseManagementVm(body);
    QVERIFY(m);
    QVERIFY(!m->upgradeStatusSince.has_value());
    QCOMPARE(m->address, QString());
}

void TestResourceParser::run_optionalPartsAbsent()
{
    QByteArray body = sample(u"upgrade_run_page.json"_s);
    for (const QString &optional : {u"objects/0/nodes"_s, u"objects/0/package_id"_s, u"objects/0/package_sha256"_s})
        body = without(body, optional);
    const Result<Page<UpgradeRun>> page = parseUpgradeRunPage(body);
    QVERIFY(page);
    QVERIFY(page->objects.first().nodes.isEmpty());
    QCOMPARE(page->objects.first().packageId, QString());

    QByteArray upload = without(sample(u"upload_status.json"_s), u"state"_s);
    QVERIFY(parseUploadStatus(upload));

    QByteArray confirm = sample(u"confirm_data.json"_s);
    for (const QString &extension : {u"verdict"_s, u"message"_s, u"systems_to_upgrade"_s, u"size"_s, u"sha256"_s,
                                     u"current/build_date"_s})
        confirm = without(confirm, extension);
    const Result<ConfirmData> c = parseConfirmData(confirm);
    QVERIFY(c);
    QCOMPARE(c->verdict, QString());
    QCOMPARE(c->upgrade.version, u"11 (71234.0.0)"_s);
}

void TestResourceParser::nullables_acceptNull()
{
    const QJsonValue null(QJsonValue::Null);
    // A node the Management Node never reached has no times yet.
    QByteArray worker = sample(u"worker_vm.json"_s);
    for (const QString &field : {u"boot_time"_s, u"last_updated"_s, u"last_attempted_contact"_s,
                                 u"maintenance_mode_reason"_s, u"sync_status"_s, u"deploy_status"_s})
        worker = withValue(worker, field, null);
    const Result<WorkerVmStatus> w = parseWorkerVmStatus(worker);
    QVERIFY(w);
    QVERIFY(!w->bootTime.isValid());
    QCOMPARE(w->maintenanceModeReason, QString());

    const Result<Page<Alarm>> alarm = parseAlarmPage(withValue(sample(u"alarm_page.json"_s), u"objects/0/node"_s, null));
    QVERIFY(alarm);
    QCOMPARE(alarm->objects.first().node, QString());

    const Result<Page<UpgradeRun>> run =
        parseUpgradeRunPage(withValue(sample(u"upgrade_run_page.json"_s), u"objects/0/nodes/0/attempts/0/ended_at"_s, null));
    QVERIFY(run);
    QVERIFY(!run->objects.first().nodes.first().attempts.first().endedAt.has_value());
}

void TestResourceParser::unknownFields_ignored()
{
    QByteArray body = withValue(workerPage(2), u"objects/1/cpu_temperature"_s, QJsonObject{{u"celsius"_s, 41}});
    body = withValue(body, u"meta/cursor"_s, u"abc"_s);
    body = withValue(body, u"generated_by"_s, u"Infinity 99"_s);
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(body);
    QVERIFY(page);
    QCOMPARE(page->objects.size(), 2);
}

void TestResourceParser::page_lastPageHasNoNext()
{
    const Result<Page<Alarm>> page = parseAlarmPage(sample(u"alarm_page.json"_s));
    QVERIFY(page);
    QVERIFY(page->meta.next.isEmpty());
    QVERIFY(page->meta.previous.isEmpty());

    const Result<Page<Alarm>> empty = parseAlarmPage("{\"meta\":{\"limit\":20,\"offset\":40,\"next\":null,\n        \"previous\":\"/api/admin/status/v1/alarm/?limit=20&offset=20\",\"total_count\":2},\"objects\":[]}");
    QVERIFY(empty);
    QVERIFY(empty->objects.isEmpty());
    QCOMPARE(empty->meta.previous, u"/api/admin/status/v1/alarm/?limit=20&offset=20"_s);
}

// --- size ---

void TestResourceParser::workerVmPage_thousandNodesParsedWithAllIds()
{
    const QByteArray body = workerPage(1000);
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(body);
    QVERIFY(page);
    QCOMPARE(page->objects.size(), 1000);
    QCOMPARE(page->meta.totalCount, 1000);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(page->objects.at(i).id, i + 1);
    QCOMPARE(page->objects.last().name, u"node1000"_s);

    // The last node's error names its index: nothing is skipped or reordered.
    const Result<Page<WorkerVmStatus>> broken = parseWorkerVmStatusPage(without(body, u"objects/999/name"_s));
    QVERIFY(!broken);
    QCOMPARE(broken.error().message, u"status/v1/worker_vm/: objects[999]: \"name\" is missing"_s);
}

// --- times ---

void TestResourceParser::timestamp_acceptedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("server, milliseconds") << u"2026-11-25T15:10:41.123"_s << utc(2026, 11, 25, 15, 10, 41, 123);
    QTest::newRow("no fraction") << u"2026-11-25T15:10:41"_s << utc(2026, 11, 25, 15, 10, 41);
    QTest::newRow("Pexip microseconds") << u"2015-04-02T09:36:36.155000"_s << utc(2015, 4, 2, 9, 36, 36, 155);
    QTest::newRow("one fraction digit") << u"2026-11-25T15:10:41.5"_s << utc(2026, 11, 25, 15, 10, 41, 500);
    QTest::newRow("nanoseconds") << u"2026-11-25T15:10:41.999999999"_s << utc(2026, 11, 25, 15, 10, 41, 999);
    QTest::newRow("Z") << u"2026-11-25T15:10:41.123Z"_s << utc(2026, 11, 25, 15, 10, 41, 123);
    QTest::newRow("Z, no fraction") << u"2026-11-25T15:10:41Z"_s << utc(2026, 11, 25, 15, 10, 41);
    QTest::newRow("zero offset") << u"2026-11-25T15:10:41.123+00:00"_s << utc(2026, 11, 25, 15, 10, 41, 123);
    QTest::newRow("offset east") << u"2026-11-25T16:10:41+01:00"_s << utc(2026, 11, 25, 15, 10, 41);
    QTest::newRow("offset west over midnight") << u"2026-11-24T23:10:41-16:00"_s << utc(2026, 11, 25, 15, 10, 41);
    QTest::newRow("leap day") << u"2028-02-29T00:00:00"_s << utc(2028, 2, 29, 0, 0, 0);
}

void TestResourceParser::timestamp_acceptedForms()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const Result<QDateTime> t = parseTimestamp(text);
    QVERIFY2(t, t ? "" : qPrintable(t.error().message));
    QCOMPARE(t.value(), expected);
    QCOMPARE(t->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestResourceParser::timestamp_isUtc()
{
    const Result<QDateTime> t = parseTimestamp(u"2026-11-25T15:10:41.123");
    QVERIFY(t);
    QCOMPARE(t->timeZone(), QTimeZone::utc());
    QCOMPARE(t->offsetFromUtc(), 0);
    QCOMPARE(t->toString(Qt::ISODateWithMs), u"2026-11-25T15:10:41.123Z"_s);
    const Result<QDateTime> shifted = parseTimestamp(u"2026-11-25T16:10:41+01:00");
    QVERIFY(shifted);
    QCOMPARE(shifted->timeZone(), QTimeZone::utc());
    QCOMPARE(shifted->time(), QTime(15, 10, 41));
}

void TestResourceParser::timestamp_garbageRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << u"yesterday"_s;
    QTest::newRow("date only") << u"2026-11-25"_s;
    QTest::newRow("space for T") << u"2026-11-25 15:10:41"_s;
    QTest::newRow("month 13") << u"2026-13-01T00:00:00"_s;
    QTest::newRow("30 February") << u"2026-02-30T00:00:00"_s;
    QTest::newRow("hour 25") << u"2026-11-25T25:10:41"_s;
    QTest::newRow("second 60") << u"2026-11-25T15:10:60"_s;
    QTest::newRow("dot without digits") << u"2026-11-25T15:10:41."_s;
    QTest::newRow("ten fraction digits") << u"2026-11-25T15:10:41.1234567890"_s;
    QTest::newRow("short offset") << u"2026-11-25T15:10:41+5"_s;
    QTest::newRow("offset 25h") << u"2026-11-25T15:10:41+25:00"_s;
    QTest::newRow("trailing text") << u"2026-11-25T15:10:41.123 UTC"_s;
    QTest::newRow("leading space") << u" 2026-11-25T15:10:41"_s;
    QTest::newRow("Arabic-Indic digits") << u"\u0662\u0660\u0662\u0666-11-25T15:10:41"_s;
    QTest::newRow("year 0") << u"0000-01-01T00:00:00"_s;
    QTest::newRow("huge") << QString(100000, u'9');
}

void TestResourceParser::timestamp_garbageRefused()
{
    QFETCH(QString, text);
    const Result<QDateTime> t = parseTimestamp(text);
    QVERIFY(!t);
    QCOMPARE(t.error().code, u"api.malformed"_s);
    QVERIFY(t.error().message.size() < 200);
}

void TestResourceParser::httpDate_serverClockRead_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 25 Nov 2026 15:52:27 GMT") << utc(2026, 11, 25, 15, 52, 27);
    QTest::newRow("emulator after reboot") << QByteArray("Thu, 26 Nov 2026 03:42:31 GMT") << utc(2026, 11, 26, 3, 42, 31);
    QTest::newRow("one-digit day") << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT") << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << utc(1994, 11, 6, 8, 49, 37);
    QTest::newRow("surrounding spaces") << QByteArray("  Wed, 25 Nov 2026 15:52:27 GMT ") << utc(2026, 11, 25, 15, 52, 27);
}

void TestResourceParser::httpDate_serverClockRead()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const Result<QDateTime> t = parseHttpDate(text);
    QVERIFY2(t, t ? "" : qPrintable(t.error().message));
    QCOMPARE(t.value(), expected);
    QCOMPARE(t->timeZone(), QTimeZone::utc());
}

void TestResourceParser::httpDate_garbageRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ISO") << QByteArray("2026-11-25T15:52:27Z");
    QTest::newRow("not GMT") << QByteArray("Wed, 25 Nov 2026 15:52:27 PST");
    QTest::newRow("day 32") << QByteArray("Wed, 32 Nov 2026 15:52:27 GMT");
    QTest::newRow("31 November") << QByteArray("Wed, 31 Nov 2026 15:52:27 GMT");
    QTest::newRow("unknown month") << QByteArray("Wed, 25 Noe 2026 15:52:27 GMT");
    QTest::newRow("hour 24") << QByteArray("Wed, 25 Nov 2026 24:52:27 GMT");
    QTest::newRow("no comma") << QByteArray("Wed 25 Nov 2026 15:52:27 GMT");
    QTest::newRow("localised") << QByteArray("ons., 25 nov. 2026 15:52:27 GMT");
    QTest::newRow("two-digit year") << QByteArray("Wed, 25 Nov 26 15:52:27 GMT");
    QTest::newRow("long") << QByteArray(5000, 'W');
    QTest::newRow("NUL") << QByteArray("Wed, 25 Nov 2026\0 15:52:27 GMT", 30);
}

void TestResourceParser::httpDate_garbageRefused()
{
    QFETCH(QByteArray, text);
    const Result<QDateTime> t = parseHttpDate(text);
    QVERIFY(!t);
    QCOMPARE(t.error().code, u"api.malformed"_s);
    QVERIFY(t.error().message.size() < 200);
}

// --- hostile input ---

void TestResourceParser::hostile_errorNotCrash_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");

    const int depth = 100000;
    const QByteArray deepArrays = QByteArray(depth, '[') + QByteArray(depth, ']');
    QByteArray deepObjects;
    for (int i = 0; i < depth; ++i)
        deepObjects += "{\"a\":";
    deepObjects += "1" + QByteArray(depth, '}');
    const QByteArray deepInField = "{\"meta\":" + deepArrays + ",\"objects\":[]}";
    const QByteArray hugeString = '"' + QByteArray(10 * 1024 * 1024, 'x') + '"';
    const QByteArray hugeNumbers =
        "{\"meta\":{\"limit\":1e308,\"offset\":-1e308,\"next\":null,\"previous\":null,\"total_count\":1e999},\"objects\":[]}";
    const QByteArray hugeId = "{\"id\":1e308,\"total_size\":1e308,\"offset\":-0.0,\"state\":\"x\"}";
    const QByteArray manyDigits = "{\"id\":" + QByteArray(100000, '9') + "}";
    const QByteArray nanLike = "{\"id\":NaN,\"name\":Infinity}";
    const QByteArray nul = QByteArray("{\"id\":1,\0\"name\":\"x\"}", 21);
    const QByteArray badUtf8 = "{\"name\":\"\xff\xfe\xc3\"}";
    const QByteArray wrongEverywhere =
        "{\"meta\":[],\"objects\":{\"0\":{}},\"id\":\"1\",\"name\":[],\"version\":{},\"upgrade_status\":7,\"ok\":\"true\",\n            \"current\":[],\"upgrade\":null,\"queue\":\"1,2\",\"nodes\":{},\"management\":[],\"history\":\"x\"}";
    const QByteArray objectsOfJunk = "{\"meta\":{\"limit\":1,\"offset\":0,\"next\":null,\"previous\":null,\"total_count\":3},\n            \"objects\":[null, true, \"x\"]}";

    const QList<QPair<const char *, QByteArray>> bodies = {
        {"arrays 100k deep", deepArrays},          {"objects 100k deep", deepObjects},
        {"deep inside a field", deepInField},      {"10 MB string", hugeString},
        {"numbers 1e308", hugeNumbers},            {"id 1e308", hugeId},
        {"100k-digit number", manyDigits},         {"NaN and Infinity", nanLike},
        {"NUL byte", nul},                         {"invalid UTF-8", badUtf8},
        {"wrong types everywhere", wrongEverywhere}, {"objects of junk", objectsOfJunk},
    };
    for (auto it = parsers().cbegin(); it != parsers().cend(); ++it) {
        for (const auto &[name, body] : bodies)
            QTest::addRow("%s/%s", qPrintable(it.key()), name) << it.key() << body;
    }
}

void TestResourceParser::hostile_errorNotCrash()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    const ParserCase &p = parsers()[parser];
    verifyMalformed(p.parse(body), p.resource);
}

void TestResourceParser::hostile_hugeStringInNumberFieldGivesBoundedMessage()
{
    const QString huge(10 * 1024 * 1024, u'7');
    const Result<WorkerVmStatus> w = parseWorkerVmStatus(withValue(sample(u"worker_vm.json"_s), u"signaling_count"_s, huge));
    QVERIFY(!w);
    // Digits, so a number as text, but far beyond any count.
    QVERIFY2(w.error().message.startsWith(
                 u"status/v1/worker_vm/: \"signaling_count\" should be a whole number from 0 to 2147483647, got \"7777"_s),
             qPrintable(w.error().message.left(200)));
    QVERIFY(w.error().message.size() < 200);

    // Control characters in what is quoted back are masked.
    const Result<WorkerVmStatus> control =
        parseWorkerVmStatus(withValue(sample(u"worker_vm.json"_s), u"media_load"_s, u"\x1b[2J\n"_s));
    QVERIFY(!control);
    QVERIFY(!control.error().message.contains(QChar(0x1b)));
    QVERIFY(!control.error().message.contains(u'\n'));
}

void TestResourceParser::hostile_hugeNameAccepted()
{
    // Long but well-typed values are data, not an error.
    const QString huge(1024 * 1024, u'n');
    const Result<WorkerVmStatus> w = parseWorkerVmStatus(withValue(sample(u"worker_vm.json"_s), u"name"_s, huge));
    QVERIFY(w);
    QCOMPARE(w->name.size(), huge.size());
}

void TestResourceParser::hostile_randomBytesNeverCrash()
{
    // Random mutations of every real sample, with a fixed seed so a failure
    // can be reproduced. (The fuzz targets go further.)
    QRandomGenerator random(20261125);
    for (auto it = samples().cbegin(); it != samples().cend(); ++it) {
        const QByteArray original = sample(it.value());
        const ParserCase &p = parsers()[it.key()];
        for (int round = 0; round < 300; ++round) {
            QByteArray body = original;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                const auto at = qsizetype(random.bounded(quint32(body.size())));
                switch (random.bounded(3)) {
                case 0:
                    body[at] = char(random.bounded(256));
                    break;
                case 1:
                    body.remove(at, qsizetype(random.bounded(8)));
                    break;
                default:
                    body.insert(at, "\"[{:,}]\\1e-0nul"[random.bounded(16)]);
                    break;
                }
            }
            const std::optional<Error> error = p.parse(body);
            if (error)
                verifyMalformed(error, p.resource);
        }
    }
}

// --- error bodies ---

void TestResourceParser::errorBody_runLockedCarriesHowToLift()
{
    const ApiErrorBody e = parseErrorBody(sample(u"error_run_locked.json"_s));
    QCOMPARE(e.code, u"run.locked"_s);
    QVERIFY(e.message.startsWith(u"An upgrade started at 2026-11-25 19:43:20 UTC is still running."_s));
    QCOMPARE(e.extra.value(u"locked_since"_s).toString(), u"2026-11-25T19:43:20.466"_s);
    QCOMPARE(e.extra.value(u"locked_until"_s).toString(), u"2026-11-26T19:43:20.466"_s);
    QVERIFY(e.extra.value(u"how_to_lift"_s).toString().contains(u"reboot the Management Node"_s));
    QVERIFY(!e.extra.contains(u"error"_s));
    QVERIFY(!e.extra.contains(u"code"_s));
    QVERIFY(e.fieldErrors.isEmpty());
}

void TestResourceParser::errorBody_rebootingCarriesBackAt()
{
    const ApiErrorBody e = parseErrorBody(sample(u"error_rebooting.json"_s));
    QCOMPARE(e.message, u"The Management Node is rebooting; its API is back in about 18 s."_s);
    QCOMPARE(e.code, QString());
    QCOMPARE(e.extra.value(u"rebooting"_s).toBool(), true);
    QCOMPARE(e.extra.value(u"back_at"_s).toString(), u"2026-11-26T01:23:17.553"_s);
}

void TestResourceParser::errorBody_offsetMismatchCarriesServerOffset()
{
    const ApiErrorBody e = parseErrorBody(sample(u"error_offset_mismatch.json"_s));
    QCOMPARE(e.code, u"upload.offset-mismatch"_s);
    QVERIFY(e.extra.contains(u"offset"_s));
    QCOMPARE(e.extra.value(u"offset"_s).toLongLong(), qlonglong(0));
    QVERIFY(e.message.contains(u"Continue from byte 0."_s));
}

void TestResourceParser::errorBody_errorWithFieldMapKeepsBoth()
{
    const ApiErrorBody e = parseErrorBody(sample(u"error_field_map.json"_s));
    QCOMPARE(e.message, u"Name the uploaded package to install."_s);
    QCOMPARE(e.fieldErrors.value(u"package"_s), QStringList{u"This field is required."_s});
    QVERIFY(e.extra.isEmpty());

    const ApiErrorBody patch = parseErrorBody(sample(u"error_field_map_only.json"_s));
    QCOMPARE(patch.fieldErrors.value(u"maintenance_mode"_s), QStringList{u"This field must be true or false."_s});
}

void TestResourceParser::errorBody_fieldMapOnlyBuildsMessage()
{
    const ApiErrorBody e = parseErrorBody("{\"total_size\":[\"A whole number of bytes is required.\"]}");
    QCOMPARE(e.message, u"total_size: A whole number of bytes is required."_s);

    const ApiErrorBody two = parseErrorBody(
        "{\"name\":[\"This field is required.\"],\"address\":[\"Enter a valid IPv4 address.\",\"It is in use.\"]}");
    QCOMPARE(two.message, u"address: Enter a valid IPv4 address. It is in use.; name: This field is required."_s);
    QCOMPARE(two.fieldErrors.size(), 2);
    QCOMPARE(two.fieldErrors.value(u"address"_s).size(), 2);
}

void TestResourceParser::errorBody_nestedAndNonFieldErrors()
{
    const ApiErrorBody nested = parseErrorBody("{\"worker_vm\":{\"name\":[\"Too long.\"]}}");
    QCOMPARE(nested.fieldErrors.value(u"worker_vm.name"_s), QStringList{u"Too long."_s});
    QCOMPARE(nested.message, u"worker_vm.name: Too long."_s);

    const ApiErrorBody all = parseErrorBody("{\"__all__\":[\"The upgrade cannot start now.\"]}");
    QCOMPARE(all.message, u"The upgrade cannot start now."_s);

    const ApiErrorBody tastypie = parseErrorBody("{\"error_message\":\"Sorry, this request could not be processed.\",\"traceback\":\"…\"}");
    QCOMPARE(tastypie.message, u"Sorry, this request could not be processed."_s);
    QCOMPARE(tastypie.extra.value(u"traceback"_s).toString(), u"…"_s);

    const ApiErrorBody wrapped = parseErrorBody("{\"error\":{\"message\":\"Quota exceeded\",\"code\":\"quota\"}}");
    QCOMPARE(wrapped.message, u"Quota exceeded"_s);
    QCOMPARE(wrapped.code, u"quota"_s);
}

void TestResourceParser::errorBody_packageRefusalKeepsVerdictAndVersions()
{
    const ApiErrorBody e = parseErrorBody(sample(u"error_package_refused.json"_s));
    QCOMPARE(e.code, u"package.needs-intermediate"_s);
    QCOMPARE(e.extra.value(u"verdict"_s).toString(), u"needs_intermediate"_s);
    QCOMPARE(e.extra.value(u"current"_s).toMap().value(u"version"_s).toString(), u"3 (21000.0.0)"_s);
    QCOMPARE(e.extra.value(u"upgrade"_s).toMap().value(u"major"_s).toInt(), 11);
    QVERIFY(e.message.startsWith(u"This deployment runs v3"_s));
}

void TestResourceParser::errorBody_htmlPageGivesItsText()
{
    const ApiErrorBody e = parseErrorBody(sample(u"error_proxy_html.html"_s));
    QCOMPARE(e.message, u"502 Bad Gateway nginx"_s);
    QVERIFY(e.code.isEmpty());

    const ApiErrorBody scripted = parseErrorBody(
        "<!DOCTYPE html><html><head><style>p{}</style><script>var x = '<b>';</script></head>"
        "<body><p>Service &amp; API &lt;down&gt; &#8212; try&nbsp;later</p><script>alert(1)</script></body></html>");
    QCOMPARE(scripted.message, u"Service & API <down> \u2014 try later"_s);

    const ApiErrorBody titleOnly = parseErrorBody("<html><head><title>Maintenance</title></head><body></body></html>");
    QCOMPARE(titleOnly.message, u"Maintenance"_s);
}

void TestResourceParser::errorBody_plainTextTrimmed()
{
    const ApiErrorBody e = parseErrorBody("\n  Service Unavailable\r\n\r\n");
    QCOMPARE(e.message, u"Service Unavailable"_s);
    QVERIFY(e.extra.isEmpty());
    QVERIFY(e.fieldErrors.isEmpty());
}

void TestResourceParser::errorBody_longTextCapped()
{
    const ApiErrorBody e = parseErrorBody(QByteArray(10 * 1024 * 1024, 'z'));
    QVERIFY(e.message.size() <= 301);
    QVERIFY(e.message.startsWith(u"zzz"_s));
    QCOMPARE(e.message.back(), QChar(0x2026));

    const ApiErrorBody html = parseErrorBody("<html><body>" + QByteArray(100000, 'h') + "</body></html>");
    QVERIFY(html.message.size() <= 301);
}

void TestResourceParser::errorBody_emptyBodyGivesNothing()
{
    for (const QByteArray &body : {QByteArray(), QByteArray(" \r\n\t"), QByteArray("{}")}) {
        const ApiErrorBody e = parseErrorBody(body);
        QVERIFY(e.message.isEmpty());
        QVERIFY(e.code.isEmpty());
        QVERIFY(e.fieldErrors.isEmpty());
        QVERIFY(e.extra.isEmpty());
    }
}

void TestResourceParser::errorBody_otherShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("bare JSON string") << QByteArray("\"Not allowed\"") << u"Not allowed"_s;
    QTest::newRow("list of messages") << QByteArray("[\"One.\", \"Two.\", 3]") << u"One.; Two."_s;
    QTest::newRow("broken JSON as text") << QByteArray("{\"error\": \"half") << u"{\"error\": \"half"_s;
    QTest::newRow("detail (DRF)") << QByteArray("{\"detail\":\"Not found.\"}") << u"Not found."_s;
    QTest::newRow("error not a string") << QByteArray("{\"error\":42}") << QString();
    QTest::newRow("control characters masked") << QByteArray("{\"error\":\"a\\u001b[2Jb\"}") << u"a [2Jb"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << QString();
    QTest::newRow("UTF-8 text") << QByteArray("Tjenesten er nede – prøv igjen") << u"Tjenesten er nede – prøv igjen"_s;
}

void TestResourceParser::errorBody_otherShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const ApiErrorBody e = parseErrorBody(body);
    if (message.isEmpty() && !body.startsWith('{'))
        QVERIFY(e.message.size() <= 301); // whatever it says, bounded
    else
        QCOMPARE(e.message, message);
}

void TestResourceParser::errorBody_hostileNeverCrashes()
{
    const int depth = 100000;
    for (const QByteArray &body :
         QList<QByteArray>{QByteArray(depth, '['), QByteArray(depth, '[') + QByteArray(depth, ']'), QByteArray(depth, '<'),
          QByteArray(depth, '&'), QByteArray("<") + QByteArray(depth, 'a'), QByteArray("<html><script>") + QByteArray(depth, 'x'),
          QByteArray("{\"a\":1e308,\"b\":-1e999,\"c\":[[[[]]]],\"d\":{\"e\":{\"f\":[1]}}}"),
          QByteArray("<html>&#xFFFFFFFF; &#55296; &#0; &#x110000;</html>")}) {
        const ApiErrorBody e = parseErrorBody(body);
        QVERIFY(e.message.size() <= 2001);
    }
}

QTEST_GUILESS_MAIN(TestResourceParser)
#include "tst_resourceparser.moc"
