// Issue 12: the console as a syslog server, on real loopback sockets. One
// port number serves UDP and TCP; each datagram or TCP frame becomes one
// administrator-log line; a busy port is a clear error.

#include "core/model/logline.h"
#include "core/model/logmodel.h"
#include "core/syslog/syslogerrors.h"
#include "core/syslog/syslogreceiver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::syslog;

namespace {

const QByteArray kError =
    R"(<11>1 2026-12-06T20:51:22.123Z mgr01 - - - - 2026-12-06 20:51:22,123 Level="ERROR" Name="administrator.system.connectivity" Message="Unable to contact node." Node="10.0.0.12")";
const QByteArray kInfo =
    R"(<14>Dec  6 20:51:23 mgr01 2026-12-06 20:51:23,000 Level="INFO" Name="administrator.upgrade" Message="Software installed; the node is rebooting." Node="10.0.0.12")";

QList<api::LogEntry> collect(QSignalSpy &spy)
{
    QList<api::LogEntry> all;
    for (const QList<QVariant> &call : spy)
        all += call.at(0).value<QList<api::LogEntry>>();
    return all;
}

} // namespace

class TestSyslogReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<api::LogEntry>>(); }

    void udp_eachDatagramIsALine()
    {
        SyslogReceiver receiver;
        QVERIFY(receiver.listen({QHostAddress::LocalHost, 0, true, true}));
        QVERIFY(receiver.port() > 0);
        QSignalSpy spy(&receiver, &SyslogReceiver::received);
        QUdpSocket sender;
        sender.writeDatagram(kError, QHostAddress::LocalHost, receiver.port());
        sender.writeDatagram(kInfo, QHostAddress::LocalHost, receiver.port());
        QTRY_COMPARE(collect(spy).size(), 2);
        const QList<api::LogEntry> got = collect(spy);
        QCOMPARE(got.at(0).id, 0); // LogModel numbers them
        QCOMPARE(got.at(0).level, u"ERROR"_s);
        const LogLine first = parseLogLine(got.at(0).line);
        QVERIFY2(first.wellFormed, qPrintable(first.raw));
        QCOMPARE(first.message, u"Unable to contact node."_s);
        QVERIFY(parseLogLine(got.at(1).line).wellFormed);
        QCOMPARE(receiver.messages(), 2);
    }

    void tcp_octetCountedAndLineFramedOnOnePort()
    {
        SyslogReceiver receiver;
        QVERIFY(receiver.listen({QHostAddress::LocalHost, 0, true, true}));
        QSignalSpy spy(&receiver, &SyslogReceiver::received);
        QTcpSocket counted;
        counted.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(counted.waitForConnected(5000));
        counted.write(QByteArray::number(kError.size()) + ' ' + kError.left(40));
        counted.flush();
        QTest::qWait(50); // the rest of the frame in a later segment
        counted.write(kError.mid(40));
        QTcpSocket lines;
        lines.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(lines.waitForConnected(5000));
        lines.write(kInfo + '\n' + kInfo + '\n');
        QTRY_COMPARE(collect(spy).size(), 3);
        // Into the log model, as the session does: numbered, R13 applied.
        LogModel model;
        model.setUpgradeInProgress(true);
        model.append(collect(spy));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.lastId(), 3);
        int expected = 0;
        for (int row = 0; row < 3; ++row)
            expected += model.severityAt(row) == LogSeverity::ExpectedError ? 1 : 0;
        QCOMPARE(expected, 1);
        QCOMPARE(model.unexpectedErrorCount(), 0);
    }

    void portInUse_saysSoAndLeavesNothingOpen()
    {
        QUdpSocket squatter;
        QVERIFY(squatter.bind(QHostAddress::LocalHost, 0));
        SyslogReceiver receiver;
        const Result<void> listening = receiver.listen({QHostAddress::LocalHost, squatter.localPort(), true, true});
        QVERIFY(!listening);
        QVERIFY2(listening.error().is(SyslogError::PortInUse), qPrintable(listening.error().code));
        QVERIFY(listening.error().message.contains(QString::number(squatter.localPort())));
        QVERIFY(!receiver.isListening());
        // TCP alone on that number is free.
        QVERIFY(receiver.listen({QHostAddress::LocalHost, squatter.localPort(), false, true}));
        QCOMPARE(receiver.port(), squatter.localPort());
    }

    void close_stopsReceiving()
    {
        SyslogReceiver receiver;
        QVERIFY(receiver.listen({QHostAddress::LocalHost, 0, true, false}));
        const quint16 port = receiver.port();
        receiver.close();
        QVERIFY(!receiver.isListening());
        QUdpSocket other;
        QVERIFY(other.bind(QHostAddress::LocalHost, port)); // the port is free again
    }
};

QTEST_GUILESS_MAIN(TestSyslogReceiver)
#include "tst_syslogreceiver.moc"
