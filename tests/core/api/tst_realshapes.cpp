// What a real Management Node serves (REAL-API.md §2): answers in the
// documented field sets of recent and v24-era versions (data/real/, built
// from the documentation, not from infinity-sim), and the ways Tastypie may
// vary them (absent optional fields, nulls, extra fields, numbers as text),
// read by the parsers; the status/configuration join; capabilities from
// schemas; credentials removed before an answer is saved.
#include "core/api/capabilities.h"
#include "core/api/deploymentjoin.h"
#include "core/api/redact.h"
#include "core/api/resourceparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;

namespace {

QByteArray real(const QString &name)
{
    QFile file(QStringLiteral(IUC_API_TEST_DATA) + u"/real/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject firstObject(const QByteArray &page)
{
    return QJsonDocument::fromJson(page).object().value(u"objects"_s).toArray().at(0).toObject();
}

QByteArray pageOf(const QJsonObject &object)
{
    const QJsonObject meta{{u"limit"_s, 20}, {u"offset"_s, 0}, {u"next"_s, QJsonValue::Null},
                           {u"previous"_s, QJsonValue::Null}, {u"total_count"_s, 1}};
    return QJsonDocument(QJsonObject{{u"meta"_s, meta}, {u"objects"_s, QJsonArray{object}}}).toJson();
}

const QStringList kRequiredWorkerFields{u"id"_s, u"name"_s, u"version"_s, u"upgrade_status"_s};

ResourceSchema schemaWith(const QStringList &fields, const QStringList &listMethods = {u"get"_s})
{
    ResourceSchema s;
    s.listMethods = listMethods;
    for (const QString &f : fields)
        s.fields.insert(f, SchemaField{u"string"_s, false, true, QString()});
    return s;
}

} // namespace

class TestRealShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managementVm_realFieldSetWithoutBootTimeRead();
    void workerVm_recentFieldSetReadWithCapacities();
    void workerVm_v24FieldSetReadWithoutTheThreeNewerFields();
    void workerVm_everyOptionalFieldMayBeAbsent_data();
    void workerVm_everyOptionalFieldMayBeAbsent();
    void workerVm_nullsInOptionalFieldsRead();
    void workerVm_numbersAsTextRead();
    void workerVm_extraFieldsIgnored();
    void workerVm_onlyTheFourRequiredFieldsIsEnough();
    void alarm_realShapeWithNodeAddressAndNumericIdentifier();
    void configuration_locationUriKeptAndNameResolved();
    void join_statusToConfigurationByConfigurationIdNotId();
    void join_locationFromConfigurationWhereStatusHasNone();
    void schema_fieldsAndMethodsRead();
    void schema_withoutFieldsRefused();
    void capabilities_realNodeHasNoExtensionsAndExplainsWhatIsMissing();
    void capabilities_uploadProtocolFromWhatIsServed();
    void capabilities_fieldSetFromTheWorkerSchema();
    void capabilities_nothingReadMeansTryTheDocumentedOnes();
    void redact_credentialsRemovedEverythingElseKept();
};

void TestRealShapes::managementVm_realFieldSetWithoutBootTimeRead()
{
    const Result<Page<ManagementVm>> page = parseManagementVmPage(real(u"management_vm_page.json"_s));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    const ManagementVm &m = page.value().objects.at(0);
    QCOMPARE(m.name, u"mgr01"_s);
    QCOMPARE(m.version.version.major(), 36);
    QCOMPARE(m.configurationId, 1);
    QVERIFY(!m.bootTime.isValid()); // no such field on a real node
    QVERIFY(m.address.isEmpty());
    QCOMPARE(m.lastAttemptedContact, QDateTime(QDate(2026, 11, 27), QTime(20, 40, 44, 605), QTimeZone::utc()));
}

void TestRealShapes::workerVm_recentFieldSetReadWithCapacities()
{
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(real(u"worker_vm_page.json"_s));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QCOMPARE(page.value().objects.size(), 2);
    const WorkerVmStatus &osl = page.value().objects.at(0);
    QCOMPARE(osl.id, 7);
    QCOMPARE(osl.configurationId, 3);
    QCOMPARE(osl.systemLocation, u"Oslo"_s);
    QCOMPARE(osl.maxAudioCalls, std::optional<int>(160));
    QCOMPARE(osl.maxMediaTokens, std::optional<int>(160));
    QCOMPARE(osl.mediaTokensUsed, std::optional<int>(19));
    QCOMPARE(osl.signalingCount, 4);
    QCOMPARE(osl.syncStatus, u"SYNCED"_s);
    QVERIFY(!osl.upgradeStatusSince.has_value()); // extensions absent
    QVERIFY(!osl.upgradeQueuePosition.has_value());
    const WorkerVmStatus &ber = page.value().objects.at(1);
    QVERIFY(ber.maintenanceMode);
    QCOMPARE(ber.mediaLoad, 100); // in maintenance mode
    QVERIFY(!ber.bootTime.isValid());
    QCOMPARE(ber.maintenanceModeReason, u"Set by administrator"_s);
}

void TestRealShapes::workerVm_v24FieldSetReadWithoutTheThreeNewerFields()
{
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(real(u"worker_vm_page_v24.json"_s));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    const WorkerVmStatus &n = page.value().objects.at(0);
    QCOMPARE(n.version.text, u"24 (55691.0.0)"_s);
    QCOMPARE(n.version.version.major(), 24);
    QVERIFY(n.maintenanceModeReason.isEmpty());
    QVERIFY(n.syncStatus.isEmpty());
    QVERIFY(!n.lastAttemptedContact.isValid());
    QVERIFY(n.lastReported.isValid());
    QCOMPARE(n.deployProgress, std::optional<int>(100));
    QCOMPARE(n.deployStatus, u"deploy_succeeded"_s);
}

void TestRealShapes::workerVm_everyOptionalFieldMayBeAbsent_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field : firstObject(real(u"worker_vm_page.json"_s)).keys()) {
        if (!kRequiredWorkerFields.contains(field))
            QTest::newRow(qPrintable(field)) << field;
    }
}

void TestRealShapes::workerVm_everyOptionalFieldMayBeAbsent()
{
    QFETCH(QString, field);
    QJsonObject node = firstObject(real(u"worker_vm_page.json"_s));
    node.remove(field);
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(pageOf(node));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QCOMPARE(page.value().objects.at(0).name, u"conf-osl-01"_s);
}

void TestRealShapes::workerVm_nullsInOptionalFieldsRead()
{
    QJsonObject node = firstObject(real(u"worker_vm_page.json"_s));
    for (const QString &field : node.keys()) {
        if (!kRequiredWorkerFields.contains(field))
            node.insert(field, QJsonValue::Null);
    }
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(pageOf(node));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    const WorkerVmStatus &n = page.value().objects.at(0);
    QCOMPARE(n.configurationId, n.id); // absent: the status id joins
    QVERIFY(!n.maxAudioCalls.has_value());
    QCOMPARE(n.signalingCount, 0);
}

void TestRealShapes::workerVm_numbersAsTextRead()
{
    QJsonObject node = firstObject(real(u"worker_vm_page.json"_s));
    node.insert(u"id"_s, u"7"_s);
    node.insert(u"signaling_count"_s, u"12"_s);
    node.insert(u"max_media_tokens"_s, u"160"_s);
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(pageOf(node));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QCOMPARE(page.value().objects.at(0).id, 7);
    QCOMPARE(page.value().objects.at(0).signalingCount, 12);
    QCOMPARE(page.value().objects.at(0).maxMediaTokens, std::optional<int>(160));

    node.insert(u"signaling_count"_s, u"12 calls"_s); // text, but not a number
    const Result<Page<WorkerVmStatus>> wrong = parseWorkerVmStatusPage(pageOf(node));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().details.value(u"field"_s).toString(), u"signaling_count"_s);
}

void TestRealShapes::workerVm_extraFieldsIgnored()
{
    QJsonObject node = firstObject(real(u"worker_vm_page.json"_s));
    node.insert(u"gpu_model"_s, QJsonObject{{u"vendor"_s, u"none"_s}});
    node.insert(u"future_list"_s, QJsonArray{1, u"two"_s, QJsonValue::Null});
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(pageOf(node));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
}

void TestRealShapes::workerVm_onlyTheFourRequiredFieldsIsEnough()
{
    const QJsonObject node{{u"id"_s, 5}, {u"name"_s, u"n5"_s}, {u"version"_s, u"24 (55691.0.0)"_s},
                           {u"upgrade_status"_s, u"IDLE"_s}};
    const Result<Page<WorkerVmStatus>> page = parseWorkerVmStatusPage(pageOf(node));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QCOMPARE(page.value().objects.at(0).configurationId, 5);
    for (const QString &field : kRequiredWorkerFields) {
        QJsonObject missing = node;
        missing.remove(field);
        const Result<Page<WorkerVmStatus>> refused = parseWorkerVmStatusPage(pageOf(missing));
        QVERIFY2(!refused, qPrintable(field));
        QCOMPARE(refused.error().details.value(u"field"_s).toString(), field);
    }
}

void TestRealShapes::alarm_realShapeWithNodeAddressAndNumericIdentifier()
{
    const Result<Page<Alarm>> page = parseAlarmPage(real(u"alarm_page.json"_s));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    const Alarm &a = page.value().objects.at(0);
    QCOMPARE(a.name, u"connectivity_lost"_s);
    QCOMPARE(a.node, u"10.0.2.11"_s);
    QCOMPARE(a.identifier, u"12"_s);
    QCOMPARE(a.instance, u"conf-ber-01"_s);
    QVERIFY(!a.acknowledged);
}

void TestRealShapes::configuration_locationUriKeptAndNameResolved()
{
    Result<Page<WorkerVmConfiguration>> page = parseWorkerVmConfigurationPage(real(u"worker_vm_configuration_page.json"_s));
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QList<WorkerVmConfiguration> configurations = page.value().objects;
    QCOMPARE(configurations.at(0).systemLocationUri, u"/api/admin/configuration/v1/system_location/1/"_s);
    QVERIFY(configurations.at(0).systemLocation.isEmpty()); // a URI is not a name
    QVERIFY(configurations.at(1).isConfigurationOnly());
    QVERIFY(needsLocationNames(configurations));

    const Result<Page<SystemLocation>> locations = parseSystemLocationPage(real(u"system_location_page.json"_s));
    QVERIFY2(locations, locations ? "" : qPrintable(locations.error().message));
    resolveLocations(configurations, locations.value().objects);
    QCOMPARE(configurations.at(0).systemLocation, u"Oslo"_s);
    QCOMPARE(configurations.at(1).systemLocation, u"Berlin"_s);
    QVERIFY(!needsLocationNames(configurations));

    // Without resource_uri in the locations' answer, the URI's id finds it.
    QList<SystemLocation> byId = locations.value().objects;
    for (SystemLocation &l : byId)
        l.resourceUri.clear();
    QList<WorkerVmConfiguration> again = page.value().objects;
    resolveLocations(again, byId);
    QCOMPARE(again.at(1).systemLocation, u"Berlin"_s);
}

void TestRealShapes::join_statusToConfigurationByConfigurationIdNotId()
{
    QList<WorkerVmStatus> nodes = parseWorkerVmStatusPage(real(u"worker_vm_page.json"_s)).value().objects;
    const QList<WorkerVmConfiguration> configurations =
        parseWorkerVmConfigurationPage(real(u"worker_vm_configuration_page.json"_s)).value().objects;
    const QHash<int, WorkerVmConfiguration> joined = configurationsByNode(nodes, configurations);
    // Status ids 7 and 8 carry configuration_id 3 and 4.
    QCOMPARE(joined.size(), 2);
    QCOMPARE(joined.value(7).address, u"10.0.1.11"_s);
    QCOMPARE(joined.value(8).address, u"10.0.2.11"_s);
    QVERIFY(joined.value(8).isConfigurationOnly());
    QVERIFY(!joined.contains(3));
}

void TestRealShapes::join_locationFromConfigurationWhereStatusHasNone()
{
    QJsonObject node = firstObject(real(u"worker_vm_page.json"_s));
    node.remove(u"system_location"_s);
    QList<WorkerVmStatus> nodes = parseWorkerVmStatusPage(pageOf(node)).value().objects;
    QList<WorkerVmConfiguration> configurations =
        parseWorkerVmConfigurationPage(real(u"worker_vm_configuration_page.json"_s)).value().objects;
    resolveLocations(configurations, parseSystemLocationPage(real(u"system_location_page.json"_s)).value().objects);
    configurationsByNode(nodes, configurations);
    QCOMPARE(nodes.at(0).systemLocation, u"Oslo"_s);
}

void TestRealShapes::schema_fieldsAndMethodsRead()
{
    const Result<ResourceSchema> schema = parseSchema(real(u"worker_vm_schema.json"_s));
    QVERIFY2(schema, schema ? "" : qPrintable(schema.error().message));
    QCOMPARE(schema.value().listMethods, QStringList{u"get"_s});
    QVERIFY(schema.value().hasField(u"maintenance_mode_reason"_s));
    QVERIFY(!schema.value().hasField(u"upgrade_status_since"_s));
    QCOMPARE(schema.value().fields.value(u"boot_time"_s).type, u"datetime"_s);
    QVERIFY(schema.value().fields.value(u"boot_time"_s).nullable);
}

void TestRealShapes::schema_withoutFieldsRefused()
{
    const Result<ResourceSchema> schema = parseSchema(R"({"allowed_list_http_methods": ["get"]})");
    QVERIFY(!schema);
    QCOMPARE(schema.error().details.value(u"field"_s).toString(), u"fields"_s);
    QVERIFY(!parseSchema("<html>Not found</html>"));
}

void TestRealShapes::capabilities_realNodeHasNoExtensionsAndExplainsWhatIsMissing()
{
    Capabilities caps;
    caps.schemasRead = true;
    caps.resources.insert(QString(Resource::WorkerVm), parseSchema(real(u"worker_vm_schema.json"_s)).value());
    caps.resources.insert(QString(Resource::ManagementVm), schemaWith({u"id"_s}));
    caps.resources.insert(QString(Resource::ParticipantDisconnect), schemaWith({u"participant_id"_s}, {u"post"_s}));
    QVERIFY(!caps.upgradeRunExtension());
    QVERIFY(!caps.adminLogExtension());
    QVERIFY(!caps.rebootCommand());
    QVERIFY(caps.lacks(Resource::Reboot));
    QVERIFY(!caps.lacks(Resource::WorkerVm));
    QVERIFY(!caps.workerExtras());
    QVERIFY(caps.extensions().isEmpty());
    QVERIFY(caps.participantDisconnect());
    const QList<Capabilities::Feature> features = caps.features();
    int explained = 0;
    for (const Capabilities::Feature &f : features) {
        if (!f.available) {
            QVERIFY2(!f.explanation.isEmpty(), qPrintable(f.name));
            ++explained;
        }
    }
    QVERIFY(explained >= 3); // run record, administrator log, reboot
    const auto reboot = std::find_if(features.cbegin(), features.cend(), [](const auto &f) {
        return f.name.contains(u"Reboot"_s);
    });
    QVERIFY(reboot != features.cend());
    QVERIFY2(reboot->explanation.contains(u"sudo reboot"_s), qPrintable(reboot->explanation));
}

void TestRealShapes::capabilities_uploadProtocolFromWhatIsServed()
{
    Capabilities caps;
    caps.schemasRead = true;
    caps.resources.insert(QString(Resource::ManagementVm), schemaWith({u"id"_s}));
    QCOMPARE(caps.upload(), UploadProtocol::None);
    caps.resources.insert(QString(Resource::Upgrade), schemaWith({u"package"_s}, {u"post"_s}));
    QCOMPARE(caps.upload(), UploadProtocol::SingleShot);
    caps.resources.insert(QString(Resource::UpgradeRequest), schemaWith({u"uuid"_s, u"offset"_s}));
    QCOMPARE(caps.upload(), UploadProtocol::Resumable);
}

void TestRealShapes::capabilities_fieldSetFromTheWorkerSchema()
{
    Capabilities caps;
    caps.schemasRead = true;
    caps.resources.insert(QString(Resource::WorkerVm), schemaWith({u"id"_s, u"last_reported"_s, u"deploy_progress"_s}));
    QCOMPARE(caps.workerFieldSet(), WorkerFieldSet::V24);
    caps.resources.insert(QString(Resource::WorkerVm), schemaWith({u"id"_s, u"maintenance_mode_reason"_s}));
    QCOMPARE(caps.workerFieldSet(), WorkerFieldSet::Recent);
    caps.resources.insert(QString(Resource::WorkerVm),
                          schemaWith({u"id"_s, u"maintenance_mode_reason"_s, u"upgrade_status_since"_s}));
    QVERIFY(caps.workerExtras());
    QCOMPARE(caps.extensions().size(), 1);
}

void TestRealShapes::capabilities_nothingReadMeansTryTheDocumentedOnes()
{
    const Capabilities caps; // no schema answered
    QVERIFY(caps.has(Resource::WorkerVm));
    QVERIFY(caps.has(Resource::SystemLocation));
    QVERIFY(!caps.has(Resource::UpgradeRun)); // an extension only where it is seen
    QVERIFY(!caps.lacks(Resource::UpgradeRun)); // …and not known to be missing: tried
    QCOMPARE(caps.upload(), UploadProtocol::Unknown);
    QCOMPARE(caps.workerFieldSet(), WorkerFieldSet::Unknown);
}

void TestRealShapes::redact_credentialsRemovedEverythingElseKept()
{
    const QJsonValue page = QJsonDocument::fromJson(real(u"worker_vm_configuration_page.json"_s)).object();
    const QJsonObject out = redactCredentials(page).toObject();
    const QJsonObject first = out.value(u"objects"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"snmp_community"_s).toString(), u"<removed>"_s);
    QCOMPARE(first.value(u"snmp_authentication_password"_s).toString(), u"<removed>"_s);
    QCOMPARE(first.value(u"address"_s).toString(), u"10.0.1.11"_s);
    QCOMPARE(first.value(u"system_location"_s).toString(), u"/api/admin/configuration/v1/system_location/1/"_s);
    // Unset stays visibly unset.
    QCOMPARE(out.value(u"objects"_s).toArray().at(1).toObject().value(u"snmp_community"_s).toString(), QString());
    QVERIFY(!QJsonDocument(out).toJson().contains("s3cret"));
    QVERIFY(!QJsonDocument(out).toJson().contains("public-xyz"));

    QVERIFY(isCredentialField(u"password"_s));
    QVERIFY(isCredentialField(u"access_token"_s));
    QVERIFY(isCredentialField(u"ldap_bind_password"_s));
    QVERIFY(isCredentialField(u"SNMP_Community"_s));
    QVERIFY(!isCredentialField(u"max_media_tokens"_s));
    QVERIFY(!isCredentialField(u"media_tokens_used"_s));
    QVERIFY(!isCredentialField(u"passwordless_login"_s));
}

QTEST_GUILESS_MAIN(TestRealShapes)
#include "tst_realshapes.moc"
