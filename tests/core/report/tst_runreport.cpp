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
};

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
