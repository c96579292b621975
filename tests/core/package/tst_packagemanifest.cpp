// manifest.json: what a package says about itself (DESIGN §5), read strictly
// so that a wrong or damaged package is refused with the field named.

#include "core/package/packagemanifest.h"
#include "tests/core/package/packagetesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

QJsonObject validObject()
{
    return QJsonObject{
        {u"format"_s, 1},
        {u"product"_s, u"Pexip Infinity"_s},
        {u"version"_s, u"11 (71234.0.0)"_s},
        {u"pseudo_version"_s, u"71234.0.0"_s},
        {u"build_date"_s, u"2026-03-01"_s},
        {u"min_source_version"_s, u"4"_s},
    };
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString describe(const Error &e)
{
    return e.code + u": "_s + e.message;
}

} // namespace

class TestPackageManifest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_readsEveryField();
    void toJson_roundTrips();
    void fromJson_pseudoVersionCompletesTheVersion();
    void fromJson_pseudoVersionIsOptional();
    void fromJson_pseudoVersionMustMatchTheVersion();
    void fromJson_missingFieldIsNamed_data();
    void fromJson_missingFieldIsNamed();
    void fromJson_mistypedFieldIsNamed_data();
    void fromJson_mistypedFieldIsNamed();
    void fromJson_wrongProductRefused_data();
    void fromJson_wrongProductRefused();
    void fromJson_newerFormatRefusedWithAdvice();
    void fromJson_notJsonRefused_data();
    void fromJson_notJsonRefused();
    void fromJson_largerThan64KiBRefused();
    void fromJson_unknownFieldsAreIgnored();
    void fromJson_minimumSourceNewerThanThePackageRefused();
};

void TestPackageManifest::fromJson_readsEveryField()
{
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(validObject()));
    QVERIFY2(m, qPrintable(m ? QString() : describe(m.error())));
    QCOMPARE(m->product, u"Pexip Infinity"_s);
    QCOMPARE(m->version, Version::fromString(u"11 (71234.0.0)"));
    QCOMPARE(m->buildDate, u"2026-03-01"_s);
    QCOMPARE(m->minSourceVersion, Version::fromString(u"4"));
}

void TestPackageManifest::toJson_roundTrips()
{
    const PackageManifest original = packagetest::manifest(u"29.1 (73152.10.0)", u"27");
    const QByteArray json = original.toJson();
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(u"format"_s).toInt(), 1);
    QCOMPARE(object.value(u"version"_s).toString(), u"29.1 (73152.10.0)"_s);
    QCOMPARE(object.value(u"pseudo_version"_s).toString(), u"73152.10.0"_s);

    const Result<PackageManifest> read = PackageManifest::fromJson(json);
    QVERIFY2(read, qPrintable(read ? QString() : describe(read.error())));
    QCOMPARE(read->product, original.product);
    QCOMPARE(read->version, original.version);
    QCOMPARE(read->buildDate, original.buildDate);
    QCOMPARE(read->minSourceVersion, original.minSourceVersion);
}

void TestPackageManifest::fromJson_pseudoVersionCompletesTheVersion()
{
    QJsonObject object = validObject();
    object.insert(u"version"_s, u"11"_s);
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(object));
    QVERIFY2(m, qPrintable(m ? QString() : describe(m.error())));
    QCOMPARE(m->version, Version::fromString(u"11 (71234.0.0)"));
}

void TestPackageManifest::fromJson_pseudoVersionIsOptional()
{
    QJsonObject object = validObject();
    object.remove(u"pseudo_version"_s);
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(object));
    QVERIFY2(m, qPrintable(m ? QString() : describe(m.error())));
    QCOMPARE(m->version, Version::fromString(u"11 (71234.0.0)"));
}

void TestPackageManifest::fromJson_pseudoVersionMustMatchTheVersion()
{
    QJsonObject object = validObject();
    object.insert(u"pseudo_version"_s, u"71300.0.0"_s);
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(object));
    QVERIFY(!m);
    QCOMPARE(m.error().code, u"package.bad-manifest"_s);
    QVERIFY2(m.error().message.contains(u"pseudo_version"), qPrintable(m.error().message));
    QVERIFY2(m.error().message.contains(u"71300.0.0"), qPrintable(m.error().message));
}

void TestPackageManifest::fromJson_missingFieldIsNamed_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field :
         {u"product"_s, u"format"_s, u"version"_s, u"build_date"_s, u"min_source_version"_s})
        QTest::newRow(qPrintable(field)) << field;
}

void TestPackageManifest::fromJson_missingFieldIsNamed()
{
    QFETCH(QString, field);
    QJsonObject object = validObject();
    object.remove(field);
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(object));
    QVERIFY(!m);
    QCOMPARE(m.error().code, u"package.bad-manifest"_s);
    QVERIFY2(m.error().message.contains(u'"' + field + u'"'), qPrintable(m.error().message));
}

void TestPackageManifest::fromJson_mistypedFieldIsNamed_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("version as a number") << u"version"_s << QJsonValue(11);
    QTest::newRow("version not a version") << u"version"_s << QJsonValue(u"eleven"_s);
    QTest::newRow("empty version") << u"version"_s << QJsonValue(u""_s);
    QTest::newRow("product as a list") << u"product"_s << QJsonValue(QJsonArray{u"Pexip"_s});
    QTest::newRow("date in words") << u"build_date"_s << QJsonValue(u"first of March"_s);
    QTest::newRow("impossible date") << u"build_date"_s << QJsonValue(u"2026-02-30"_s);
    QTest::newRow("minimum as a number") << u"min_source_version"_s << QJsonValue(4);
    QTest::newRow("format as text") << u"format"_s << QJsonValue(u"1"_s);
    QTest::newRow("format a fraction") << u"format"_s << QJsonValue(1.5);
    QTest::newRow("pseudo-version garbage") << u"pseudo_version"_s << QJsonValue(u"71234.x"_s);
    QTest::newRow("pseudo-version as a number") << u"pseudo_version"_s << QJsonValue(71234);
}

void TestPackageManifest::fromJson_mistypedFieldIsNamed()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject object = validObject();
    object.insert(field, value);
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(object));
    QVERIFY(!m);
    QCOMPARE(m.error().code, u"package.bad-manifest"_s);
    QVERIFY2(m.error().message.contains(u'"' + field + u'"'), qPrintable(m.error().message));
}

void TestPackageManifest::fromJson_wrongProductRefused_data()
{
    QTest::addColumn<QByteArray>("json");

    QJsonObject other = validObject();
    other.insert(u"product"_s, u"Pexip Connect"_s);
    QTest::newRow("another product") << toJson(other);
    // The product is the first thing checked: the file is the wrong choice
    // whatever else its manifest lacks.
    QTest::newRow("another product, nothing else")
        << toJson(QJsonObject{{u"product"_s, u"Pexip Connect"_s}});
    QJsonObject lowerCase = validObject();
    lowerCase.insert(u"product"_s, u"pexip infinity"_s);
    QTest::newRow("wrong spelling") << toJson(lowerCase);
}

void TestPackageManifest::fromJson_wrongProductRefused()
{
    QFETCH(QByteArray, json);
    const Result<PackageManifest> m = PackageManifest::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().code, u"package.wrong-product"_s);
    QVERIFY2(m.error().message.contains(u"Pexip Infinity"), qPrintable(m.error().message));
}

void TestPackageManifest::fromJson_newerFormatRefusedWithAdvice()
{
    QJsonObject object = validObject();
    object.insert(u"format"_s, 2);
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(object));
    QVERIFY(!m);
    QCOMPARE(m.error().code, u"package.bad-manifest"_s);
    QVERIFY2(m.error().message.contains(u"newer console"), qPrintable(m.error().message));
}

void TestPackageManifest::fromJson_notJsonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut short") << QByteArray("{\"product\": \"Pexip Infinity\", ");
    QTest::newRow("a list") << QByteArray("[1, 2, 3]");
    QTest::newRow("a string") << QByteArray("\"Pexip Infinity\"");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4);
}

void TestPackageManifest::fromJson_notJsonRefused()
{
    QFETCH(QByteArray, json);
    const Result<PackageManifest> m = PackageManifest::fromJson(json);
    QVERIFY(!m);
    QCOMPARE(m.error().code, u"package.bad-manifest"_s);
}

void TestPackageManifest::fromJson_largerThan64KiBRefused()
{
    QJsonObject object = validObject();
    object.insert(u"notes"_s, QString(70 * 1024, u'a'));
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(object));
    QVERIFY(!m);
    QCOMPARE(m.error().code, u"package.bad-manifest"_s);
}

void TestPackageManifest::fromJson_unknownFieldsAreIgnored()
{
    QJsonObject object = validObject();
    object.insert(u"signature"_s, u"later formats may add fields"_s);
    QVERIFY(PackageManifest::fromJson(toJson(object)));
}

void TestPackageManifest::fromJson_minimumSourceNewerThanThePackageRefused()
{
    QJsonObject object = validObject();
    object.insert(u"min_source_version"_s, u"12"_s);
    const Result<PackageManifest> m = PackageManifest::fromJson(toJson(object));
    QVERIFY(!m);
    QVERIFY2(m.error().message.contains(u"\"min_source_version\""), qPrintable(m.error().message));
}

QTEST_GUILESS_MAIN(TestPackageManifest)
#include "tst_packagemanifest.moc"
