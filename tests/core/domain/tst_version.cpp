#include "core/domain/version.h"

#include <QList>
#include <QString>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc {
// Readable QCOMPARE failures ("11.1" instead of "<unknown>"), found by ADL.
char *toString(const Version &version)
{
    return QTest::toString(version.isValid() ? version.toString() : u"(invalid)"_s);
}
} // namespace iuc

using iuc::Version;

namespace {

// Records a failure and carries on with an invalid version, so a broken
// parse fails its own test instead of aborting the whole run.
Version v(const QString &text)
{
    const auto parsed = Version::parse(text);
    if (!parsed) {
        QTest::qFail(qPrintable(parsed.error().message), __FILE__, __LINE__);
        return Version();
    }
    return parsed.value();
}

} // namespace

class TestVersion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_acceptsWhatManagementNodesReport_data();
    void parse_acceptsWhatManagementNodesReport();
    void parse_hostileInputsGiveErrors_data();
    void parse_hostileInputsGiveErrors();
    void parse_errorQuotesInputAndShowsTheShape();
    void parse_hugeInputIsQuotedShort();
    void parse_percentSignsAreQuotedVerbatim();
    void parse_controlCharactersAreNotEchoed();
    void parse_numberTooLargeIsNamed();
    void parse_largestIntIsAccepted();
    void trailingZeroReleasePartsAreNotSignificant();
    void compare_releaseThenPseudo_data();
    void compare_releaseThenPseudo();
    void compare_isATotalOrder();
    void compare_invalidSortsFirst();
    void isSameBuild_ignoresAMissingPseudoVersion_data();
    void isSameBuild_ignoresAMissingPseudoVersion();
    void toString_roundTripsThroughParse();
    void fromString_givesTheParsedVersion();
    void fromString_badLiteralGivesInvalidInReleaseBuilds();
    void defaultIsInvalid();
};

void TestVersion::parse_acceptsWhatManagementNodesReport_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("pseudo"); // dotted, empty when absent

    QTest::newRow("api form") << u"24 (55691.0.0)"_s << u"24 (55691.0.0)"_s << u"24"_s << 24 << 0
                              << u"55691.0.0"_s;
    QTest::newRow("major only") << u"11"_s << u"11"_s << u"11"_s << 11 << 0 << QString();
    QTest::newRow("minor") << u"11.1"_s << u"11.1"_s << u"11.1"_s << 11 << 1 << QString();
    QTest::newRow("v prefix") << u"v6"_s << u"6"_s << u"6"_s << 6 << 0 << QString();
    QTest::newRow("V prefix") << u"V6"_s << u"6"_s << u"6"_s << 6 << 0 << QString();
    QTest::newRow("padded with spaces") << u" 29.1 (73152.10.0) "_s << u"29.1 (73152.10.0)"_s
                                        << u"29.1"_s << 29 << 1 << u"73152.10.0"_s;
    QTest::newRow("minor with pseudo") << u"10.2 (12345.0.0)"_s << u"10.2 (12345.0.0)"_s << u"10.2"_s
                                       << 10 << 2 << u"12345.0.0"_s;
    QTest::newRow("tabs and newline") << u"\t11\n"_s << u"11"_s << u"11"_s << 11 << 0 << QString();
    QTest::newRow("no space before bracket") << u"24(55691.0.0)"_s << u"24 (55691.0.0)"_s << u"24"_s
                                             << 24 << 0 << u"55691.0.0"_s;
    QTest::newRow("trailing zero release") << u"11.0"_s << u"11"_s << u"11"_s << 11 << 0 << QString();
    QTest::newRow("three-part release") << u"8.1.2"_s << u"8.1.2"_s << u"8.1.2"_s << 8 << 1
                                        << QString();
}

void TestVersion::parse_acceptsWhatManagementNodesReport()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, release);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(QString, pseudo);

    const auto parsed = Version::parse(input);
    QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->releaseString(), release);
    QCOMPARE(parsed->major(), major);
    QCOMPARE(parsed->minor(), minor);
    QCOMPARE(parsed->hasPseudoVersion(), !pseudo.isEmpty());
    QStringList pseudoParts;
    for (const int part : parsed->pseudoVersion())
        pseudoParts.append(QString::number(part));
    QCOMPARE(pseudoParts.join(u'.'), pseudo);
}

void TestVersion::parse_hostileInputsGiveErrors_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("trailing dot") << u"11."_s;
    QTest::newRow("leading dot") << u".11"_s;
    QTest::newRow("double dot") << u"11..2"_s;
    QTest::newRow("open bracket") << u"11 ("_s;
    QTest::newRow("empty brackets") << u"11 ()"_s;
    QTest::newRow("unclosed bracket") << u"11 (1.2"_s;
    QTest::newRow("negative") << u"-3"_s;
    QTest::newRow("plus sign") << u"+3"_s;
    QTest::newRow("letters in pseudo") << u"11 (x.y)"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("hex") << u"0x11"_s;
    QTest::newRow("beyond int") << u"99999999999"_s;
    QTest::newRow("int max + 1") << u"2147483648"_s;
    QTest::newRow("beyond int in pseudo") << u"11 (99999999999.0.0)"_s;
    QTest::newRow("beyond qint64") << u"99999999999999999999999"_s;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0661"_s;
    QTest::newRow("fullwidth digits") << u"\uFF11\uFF11"_s;
    QTest::newRow("superscript digit") << u"1\u00B2"_s;
    QTest::newRow("embedded NUL") << QString::fromUtf16(u"11\0.2", 5);
    QTest::newRow("NUL after version") << QString::fromUtf16(u"11\0", 3);
    QTest::newRow("1 MB") << QString(1024 * 1024, u'1');
    QTest::newRow("1 MB of spaces around garbage") << QString(QString(512 * 1024, u' ') + u'x'
                                                               + QString(512 * 1024, u' '));
    QTest::newRow("trailing words") << u"11 (1.2) trailing"_s;
    QTest::newRow("text after version") << u"11 beta"_s;
    QTest::newRow("bracket inside bracket") << u"11 (1.2) x)"_s;
    QTest::newRow("second bracket") << u"11 (1) (2)"_s;
    QTest::newRow("only v") << u"v"_s;
    QTest::newRow("double v") << u"vv6"_s;
    QTest::newRow("v then space") << u"v 6"_s;
    QTest::newRow("space inside release") << u"11 .2"_s;
    QTest::newRow("only pseudo") << u"(55691.0.0)"_s;
    QTest::newRow("comma decimal") << u"11,1"_s;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800));
}

void TestVersion::parse_hostileInputsGiveErrors()
{
    QFETCH(QString, input);

    const auto parsed = Version::parse(input);
    if (parsed)
        QFAIL(qPrintable(u"accepted as "_s + parsed->toString()));
    QCOMPARE(parsed.error().code, u"version.invalid"_s);
    // Every refusal tells the admin what a version looks like.
    QVERIFY2(parsed.error().message.contains(u"24 (55691.0.0)"_s), qPrintable(parsed.error().message));
    // Bounded, whatever the input: the message ends up in dialogs and logs.
    QVERIFY(parsed.error().message.size() < 300);
}

void TestVersion::parse_errorQuotesInputAndShowsTheShape()
{
    const auto parsed = Version::parse(u"11 (x.y)"_s);
    QVERIFY(!parsed);
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(u"\"11 (x.y)\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"\"11\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"\"24 (55691.0.0)\""_s), qPrintable(message));
}

void TestVersion::parse_hugeInputIsQuotedShort()
{
    const QString huge = u"abc"_s + QString(1024 * 1024, u'9');
    const auto parsed = Version::parse(huge);
    QVERIFY(!parsed);
    const QString message = parsed.error().message;
    // The start of the input is quoted so the admin recognises it, then cut.
    QVERIFY2(message.contains(u"\"abc999"_s), qPrintable(message));
    QVERIFY2(message.contains(QChar(0x2026)), qPrintable(message));
    QVERIFY(message.size() < 300);
}

void TestVersion::parse_percentSignsAreQuotedVerbatim()
{
    // Placeholders in the input must not be filled in by the message's own
    // arguments (a classic QString::arg() chaining slip).
    const auto parsed = Version::parse(QString(u"%1%2"_s + QString(100, u'x')));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(u"\"%1%2xx"_s), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(u"104"_s), qPrintable(parsed.error().message));
}

void TestVersion::parse_controlCharactersAreNotEchoed()
{
    const auto parsed = Version::parse(QString::fromUtf16(u"1\0\x1b[2J", 6));
    QVERIFY(!parsed);
    const QString message = parsed.error().message;
    QVERIFY(!message.contains(QChar(0)));
    QVERIFY(!message.contains(QChar(0x1b)));
    QVERIFY2(message.contains(QChar(QChar::ReplacementCharacter)), qPrintable(message));
}

void TestVersion::parse_numberTooLargeIsNamed()
{
    const auto parsed = Version::parse(u"11 (99999999999.0.0)"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(u"99999999999"_s), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(u"too large"_s), qPrintable(parsed.error().message));
}

void TestVersion::parse_largestIntIsAccepted()
{
    const auto parsed = Version::parse(u"2147483647 (2147483647)"_s);
    QVERIFY(parsed);
    QCOMPARE(parsed->major(), 2147483647);
    QCOMPARE(parsed->pseudoVersion(), QList<int>{2147483647});
}

void TestVersion::trailingZeroReleasePartsAreNotSignificant()
{
    QCOMPARE(v(u"11"_s), v(u"11.0"_s));
    QCOMPARE(v(u"11"_s), v(u"11.0.0"_s));
    QCOMPARE(v(u"11.1.0"_s), v(u"11.1"_s));
    QCOMPARE(v(u"11.0 (71234.0.0)"_s), v(u"11 (71234.0.0)"_s));
    QCOMPARE(v(u"11.0"_s).release(), QList<int>{11});
    // Only trailing zeros: an inner zero is part of the release.
    QVERIFY(v(u"11.0.1"_s) != v(u"11.1"_s));
    // The major stays even when it is zero.
    QCOMPARE(v(u"0.0"_s).release(), QList<int>{0});
    QVERIFY(v(u"0"_s).isValid());
    // Trailing zeros of the pseudo-version are kept as reported.
    QCOMPARE(v(u"24 (55691.0.0)"_s).pseudoVersion(), (QList<int>{55691, 0, 0}));
}

void TestVersion::compare_releaseThenPseudo_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    QTest::newRow("numeric, not text") << u"9"_s << u"10"_s;
    QTest::newRow("minor after major") << u"11"_s << u"11.1"_s;
    QTest::newRow("minor numeric") << u"11.9"_s << u"11.10"_s;
    QTest::newRow("minor below next major") << u"10.2"_s << u"11"_s;
    QTest::newRow("release beats pseudo") << u"11 (99999.0.0)"_s << u"11.1 (1.0.0)"_s;
    QTest::newRow("missing pseudo first") << u"11"_s << u"11 (1.0.0)"_s;
    QTest::newRow("pseudo by build") << u"24 (55691.0.0)"_s << u"24 (55692.0.0)"_s;
    QTest::newRow("pseudo by last part") << u"24 (55691.0.0)"_s << u"24 (55691.0.1)"_s;
    QTest::newRow("pseudo numeric") << u"24 (9.0.0)"_s << u"24 (10.0.0)"_s;
    QTest::newRow("v3 below v6") << u"v3"_s << u"v6"_s;
}

void TestVersion::compare_releaseThenPseudo()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const Version a = v(lower);
    const Version b = v(higher);

    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a != b);
    QVERIFY((a <=> b) == std::strong_ordering::less);
    QVERIFY((b <=> a) == std::strong_ordering::greater);
    QVERIFY((a <=> a) == std::strong_ordering::equal);
}

void TestVersion::compare_isATotalOrder()
{
    const QList<Version> sample = {
        Version(),          v(u"3"_s),           v(u"6"_s),           v(u"9"_s),
        v(u"10"_s),         v(u"10.2"_s),        v(u"11"_s),          v(u"11.0.0"_s),
        v(u"11 (1.0.0)"_s), v(u"11 (1.0.1)"_s),  v(u"11 (2)"_s),      v(u"11.1"_s),
        v(u"11.1 (3)"_s),   v(u"24 (55691.0.0)"_s), v(u"29.1 (73152.10.0)"_s),
    };
    for (const Version &a : sample) {
        for (const Version &b : sample) {
            const auto ab = a <=> b;
            const auto ba = b <=> a;
            // Antisymmetric, and == agrees with <=>.
            QCOMPARE(ab == 0, ba == 0);
            QCOMPARE(ab < 0, ba > 0);
            QCOMPARE(a == b, ab == 0);
            for (const Version &c : sample) {
                if (a < b && b < c)
                    QVERIFY2(a < c, qPrintable(a.toString() + u" < "_s + c.toString()));
            }
        }
    }
    QList<Version> shuffled = sample;
    std::reverse(shuffled.begin(), shuffled.end());
    std::sort(shuffled.begin(), shuffled.end());
    QCOMPARE(shuffled.first(), Version());
    QCOMPARE(shuffled.last(), v(u"29.1 (73152.10.0)"_s));
}

void TestVersion::compare_invalidSortsFirst()
{
    QVERIFY(Version() < v(u"0"_s));
    QVERIFY(Version() < v(u"1"_s));
    QCOMPARE(Version(), Version());
}

void TestVersion::isSameBuild_ignoresAMissingPseudoVersion_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("release only vs with pseudo") << u"11"_s << u"11 (71234.0.0)"_s << true;
    QTest::newRow("identical") << u"24 (55691.0.0)"_s << u"24 (55691.0.0)"_s << true;
    QTest::newRow("trailing zero release") << u"11.0"_s << u"11 (71234.0.0)"_s << true;
    QTest::newRow("different pseudo") << u"11 (71234.0.0)"_s << u"11 (71235.0.0)"_s << false;
    QTest::newRow("different release") << u"11"_s << u"11.1"_s << false;
    QTest::newRow("different release, same pseudo") << u"11 (1.0.0)"_s << u"11.1 (1.0.0)"_s << false;
}

void TestVersion::isSameBuild_ignoresAMissingPseudoVersion()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);

    QCOMPARE(v(a).isSameBuild(v(b)), same);
    QCOMPARE(v(b).isSameBuild(v(a)), same);
}

void TestVersion::toString_roundTripsThroughParse()
{
    for (const QString &text : {u"24 (55691.0.0)"_s, u"11.1"_s, u"v6"_s, u" 29.1 (73152.10.0) "_s,
                                u"11.0.0 (1)"_s}) {
        const Version original = v(text);
        const auto again = Version::parse(original.toString());
        QVERIFY(again);
        QCOMPARE(again.value(), original);
        QCOMPARE(again->toString(), original.toString());
    }
}

void TestVersion::fromString_givesTheParsedVersion()
{
    QCOMPARE(Version::fromString(u"24 (55691.0.0)"), v(u"24 (55691.0.0)"_s));
    QCOMPARE(Version::fromString(u"v6").major(), 6);
}

void TestVersion::fromString_badLiteralGivesInvalidInReleaseBuilds()
{
#ifdef QT_NO_DEBUG
    QVERIFY(!Version::fromString(u"abc").isValid());
    QVERIFY(!Version::fromString(u"").isValid());
#else
    QSKIP("fromString asserts on a bad literal in debug builds, by design");
#endif
}

void TestVersion::defaultIsInvalid()
{
    const Version none;
    QVERIFY(!none.isValid());
    QVERIFY(!none.isSameBuild(none));
    QCOMPARE(none.toString(), QString());
}

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
