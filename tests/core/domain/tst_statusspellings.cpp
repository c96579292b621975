// Upgrade-status spellings as data (issue 12; REAL-API.md §3): the built-in
// file and the rules it is held to.

#include "core/domain/errorcodes.h"
#include "core/domain/statusspellings.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using Code = NodeStatus::Code;

class TestStatusSpellings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn_knowsEveryStatusByItsCodeAndTheVendorsWords_data();
    void builtIn_knowsEveryStatusByItsCodeAndTheVendorsWords();
    void builtIn_theShippedFileIsValid();
    void normalized_dropsCaseAndSeparators();
    void fromJson_aSpellingIsAddedAsData();
    void fromJson_refusesWhatWouldMisreadAStatus_data();
    void fromJson_refusesWhatWouldMisreadAStatus();
};

void TestStatusSpellings::builtIn_knowsEveryStatusByItsCodeAndTheVendorsWords_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<Code>("code");
    QTest::newRow("IDLE") << u"IDLE"_s << Code::Idle;
    QTest::newRow("no upgrade") << u"No upgrade in progress"_s << Code::Idle;
    QTest::newRow("pending") << u"Upgrade pending"_s << Code::Pending;
    QTest::newRow("preparing") << u"preparing_to_upgrade"_s << Code::Preparing;
    QTest::newRow("waiting") << u"WAITING_FOR_CALLS_TO_CLEAR"_s << Code::WaitingForCalls;
    QTest::newRow("timeout") << u"Timeout waiting for calls to clear"_s << Code::CallsTimeout;
    QTest::newRow("in progress") << u"upgrade-in-progress"_s << Code::Upgrading;
    QTest::newRow("rebooting") << u"Rebooting"_s << Code::Rebooting;
    QTest::newRow("unreachable") << u"Could not communicate with conferencing node"_s << Code::Unreachable;
    QTest::newRow("our code") << u"CALLS_TIMEOUT"_s << Code::CallsTimeout;
}

void TestStatusSpellings::builtIn_knowsEveryStatusByItsCodeAndTheVendorsWords()
{
    QFETCH(QString, spelling);
    QFETCH(Code, code);
    const std::optional<Code> read = StatusSpellings::builtIn().codeFor(spelling);
    QVERIFY2(read, qPrintable(spelling));
    QCOMPARE(*read, code);
}

void TestStatusSpellings::builtIn_theShippedFileIsValid()
{
    QFile file(u":/iuc/upgrade-statuses.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<StatusSpellings> spellings = StatusSpellings::fromJson(file.readAll());
    QVERIFY2(spellings, qPrintable(spellings ? QString() : spellings.error().message));
    QCOMPARE(spellings->size(), StatusSpellings::builtIn().size());
    for (const Code code : {Code::Idle, Code::Pending, Code::Preparing, Code::WaitingForCalls, Code::CallsTimeout,
                            Code::Upgrading, Code::Rebooting, Code::Unreachable}) {
        QCOMPARE(spellings->codeFor(NodeStatus::apiCode(code)), code); // every status by its own code
    }
    QVERIFY(spellings->size() > 8); // and by the vendor's words
    QVERIFY(!StatusSpellings::builtIn().codeFor(u"MIGRATING"_s));
}

void TestStatusSpellings::normalized_dropsCaseAndSeparators()
{
    QCOMPARE(StatusSpellings::normalized(u"Waiting for calls-to_CLEAR"_s), u"waitingforcallstoclear"_s);
    QCOMPARE(StatusSpellings::normalized(u"  __ "_s), QString());
}

void TestStatusSpellings::fromJson_aSpellingIsAddedAsData()
{
    const Result<StatusSpellings> spellings = StatusSpellings::fromJson(R"({
        "comment": "a spelling seen on a node",
        "format": 1,
        "statuses": [ { "code": "UPGRADING", "spellings": ["INSTALLING", "Copying software"] } ]
    })");
    QVERIFY2(spellings, qPrintable(spellings ? QString() : spellings.error().message));
    QCOMPARE(spellings->codeFor(u"installing"_s), Code::Upgrading);
    QCOMPARE(spellings->codeFor(u"COPYING_SOFTWARE"_s), Code::Upgrading);
    QVERIFY(!spellings->codeFor(u"IDLE"_s)); // only what the file says
}

void TestStatusSpellings::fromJson_refusesWhatWouldMisreadAStatus_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("not json") << QByteArray("{") << u"at byte"_s;
    QTest::newRow("format") << QByteArray(R"({"format": 2, "statuses": []})") << u"format"_s;
    QTest::newRow("field") << QByteArray(R"({"format": 1, "statuses": [], "extra": 1})") << u"\"extra\""_s;
    QTest::newRow("no entries") << QByteArray(R"({"format": 1, "statuses": []})") << u"statuses"_s;
    QTest::newRow("code") << QByteArray(R"({"format": 1, "statuses": [{"code": "DONE", "spellings": ["x"]}]})")
                          << u"eight codes"_s;
    QTest::newRow("twice") << QByteArray(R"({"format": 1, "statuses": [{"code": "IDLE", "spellings": ["a"]},
                                                                      {"code": "IDLE", "spellings": ["b"]}]})")
                           << u"twice"_s;
    QTest::newRow("one spelling, two statuses")
        << QByteArray(R"({"format": 1, "statuses": [{"code": "IDLE", "spellings": ["Done"]},
                                                     {"code": "PENDING", "spellings": ["DONE"]}]})")
        << u"also a spelling of IDLE"_s;
    QTest::newRow("empty spelling") << QByteArray(R"({"format": 1, "statuses": [{"code": "IDLE", "spellings": ["_"]}]})")
                                    << u"letter or digit"_s;
    QTest::newRow("typo") << QByteArray(R"({"format": 1, "statuses": [{"code": "IDLE", "spelings": ["x"]}]})")
                          << u"\"spelings\""_s;
}

void TestStatusSpellings::fromJson_refusesWhatWouldMisreadAStatus()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    const Result<StatusSpellings> spellings = StatusSpellings::fromJson(json);
    QVERIFY(!spellings);
    QVERIFY(spellings.error().is(SpellingsError::Invalid));
    QVERIFY2(spellings.error().message.contains(why), qPrintable(spellings.error().message));
}

QTEST_GUILESS_MAIN(TestStatusSpellings)
#include "tst_statusspellings.moc"
