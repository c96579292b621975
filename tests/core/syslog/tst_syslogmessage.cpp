// Issue 12: a real Management Node's administrator log arrives by syslog, in
// RFC 5424 or RFC 3164, over UDP or TCP (RFC 6587 framing), with the vendor's
// line format inside. These read every shape and turn each message into a
// line LogLine reads, with the R13 fields intact.

#include "core/model/logline.h"
#include "core/syslog/logfile.h"
#include "core/syslog/syslogerrors.h"
#include "core/syslog/syslogmessage.h"
#include "core/syslog/syslogstream.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::syslog;

namespace {

const QDateTime kReceived(QDate(2026, 12, 6), QTime(20, 51, 30), Qt::UTC);
const QByteArray kBody =
    R"(2026-12-06 20:51:22,123 Level="ERROR" Name="administrator.system.connectivity" Message="Unable to contact node." Node="10.0.0.12")";

SyslogMessage parsed(const QByteArray &datagram, const QDateTime &receivedAt)
{
    return parseSyslogMessage(datagram, receivedAt);
}

} // namespace

class TestSyslogMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc5424_headerAndMessage()
    {
        const SyslogMessage m = parsed("<11>1 2026-12-06T20:51:22.123+00:00 mgr01 - - - - " + kBody, kReceived);
        QCOMPARE(m.framing, Framing::Rfc5424);
        QCOMPARE(m.priority, 11);
        QCOMPARE(m.level(), u"ERROR"_s);
        QCOMPARE(m.time, QDateTime(QDate(2026, 12, 6), QTime(20, 51, 22, 123), Qt::UTC));
        QCOMPARE(m.host, u"mgr01"_s);
        QVERIFY(m.app.isEmpty());
        QCOMPARE(m.text, QString::fromUtf8(kBody));
    }

    void rfc5424_structuredDataBomAndOffset()
    {
        // Escaped ']' and '"' inside the structured data, a BOM before the text,
        // a time with an offset and microseconds.
        const SyslogMessage m = parsed(
            "<14>1 2026-12-06T21:51:22.123456+01:00 mgr01.example.com pexip 412 ID47 "
            "[meta x=\"a\\]b\" y=\"c\\\"d\"][two z=\"1\"] \xEF\xBB\xBF" + kBody + "\n",
            kReceived);
        QCOMPARE(m.framing, Framing::Rfc5424);
        QCOMPARE(m.level(), u"INFO"_s);
        QCOMPARE(m.time, QDateTime(QDate(2026, 12, 6), QTime(20, 51, 22, 123), Qt::UTC));
        QCOMPARE(m.host, u"mgr01.example.com"_s);
        QCOMPARE(m.app, u"pexip"_s);
        QCOMPARE(m.text, QString::fromUtf8(kBody));
    }

    void rfc3164_tagAndPaddedDay()
    {
        const SyslogMessage m = parsed("<12>Dec  6 20:51:22 mgr01 administrator[812]: " + kBody, kReceived);
        QCOMPARE(m.framing, Framing::Rfc3164);
        QCOMPARE(m.level(), u"WARNING"_s);
        QCOMPARE(m.time, QDateTime(QDate(2026, 12, 6), QTime(20, 51, 22), Qt::UTC));
        QCOMPARE(m.host, u"mgr01"_s);
        QCOMPARE(m.app, u"administrator"_s);
        QCOMPARE(m.text, QString::fromUtf8(kBody));
    }

    void rfc3164_yearIsTheNearestToReceipt()
    {
        // A line from 31 December read just after New Year is last year's.
        const QDateTime newYear(QDate(2027, 1, 1), QTime(0, 0, 5), Qt::UTC);
        const SyslogMessage m = parsed("<14>Dec 31 23:59:58 mgr01 " + kBody, newYear);
        QCOMPARE(m.time, QDateTime(QDate(2026, 12, 31), QTime(23, 59, 58), Qt::UTC));
        QCOMPARE(m.host, u"mgr01"_s);
        QVERIFY(m.app.isEmpty()); // "2026-12-06" is no tag
        QCOMPARE(m.text, QString::fromUtf8(kBody));
    }

    void rfc3164_withoutHostOrTime()
    {
        const SyslogMessage noHost = parsed("<14>Dec  6 20:51:22 kernel: " + kBody, kReceived);
        QVERIFY(noHost.host.isEmpty());
        QCOMPARE(noHost.app, u"kernel"_s);
        const SyslogMessage noTime = parsed("<14>" + kBody, kReceived);
        QVERIFY(!noTime.time.isValid());
        QVERIFY(noTime.text.endsWith(u"Node=\"10.0.0.12\""_s));
    }

    void bare_noPriorityKeepsEverything()
    {
        const SyslogMessage m = parsed("not syslog at all <", kReceived);
        QCOMPARE(m.framing, Framing::Bare);
        QCOMPARE(m.priority, -1);
        QVERIFY(m.level().isEmpty());
        QCOMPARE(m.text, u"not syslog at all <"_s);
        QCOMPARE(parsed("<999>1 x", kReceived).framing, Framing::Bare); // no such priority
    }

    void R13_toLogLine_readsAsTheVendorsLine()
    {
        const SyslogMessage m = parsed("<11>1 2026-12-06T20:51:22.123Z mgr01 - - - - " + kBody, kReceived);
        const LogLine line = parseLogLine(toLogLine(m, u"10.0.0.1"_s));
        QVERIFY2(line.wellFormed, qPrintable(line.raw));
        QCOMPARE(line.host, u"mgr01"_s);
        QCOMPARE(line.level, u"ERROR"_s);
        QCOMPARE(line.message, u"Unable to contact node."_s);
        QCOMPARE(line.node, u"10.0.0.12"_s);
        QCOMPARE(line.time, QDateTime(QDate(2026, 12, 6), QTime(20, 51, 22, 123), Qt::UTC));
        QCOMPARE(classify(line, true), LogSeverity::ExpectedError);
        QCOMPARE(classify(line, false), LogSeverity::Error);
    }

    void toLogLine_keepsAWholeLineAndFillsAMissingHost()
    {
        const QByteArray whole = QByteArray("2026-12-06T20:51:22.123+00:00 mgr01 ") + kBody;
        const SyslogMessage relayed = parsed("<14>Dec  6 20:51:23 relay01 " + whole, kReceived);
        QCOMPARE(toLogLine(relayed, u"10.0.0.1"_s), QString::fromUtf8(whole));
        const SyslogMessage noHost = parsed("<11>1 2026-12-06T20:51:22.123Z - - - - - " + kBody, kReceived);
        QCOMPARE(parseLogLine(toLogLine(noHost, u"10.0.0.1"_s)).host, u"10.0.0.1"_s);
    }

    void stream_octetCountingAcrossReads()
    {
        const QByteArray a = "<11>1 2026-12-06T20:51:22.123Z mgr01 - - - - " + kBody;
        const QByteArray b = "<14>1 2026-12-06T20:51:23.000Z mgr01 - - - - hello\nworld";
        const QByteArray wire = QByteArray::number(a.size()) + ' ' + a + QByteArray::number(b.size()) + ' ' + b;
        SyslogStream stream;
        QList<QByteArray> frames;
        for (qsizetype i = 0; i < wire.size(); i += 7) { // seven bytes at a time
            stream.feed(QByteArrayView(wire).sliced(i, std::min<qsizetype>(7, wire.size() - i)));
            while (auto f = stream.next())
                frames.append(*f);
        }
        QCOMPARE(frames, (QList<QByteArray>{a, b})); // the newline inside b stays in b
        QCOMPARE(stream.pending(), 0);
        QCOMPARE(stream.damaged(), 0);
    }

    void stream_oneMessagePerLine()
    {
        SyslogStream stream;
        stream.feed("<14>Dec  6 20:51:22 mgr01 one\r\n<14>Dec  6 20:51:23 mgr01 two\n<14>Dec  6 20:5");
        QCOMPARE(stream.next(), std::optional<QByteArray>("<14>Dec  6 20:51:22 mgr01 one"));
        QCOMPARE(stream.next(), std::optional<QByteArray>("<14>Dec  6 20:51:23 mgr01 two"));
        QVERIFY(!stream.next()); // the third is not whole yet
        stream.feed("1:24 mgr01 three\0"_ba);
        QCOMPARE(stream.next(), std::optional<QByteArray>("<14>Dec  6 20:51:24 mgr01 three"));
    }

    void stream_oversizedFramesAreCutNotHoarded()
    {
        SyslogStream stream(64);
        stream.feed(QByteArray("100 " + QByteArray(100, 'x') + "5 <14>a"));
        const auto cut = stream.next();
        QVERIFY(cut);
        QCOMPARE(cut->size(), 64);
        QCOMPARE(stream.next(), std::optional<QByteArray>("<14>a"));
        QCOMPARE(stream.damaged(), 1);
        stream.feed(QByteArray(200, 'y')); // a line that never ends
        QVERIFY(stream.next());
        QVERIFY(stream.pending() < 200);
        QCOMPARE(stream.damaged(), 2);
    }

    void logFile_vendorAndSyslogDaemonLines()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"admin.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2026-12-06T20:51:22.123+00:00 mgr01 " + kBody + "\n\n");
        file.write("Dec  6 20:52:00 mgr01 " + QByteArray(kBody).replace("20:51:22", "20:52:00") + "\n");
        file.write("garbage line\n");
        file.close();
        const auto entries = readLogFile(path);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
        QCOMPARE(entries.value().size(), 3);
        const LogLine first = parseLogLine(entries.value().at(0).line);
        const LogLine second = parseLogLine(entries.value().at(1).line);
        QVERIFY(first.wellFormed);
        QVERIFY2(second.wellFormed, qPrintable(second.raw));
        QCOMPARE(second.message, u"Unable to contact node."_s);
        QCOMPARE(second.time.time(), QTime(20, 52));
        QCOMPARE(entries.value().at(2).line, u"garbage line"_s); // shown, not dropped
        const auto newest = readLogFile(path, 1);
        QCOMPARE(newest.value().size(), 1);
        QCOMPARE(newest.value().at(0).line, u"garbage line"_s);
    }

    void logFile_wrongFileSaysWhat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"package.tar"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\0') + "ustar");
        file.close();
        const auto notLog = readLogFile(path);
        QVERIFY(!notLog);
        QVERIFY(notLog.error().is(SyslogError::NotALog));
        QVERIFY(notLog.error().message.contains(u"package.tar"_s));
        const auto missing = readLogFile(dir.filePath(u"none.log"_s));
        QVERIFY(!missing);
        QVERIFY(missing.error().is(SyslogError::FileUnreadable));
    }
};

QTEST_GUILESS_MAIN(TestSyslogMessage)
#include "tst_syslogmessage.moc"
