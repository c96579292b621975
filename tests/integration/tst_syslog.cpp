// Issue 12: a real Management Node serves no administrator log in its API; it
// sends it to the syslog servers configured in configuration/v1/syslog_server/.
// Here infinity-sim on the real-shaped profile does that during a whole
// upgrade, over UDP and TCP, in RFC 5424 and RFC 3164, to the console's own
// SyslogReceiver on real loopback sockets; the lines read as the vendor's
// format and R13 marks the errors it expects. Virtual time: the emulator's
// clock is stepped.

#include "tests/common/clientfixture.h"
#include "tests/common/waitfor.h"

#include "core/api/apierrors.h"
#include "core/api/managementclient.h"
#include "core/model/logline.h"
#include "core/model/logmodel.h"
#include "core/syslog/syslogreceiver.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::api;
using iuc::sim::ApiProfile;
using iuc::sim::SyslogFormat;
using iuc::syslog::SyslogReceiver;
using iuc::test::waitFor;

Q_DECLARE_METATYPE(iuc::sim::SyslogFormat)

namespace {

bool runIsOver(ClientFixture &sim)
{
    const QJsonObject state = sim.get(u"/sim/v1/state/"_s).object();
    if (state.value(u"management_upgrade_status"_s).toString() != u"IDLE"_s)
        return false;
    for (const QJsonValue &n : state.value(u"nodes"_s).toArray()) {
        if (n[u"upgrade_status"_s].toString() != u"IDLE"_s)
            return false;
    }
    return true;
}

bool hasLine(const QList<LogEntry> &lines, const QString &message)
{
    return std::any_of(lines.begin(), lines.end(), [&](const LogEntry &e) { return e.line.contains(message); });
}

} // namespace

class TestSyslog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<LogEntry>>(); }

    void R13_realNodeSendsItsLogBySyslogThroughAWholeRun_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::addColumn<SyslogFormat>("format");
        QTest::newRow("udp rfc5424") << u"udp"_s << SyslogFormat::Rfc5424;
        QTest::newRow("udp rfc3164") << u"udp"_s << SyslogFormat::Rfc3164;
        QTest::newRow("tcp rfc5424 octet counting") << u"tcp"_s << SyslogFormat::Rfc5424;
        QTest::newRow("tcp rfc3164 one per line") << u"tcp"_s << SyslogFormat::Rfc3164;
    }
    void R13_realNodeSendsItsLogBySyslogThroughAWholeRun()
    {
        QFETCH(QString, transport);
        QFETCH(SyslogFormat, format);
        ClientFixture sim;
        ClientFixture::Options options;
        options.api = ApiProfile::Pexip;
        options.syslogFormat = format;
        QVERIFY2(sim.start(options), qPrintable(sim.startError()));
        SyslogReceiver receiver;
        QVERIFY(receiver.listen({QHostAddress::LocalHost, 0, true, true}));
        QList<LogEntry> lines;
        connect(&receiver, &SyslogReceiver::received, this, [&](const QList<LogEntry> &batch) { lines += batch; });

        ManagementClient client(sim.settings());
        SyslogServer me;
        me.address = u"127.0.0.1"_s;
        me.port = receiver.port();
        me.transport = transport;
        me.description = u"Infinity Upgrade Console"_s;
        const Result<SyslogServer> added = await(client.addSyslogServer(me));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(added.value().id > 0);
        const Result<QList<SyslogServer>> listed = await(client.syslogServers());
        QVERIFY(listed);
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().at(0).port, int(receiver.port()));
        QCOMPARE(listed.value().at(0).transport, transport);

        QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
        for (int step = 0; step < 400 && !runIsOver(sim); ++step) {
            QVERIFY(sim.advance(30).status == 200);
            QTest::qWait(5); // the forwarder sends every 100 ms of real time
        }
        QVERIFY(runIsOver(sim));
        QVERIFY2(waitFor([&] { return hasLine(lines, u"Management Node started."_s) && hasLine(lines, u"Unable to contact node."_s); }, 10000),
                 qPrintable(u"%1 lines received"_s.arg(lines.size())));

        LogModel model;
        model.setUpgradeInProgress(true);
        model.append(lines);
        QCOMPARE(model.rowCount(), lines.size());
        int expected = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const LogLine &line = model.lineAt(row);
            QCOMPARE(line.host, u"mgr01"_s);
            QVERIFY(line.time.isValid());
            if (model.severityAt(row) == LogSeverity::ExpectedError)
                ++expected;
        }
        QVERIFY2(expected >= 3, qPrintable(QString::number(expected))); // each node's expected errors (R13)
        QCOMPARE(model.unexpectedErrorCount(), 0);
        model.setUpgradeInProgress(false);
        QCOMPARE(model.unexpectedErrorCount(), expected); // outside an upgrade they are errors
    }

    void removingTheSyslogServerStopsTheLines()
    {
        ClientFixture sim;
        ClientFixture::Options options;
        options.api = ApiProfile::Pexip;
        QVERIFY2(sim.start(options), qPrintable(sim.startError()));
        SyslogReceiver receiver;
        QVERIFY(receiver.listen({QHostAddress::LocalHost, 0, true, false}));
        QList<LogEntry> lines;
        connect(&receiver, &SyslogReceiver::received, this, [&](const QList<LogEntry> &batch) { lines += batch; });
        ManagementClient client(sim.settings());
        SyslogServer me;
        me.address = u"127.0.0.1"_s;
        me.port = receiver.port();
        const Result<SyslogServer> added = await(client.addSyslogServer(me));
        QVERIFY(added);

        QVERIFY(!sim.startRunWith(sim.writePackage(u"upgrade.tar"_s, kTo, 64 * 1024)).isEmpty());
        for (int step = 0; step < 40 && lines.isEmpty(); ++step) {
            QVERIFY(sim.advance(30).status == 200);
            waitFor([&] { return !lines.isEmpty(); }, 300);
        }
        QVERIFY(!lines.isEmpty());
        QVERIFY(await(client.removeSyslogServer(added.value().id)));
        QTest::qWait(300); // what was on its way
        const qsizetype before = lines.size();
        const Result<QList<SyslogServer>> listed = await(client.syslogServers());
        QVERIFY(listed && listed.value().isEmpty());
        for (int step = 0; step < 400 && !runIsOver(sim); ++step)
            QVERIFY(sim.advance(30).status == 200);
        QVERIFY(runIsOver(sim));
        QTest::qWait(400);
        QCOMPARE(lines.size(), before);
        // Removing it again: it is gone.
        const Result<void> again = await(client.removeSyslogServer(added.value().id));
        QVERIFY(!again);
        QVERIFY(again.error().is(ApiError::NotFound));
    }

    void readOnlyAccountMayNotAddASyslogServer()
    {
        ClientFixture sim;
        ClientFixture::Options options;
        options.api = ApiProfile::Pexip;
        QVERIFY2(sim.start(options), qPrintable(sim.startError()));
        ManagementClient client(sim.settings(As::ReadOnly));
        SyslogServer me;
        me.address = u"127.0.0.1"_s;
        me.port = 5514;
        const Result<SyslogServer> added = await(client.addSyslogServer(me));
        QVERIFY(!added);
        QVERIFY2(added.error().is(ApiError::Forbidden), qPrintable(added.error().code));
        QVERIFY(await(client.syslogServers()).value().isEmpty());
    }

    void aBadFieldIsRefusedByField()
    {
        ClientFixture sim;
        ClientFixture::Options options;
        options.api = ApiProfile::Pexip;
        QVERIFY2(sim.start(options), qPrintable(sim.startError()));
        ManagementClient client(sim.settings());
        SyslogServer me;
        me.address = u"127.0.0.1"_s;
        me.port = 70000;
        me.transport = u"carrier-pigeon"_s;
        const Result<SyslogServer> added = await(client.addSyslogServer(me));
        QVERIFY(!added);
        QVERIFY2(added.error().is(ApiError::Http), qPrintable(added.error().code));
        QVERIFY2(added.error().message.contains(u"port"_s), qPrintable(added.error().message));
        QVERIFY2(added.error().message.contains(u"transport"_s), qPrintable(added.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSyslog)
#include "tst_syslog.moc"
