// The administrator-log line parser and R13's classification.

#include "core/model/logline.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using iuc::classify;
using iuc::LogLine;
using iuc::LogSeverity;
using iuc::parseLogLine;

Q_DECLARE_METATYPE(LogSeverity)

namespace {

// The vendor's three sample lines (seed), as data. The second one carries a
// stray quote: Node=""<worker_hostname>".
const QString SeedPrivateKey =
    u"2014-03-03T12:12:01.924+00:00 <manager_hostname> 2014-03-03 12:12:01,924 Level=\"ERROR\" Name=\"administrator.system.configuration\" Message=\"Node configuration failed.\" Node=\"<worker_hostname>\" Resource=\"File[/etc/certs/privatekey.pem]\""_s;
const QString SeedServerPem =
    u"2014-03-03T12:12:01.924+00:00 <manager_hostname> 2014-03-03 12:12:01,924 Level=\"ERROR\" Name=\"administrator.system.configuration\" Message=\"Node configuration failed.\" Node=\"\"<worker_hostname>\" Resource=\"File[/etc/certs/server.pem]\""_s;
const QString SeedUnreachable =
    u"2014-03-03T12:12:02.400+00:00 <manager_hostname> 2014-03-03 12:12:02,399 Level=\"ERROR\" Name=\"administrator.system.connectivity\" Message=\"Unable to contact node.\" Node=\"<node_ip_fqdn>\""_s;

// What infinity-sim writes (docs/api.md §10).
const QString EmulatorInfo =
    u"2026-11-25T19:15:23.783+00:00 mgr01 2026-11-25 19:15:23,783 Level=\"INFO\" Name=\"administrator.system.upgrade\" Message=\"Platform upgrade initiated.\" Version=\"11 (71234.0.0)\" Systems=\"13\""_s;
const QString EmulatorInstallFailed =
    u"2026-11-25T21:10:26.642+00:00 mgr01 2026-11-25 21:10:26,642 Level=\"ERROR\" Name=\"administrator.system.upgrade\" Message=\"Software installation failed.\" Node=\"nyc-conf02.example.com\" Reason=\"verification failed\""_s;

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QString withField(QString line, const QString &from, const QString &to)
{
    return line.replace(from, to);
}

} // namespace

class TestLogLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedSample_everyPartRead();
    void seedSample_connectivityLineRead();
    void seedMalformedLine_nodeReadWithoutTheStrayQuote();
    void emulatorLine_extraFieldsKept();
    void quotedValueMayHoldQuotesAndSpaces();
    void emptyQuotedValueRead();

    void R13_expectedErrorsDuringUpgrade_data();
    void R13_expectedErrorsDuringUpgrade();
    void R13_sameLinesOutsideAnUpgradeAreErrors();
    void R13_otherErrorsStayProminentDuringUpgrade_data();
    void R13_otherErrorsStayProminentDuringUpgrade();
    void classify_levels_data();
    void classify_levels();

    void messyLine_toleratedAndKeptRaw_data();
    void messyLine_toleratedAndKeptRaw();
    void hugeLines_readInOnePass_data();
    void hugeLines_readInOnePass();
    void randomGarbage_neverCrashes();
};

void TestLogLine::seedSample_everyPartRead()
{
    const LogLine line = parseLogLine(SeedPrivateKey);
    QVERIFY(line.wellFormed);
    QCOMPARE(line.raw, SeedPrivateKey);
    QCOMPARE(line.time, utc(2014, 3, 3, 12, 12, 1, 924));
    QCOMPARE(line.host, u"<manager_hostname>"_s);
    QCOMPARE(line.level, u"ERROR"_s);
    QCOMPARE(line.name, u"administrator.system.configuration"_s);
    QCOMPARE(line.message, u"Node configuration failed."_s);
    QCOMPARE(line.node, u"<worker_hostname>"_s);
    QCOMPARE(line.resource, u"File[/etc/certs/privatekey.pem]"_s);
    QCOMPARE(line.fields.size(), 5);
    QCOMPARE(line.fields.value(u"Level"_s), u"ERROR"_s);
}

void TestLogLine::seedSample_connectivityLineRead()
{
    const LogLine line = parseLogLine(SeedUnreachable);
    QVERIFY(line.wellFormed);
    // The syslog time (…02.400) wins over the logger's own (…02,399).
    QCOMPARE(line.time, utc(2014, 3, 3, 12, 12, 2, 400));
    QCOMPARE(line.name, u"administrator.system.connectivity"_s);
    QCOMPARE(line.message, u"Unable to contact node."_s);
    QCOMPARE(line.node, u"<node_ip_fqdn>"_s);
    QVERIFY(line.resource.isEmpty());
}

void TestLogLine::seedMalformedLine_nodeReadWithoutTheStrayQuote()
{
    const LogLine line = parseLogLine(SeedServerPem);
    QVERIFY(!line.wellFormed);
    QCOMPARE(line.raw, SeedServerPem);
    QCOMPARE(line.node, u"<worker_hostname>"_s);
    QCOMPARE(line.resource, u"File[/etc/certs/server.pem]"_s);
    QCOMPARE(line.level, u"ERROR"_s);
    QCOMPARE(line.name, u"administrator.system.configuration"_s);
    QCOMPARE(line.message, u"Node configuration failed."_s);
    QCOMPARE(line.time, utc(2014, 3, 3, 12, 12, 1, 924));
    QCOMPARE(line.host, u"<manager_hostname>"_s);
}

void TestLogLine::emulatorLine_extraFieldsKept()
{
    const LogLine line = parseLogLine(EmulatorInfo);
    QVERIFY(line.wellFormed);
    QCOMPARE(line.host, u"mgr01"_s);
    QCOMPARE(line.level, u"INFO"_s);
    QCOMPARE(line.fields.value(u"Version"_s), u"11 (71234.0.0)"_s);
    QCOMPARE(line.fields.value(u"Systems"_s), u"13"_s);
    QVERIFY(line.node.isEmpty());
}

void TestLogLine::quotedValueMayHoldQuotesAndSpaces()
{
    // Only a quote followed by the next Key=" (or the end) closes a value.
    const QString text = withField(EmulatorInstallFailed, u"Reason=\"verification failed\""_s,
                                   u"Reason=\"checksum \"abc\" did not match\""_s);
    const LogLine line = parseLogLine(text);
    QCOMPARE(line.fields.value(u"Reason"_s), u"checksum \"abc\" did not match"_s);
    QCOMPARE(line.node, u"nyc-conf02.example.com"_s);
    QVERIFY(line.wellFormed);
}

void TestLogLine::emptyQuotedValueRead()
{
    const LogLine line = parseLogLine(withField(SeedUnreachable, u"Node=\"<node_ip_fqdn>\""_s, u"Node=\"\" Extra=\"x\""_s));
    QCOMPARE(line.node, QString());
    QVERIFY(line.fields.contains(u"Node"_s));
    QCOMPARE(line.fields.value(u"Extra"_s), u"x"_s);
    QVERIFY(line.wellFormed);
}

void TestLogLine::R13_expectedErrorsDuringUpgrade_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("seed: private key") << SeedPrivateKey;
    QTest::newRow("seed: server.pem, malformed") << SeedServerPem;
    QTest::newRow("seed: unable to contact node") << SeedUnreachable;
    QTest::newRow("emulator: private key")
        << u"2026-11-25T17:53:06.657+00:00 mgr01 2026-11-25 17:53:06,657 Level=\"ERROR\" Name=\"administrator.system.configuration\" Message=\"Node configuration failed.\" Node=\"osl-conf01.example.com\" Resource=\"File[/etc/certs/privatekey.pem]\""_s;
    QTest::newRow("emulator: unable to contact node")
        << u"2026-11-25T17:53:07.133+00:00 mgr01 2026-11-25 17:53:07,133 Level=\"ERROR\" Name=\"administrator.system.connectivity\" Message=\"Unable to contact node.\" Node=\"10.1.0.2\""_s;
}

void TestLogLine::R13_expectedErrorsDuringUpgrade()
{
    QFETCH(QString, text);
    QCOMPARE(classify(parseLogLine(text), true), LogSeverity::ExpectedError);
}

void TestLogLine::R13_sameLinesOutsideAnUpgradeAreErrors()
{
    for (const QString &text : {SeedPrivateKey, SeedServerPem, SeedUnreachable})
        QCOMPARE(classify(parseLogLine(text), false), LogSeverity::Error);
}

void TestLogLine::R13_otherErrorsStayProminentDuringUpgrade_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("install failed") << EmulatorInstallFailed;
    QTest::newRow("configuration failed, another file")
        << withField(SeedPrivateKey, u"File[/etc/certs/privatekey.pem]"_s, u"File[/etc/passwd]"_s);
    QTest::newRow("configuration failed, below /etc/certs")
        << withField(SeedPrivateKey, u"File[/etc/certs/privatekey.pem]"_s, u"File[/etc/certs/../shadow]"_s);
    QTest::newRow("configuration failed, no resource")
        << withField(SeedPrivateKey, u" Resource=\"File[/etc/certs/privatekey.pem]\""_s, QString());
    QTest::newRow("configuration failed, other message")
        << withField(SeedPrivateKey, u"Node configuration failed."_s, u"Disk full."_s);
    QTest::newRow("connectivity, other message")
        << withField(SeedUnreachable, u"Unable to contact node."_s, u"Certificate rejected."_s);
    QTest::newRow("message under another name")
        << withField(SeedUnreachable, u"administrator.system.connectivity"_s, u"administrator.system.upgrade"_s);
}

void TestLogLine::R13_otherErrorsStayProminentDuringUpgrade()
{
    QFETCH(QString, text);
    QCOMPARE(classify(parseLogLine(text), true), LogSeverity::Error);
}

void TestLogLine::classify_levels_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<LogSeverity>("severity");
    QTest::newRow("INFO") << u"INFO"_s << LogSeverity::Info;
    QTest::newRow("WARNING") << u"WARNING"_s << LogSeverity::Warning;
    QTest::newRow("ERROR") << u"ERROR"_s << LogSeverity::Error;
    QTest::newRow("lower-case error") << u"error"_s << LogSeverity::Error;
    QTest::newRow("CRITICAL") << u"CRITICAL"_s << LogSeverity::Error;
    QTest::newRow("unknown") << u"CHATTY"_s << LogSeverity::Other;
    QTest::newRow("empty") << QString() << LogSeverity::Other;
}

void TestLogLine::classify_levels()
{
    QFETCH(QString, level);
    QFETCH(LogSeverity, severity);
    const LogLine line = parseLogLine(withField(EmulatorInfo, u"Level=\"INFO\""_s, u"Level=\""_s + level + u'"'));
    QCOMPARE(classify(line, false), severity);
    QCOMPARE(classify(line, true), severity);
}

void TestLogLine::messyLine_toleratedAndKeptRaw_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("level");   // what can still be recognised
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("node");
    QTest::addColumn<bool>("wellFormed"); // odd content in a proper frame is still well formed

    const QString prefix = u"2026-11-25T19:15:23.783+00:00 mgr01 2026-11-25 19:15:23,783 "_s;
    QTest::newRow("missing closing quote before the next pair")
        << prefix + u"Level=\"ERROR\" Name=\"x\" Message=\"Broken Node=\"n1\""_s << u"ERROR"_s << u"Broken"_s << u"n1"_s << false;
    QTest::newRow("missing closing quote at the end")
        << prefix + u"Level=\"INFO\" Name=\"x\" Message=\"cut short"_s << u"INFO"_s << u"cut short"_s << QString() << false;
    QTest::newRow("unquoted values")
        << prefix + u"Level=WARNING Name=x Message=\"quoted\" Node=n2"_s << u"WARNING"_s << u"quoted"_s << u"n2"_s << false;
    QTest::newRow("text after the closing quote")
        << prefix + u"Level=\"INFO\" Name=\"x\" Message=\"done\" trailing words"_s << u"INFO"_s << u"done"_s << QString() << false;
    QTest::newRow("duplicate key: first wins")
        << prefix + u"Level=\"ERROR\" Level=\"INFO\" Name=\"x\" Message=\"m\""_s << u"ERROR"_s << u"m"_s << QString() << false;
    QTest::newRow("no prefix")
        << u"Level=\"ERROR\" Name=\"x\" Message=\"bare\" Node=\"n3\""_s << u"ERROR"_s << u"bare"_s << u"n3"_s << false;
    QTest::newRow("syslog time only")
        << u"2026-11-25T19:15:23.783+00:00 Level=\"INFO\" Name=\"x\" Message=\"m\""_s << u"INFO"_s << u"m"_s << QString() << false;
    QTest::newRow("prefix only") << prefix << QString() << QString() << QString() << false;
    QTest::newRow("random words") << u"the quick brown fox jumps over the lazy dog"_s << QString() << QString() << QString() << false;
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << false;
    QTest::newRow("spaces") << u"   \t  "_s << QString() << QString() << QString() << false;
    QTest::newRow("only quotes") << u"\"\"\"\"\"\"\"\""_s << QString() << QString() << QString() << false;
    QTest::newRow("only equals") << u"=========="_s << QString() << QString() << QString() << false;
    QTest::newRow("key with nothing") << prefix + u"Level="_s << QString() << QString() << QString() << false;
    QTest::newRow("CRLF ending")
        << prefix + u"Level=\"INFO\" Name=\"x\" Message=\"m\""_s + u"\r\n"_s << u"INFO"_s << u"m"_s << QString() << true;
    QTest::newRow("NUL and control characters")
        << prefix + u"Level=\"ERROR\" Name=\"x\0y\" Message=\"a\x01" "b\" Node=\"n\x1b[0m\""_s << u"ERROR"_s
        << u"a\x01" "b"_s << u"n\x1b[0m"_s << true;
    QTest::newRow("unicode")
        << prefix + u"Level=\"INFO\" Name=\"x\" Message=\"Møte i Ålesund 🎥 \u05e9\u05dc\u05d5\u05dd\" Node=\"ber-kønf01\""_s
        << u"INFO"_s << u"Møte i Ålesund 🎥 \u05e9\u05dc\u05d5\u05dd"_s << u"ber-kønf01"_s << true;
    QTest::newRow("garbage timestamps")
        << u"9999-99-99T99:99:99+99:99 mgr01 2026-13-45 25:61:61,999 Level=\"INFO\" Name=\"x\" Message=\"m\""_s
        << u"INFO"_s << u"m"_s << QString() << false;
    QTest::newRow("lone surrogate") << prefix + u"Message=\"\xd800\""_s << QString() << u"\xd800"_s << QString() << false;
}

void TestLogLine::messyLine_toleratedAndKeptRaw()
{
    QFETCH(QString, text);
    QFETCH(QString, level);
    QFETCH(QString, message);
    QFETCH(QString, node);
    QFETCH(bool, wellFormed);
    const LogLine line = parseLogLine(text);
    QCOMPARE(line.raw, text);
    QCOMPARE(line.wellFormed, wellFormed);
    QCOMPARE(line.level, level);
    QCOMPARE(line.message, message);
    QCOMPARE(line.node, node);
    // Classification never fails either.
    const LogSeverity during = classify(line, true);
    const LogSeverity outside = classify(line, false);
    QVERIFY(during == outside || (during == LogSeverity::ExpectedError && outside == LogSeverity::Error));
}

void TestLogLine::hugeLines_readInOnePass_data()
{
    QTest::addColumn<QString>("text");
    const int mb = 1024 * 1024;
    const QString prefix = u"2026-11-25T19:15:23.783+00:00 mgr01 2026-11-25 19:15:23,783 "_s;
    QTest::newRow("1 MB message") << prefix + u"Level=\"INFO\" Name=\"x\" Message=\""_s + QString(mb, u'm') + u'"';
    QTest::newRow("1 MB of spaces in a value") << prefix + u"Message=\""_s + QString(mb, u' ') + u"x"_s;
    QTest::newRow("1 MB of quotes") << QString(mb, u'"');
    QTest::newRow("1 MB of quote-space") << prefix + u"Message=\""_s + QString(u"\" "_s).repeated(mb / 2);
    QTest::newRow("1 MB of a=") << QString(u"a="_s).repeated(mb / 2);
    QTest::newRow("1 MB of a=\"") << QString(u"a=\""_s).repeated(mb / 3);
    QTest::newRow("1 MB of pairs") << prefix + QString(u"K=\"v\" "_s).repeated(mb / 6);
    QTest::newRow("1 MB of words") << QString(u"word "_s).repeated(mb / 5);
    QTest::newRow("1 MB key") << QString(mb, u'k') + u"=\"v\""_s;
}

void TestLogLine::hugeLines_readInOnePass()
{
    // No timing assertion (DESIGN §7): a quadratic scan of a megabyte would
    // take minutes and hit the test timeout; a linear one takes milliseconds.
    QFETCH(QString, text);
    const LogLine line = parseLogLine(text);
    QCOMPARE(line.raw.size(), text.size());
    (void)classify(line, true);
}

void TestLogLine::randomGarbage_neverCrashes()
{
    QRandomGenerator random(13);
    const QList<QString> seeds = {SeedPrivateKey, SeedServerPem, SeedUnreachable, EmulatorInfo, EmulatorInstallFailed};
    const QString alphabet = u"\"= \t\r\nLevelNameMessageNode,.:-+T0123456789[]/\\\u00e5\U0001F3A5"_s;
    for (int round = 0; round < 20000; ++round) {
        QString text = seeds.at(round % seeds.size());
        const int edits = 1 + int(random.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(random.bounded(quint32(text.size() + 1)));
            switch (random.bounded(4)) {
            case 0:
                if (at < text.size())
                    text[at] = alphabet.at(qsizetype(random.bounded(quint32(alphabet.size()))));
                break;
            case 1:
                text.remove(at, qsizetype(random.bounded(12)));
                break;
            case 2:
                text.insert(at, alphabet.at(qsizetype(random.bounded(quint32(alphabet.size())))));
                break;
            default:
                text.truncate(at);
                break;
            }
        }
        const LogLine line = parseLogLine(text);
        QCOMPARE(line.raw, text);
        (void)classify(line, round % 2 == 0);
    }
}

QTEST_GUILESS_MAIN(TestLogLine)
#include "tst_logline.moc"
