// The node table: a refresh never resets the model, changes arrive as row
// ranges, and sorting/filtering work on raw values.

#include "core/model/deploymentmodel.h"
#include "core/model/nodefiltermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace iuc;

namespace {

const QDateTime kT0(QDate(2030, 1, 1), QTime(10, 0), QTimeZone::utc());

api::WorkerVmStatus node(int id, const QString &status = u"IDLE"_s, int calls = 0)
{
    api::WorkerVmStatus n;
    n.id = id;
    n.configurationId = id;
    n.name = u"conf%1"_s.arg(id, 2, 10, QLatin1Char('0'));
    n.systemLocation = id % 2 ? u"Oslo"_s : u"London"_s;
    n.version = api::ReportedVersion{u"10.2 (40234.0.0)"_s, Version::fromString(u"10.2 (40234.0.0)")};
    n.upgradeStatus = NodeStatus::fromApiCode(status);
    n.signalingCount = calls;
    n.upgradeStatusSince = kT0;
    n.upgradeQueuePosition = 0;
    n.upgradeAttempts = 0;
    return n;
}

QList<api::WorkerVmStatus> nodes(int count)
{
    QList<api::WorkerVmStatus> list;
    for (int i = 1; i <= count; ++i)
        list.append(node(i, u"IDLE"_s, i));
    return list;
}

} // namespace

class TestDeploymentModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refresh_neverResetsAndAnnouncesOnlyChangedRows();
    void refresh_mostRowsChangedIsOneSignal();
    void refresh_nodesComeAndGo();
    void serverTime_movesTimeInStatusInOneSignal();
    void unknownStatus_shownRawWithItsOwnIcon();
    void sortAndFilter_useRawValuesAndStatus();
    void configuration_addsAddressAndConfigurationOnly();
    void sortByName_naturalOrderNumbersByValue();
};

void TestDeploymentModel::refresh_neverResetsAndAnnouncesOnlyChangedRows()
{
    DeploymentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    QList<api::WorkerVmStatus> list = nodes(20);
    model.update(list, {});
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(inserts.count(), 1);

    model.update(list, {}); // the same data again: nothing to say
    QCOMPARE(changes.count(), 0);

    list[4].upgradeStatus = NodeStatus::fromApiCode(u"WAITING_FOR_CALLS");
    list[5].signalingCount = 99;
    list[12].maintenanceMode = true;
    model.update(list, {});
    QCOMPARE(changes.count(), 2); // rows 4–5 as one range, row 12 alone
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 4);
    QCOMPARE(changes.at(0).at(1).toModelIndex().row(), 5);
    QCOMPARE(changes.at(1).at(0).toModelIndex().row(), 12);
    QCOMPARE(model.data(model.index(4, DeploymentModel::Status)).toString(), u"Waiting for calls to clear"_s);
    QCOMPARE(model.data(model.index(5, DeploymentModel::Calls)).toInt(), 99);
    QCOMPARE(resets.count(), 0);
}

void TestDeploymentModel::refresh_mostRowsChangedIsOneSignal()
{
    DeploymentModel model;
    QList<api::WorkerVmStatus> list = nodes(1000);
    model.update(list, {});
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 900; ++i)
        list[i].signalingCount += 1;
    model.update(list, {});
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changes.at(0).at(1).toModelIndex(), model.index(999, DeploymentModel::ColumnCount - 1));
}

void TestDeploymentModel::refresh_nodesComeAndGo()
{
    DeploymentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.update(nodes(10), {});
    QList<api::WorkerVmStatus> fewer = nodes(10);
    fewer.removeAt(7);
    fewer.removeAt(3);
    fewer.removeAt(2);
    fewer.append(node(42));
    model.update(fewer, {});
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(removed.count(), 2); // rows 7, then 2–3
    QCOMPARE(model.rowForId(42), 7);
    QCOMPARE(model.rowForId(3), -1);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowForId(model.data(model.index(r, 0), DeploymentModel::NodeIdRole).toInt()), r);
    QCOMPARE(resets.count(), 0);
}

void TestDeploymentModel::serverTime_movesTimeInStatusInOneSignal()
{
    DeploymentModel model;
    model.update(nodes(50), {});
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setServerTime(kT0.addSecs(3725));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex(), model.index(0, DeploymentModel::TimeInStatus));
    QCOMPARE(changes.at(0).at(1).toModelIndex(), model.index(49, DeploymentModel::TimeInStatus));
    QCOMPARE(model.data(model.index(0, DeploymentModel::TimeInStatus), DeploymentModel::RawRole).toLongLong(), 3725);
    QCOMPARE(model.data(model.index(0, DeploymentModel::TimeInStatus)).toString(), u"1 h 02 min"_s);
}

void TestDeploymentModel::unknownStatus_shownRawWithItsOwnIcon()
{
    DeploymentModel model;
    model.update({node(1, u"DEFRAGMENTING_FLUX"_s)}, {});
    const QModelIndex status = model.index(0, DeploymentModel::Status);
    QCOMPARE(model.data(status).toString(), u"DEFRAGMENTING_FLUX"_s);
    QCOMPARE(model.data(status, DeploymentModel::StatusKnownRole).toBool(), false);
    QCOMPARE(model.data(status, DeploymentModel::StatusIconRole).toString(), u"status-unknown"_s);
    QVERIFY(!model.data(status, Qt::ToolTipRole).toString().isEmpty());
}

void TestDeploymentModel::sortAndFilter_useRawValuesAndStatus()
{
    DeploymentModel model;
    QList<api::WorkerVmStatus> list = nodes(12); // calls 1..12
    list[8].upgradeStatus = NodeStatus::fromApiCode(u"UNREACHABLE");
    list[10].upgradeStatus = NodeStatus::fromApiCode(u"UNREACHABLE");
    model.update(list, {});
    NodeFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(DeploymentModel::Calls, Qt::DescendingOrder);
    QCOMPARE(proxy.data(proxy.index(0, DeploymentModel::Calls)).toInt(), 12); // numeric: 12 before 9
    QCOMPARE(proxy.data(proxy.index(1, DeploymentModel::Calls)).toInt(), 11);

    proxy.setStatusCodes({u"UNREACHABLE"_s});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStatusCodes({});
    proxy.setText(u"london"_s);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setText(u"conf07"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(u"could not communicate"_s); // the status label matches too
    QCOMPARE(proxy.rowCount(), 2);
}

void TestDeploymentModel::configuration_addsAddressAndConfigurationOnly()
{
    DeploymentModel model;
    api::WorkerVmConfiguration c;
    c.id = 2;
    c.address = u"10.1.0.3"_s;
    c.deploymentType = u"MANUAL-PROVISION-ONLY"_s;
    model.update(nodes(3), {{2, c}});
    const QModelIndex name = model.index(1, DeploymentModel::Name);
    QCOMPARE(model.data(name, DeploymentModel::AddressRole).toString(), u"10.1.0.3"_s);
    QVERIFY(model.data(name, DeploymentModel::ConfigurationOnlyRole).toBool());
    // Configurations are refreshed less often: a refresh without them keeps what is known.
    model.update(nodes(3), {});
    QCOMPARE(model.data(name, DeploymentModel::AddressRole).toString(), u"10.1.0.3"_s);
}

// A 1,000-node deployment has lon-conf99 and lon-conf100: the table lists
// them in the order people count, not as text (lon-conf10, lon-conf100, …).
void TestDeploymentModel::sortByName_naturalOrderNumbersByValue()
{
    DeploymentModel model;
    QList<api::WorkerVmStatus> list;
    int id = 1;
    for (const QString &name : {u"lon-conf100"_s, u"lon-conf2"_s, u"lon-conf10"_s, u"lon-conf99"_s, u"ams-conf1"_s}) {
        api::WorkerVmStatus n = node(id++);
        n.name = name;
        n.systemLocation = name.left(3);
        list.append(n);
    }
    model.update(list, {});
    NodeFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    const auto shown = [&proxy] {
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names << proxy.data(proxy.index(r, DeploymentModel::Name)).toString();
        return names;
    };
    const QStringList natural{u"ams-conf1"_s, u"lon-conf2"_s, u"lon-conf10"_s, u"lon-conf99"_s, u"lon-conf100"_s};
    proxy.sort(DeploymentModel::Name, Qt::AscendingOrder);
    QCOMPARE(shown(), natural);
    // By location, and by name within it.
    proxy.sort(DeploymentModel::Location, Qt::AscendingOrder);
    QCOMPARE(shown(), natural);
}

QTEST_GUILESS_MAIN(TestDeploymentModel)
#include "tst_deploymentmodel.moc"
