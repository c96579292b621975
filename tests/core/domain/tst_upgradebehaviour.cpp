// R2's parallelism as data (resources/upgrade-behaviour.json): one node at a
// time in the seed's v11 era, up to ten since v24 (REAL-API.md §5).

#include "core/domain/errorcodes.h"
#include "core/domain/upgradebehaviour.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;

class TestUpgradeBehaviour final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R2_builtIn_oneAtATimeUpToV11TenFromV24_data();
    void R2_builtIn_oneAtATimeUpToV11TenFromV24();
    void fromJson_aReleaseThatChangesItIsAChangeToTheFile();
    void fromJson_refusesWhatCouldNotBeMeant_data();
    void fromJson_refusesWhatCouldNotBeMeant();
};

void TestUpgradeBehaviour::R2_builtIn_oneAtATimeUpToV11TenFromV24_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("atOnce");
    QTest::newRow("v6") << u"6 (20000.0.0)"_s << 1;
    QTest::newRow("v11") << u"11 (71234.0.0)"_s << 1;
    QTest::newRow("v23") << u"23 (54321.0.0)"_s << 1;
    QTest::newRow("v24") << u"24 (55691.0.0)"_s << 10;
    QTest::newRow("v35") << u"35 (80000.0.0)"_s << 10;
    QTest::newRow("unreadable") << QString() << 1; // a version this build could not read
}

void TestUpgradeBehaviour::R2_builtIn_oneAtATimeUpToV11TenFromV24()
{
    QFETCH(QString, target);
    QFETCH(int, atOnce);
    const Version version = target.isEmpty() ? Version() : Version::fromString(target);
    QCOMPARE(UpgradeBehaviour::builtIn().parallelismFor(version), atOnce);
}

void TestUpgradeBehaviour::fromJson_aReleaseThatChangesItIsAChangeToTheFile()
{
    const auto behaviour = UpgradeBehaviour::fromJson(R"({"format": 1, "parallelism": [
        {"from_major": 1, "at_once": 1}, {"from_major": 24, "at_once": 10},
        {"from_major": 40, "at_once": 5, "comment": "a later release"}]})");
    QVERIFY2(behaviour, qPrintable(behaviour ? QString() : behaviour.error().message));
    QCOMPARE(behaviour->parallelismFor(Version::fromString(u"39 (1.0.0)"_s)), 10);
    QCOMPARE(behaviour->parallelismFor(Version::fromString(u"40 (1.0.0)"_s)), 5);
}

void TestUpgradeBehaviour::fromJson_refusesWhatCouldNotBeMeant_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("format") << QByteArray(R"({"format": 2, "parallelism": [{"from_major": 1, "at_once": 1}]})")
                            << u"format"_s;
    QTest::newRow("empty") << QByteArray(R"({"format": 1, "parallelism": []})") << u"list"_s;
    QTest::newRow("too many") << QByteArray(R"({"format": 1, "parallelism": [{"from_major": 1, "at_once": 11}]})")
                              << u"from 1 to 10"_s;
    QTest::newRow("order") << QByteArray(R"({"format": 1, "parallelism": [{"from_major": 24, "at_once": 10},
                                                                          {"from_major": 1, "at_once": 1}]})")
                           << u"rise"_s;
    QTest::newRow("typo") << QByteArray(R"({"format": 1, "parallelism": [{"from_major": 1, "atonce": 1}]})")
                          << u"\"atonce\""_s;
}

void TestUpgradeBehaviour::fromJson_refusesWhatCouldNotBeMeant()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    const auto behaviour = UpgradeBehaviour::fromJson(json);
    QVERIFY(!behaviour);
    QVERIFY(behaviour.error().is(BehaviourError::Invalid));
    QVERIFY2(behaviour.error().message.contains(why), qPrintable(behaviour.error().message));
}

QTEST_GUILESS_MAIN(TestUpgradeBehaviour)
#include "tst_upgradebehaviour.moc"
