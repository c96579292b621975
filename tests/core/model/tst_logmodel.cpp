// The log panel's model: appends without resets, overlaps, capacity, R13.

#include "core/model/logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using iuc::LogModel;
using iuc::LogSeverity;
using iuc::api::LogEntry;

namespace {

const QDateTime Start(QDate(2026, 11, 25), QTime(17, 0), Qt::UTC);

QString line(qint64 id, const QString &level, const QString &name, const QString &message, const QString &tail = {})
{
    const QDateTime t = Start.addSecs(id);
    return t.toString(u"yyyy-MM-ddTHH:mm:ss.zzz'+00:00' 'mgr01' yyyy-MM-dd HH:mm:ss,zzz "_s) + u"Level=\""_s + level
           + u"\" Name=\""_s + name + u"\" Message=\""_s + message + u'"' + tail;
}

LogEntry info(qint64 id)
{
    return LogEntry{id, Start.addSecs(id), u"INFO"_s,
                    line(id, u"INFO"_s, u"administrator.system.upgrade"_s, u"Step %1."_s.arg(id))};
}

// R13's three lines for one node: two expected configuration errors (the
// second malformed, as the vendor's sample) and "Unable to contact node.".
QList<LogEntry> expectedErrors(qint64 firstId)
{
    const QString config = u"administrator.system.configuration"_s;
    const QString failed = u"Node configuration failed."_s;
    return {
        LogEntry{firstId, Start.addSecs(firstId), u"ERROR"_s,
                 line(firstId, u"ERROR"_s, config, failed,
                      u" Node=\"osl-conf01.example.com\" Resource=\"File[/etc/certs/privatekey.pem]\""_s)},
        LogEntry{firstId + 1, Start.addSecs(firstId + 1), u"ERROR"_s,
                 line(firstId + 1, u"ERROR"_s, config, failed,
                      u" Node=\"\"osl-conf01.example.com\" Resource=\"File[/etc/certs/server.pem]\""_s)},
        LogEntry{firstId + 2, Start.addSecs(firstId + 2), u"ERROR"_s,
                 line(firstId + 2, u"ERROR"_s, u"administrator.system.connectivity"_s, u"Unable to contact node."_s,
                      u" Node=\"10.1.0.2\""_s)},
    };
}

LogEntry realError(qint64 id)
{
    return LogEntry{id, Start.addSecs(id), u"ERROR"_s,
                    line(id, u"ERROR"_s, u"administrator.system.upgrade"_s, u"Software installation failed."_s,
                         u" Node=\"nyc-conf02.example.com\" Reason=\"verification failed\""_s)};
}

QList<LogEntry> infos(qint64 from, qint64 to)
{
    QList<LogEntry> out;
    for (qint64 id = from; id <= to; ++id)
        out.append(info(id));
    return out;
}

qint64 idAt(const LogModel &model, int row)
{
    return model.data(model.index(row), LogModel::IdRole).toLongLong();
}

} // namespace

class TestLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void append_rowsInOrderNewestLast();
    void append_overlappingBatchesAddOnlyNewIds();
    void append_staleBatchChangesNothing();
    void append_neverResetsTheModel();
    void capacity_oldestRowsRemovedFirst();
    void capacity_batchLargerThanCapacityKeepsNewest();
    void capacity_loweredTrimsAtOnce();
    void R13_expectedErrorsMarkedWhileUpgradeRuns();
    void R13_reclassifiedInOneSignalWhenUpgradeStartsAndEnds();
    void R13_unexpectedErrorCountFollowsAppendsAndTrimming();
    void R13_errorsLoggedDuringAnEndedRunStayExpected();
    void roles_displayMessageTooltipRaw();
    void roles_unreadableLineShownRawWithServerFields();
    void roleNames_exposeTheCustomRoles();
    void clear_forgetsRowsAndLastId();
};

void TestLogModel::append_rowsInOrderNewestLast()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &LogModel::rowsInserted);

    model.append(infos(1, 3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);

    model.append(infos(4, 5));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 3);
    QCOMPARE(inserted.last().at(2).toInt(), 4);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(idAt(model, row), qint64(row + 1));
    QCOMPARE(model.lastId(), qint64(5));
}

void TestLogModel::append_overlappingBatchesAddOnlyNewIds()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(infos(1, 10));
    QSignalSpy inserted(&model, &LogModel::rowsInserted);

    model.append(infos(6, 14)); // the poller asked again from an older id
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 10);
    QCOMPARE(inserted.first().at(2).toInt(), 13);
    for (int row = 0; row < 14; ++row)
        QCOMPARE(idAt(model, row), qint64(row + 1));

    // Out of order within a batch: an id not above the last one is skipped.
    model.append({info(16), info(15), info(17)});
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(idAt(model, 14), qint64(16));
    QCOMPARE(idAt(model, 15), qint64(17));
}

void TestLogModel::append_staleBatchChangesNothing()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(infos(1, 5));
    QSignalSpy inserted(&model, &LogModel::rowsInserted);
    QSignalSpy removed(&model, &LogModel::rowsRemoved);
    model.append(infos(2, 5));
    model.append({});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.rowCount(), 5);
}

void TestLogModel::append_neverResetsTheModel()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &LogModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &LogModel::modelReset);
    model.setCapacity(50);
    for (qint64 batch = 0; batch < 20; ++batch)
        model.append(infos(batch * 10 + 1, batch * 10 + 15)); // overlapping, and past the capacity
    model.append(expectedErrors(1000));
    model.setUpgradeInProgress(true);
    model.setUpgradeInProgress(false);
    model.setCapacity(10);
    model.clear();
    QCOMPARE(aboutToReset.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void TestLogModel::capacity_oldestRowsRemovedFirst()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    model.append(infos(1, 8));
    QSignalSpy removed(&model, &LogModel::rowsRemoved);
    QSignalSpy inserted(&model, &LogModel::rowsInserted);

    model.append(infos(9, 15));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 4); // ids 1…5 went
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(idAt(model, 0), qint64(6));
    QCOMPARE(idAt(model, 9), qint64(15));
}

void TestLogModel::capacity_batchLargerThanCapacityKeepsNewest()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.capacity(), LogModel::DefaultCapacity);
    model.setCapacity(100);
    model.append(infos(1, 50));
    model.append(infos(51, 1000));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(idAt(model, 0), qint64(901));
    QCOMPARE(idAt(model, 99), qint64(1000));
    QCOMPARE(model.lastId(), qint64(1000));

    // The default: 5,000 rows.
    LogModel big;
    big.append(infos(1, 6000));
    QCOMPARE(big.rowCount(), 5000);
    QCOMPARE(idAt(big, 0), qint64(1001));
}

void TestLogModel::capacity_loweredTrimsAtOnce()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(infos(1, 30));
    QSignalSpy removed(&model, &LogModel::rowsRemoved);
    model.setCapacity(12);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(idAt(model, 0), qint64(19));
    model.setCapacity(0); // at least one row is kept
    QCOMPARE(model.capacity(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(idAt(model, 0), qint64(30));
}

void TestLogModel::R13_expectedErrorsMarkedWhileUpgradeRuns()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUpgradeInProgress(true);
    model.append(expectedErrors(1));
    model.append({realError(4)});
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.data(model.index(row), LogModel::ExpectedRole).toBool(), true);
        QCOMPARE(model.data(model.index(row), LogModel::SeverityRole).toInt(), int(LogSeverity::ExpectedError));
        QVERIFY(!model.data(model.index(row), LogModel::NoteRole).toString().isEmpty());
    }
    QCOMPARE(model.data(model.index(3), LogModel::ExpectedRole).toBool(), false);
    QCOMPARE(model.data(model.index(3), LogModel::SeverityRole).toInt(), int(LogSeverity::Error));
    QCOMPARE(model.unexpectedErrorCount(), 1);
    // The malformed one (Node=""…") is read all the same.
    QCOMPARE(model.data(model.index(1), LogModel::NodeRole).toString(), u"osl-conf01.example.com"_s);
}

void TestLogModel::R13_reclassifiedInOneSignalWhenUpgradeStartsAndEnds()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(infos(1, 2));
    model.append(expectedErrors(3));
    model.append({realError(6), info(7)});
    QCOMPARE(model.unexpectedErrorCount(), 4); // no upgrade: every ERROR counts

    QSignalSpy changed(&model, &LogModel::dataChanged);
    QSignalSpy count(&model, &LogModel::unexpectedErrorCountChanged);
    model.setUpgradeInProgress(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), model.rowCount() - 1);
    const auto roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(LogModel::ExpectedRole));
    QVERIFY(roles.contains(LogModel::SeverityRole));
    QCOMPARE(model.unexpectedErrorCount(), 1);
    QCOMPARE(count.size(), 1);
    QCOMPARE(count.first().first().toInt(), 1);

    model.setUpgradeInProgress(true); // no change, no signal
    QCOMPARE(changed.size(), 1);

    model.setUpgradeInProgress(false);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.unexpectedErrorCount(), 4);
    QCOMPARE(model.data(model.index(2), LogModel::ExpectedRole).toBool(), false);
}

void TestLogModel::R13_unexpectedErrorCountFollowsAppendsAndTrimming()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    model.setUpgradeInProgress(true);
    QSignalSpy count(&model, &LogModel::unexpectedErrorCountChanged);

    model.append({realError(1), realError(2)});
    QCOMPARE(model.unexpectedErrorCount(), 2);
    QCOMPARE(count.size(), 1);
    model.append(expectedErrors(3)); // expected: no change
    QCOMPARE(model.unexpectedErrorCount(), 2);
    QCOMPARE(count.size(), 1);
    model.append(infos(6, 6)); // pushes out error 1
    QCOMPARE(model.unexpectedErrorCount(), 1);
    model.append(infos(7, 7)); // pushes out error 2
    QCOMPARE(model.unexpectedErrorCount(), 0);
    QCOMPARE(count.last().first().toInt(), 0);
}

void TestLogModel::roles_displayMessageTooltipRaw()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const LogEntry entry = realError(1);
    model.append({entry});
    const QModelIndex index = model.index(0);
    QCOMPARE(model.data(index, Qt::DisplayRole).toString(), u"Software installation failed."_s);
    QCOMPARE(model.data(index, Qt::ToolTipRole).toString(), entry.line);
    QCOMPARE(model.data(index, LogModel::RawRole).toString(), entry.line);
    QCOMPARE(model.data(index, LogModel::TimeRole).toDateTime(), Start.addSecs(1));
    QCOMPARE(model.data(index, LogModel::LevelRole).toString(), u"ERROR"_s);
    QCOMPARE(model.data(index, LogModel::NameRole).toString(), u"administrator.system.upgrade"_s);
    QCOMPARE(model.data(index, LogModel::NodeRole).toString(), u"nyc-conf02.example.com"_s);
    QCOMPARE(model.data(index, LogModel::MessageRole).toString(), u"Software installation failed."_s);
    QCOMPARE(model.data(index, LogModel::WellFormedRole).toBool(), true);
    QCOMPARE(model.lineAt(0).fields.value(u"Reason"_s), u"verification failed"_s);
    QCOMPARE(model.severityAt(0), LogSeverity::Error);
    QVERIFY(!model.data(model.index(1), Qt::DisplayRole).isValid());
}

void TestLogModel::roles_unreadableLineShownRawWithServerFields()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString garbage = u"kernel: something odd happened \x01 here"_s;
    model.append({LogEntry{1, Start, u"ERROR"_s, garbage}});
    const QModelIndex index = model.index(0);
    QCOMPARE(model.data(index, Qt::DisplayRole).toString(), garbage);
    QCOMPARE(model.data(index, LogModel::WellFormedRole).toBool(), false);
    // What the line does not say, the server's entry does.
    QCOMPARE(model.data(index, LogModel::TimeRole).toDateTime(), Start);
    QCOMPARE(model.data(index, LogModel::LevelRole).toString(), u"ERROR"_s);
    QCOMPARE(model.severityAt(0), LogSeverity::Error); // an unreadable error is still prominent
    QCOMPARE(model.unexpectedErrorCount(), 1);
    model.append({LogEntry{2, Start, u"INFO"_s, QString()}});
    QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(), QString());
    QVERIFY(!model.data(model.index(1), LogModel::NoteRole).toString().isEmpty());
}

void TestLogModel::roleNames_exposeTheCustomRoles()
{
    LogModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    QCOMPARE(names.value(LogModel::TimeRole), QByteArray("time"));
    QCOMPARE(names.value(LogModel::LevelRole), QByteArray("level"));
    QCOMPARE(names.value(LogModel::NameRole), QByteArray("name"));
    QCOMPARE(names.value(LogModel::NodeRole), QByteArray("node"));
    QCOMPARE(names.value(LogModel::SeverityRole), QByteArray("severity"));
    QCOMPARE(names.value(LogModel::ExpectedRole), QByteArray("expected"));
    QCOMPARE(names.value(LogModel::RawRole), QByteArray("raw"));
    QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());
}

void TestLogModel::clear_forgetsRowsAndLastId()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(infos(1, 20));
    model.append({realError(21)});
    QSignalSpy count(&model, &LogModel::unexpectedErrorCountChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.lastId(), qint64(0));
    QCOMPARE(model.unexpectedErrorCount(), 0);
    QCOMPARE(count.size(), 1);
    // A restarted server counts from 1 again.
    model.append(infos(1, 3));
    QCOMPARE(model.rowCount(), 3);
}


// The run ended before the console saw its last lines, and a refresh later
// it is no longer in progress: what it logged while it ran stays expected;
// the same errors after it count.
void TestLogModel::R13_errorsLoggedDuringAnEndedRunStayExpected()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.noteRun(1, Start.addSecs(100), QDateTime());
    model.setUpgradeInProgress(true);
    model.append(expectedErrors(110));
    QCOMPARE(model.unexpectedErrorCount(), 0);

    model.noteRun(1, Start.addSecs(100), Start.addSecs(200)); // ended at +200 s
    model.setUpgradeInProgress(false);
    model.append(expectedErrors(150)); // logged during the run, seen after its end
    QCOMPARE(model.unexpectedErrorCount(), 0);

    model.append(expectedErrors(300)); // after the run: not expected
    QCOMPARE(model.unexpectedErrorCount(), 3);
    QCOMPARE(model.data(model.index(0), LogModel::ExpectedRole).toBool(), true);
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
