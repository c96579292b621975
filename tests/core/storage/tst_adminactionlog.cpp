// The record of what the admin did to the nodes (core/storage/
// adminactionlog.h): kept per Management Node, read back as written, the
// oldest dropped past the limit, and a file this build cannot read is never
// overwritten (nothing the admin did is lost by a newer record).

#include "core/storage/adminactionlog.h"

#include "core/storage/storageerrors.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

AdminAction action(int minute, int nodeId, int calls, AdminAction::Kind kind = AdminAction::Kind::CallsDisconnected)
{
    return AdminAction{kind, QDateTime(QDate(2030, 1, 1), QTime(10, minute), QTimeZone::utc()), nodeId,
                       u"lon-conf%1"_s.arg(nodeId), calls, u"admin"_s,
                       kind == AdminAction::Kind::HealthCheckFailed ? u"sync status NOT_SYNCED"_s : QString()};
}

} // namespace

class TestAdminActionLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R4_R9_actionsReadBackPerManagementNode();
    void oldestDroppedPastTheLimit();
    void unreadableRecordIsSaidAndNeverOverwritten();
    void actionsDuringARunOfOneNode();
};

void TestAdminActionLog::R4_R9_actionsReadBackPerManagementNode()
{
    QTemporaryDir dir;
    const AdminActionLog log(dir.path(), QUrl(u"https://mgmt.example.com"_s));
    const AdminActionLog other(dir.path(), QUrl(u"https://mgmt2.example.com:8443"_s));
    QVERIFY(log.load().hasValue());
    QVERIFY(log.load()->isEmpty()); // no file is no action
    const AdminAction first = action(1, 3, 2);
    const AdminAction second = action(5, 4, 0, AdminAction::Kind::NodeRebooted);
    // The console's health checks are kept with them, with their findings.
    const AdminAction passed = action(6, 4, 0, AdminAction::Kind::HealthCheckPassed);
    const AdminAction failed = action(6, 5, 0, AdminAction::Kind::HealthCheckFailed);
    QVERIFY(log.append(first).hasValue());
    QVERIFY(log.append(second).hasValue());
    QVERIFY(log.append(passed).hasValue());
    QVERIFY(log.append(failed).hasValue());
    QVERIFY(other.append(action(7, 1, 9)).hasValue());
    const Result<QList<AdminAction>> read = log.load();
    QVERIFY(read.hasValue());
    QCOMPARE(read.value(), (QList<AdminAction>{first, second, passed, failed}));
    QCOMPARE(read->last().detail, u"sync status NOT_SYNCED"_s);
    QCOMPARE(other.load()->size(), 1);
    QCOMPARE(other.load()->first().calls, 9);
    QVERIFY(log.path() != other.path());
}

void TestAdminActionLog::oldestDroppedPastTheLimit()
{
    QTemporaryDir dir;
    const AdminActionLog log(dir.path(), QUrl(u"https://mgmt.example.com"_s));
    // Written as a full record at once, then one more through the log.
    {
        QList<AdminAction> full;
        for (int i = 0; i < AdminActionLog::MaxKept; ++i)
            full.append(action(0, i + 1, 1));
        QVERIFY(log.append(full.first()).hasValue());
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        // Repeat the one entry MaxKept times in the file's own format.
        const qsizetype open = bytes.indexOf('[');
        const qsizetype close = bytes.lastIndexOf(']');
        const QByteArray entry = bytes.mid(open + 1, close - open - 1).trimmed();
        QByteArrayList entries;
        for (int i = 0; i < AdminActionLog::MaxKept; ++i)
            entries << entry;
        bytes = bytes.left(open + 1) + entries.join(',') + bytes.mid(close);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QCOMPARE(log.load()->size(), AdminActionLog::MaxKept);
    const AdminAction newest = action(9, 42, 5);
    QVERIFY(log.append(newest).hasValue());
    const QList<AdminAction> kept = log.load().value();
    QCOMPARE(kept.size(), AdminActionLog::MaxKept);
    QCOMPARE(kept.last(), newest);
}

void TestAdminActionLog::unreadableRecordIsSaidAndNeverOverwritten()
{
    QTemporaryDir dir;
    const AdminActionLog log(dir.path(), QUrl(u"https://mgmt.example.com"_s));
    QVERIFY(log.append(action(1, 1, 1)).hasValue());
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    const Result<QList<AdminAction>> read = log.load();
    QVERIFY(!read.hasValue());
    QVERIFY(read.error().is(StorageError::Unreadable));
    QVERIFY2(read.error().message.contains(u"Move the file aside"_s), qPrintable(read.error().message));
    QVERIFY(!log.append(action(2, 1, 1)).hasValue());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json"));
}

void TestAdminActionLog::actionsDuringARunOfOneNode()
{
    const QList<AdminAction> all{action(1, 1, 1), action(5, 2, 1), action(10, 1, 2), action(20, 1, 3)};
    const QDateTime from = all[0].at.addSecs(60);
    QCOMPARE(actionsDuring(all, 1, from, all[2].at), (QList<AdminAction>{all[2]}));
    QCOMPARE(actionsDuring(all, 1, from, std::nullopt), (QList<AdminAction>{all[2], all[3]}));
    QVERIFY(actionsDuring(all, 3, from, std::nullopt).isEmpty());
}

QTEST_GUILESS_MAIN(TestAdminActionLog)
#include "tst_adminactionlog.moc"
