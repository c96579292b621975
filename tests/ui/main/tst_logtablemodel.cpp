// The log panel's table (ui/main/logtablemodel.h) over a growing, trimmed
// and cleared LogModel, checked by QAbstractItemModelTester at every step:
// rows pass through as inserts and removals (the view keeps its place), R13's
// expected errors are marked, real errors stand out.

#include "ui/main/logtablemodel.h"

#include "core/model/logmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;
using api::LogEntry;

namespace {

const QDateTime Start(QDate(2030, 1, 1), QTime(10, 0), QTimeZone::utc());

LogEntry entry(qint64 id, const QString &level, const QString &name, const QString &message, const QString &tail = {})
{
    const QDateTime t = Start.addSecs(id);
    const QString raw = t.toString(u"yyyy-MM-ddTHH:mm:ss.zzz'+00:00' 'mgr01' yyyy-MM-dd HH:mm:ss,zzz "_s)
                        + u"Level=\""_s + level + u"\" Name=\""_s + name + u"\" Message=\""_s + message + u'"' + tail;
    return LogEntry{id, t, level, raw};
}

LogEntry info(qint64 id)
{
    return entry(id, u"INFO"_s, u"administrator.system.upgrade"_s, u"Step %1."_s.arg(id));
}

LogEntry expectedError(qint64 id)
{
    return entry(id, u"ERROR"_s, u"administrator.system.connectivity"_s, u"Unable to contact node."_s,
                 u" Node=\"10.1.0.2\""_s);
}

LogEntry realError(qint64 id)
{
    return entry(id, u"ERROR"_s, u"administrator.system.upgrade"_s, u"Software installation failed."_s,
                 u" Node=\"nyc-conf02.example.com\""_s);
}

} // namespace

class TestLogTableModel final : public QObject
{
    Q_OBJECT

public:
    // Offscreen unless the caller chose a platform: no display needed.
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void rowsFollowTheLogWithoutReset();
    void R13_expectedErrorsMarkedRealErrorsBold();
    void sourceLogGoneLeavesAnEmptyTable();
};

void TestLogTableModel::rowsFollowTheLogWithoutReset()
{
    LogModel log;
    log.setCapacity(5);
    LogTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setSourceLog(&log);
    QSignalSpy resets(&table, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&table, &QAbstractItemModel::rowsRemoved);

    log.append({info(1), info(2), info(3)});
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.data(table.index(0, LogTableModel::Time)).toString(), u"2030-01-01 10:00:01"_s);
    QCOMPARE(table.data(table.index(2, LogTableModel::Message)).toString(), u"Step 3."_s);
    QCOMPARE(table.data(table.index(1, LogTableModel::Level)).toString(), u"INFO"_s);

    log.append({info(4), info(5), info(6), info(7)}); // two oldest trimmed
    QCOMPARE(table.rowCount(), 5);
    QCOMPARE(table.data(table.index(0, LogTableModel::Message)).toString(), u"Step 3."_s);
    QCOMPARE(table.data(table.index(4, LogTableModel::Message)).toString(), u"Step 7."_s);
    QCOMPARE(resets.size(), 0);
    QVERIFY(inserted.size() >= 2);
    QVERIFY(removed.size() >= 1);

    log.clear();
    QCOMPARE(table.rowCount(), 0);
}

void TestLogTableModel::R13_expectedErrorsMarkedRealErrorsBold()
{
    LogModel log;
    LogTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setSourceLog(&log);
    log.setUpgradeInProgress(true);
    log.append({expectedError(1), realError(2)});

    const QModelIndex expected = table.index(0, LogTableModel::Level);
    const QModelIndex real = table.index(1, LogTableModel::Level);
    QCOMPARE(table.data(expected).toString(), u"ERROR (expected)"_s);
    QCOMPARE(table.data(real).toString(), u"ERROR"_s);
    QVERIFY(!table.data(expected, Qt::FontRole).value<QFont>().bold());
    QVERIFY(table.data(real, Qt::FontRole).value<QFont>().bold());
    QVERIFY(table.data(expected, Qt::ForegroundRole).isValid()); // quieter colour
    QVERIFY(!table.data(real, Qt::ForegroundRole).isValid());    // the full text colour
    QCOMPARE(table.data(table.index(1, LogTableModel::Node)).toString(), u"nyc-conf02.example.com"_s);
    QVERIFY(table.data(real, LogModel::RawRole).toString().contains(u"Software installation failed."_s));

    // The run ends before these lines were logged: the same error is no longer expected.
    log.setUpgradeInProgress(false);
    log.append({expectedError(3)});
    QCOMPARE(table.data(table.index(2, LogTableModel::Level)).toString(), u"ERROR"_s);
}

void TestLogTableModel::sourceLogGoneLeavesAnEmptyTable()
{
    LogTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    {
        LogModel log;
        table.setSourceLog(&log);
        log.append({info(1)});
        QCOMPARE(table.rowCount(), 1);
    }
    QCOMPARE(table.rowCount(), 0);
    QVERIFY(!table.data(table.index(0, 0)).isValid());
}

QTEST_MAIN(TestLogTableModel)
#include "tst_logtablemodel.moc"
