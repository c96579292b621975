#include "core/domain/nodestatus.h"

#include <QSet>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using iuc::NodeStatus;
using Code = iuc::NodeStatus::Code;

namespace {

const QList<Code> KnownCodes = {Code::Idle,         Code::Pending,   Code::Preparing,
                                Code::WaitingForCalls, Code::CallsTimeout, Code::Upgrading,
                                Code::Rebooting,    Code::Unreachable};

} // namespace

class TestNodeStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCodesGiveTheProductLabels_data();
    void knownCodesGiveTheProductLabels();
    void apiCodeRoundTrips();
    void fromApiCode_trimsWhitespace();
    void fromApiCode_readsKnownSpellingsIgnoringCaseAndSeparators();
    void fromCode_readsOnlyTheProjectsOwnCodes();
    void inferredStatus_saysSoAndKeepsTheNodesText();
    void unknownCodeKeptRaw();
    void unknownCodeDescriptionSaysItIsUnknown();
    void emptyCodeShowsNoStatus();
    void hostileCodeIsShownBoundedAndPrintable();
    void everyStatusHasItsOwnDescription();
    void isInTurn_onlyDuringTheNodesTurn_data();
    void isInTurn_onlyDuringTheNodesTurn();
    void defaultIsIdle();
    void equality_unknownsCompareByRawCode();
};

void TestNodeStatus::knownCodesGiveTheProductLabels_data()
{
    QTest::addColumn<QString>("apiCode");
    QTest::addColumn<Code>("code");
    QTest::addColumn<QString>("label");

    QTest::newRow("IDLE") << u"IDLE"_s << Code::Idle << u"No upgrade in progress"_s;
    QTest::newRow("PENDING") << u"PENDING"_s << Code::Pending << u"Upgrade pending"_s;
    QTest::newRow("PREPARING") << u"PREPARING"_s << Code::Preparing << u"Preparing to upgrade"_s;
    QTest::newRow("WAITING_FOR_CALLS") << u"WAITING_FOR_CALLS"_s << Code::WaitingForCalls
                                       << u"Waiting for calls to clear"_s;
    QTest::newRow("CALLS_TIMEOUT") << u"CALLS_TIMEOUT"_s << Code::CallsTimeout
                                   << u"Timeout waiting for calls to clear"_s;
    QTest::newRow("UPGRADING") << u"UPGRADING"_s << Code::Upgrading << u"Upgrade in progress"_s;
    QTest::newRow("REBOOTING") << u"REBOOTING"_s << Code::Rebooting << u"Rebooting"_s;
    QTest::newRow("UNREACHABLE") << u"UNREACHABLE"_s << Code::Unreachable
                                 << u"Could not communicate with conferencing node"_s;
}

void TestNodeStatus::knownCodesGiveTheProductLabels()
{
    QFETCH(QString, apiCode);
    QFETCH(Code, code);
    QFETCH(QString, label);

    const NodeStatus status = NodeStatus::fromApiCode(apiCode);
    QCOMPARE(status.code(), code);
    QVERIFY(status.isKnown());
    QCOMPARE(status.label(), label);
    QCOMPARE(status.apiCode(), apiCode);
    QCOMPARE(NodeStatus::apiCode(code), apiCode);
}

void TestNodeStatus::apiCodeRoundTrips()
{
    for (const Code code : KnownCodes) {
        const NodeStatus status(code);
        QCOMPARE(NodeStatus::fromApiCode(status.apiCode()), status);
    }
}

void TestNodeStatus::fromApiCode_trimsWhitespace()
{
    QCOMPARE(NodeStatus::fromApiCode(u"  REBOOTING\n"_s).code(), Code::Rebooting);
    QCOMPARE(NodeStatus::fromApiCode(u"\tIDLE "_s).apiCode(), u"IDLE"_s);
}

void TestNodeStatus::fromApiCode_readsKnownSpellingsIgnoringCaseAndSeparators()
{
    // The vendor's words for a status, however a node cases and joins them
    // (resources/upgrade-statuses.json), are that status; the text is kept.
    const NodeStatus pending = NodeStatus::fromApiCode(u"upgrade_pending"_s);
    QCOMPARE(pending.code(), Code::Pending);
    QCOMPARE(pending.apiCode(), u"PENDING"_s);
    QCOMPARE(pending.reported(), u"upgrade_pending"_s);
    QVERIFY(!pending.isInferred());
    QCOMPARE(pending.label(), u"Upgrade pending"_s);
    QCOMPARE(pending, NodeStatus(Code::Pending)); // however it was spelt
    QCOMPARE(NodeStatus::fromApiCode(u"idle"_s).code(), Code::Idle);
    QCOMPARE(NodeStatus::fromApiCode(u"Waiting for calls to clear"_s).code(), Code::WaitingForCalls);
    QCOMPARE(NodeStatus::fromApiCode(u"WAITING FOR CALLS"_s).code(), Code::WaitingForCalls);
    QCOMPARE(NodeStatus::fromApiCode(u"TIMEOUT-WAITING-FOR-CALLS-TO-CLEAR"_s).code(), Code::CallsTimeout);
    QCOMPARE(NodeStatus::fromApiCode(u"could_not_communicate_with_conferencing_node"_s).code(), Code::Unreachable);
    // A near miss is not silently read as the status it resembles.
    QCOMPARE(NodeStatus::fromApiCode(u"WAITING"_s).code(), Code::Unknown);
    QCOMPARE(NodeStatus::fromApiCode(u"REBOOT"_s).code(), Code::Unknown);
    QCOMPARE(NodeStatus::fromApiCode(u"upgrade"_s).code(), Code::Unknown);
}

void TestNodeStatus::fromCode_readsOnlyTheProjectsOwnCodes()
{
    QCOMPARE(NodeStatus::fromCode(u"WAITING_FOR_CALLS"_s).code(), Code::WaitingForCalls);
    QCOMPARE(NodeStatus::fromCode(u"waiting_for_calls"_s).code(), Code::Unknown);
    QCOMPARE(NodeStatus::fromCode(u"Upgrade pending"_s).code(), Code::Unknown);
}

void TestNodeStatus::inferredStatus_saysSoAndKeepsTheNodesText()
{
    const NodeStatus sent = NodeStatus::fromApiCode(u"DRAINING_MEDIA"_s);
    QCOMPARE(sent.code(), Code::Unknown);
    const NodeStatus inferred = sent.inferredAs(Code::WaitingForCalls);
    QCOMPARE(inferred.code(), Code::WaitingForCalls);
    QVERIFY(inferred.isInferred());
    QVERIFY(inferred.isKnown());
    QCOMPARE(inferred.apiCode(), u"WAITING_FOR_CALLS"_s);
    QCOMPARE(inferred.reported(), u"DRAINING_MEDIA"_s);
    QCOMPARE(inferred.label(), u"Waiting for calls to clear (inferred)"_s);
    QVERIFY2(inferred.description().contains(u"\"DRAINING_MEDIA\""_s), qPrintable(inferred.description()));
    QVERIFY(inferred != NodeStatus(Code::WaitingForCalls)); // read and inferred are told apart
    QCOMPARE(inferred, NodeStatus::fromApiCode(u"OTHER_TEXT"_s).inferredAs(Code::WaitingForCalls));
}

void TestNodeStatus::unknownCodeKeptRaw()
{
    const NodeStatus status = NodeStatus::fromApiCode(u" MIGRATING_STORAGE "_s);
    QCOMPARE(status.code(), Code::Unknown);
    QVERIFY(!status.isKnown());
    QCOMPARE(status.apiCode(), u"MIGRATING_STORAGE"_s);
    QCOMPARE(status.label(), u"MIGRATING_STORAGE"_s);
    QVERIFY(!status.isInTurn());
    QCOMPARE(NodeStatus::apiCode(Code::Unknown), QString());
}

void TestNodeStatus::unknownCodeDescriptionSaysItIsUnknown()
{
    const QString description = NodeStatus::fromApiCode(u"MIGRATING_STORAGE"_s).description();
    QVERIFY2(description.contains(u"\"MIGRATING_STORAGE\""_s), qPrintable(description));
    QVERIFY2(description.contains(u"does not know"_s), qPrintable(description));
}

void TestNodeStatus::emptyCodeShowsNoStatus()
{
    for (const QString &empty : {QString(), u"   "_s}) {
        const NodeStatus status = NodeStatus::fromApiCode(empty);
        QCOMPARE(status.code(), Code::Unknown);
        QCOMPARE(status.apiCode(), QString());
        QCOMPARE(status.label(), u"(no status)"_s);
        QVERIFY(!status.description().isEmpty());
        // Not to be confused with a node that reported IDLE.
        QVERIFY(status != NodeStatus(Code::Idle));
    }
}

void TestNodeStatus::hostileCodeIsShownBoundedAndPrintable()
{
    const QString hostile = QString::fromUtf16(u"BAD\0\x1b[2J", 8) + QString(1024 * 1024, u'X');
    const NodeStatus status = NodeStatus::fromApiCode(hostile);
    QCOMPARE(status.code(), Code::Unknown);
    // The raw code is kept intact for logs and scripts...
    QCOMPARE(status.apiCode(), hostile);
    // ...but what people see is short and has no control characters.
    const QString label = status.label();
    QVERIFY(label.size() < 100);
    QVERIFY(label.startsWith(u"BAD"_s));
    QVERIFY(!label.contains(QChar(0)));
    QVERIFY(!label.contains(QChar(0x1b)));
    QVERIFY(status.description().size() < 400);
    QVERIFY(!status.description().contains(QChar(0x1b)));
}

void TestNodeStatus::everyStatusHasItsOwnDescription()
{
    QSet<QString> descriptions;
    for (const Code code : KnownCodes) {
        const NodeStatus status(code);
        const QString description = status.description();
        QVERIFY2(description.size() > 20, qPrintable(status.apiCode()));
        QVERIFY(description != status.label());
        descriptions.insert(description);
    }
    QCOMPARE(descriptions.size(), KnownCodes.size());
}

void TestNodeStatus::isInTurn_onlyDuringTheNodesTurn_data()
{
    QTest::addColumn<Code>("code");
    QTest::addColumn<bool>("inTurn");

    QTest::newRow("IDLE") << Code::Idle << false;
    QTest::newRow("PENDING") << Code::Pending << false;
    QTest::newRow("PREPARING") << Code::Preparing << true;
    QTest::newRow("WAITING_FOR_CALLS") << Code::WaitingForCalls << true;
    QTest::newRow("CALLS_TIMEOUT") << Code::CallsTimeout << false;
    QTest::newRow("UPGRADING") << Code::Upgrading << true;
    QTest::newRow("REBOOTING") << Code::Rebooting << true;
    QTest::newRow("UNREACHABLE") << Code::Unreachable << false;
    QTest::newRow("unknown") << Code::Unknown << false;
}

void TestNodeStatus::isInTurn_onlyDuringTheNodesTurn()
{
    QFETCH(Code, code);
    QFETCH(bool, inTurn);
    QCOMPARE(NodeStatus(code).isInTurn(), inTurn);
}

void TestNodeStatus::defaultIsIdle()
{
    const NodeStatus status;
    QCOMPARE(status.code(), Code::Idle);
    QCOMPARE(status, NodeStatus::fromApiCode(u"IDLE"_s));
}

void TestNodeStatus::equality_unknownsCompareByRawCode()
{
    QCOMPARE(NodeStatus::fromApiCode(u"FOO"_s), NodeStatus::fromApiCode(u" FOO"_s));
    QVERIFY(NodeStatus::fromApiCode(u"FOO"_s) != NodeStatus::fromApiCode(u"BAR"_s));
}

QTEST_GUILESS_MAIN(TestNodeStatus)
#include "tst_nodestatus.moc"
