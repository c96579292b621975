// Drain ahead's record (core/storage/drainrecord.h): kept per Management
// Node, read back as written (the nodes the console drained, the run it was
// on for, the guardrail), the lookahead left out unless one was chosen, and
// a file this build cannot read said with what to do.

#include "core/storage/drainrecord.h"

#include "core/storage/storageerrors.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace iuc;

class TestDrainRecord final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drainAhead_recordReadBackPerManagementNode();
    void drainAhead_unreadableRecordSaysWhatToDo();
};

void TestDrainRecord::drainAhead_recordReadBackPerManagementNode()
{
    QTemporaryDir dir;
    const DrainRecord record(dir.path(), QUrl(u"https://mgmt.example.com"_s));
    const DrainRecord other(dir.path(), QUrl(u"https://mgmt2.example.com:8443"_s));
    QCOMPARE(record.load().value(), DrainState{}); // no file: nothing drained, off
    QVERIFY(!record.load()->lookahead);

    DrainState state;
    state.runStartedAt = QDateTime(QDate(2030, 1, 1), QTime(10, 0, 0, 250), QTimeZone::utc());
    state.enabled = true;
    state.guardrail = 0.5;
    state.nodes = {7, 3, 12};
    QVERIFY(record.save(state).hasValue());
    QVERIFY(other.save(DrainState{}).hasValue());
    QCOMPARE(record.load().value(), state);
    QCOMPARE(other.load().value(), DrainState{});
    QVERIFY(record.path() != other.path());
    {
        QFile file(record.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("lookahead")); // the plan's default, whatever it becomes
    }
    state.lookahead = 4;
    QVERIFY(record.save(state).hasValue());
    QCOMPARE(record.load()->lookahead, std::optional<int>(4));
}

void TestDrainRecord::drainAhead_unreadableRecordSaysWhatToDo()
{
    QTemporaryDir dir;
    const DrainRecord record(dir.path(), QUrl(u"https://mgmt.example.com"_s));
    QVERIFY(record.save(DrainState{}).hasValue());
    for (const QByteArray &bytes : {QByteArray("{ not json"), QByteArray(R"({"version": 99, "nodes": [1]})")}) {
        QFile file(record.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Result<DrainState> read = record.load();
        QVERIFY(!read.hasValue());
        QVERIFY(read.error().is(StorageError::Unreadable));
        QVERIFY2(read.error().message.contains(u"maintenance mode"_s)
                     && read.error().message.contains(u"move the file aside"_s),
                 qPrintable(read.error().message));
    }
}

QTEST_GUILESS_MAIN(TestDrainRecord)
#include "tst_drainrecord.moc"
