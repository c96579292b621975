#include "core/domain/upgradepath.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTest>

using namespace Qt::StringLiterals;
using iuc::UpgradePath;
using iuc::UpgradePathRules;
using iuc::Version;

namespace {

// Helpers record a failure and carry on with an empty value, so one broken
// case fails its own test instead of aborting the whole run.
Version v(QStringView text)
{
    const auto parsed = Version::parse(text);
    if (!parsed) {
        QTest::qFail(qPrintable(parsed.error().message), __FILE__, __LINE__);
        return Version();
    }
    return parsed.value();
}

UpgradePath planned(QStringView installed, QStringView target)
{
    const auto plan = UpgradePath::plan(v(installed), v(target));
    if (!plan) {
        QTest::qFail(qPrintable(plan.error().code + u": "_s + plan.error().message), __FILE__,
                     __LINE__);
        return UpgradePath();
    }
    return plan.value();
}

// A valid file that differs from the shipped one, to prove the planner
// follows the data: a future v12 reached from v11, and from older releases
// through v11 (so a v3 deployment takes three hops).
const QByteArray FutureRules = R"({
    "format": 1,
    "targets": [
        { "major": 6,  "from": [ { "min": 3, "max": 3 } ] },
        { "major": 11, "from": [ { "min": 4, "max": 10 }, { "min": 3, "max": 3, "via": 6 } ] },
        { "major": 12, "from": [ { "min": 11, "max": 11 }, { "min": 3, "max": 10, "via": 11 } ] }
    ]
})";

} // namespace

class TestUpgradePath final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void R10_shippedRulesLoadFromTheResource();
    void R10_shippedRulesKnowTargets6And11();
    void R10_v3PlansThroughV6();
    void R10_v4OrLaterGoesStraightToV11_data();
    void R10_v4OrLaterGoesStraightToV11();
    void R10_v3ToV6IsASingleHop();
    void R10_sameVersionIsNothingToDo_data();
    void R10_sameVersionIsNothingToDo();
    void R10_newerMinorOrBuildIsADirectHop_data();
    void R10_newerMinorOrBuildIsADirectHop();
    void R10_downgradeRefusedWithSnapshotAdvice_data();
    void R10_downgradeRefusedWithSnapshotAdvice();
    void R10_unknownTargetNamesKnownTargets_data();
    void R10_unknownTargetNamesKnownTargets();
    void R10_unsupportedSourceNamesSupportedSources_data();
    void R10_unsupportedSourceNamesSupportedSources();
    void R10_pathsAreDataNotCode();
    void R10_emptyRulesExplainThemselves();
    void plan_invalidVersionRefused();
    void plan_keepsBothVersions();
    void summary_wordsThePlan();
    void fromJson_hostileFilesGiveErrors_data();
    void fromJson_hostileFilesGiveErrors();
    void fromJson_commentsAreIgnoredAnywhere();
    void fromJson_rulesComeOutSorted();
};

void TestUpgradePath::initTestCase()
{
    // Lists of versions are joined the locale's way ("v6, v11 and v12");
    // pin the locale so the expected sentences hold on any machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestUpgradePath::R10_shippedRulesLoadFromTheResource()
{
    QFile file(u":/iuc/upgrade-paths.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const auto rules = UpgradePathRules::fromJson(file.readAll());
    QVERIFY2(rules.hasValue(), qPrintable(rules ? QString() : rules.error().message));
    QCOMPARE(rules->rules().size(), UpgradePathRules::builtIn().rules().size());
}

void TestUpgradePath::R10_shippedRulesKnowTargets6And11()
{
    QCOMPARE(UpgradePathRules::builtIn().knownTargets(), (QList<int>{6, 11}));
}

void TestUpgradePath::R10_v3PlansThroughV6()
{
    const UpgradePath path = planned(u"3", u"11");
    QCOMPARE(path.hops(), (QList<int>{6, 11}));
    QVERIFY(!path.isNothingToDo());
    // The pseudo-version the Management Node reports changes nothing.
    QCOMPARE(planned(u"3.2 (12000.0.0)", u"11 (71234.0.0)").hops(), (QList<int>{6, 11}));
}

void TestUpgradePath::R10_v4OrLaterGoesStraightToV11_data()
{
    QTest::addColumn<QString>("installed");
    for (const QString &installed : {u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"8.1"_s, u"9"_s,
                                     u"10"_s, u"10.2"_s, u"10.2 (12345.0.0)"_s})
        QTest::newRow(qPrintable(installed)) << installed;
}

void TestUpgradePath::R10_v4OrLaterGoesStraightToV11()
{
    QFETCH(QString, installed);
    QCOMPARE(planned(installed, u"11").hops(), QList<int>{11});
    QCOMPARE(planned(installed, u"11 (71234.0.0)").hops(), QList<int>{11});
}

void TestUpgradePath::R10_v3ToV6IsASingleHop()
{
    QCOMPARE(planned(u"3", u"6").hops(), QList<int>{6});
}

void TestUpgradePath::R10_sameVersionIsNothingToDo_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("target");

    QTest::newRow("11 to 11") << u"11"_s << u"11"_s;
    QTest::newRow("11.0 to 11") << u"11.0"_s << u"11"_s;
    QTest::newRow("build to release") << u"11 (71234.0.0)"_s << u"11"_s;
    QTest::newRow("release to build") << u"11"_s << u"11 (71234.0.0)"_s;
    QTest::newRow("same build") << u"24 (55691.0.0)"_s << u"24 (55691.0.0)"_s;
    QTest::newRow("unknown major, same build") << u"99"_s << u"99"_s;
}

void TestUpgradePath::R10_sameVersionIsNothingToDo()
{
    QFETCH(QString, installed);
    QFETCH(QString, target);
    const UpgradePath path = planned(installed, target);
    QVERIFY(path.isNothingToDo());
    QVERIFY(path.hops().isEmpty());
}

void TestUpgradePath::R10_newerMinorOrBuildIsADirectHop_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QList<int>>("hops");

    QTest::newRow("build to minor") << u"11 (1)"_s << u"11.1"_s << QList<int>{11};
    QTest::newRow("newer build") << u"11 (71234.0.0)"_s << u"11 (71300.0.0)"_s << QList<int>{11};
    QTest::newRow("minor of v6") << u"6"_s << u"6.1"_s << QList<int>{6};
    // Minor updates need no rule, even for a major the rules do not list.
    QTest::newRow("minor of unlisted major") << u"29"_s << u"29.1 (73152.10.0)"_s << QList<int>{29};
    QTest::newRow("v3 to a minor of v11") << u"3"_s << u"11.1"_s << QList<int>{6, 11};
    QTest::newRow("v10.2 to a minor of v11") << u"10.2"_s << u"11.1"_s << QList<int>{11};
}

void TestUpgradePath::R10_newerMinorOrBuildIsADirectHop()
{
    QFETCH(QString, installed);
    QFETCH(QString, target);
    QFETCH(QList<int>, hops);
    QCOMPARE(planned(installed, target).hops(), hops);
}

void TestUpgradePath::R10_downgradeRefusedWithSnapshotAdvice_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("target");

    QTest::newRow("11 to 6") << u"11"_s << u"6"_s;
    QTest::newRow("11.1 to 11") << u"11.1"_s << u"11"_s;
    QTest::newRow("older build") << u"11 (71300.0.0)"_s << u"11 (71234.0.0)"_s;
    QTest::newRow("12 to 11") << u"12"_s << u"11"_s;
    QTest::newRow("6 to 3") << u"6"_s << u"3"_s;
}

void TestUpgradePath::R10_downgradeRefusedWithSnapshotAdvice()
{
    QFETCH(QString, installed);
    QFETCH(QString, target);

    const auto plan = UpgradePath::plan(v(installed), v(target));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, u"path.downgrade"_s);
    const QString message = plan.error().message;
    // What happened: both versions, as the admin knows them.
    QVERIFY2(message.contains(v(target).toString()), qPrintable(message));
    QVERIFY2(message.contains(v(installed).toString()), qPrintable(message));
    // What to do instead: restore snapshots, restore or redeploy the nodes.
    QVERIFY2(message.contains(u"snapshot"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Management Node"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Conferencing Node"_s), qPrintable(message));
}

void TestUpgradePath::R10_unknownTargetNamesKnownTargets_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("targetName");

    QTest::newRow("v11 to v12") << u"11"_s << u"12"_s << u"v12"_s;
    QTest::newRow("v10 to v99") << u"10"_s << u"99"_s << u"v99"_s;
    QTest::newRow("v3 to v7, between known targets") << u"3"_s << u"7"_s << u"v7"_s;
    QTest::newRow("v3 to v12") << u"3"_s << u"12 (80000.0.0)"_s << u"v12"_s;
}

void TestUpgradePath::R10_unknownTargetNamesKnownTargets()
{
    QFETCH(QString, installed);
    QFETCH(QString, target);
    QFETCH(QString, targetName);

    const auto plan = UpgradePath::plan(v(installed), v(target));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, u"path.unknown-target"_s);
    const QString message = plan.error().message;
    QVERIFY2(message.contains(targetName), qPrintable(message));
    QVERIFY2(message.contains(u"v6"_s) && message.contains(u"v11"_s), qPrintable(message));
    QVERIFY2(message.contains(u"newer version of the console"_s), qPrintable(message));
}

void TestUpgradePath::R10_unsupportedSourceNamesSupportedSources_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("supported");

    // The two v11 ranges (4-10 direct, 3 through v6) read as one span.
    QTest::newRow("v2 to v11") << u"2"_s << u"11"_s << u"v3 to v10"_s;
    QTest::newRow("v1 to v11") << u"1.5"_s << u"11"_s << u"v3 to v10"_s;
    QTest::newRow("v2 to v6") << u"2"_s << u"6"_s << u"v3"_s;
    // Only v3 to v6 is documented; v4 and v5 are not guessed at.
    QTest::newRow("v4 to v6") << u"4"_s << u"6"_s << u"v3"_s;
}

void TestUpgradePath::R10_unsupportedSourceNamesSupportedSources()
{
    QFETCH(QString, installed);
    QFETCH(QString, target);
    QFETCH(QString, supported);

    const auto plan = UpgradePath::plan(v(installed), v(target));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, u"path.unsupported-source"_s);
    const QString message = plan.error().message;
    QVERIFY2(message.contains(u"v%1"_s.arg(v(installed).major())), qPrintable(message));
    QVERIFY2(message.contains(supported), qPrintable(message));
    QVERIFY2(message.contains(u"newer version of the console"_s), qPrintable(message));
}

void TestUpgradePath::R10_pathsAreDataNotCode()
{
    const auto rules = UpgradePathRules::fromJson(FutureRules);
    QVERIFY2(rules.hasValue(), qPrintable(rules ? QString() : rules.error().message));
    QCOMPARE(rules->knownTargets(), (QList<int>{6, 11, 12}));

    const auto fromV3 = UpgradePath::plan(v(u"3"), v(u"12"), *rules);
    QVERIFY(fromV3);
    QCOMPARE(fromV3->hops(), (QList<int>{6, 11, 12}));
    const auto fromV8 = UpgradePath::plan(v(u"8"), v(u"12"), *rules);
    QVERIFY(fromV8);
    QCOMPARE(fromV8->hops(), (QList<int>{11, 12}));
    // The same request against the shipped rules is refused.
    QVERIFY(!UpgradePath::plan(v(u"8"), v(u"12")));
}

void TestUpgradePath::R10_emptyRulesExplainThemselves()
{
    const auto plan = UpgradePath::plan(v(u"10"), v(u"11"), UpgradePathRules());
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, u"path.unknown-target"_s);
    QVERIFY(plan.error().message.contains(u"v11"_s));
    // Minor updates and "nothing to do" need no rules at all.
    QVERIFY(UpgradePath::plan(v(u"11"), v(u"11.1"), UpgradePathRules()));
    QVERIFY(UpgradePath::plan(v(u"11"), v(u"11"), UpgradePathRules()));
}

void TestUpgradePath::plan_invalidVersionRefused()
{
    const auto noInstalled = UpgradePath::plan(Version(), v(u"11"));
    QVERIFY(!noInstalled);
    QCOMPARE(noInstalled.error().code, u"path.invalid-version"_s);
    const auto noTarget = UpgradePath::plan(v(u"11"), Version());
    QVERIFY(!noTarget);
    QCOMPARE(noTarget.error().code, u"path.invalid-version"_s);
}

void TestUpgradePath::plan_keepsBothVersions()
{
    const UpgradePath path = planned(u"3 (9000.0.0)", u"11.1");
    QCOMPARE(path.installed(), v(u"3 (9000.0.0)"));
    QCOMPARE(path.target(), v(u"11.1"));
}

void TestUpgradePath::summary_wordsThePlan()
{
    QCOMPARE(planned(u"3", u"11").summary(), u"Upgrade to v6 first, then to v11."_s);
    QCOMPARE(planned(u"8", u"11 (71234.0.0)").summary(), u"Upgrade directly to v11."_s);
    QCOMPARE(planned(u"11", u"11").summary(), u"Nothing to do: the deployment already runs v11."_s);
    // The last hop names the package's own release, not just its major.
    QCOMPARE(planned(u"3", u"11.1").summary(), u"Upgrade to v6 first, then to v11.1."_s);
    QCOMPARE(planned(u"11 (1)", u"11.1").summary(), u"Upgrade directly to v11.1."_s);

    const auto rules = UpgradePathRules::fromJson(FutureRules);
    QVERIFY(rules);
    const auto threeHops = UpgradePath::plan(v(u"3"), v(u"12"), *rules);
    QVERIFY(threeHops);
    QCOMPARE(threeHops->summary(), u"Upgrade in 3 steps, in this order: v6, v11, and v12."_s);

    QCOMPARE(UpgradePath().summary(), u"Nothing to do."_s);
}

void TestUpgradePath::fromJson_hostileFilesGiveErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // the message names the problem's place

    const QString malformed = u"path.rules-malformed"_s;
    const QString invalid = u"path.rules-invalid"_s;

    QTest::newRow("empty file") << QByteArray() << malformed << QString();
    QTest::newRow("truncated") << QByteArray(R"({"format": 1, "targets": [)") << malformed << QString();
    QTest::newRow("trailing comma") << QByteArray(R"({"format": 1,})") << malformed << QString();
    QTest::newRow("not JSON") << QByteArray("format=1") << malformed << QString();
    QTest::newRow("NUL inside") << QByteArray("{\"format\": 1\0}", 14) << malformed << QString();
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"format\": 1, \"comment\": \"\xff\xfe\", \"targets\": []}") << malformed
        << QString();
    QTest::newRow("deep nesting") << QByteArray(QByteArray(100000, '[') + QByteArray(100000, ']')) << malformed
                                  << QString();
    QTest::newRow("top level array") << QByteArray("[]") << invalid << u"top level"_s;
    QTest::newRow("format missing") << QByteArray(R"({"targets": []})") << invalid << u"format"_s;
    QTest::newRow("format as text") << QByteArray(R"({"format": "1", "targets": []})") << invalid
                                    << u"format"_s;
    QTest::newRow("format 2") << QByteArray(R"({"format": 2, "targets": []})")
                              << u"path.rules-unsupported-format"_s << u"format 2"_s;
    QTest::newRow("targets missing") << QByteArray(R"({"format": 1})") << invalid << u"targets"_s;
    QTest::newRow("targets empty") << QByteArray(R"({"format": 1, "targets": []})") << invalid
                                   << u"targets"_s;
    QTest::newRow("targets an object") << QByteArray(R"({"format": 1, "targets": {}})") << invalid
                                       << u"targets"_s;
    QTest::newRow("unknown top-level field")
        << QByteArray(R"({"format": 1, "targets": [], "tragets": []})") << invalid << u"tragets"_s;
    QTest::newRow("target not an object") << QByteArray(R"({"format": 1, "targets": [11]})")
                                          << invalid << u"targets[0]"_s;
    QTest::newRow("major missing")
        << QByteArray(R"({"format": 1, "targets": [{"from": [{"min": 4, "max": 10}]}]})") << invalid
        << u"targets[0].major"_s;
    QTest::newRow("major as text")
        << QByteArray(R"({"format": 1, "targets": [{"major": "11", "from": [{"min": 4, "max": 10}]}]})")
        << invalid << u"targets[0].major"_s;
    QTest::newRow("major fractional")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11.5, "from": [{"min": 4, "max": 10}]}]})")
        << invalid << u"targets[0].major"_s;
    QTest::newRow("major negative")
        << QByteArray(R"({"format": 1, "targets": [{"major": -11, "from": [{"min": 4, "max": 10}]}]})")
        << invalid << u"targets[0].major"_s;
    QTest::newRow("major zero")
        << QByteArray(R"({"format": 1, "targets": [{"major": 0, "from": [{"min": 4, "max": 10}]}]})")
        << invalid << u"targets[0].major"_s;
    QTest::newRow("major huge")
        << QByteArray(R"({"format": 1, "targets": [{"major": 1e12, "from": [{"min": 4, "max": 10}]}]})")
        << invalid << u"targets[0].major"_s;
    QTest::newRow("major boolean")
        << QByteArray(R"({"format": 1, "targets": [{"major": true, "from": [{"min": 4, "max": 10}]}]})")
        << invalid << u"targets[0].major"_s;
    QTest::newRow("major null")
        << QByteArray(R"({"format": 1, "targets": [{"major": null, "from": [{"min": 4, "max": 10}]}]})")
        << invalid << u"targets[0].major"_s;
    QTest::newRow("from missing") << QByteArray(R"({"format": 1, "targets": [{"major": 11}]})")
                                  << invalid << u"targets[0].from"_s;
    QTest::newRow("from empty") << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": []}]})")
                                << invalid << u"targets[0].from"_s;
    QTest::newRow("from entry not an object")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": [4]}]})") << invalid
        << u"targets[0].from[0]"_s;
    QTest::newRow("max missing")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": [{"min": 4}]}]})") << invalid
        << u"targets[0].from[0].max"_s;
    QTest::newRow("min greater than max")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": [{"min": 7, "max": 5}]}]})")
        << invalid << u"targets[0].from[0]"_s;
    QTest::newRow("source not below target")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": [{"min": 4, "max": 11}]}]})")
        << invalid << u"targets[0].from[0]"_s;
    QTest::newRow("misspelt via")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": [{"min": 3, "max": 3, "vai": 6}]}]})")
        << invalid << u"vai"_s;
    QTest::newRow("via not above source")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": [{"min": 3, "max": 5, "via": 4}]}]})")
        << invalid << u"targets[0].from[0]"_s;
    QTest::newRow("via not below target")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": [{"min": 3, "max": 3, "via": 11}]}]})")
        << invalid << u"targets[0].from[0]"_s;
    QTest::newRow("via to an unknown target")
        << QByteArray(R"({"format": 1, "targets": [{"major": 11, "from": [{"min": 3, "max": 3, "via": 6}]}]})")
        << invalid << u"targets[0].from[0]"_s;
    QTest::newRow("via target misses part of the range")
        << QByteArray(R"({"format": 1, "targets": [
               {"major": 6, "from": [{"min": 3, "max": 3}]},
               {"major": 11, "from": [{"min": 2, "max": 3, "via": 6}]}]})")
        << invalid << u"v2"_s;
    QTest::newRow("overlapping ranges")
        << QByteArray(R"({"format": 1, "targets": [
               {"major": 11, "from": [{"min": 4, "max": 10}, {"min": 8, "max": 9}]}]})")
        << invalid << u"targets[0].from[1]"_s;
    QTest::newRow("target listed twice")
        << QByteArray(R"({"format": 1, "targets": [
               {"major": 11, "from": [{"min": 4, "max": 10}]},
               {"major": 11, "from": [{"min": 3, "max": 3}]}]})")
        << invalid << u"v11"_s;
    QTest::newRow("over 1 MiB") << QByteArray(QByteArray(R"({"format": 1, "comment": ")")
                                              + QByteArray(2 * 1024 * 1024, 'x')
                                              + QByteArray(R"(", "targets": []})"))
                                << invalid << QString();
}

void TestUpgradePath::fromJson_hostileFilesGiveErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    const auto rules = UpgradePathRules::fromJson(json);
    QVERIFY(!rules);
    QCOMPARE(rules.error().code, code);
    const QString message = rules.error().message;
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.size() < 400, qPrintable(message.left(400)));
    if (!mentions.isEmpty())
        QVERIFY2(message.contains(mentions), qPrintable(message));
}

void TestUpgradePath::fromJson_commentsAreIgnoredAnywhere()
{
    const auto rules = UpgradePathRules::fromJson(R"({
        "comment": "top",
        "format": 1,
        "targets": [
            { "comment": ["a", "list"], "major": 11,
              "from": [ { "comment": {"any": "shape"}, "min": 4, "max": 10 } ] }
        ]
    })");
    QVERIFY2(rules.hasValue(), qPrintable(rules ? QString() : rules.error().message));
    QCOMPARE(rules->rules().size(), 1);
    QCOMPARE(rules->rules().first().target, 11);
    QCOMPARE(rules->rules().first().fromMin, 4);
    QCOMPARE(rules->rules().first().fromMax, 10);
    QCOMPARE(rules->rules().first().via, 0);
}

void TestUpgradePath::fromJson_rulesComeOutSorted()
{
    const auto rules = UpgradePathRules::fromJson(R"({"format": 1, "targets": [
        {"major": 11, "from": [{"min": 4, "max": 10}, {"min": 3, "max": 3, "via": 6}]},
        {"major": 6, "from": [{"min": 3, "max": 3}]}]})");
    QVERIFY2(rules.hasValue(), qPrintable(rules ? QString() : rules.error().message));
    QCOMPARE(rules->knownTargets(), (QList<int>{6, 11}));
    QList<int> order;
    for (const auto &rule : rules->rules())
        order << rule.target << rule.fromMin;
    QCOMPARE(order, (QList<int>{6, 3, 11, 3, 11, 4}));
}

QTEST_GUILESS_MAIN(TestUpgradePath)
#include "tst_upgradepath.moc"
