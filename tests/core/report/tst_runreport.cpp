// A run's report for change records (core/report/runreport.h): nodes in the
// order people count them, in both formats; the format by file name; a
// report that cannot be written says why and leaves what was there.

#include "core/report/runreport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

api::UpgradeRun runWith(const QStringList &names)
{
    api::UpgradeRun run;
    run.id = 1;
    run.state = u"completed"_s;
    run.targetVersion = api::ReportedVersion{u"11 (71234.0.0)"_s, Version::fromString(u"11 (71234.0.0)")};
    run.startedAt = QDateTime(QDate(2030, 1, 1), QTime(10, 0), QTimeZone::utc());
    int id = 1;
    for (const QString &name : names) {
        api::RunNode n;
        n.id = id++;
        n.name = name;
        n.included = true;
        run.nodes.append(n);
    }
    return run;
}

} // namespace

class TestRunReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodesInNaturalOrderInBothFormats();
    void formatByFileName();
    void unwritableFileSaysWhyAndKeepsWhatWasThere();
    void observedRunSaysTheConsoleRecordedIt();
    void R4_R9_adminActionsShownOnTheirNodeInTheirRun();
};

// What the admin did (AdminActionLog) is reported on the node it was done
// to, in the run it was done during: calls disconnected counted, reboots
// listed; an action on another node, or outside the run, is not.
void TestRunReport::R4_R9_adminActionsShownOnTheirNodeInTheirRun()
{
    api::UpgradeRun run = runWith({u"lon-conf1"_s, u"lon-conf2"_s});
    run.endedAt = run.startedAt.addSecs(6 * 3600);
    const QDateTime during = run.startedAt.addSecs(3600);
    ReportContext context;
    context.adminActions = {
        AdminAction{AdminAction::Kind::CallsDisconnected, during, 1, u"lon-conf1"_s, 3, u"admin"_s, {}},
        AdminAction{AdminAction::Kind::CallsDisconnected, during.addSecs(60), 1, u"lon-conf1"_s, 1, u"ops"_s, {}},
        AdminAction{AdminAction::Kind::NodeRebooted, during.addSecs(120), 1, u"lon-conf1"_s, 2, u"admin"_s, {}},
        // the console's health check after the node's upgrade: its own column
        AdminAction{AdminAction::Kind::HealthCheckFailed, during.addSecs(900), 1, u"lon-conf1"_s, 0, u"admin"_s,
                    u"alarm connectivity_lost"_s},
        // before the run, and after it: another run's
        AdminAction{AdminAction::Kind::CallsDisconnected, run.startedAt.addSecs(-60), 1, u"lon-conf1"_s, 7, u"admin"_s, {}},
        AdminAction{AdminAction::Kind::CallsDisconnected, run.endedAt->addSecs(60), 2, u"lon-conf2"_s, 5, u"admin"_s, {}},
    };
    const QStringList lines = runReportCsv({run}, context).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines[0].split(u',');
    const qsizetype countColumn = header.indexOf(u"calls_disconnected_by_admin"_s);
    const qsizetype textColumn = header.indexOf(u"admin_actions"_s);
    QVERIFY(countColumn >= 0 && textColumn >= 0);
    // No field of these rows holds a comma, so a split is the CSV's reading.
    const QStringList first = lines[1].split(u',');
    const QStringList second = lines[2].split(u',');
    QCOMPARE(first.value(header.indexOf(u"node"_s)), u"lon-conf1"_s);
    QCOMPARE(first.value(countColumn), u"4"_s);
    QVERIFY2(first.value(textColumn).contains(u"2030-01-01 11:00:00 calls disconnected by admin: 3"_s),
             qPrintable(first.value(textColumn)));
    QVERIFY2(first.value(textColumn).contains(u"rebooted by admin (2 calls dropped)"_s), qPrintable(first.value(textColumn)));
    QVERIFY(!first.value(textColumn).contains(u": 7"_s));
    QCOMPARE(second.value(countColumn), u"0"_s);
    QVERIFY(second.value(textColumn).isEmpty());
    const qsizetype healthColumn = header.indexOf(u"health_check"_s);
    QCOMPARE(first.value(healthColumn), u"2030-01-01 11:15:00 failed: alarm connectivity_lost"_s);
    QVERIFY(!first.value(textColumn).contains(u"connectivity_lost"_s)); // not an admin action
    QVERIFY(second.value(healthColumn).isEmpty());

    const QString html = runReportHtml({run}, context);
    QVERIFY(html.contains(u"<th>Admin actions</th>"_s));
    QVERIFY(html.contains(u"calls disconnected by ops: 1"_s));
    QVERIFY(html.contains(u"<th>Health check</th>"_s));
    QVERIFY(html.contains(u"failed: alarm connectivity_lost"_s));
}

// A run the console recorded itself (a node without upgrade_run) is said to
// be so in the report; a run the node reported is not.
void TestRunReport::observedRunSaysTheConsoleRecordedIt()
{
    api::UpgradeRun run = runWith({u"lon-conf1"_s});
    QVERIFY(!runReportHtml({run}, {}).contains(u"Recorded by the console"_s));
    run.observed = true;
    QVERIFY(runReportHtml({run}, {}).contains(u"Recorded by the console from what it saw"_s));
}

void TestRunReport::nodesInNaturalOrderInBothFormats()
{
    const api::UpgradeRun run = runWith({u"lon-conf10"_s, u"lon-conf2"_s, u"lon-conf100"_s, u"lon-conf1"_s});
    for (const QString &report : {runReportCsv({run}), runReportHtml({run}, {})}) {
        qsizetype previous = -1;
        for (const char *name : {"lon-conf1,", "lon-conf2", "lon-conf10", "lon-conf100"}) {
            QString n = QString::fromLatin1(name);
            if (report.startsWith(u"<"_s))
                n.remove(u',');
            const qsizetype at = report.indexOf(n, previous + 1);
            QVERIFY2(at > previous, qPrintable(n + u" is out of order:\\n"_s + report));
            previous = at;
        }
    }
}

void TestRunReport::formatByFileName()
{
    QCOMPARE(reportFormatFor(u"/tmp/r.html"_s), ReportFormat::Html);
    QCOMPARE(reportFormatFor(u"/tmp/r.HTM"_s), ReportFormat::Html);
    QCOMPARE(reportFormatFor(u"/tmp/r.csv"_s), ReportFormat::Csv);
    QCOMPARE(reportFormatFor(u"/tmp/report"_s), ReportFormat::Csv);
}

void TestRunReport::unwritableFileSaysWhyAndKeepsWhatWasThere()
{
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(u"no/such/folder/r.csv"_s);
    const auto failed = saveRunReport(missingFolder, ReportFormat::Csv, {runWith({u"a"_s})}, {});
    QVERIFY(failed.has_value());
    QVERIFY(!failed->isEmpty());

    const QString path = dir.filePath(u"r.csv"_s);
    QVERIFY(!saveRunReport(path, ReportFormat::Csv, {runWith({u"first"_s})}, {}).has_value());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("first"));
}

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
