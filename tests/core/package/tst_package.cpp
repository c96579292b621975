// The upgrade package file (DESIGN §5): writing packages, inspecting them in
// one pass (manifest, size, SHA-256), refusing every kind of wrong file with
// the reason, and readManifest()'s short read.

#include "core/package/packagereader.h"
#include "core/package/vendorname.h"
#include "emulator/support/packagewriter.h"
#include "tests/core/package/packagetesthelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace iuc;
using packagetest::TarEntry;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Block = 512;

qint64 roundUp(qint64 n)
{
    return (n + Block - 1) / Block * Block;
}

// Where things are in a file writePackage() made: the manifest's header and
// data, then the payload's header and data, then the end-of-archive marker.
struct Layout
{
    qint64 payloadHeader;
    qint64 payloadData;
    qint64 endMarker;
};

Layout layoutOf(const PackageManifest &m, qint64 payloadSize)
{
    const qint64 payloadHeader = Block + roundUp(m.toJson().size());
    return {payloadHeader, payloadHeader + Block, payloadHeader + Block + roundUp(payloadSize)};
}

QByteArray validJson()
{
    return packagetest::manifest().toJson();
}

QString describe(const Error &e)
{
    return e.code + u": "_s + e.message;
}

} // namespace

class TestPackage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void writeThenInspect_givesVersionSizeAndSha256();
    void inspect_sha256MatchesOpensslDgst();
    void writePackage_putsManifestFirstThenThePayload();
    void writePackage_payloadIsNeitherZerosNorRepeated();
    void writePackage_emptyPayloadIsAValidPackage();
    void writePackage_failureLeavesNoFileBehind();
    void writePackage_leavesNoTemporaryFile();

    void inspect_wrongFileRefusedWithReason_data();
    void inspect_wrongFileRefusedWithReason();
    void inspect_pdfRefusedAsADocument();
    void inspect_folderRefused();
    void inspect_missingFileRefused();
    void inspect_ovaIsRecognisedAsAVirtualMachineImage();
    void inspect_tarWithoutManifestRefused();
    void inspect_vendorNamedTarWithoutManifest_versionFromItsName();
    void vendorName_readAndWrittenTheVendorsWay();
    void inspect_malformedManifestJsonRefused();
    void inspect_manifestMissingFieldNamesTheField();
    void inspect_wrongProductRefused();
    void inspect_manifestFoundAtAnyPosition();
    void inspect_twoManifestsRefused();
    void inspect_oversizedManifestRefused();
    void inspect_manifestThatIsADirectoryRefused();
    void inspect_truncatedPackageRefused_data();
    void inspect_truncatedPackageRefused();
    void inspect_recordPaddingAfterEndMarkerIsOptional();
    void inspect_damagedHeaderRefused();
    void inspect_unreadableFileRefused();
    void inspect_cancelStopsTheReadMidway();
    void inspect_progressIsMonotonicAndEndsAtTotal();
    void inspect_hashCoversBytesAfterTheArchive();

    void readManifest_stopsAtTheManifest();
    void readManifest_seeksOverEntriesBeforeTheManifest();
    void readManifest_refusesWrongFilesLikeInspect();

    void parseSize_readsWhatPeopleType_data();
    void parseSize_readsWhatPeopleType();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString writeSample(const QString &name, qint64 payloadSize);

    QTemporaryDir m_dir;
};

void TestPackage::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString TestPackage::writeSample(const QString &name, qint64 payloadSize)
{
    const QString file = path(name);
    const Result<qint64> written = sim::writePackage(file, packagetest::manifest(), payloadSize);
    if (!written)
        QTest::qFail(qPrintable(describe(written.error())), __FILE__, __LINE__);
    return file;
}

void TestPackage::writeThenInspect_givesVersionSizeAndSha256()
{
    const qint64 payloadSize = 3 * MiB + 123; // several read chunks, not block-aligned
    const QString file = path(u"round-trip.tar"_s);
    const Result<qint64> written = sim::writePackage(file, packagetest::manifest(), payloadSize);
    QVERIFY2(written, qPrintable(written ? QString() : describe(written.error())));
    QCOMPARE(*written, QFileInfo(file).size());

    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : describe(inspection.error())));
    QCOMPARE(inspection->manifest.product, u"Pexip Infinity"_s);
    QCOMPARE(inspection->manifest.version, Version::fromString(u"11 (71234.0.0)"));
    QCOMPARE(inspection->manifest.buildDate, u"2026-03-01"_s);
    QCOMPARE(inspection->manifest.minSourceVersion, Version::fromString(u"4"));
    QCOMPARE(inspection->size, QFileInfo(file).size());
    QCOMPARE(inspection->sha256Hex, packagetest::sha256OfFile(file));
    QCOMPARE(inspection->path, file);
}

void TestPackage::inspect_sha256MatchesOpensslDgst()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("the openssl command is not installed");
    const QString file = writeSample(u"openssl.tar"_s, 2 * MiB + 7);
    QProcess process;
    process.start(openssl, {u"dgst"_s, u"-sha256"_s, u"-r"_s, file});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    // "-r" prints "<hex> *<file>".
    const QByteArray expected = process.readAllStandardOutput().split(' ').value(0);

    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : describe(inspection.error())));
    QCOMPARE(inspection->sha256Hex, expected);
}

void TestPackage::writePackage_putsManifestFirstThenThePayload()
{
    const QString file = writeSample(u"layout.tar"_s, 100'000);
    const QList<packagetest::ListedEntry> entries = packagetest::listTar(file);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).name, u"manifest.json"_s);
    QCOMPARE(entries.at(0).size, validJson().size());
    QCOMPARE(entries.at(1).name, u"payload/infinity-upgrade.bin"_s);
    QCOMPARE(entries.at(1).size, 100'000);
}

void TestPackage::writePackage_payloadIsNeitherZerosNorRepeated()
{
    const qint64 payloadSize = 2 * MiB;
    const QString file = writeSample(u"random.tar"_s, payloadSize);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Layout layout = layoutOf(packagetest::manifest(), payloadSize);
    QVERIFY(f.seek(layout.payloadData));
    const QByteArray first = f.read(MiB);
    const QByteArray second = f.read(MiB);
    QCOMPARE(second.size(), MiB);
    QVERIFY(first.count('\0') < first.size() / 100);
    // Different throughout, not only in a stamp at the front.
    for (qsizetype offset = 0; offset < MiB; offset += 64 * 1024)
        QVERIFY(first.mid(offset, 64) != second.mid(offset, 64));
}

void TestPackage::writePackage_emptyPayloadIsAValidPackage()
{
    const QString file = writeSample(u"empty-payload.tar"_s, 0);
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : describe(inspection.error())));
    QCOMPARE(packagetest::listTar(file).value(1).size, 0);
}

void TestPackage::writePackage_failureLeavesNoFileBehind()
{
    const QString file = path(u"no-such-folder/package.tar"_s);
    const Result<qint64> written = sim::writePackage(file, packagetest::manifest(), 1000);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"package.write-failed"_s);
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!sim::writeNotAPackage(file, 1000));
}

void TestPackage::writePackage_leavesNoTemporaryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(sim::writePackage(dir.filePath(u"only.tar"_s), packagetest::manifest(), MiB));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"only.tar"_s});
}

void TestPackage::inspect_wrongFileRefusedWithReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    QByteArray random(64 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919 + 13) % 251);

    QTest::newRow("random bytes") << u"random.bin"_s << random << u"package.not-a-package"_s
                                  << u"tar archive"_s;
    QTest::newRow("empty file") << u"empty.tar"_s << QByteArray() << u"package.not-a-package"_s
                                << u"empty"_s;
    QTest::newRow("zip") << u"package.zip"_s << QByteArray("PK\x03\x04", 4) + random
                         << u"package.not-a-package"_s << u"ZIP"_s;
    QTest::newRow("gzip") << u"package.tar.gz"_s << QByteArray("\x1f\x8b\x08\x00", 4) + random
                          << u"package.not-a-package"_s << u"gzip"_s;
    QTest::newRow("a few bytes") << u"tiny.tar"_s << QByteArray("hello") << u"package.not-a-package"_s
                                 << u"tar archive"_s;
}

void TestPackage::inspect_wrongFileRefusedWithReason()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    const QString file = path(name);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(content), content.size());
    f.close();

    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, code);
    QVERIFY2(inspection.error().message.contains(mentions), qPrintable(inspection.error().message));
    QVERIFY2(inspection.error().message.contains(name), qPrintable(inspection.error().message));
}

void TestPackage::inspect_pdfRefusedAsADocument()
{
    const QString file = path(u"Pexip_Infinity_v11_release_notes.pdf"_s);
    const Result<qint64> written = sim::writeNotAPackage(file, 3 * MiB);
    QVERIFY(written);
    QCOMPARE(*written, 3 * MiB);
    QCOMPARE(QFileInfo(file).size(), 3 * MiB);

    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.not-a-package"_s);
    QVERIFY2(inspection.error().message.contains(u"PDF"), qPrintable(inspection.error().message));
}

void TestPackage::inspect_folderRefused()
{
    const Result<PackageInspection> inspection = inspectPackage(m_dir.path());
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.not-a-package"_s);
    QVERIFY2(inspection.error().message.contains(u"folder"), qPrintable(inspection.error().message));
}

void TestPackage::inspect_missingFileRefused()
{
    const QString file = path(u"never-downloaded.tar"_s);
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.not-found"_s);
    QVERIFY2(inspection.error().message.contains(QDir::toNativeSeparators(file)),
             qPrintable(inspection.error().message));
}

void TestPackage::inspect_ovaIsRecognisedAsAVirtualMachineImage()
{
    const QString file = path(u"renamed-template.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"pexip-node.ovf", "<Envelope/>"},
                                         TarEntry{"pexip-node.mf", "SHA256(...)= 00"},
                                         TarEntry{"pexip-node-disk1.vmdk", QByteArray(4096, 'x')}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.not-a-package"_s);
    QVERIFY2(inspection.error().message.contains(u"OVA"), qPrintable(inspection.error().message));
}

void TestPackage::inspect_tarWithoutManifestRefused()
{
    const QString file = path(u"no-manifest.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"readme.txt", "hello"},
                                         TarEntry{"payload/infinity-upgrade.bin", QByteArray(5000, 'p')}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.no-manifest"_s);
    QVERIFY(inspection.error().message.contains(u"manifest.json"));
}

// A real package: the vendor's name, a tar, no manifest of this project.
void TestPackage::inspect_vendorNamedTarWithoutManifest_versionFromItsName()
{
    const QString file = path(u"Pexip_Infinity_v20_UPGRADE_45400.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"upgrade.img", QByteArray(70'000, 'u')},
                                         TarEntry{"signature", "sig"}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : inspection.error().message));
    QVERIFY(inspection->versionFromName);
    QCOMPARE(inspection->manifest.version.toString(), u"20 (45400.0.0)"_s);
    QCOMPARE(inspection->manifest.product, PackageManifest::expectedProduct());
    QCOMPARE(inspection->sha256Hex, packagetest::sha256OfFile(file));

    // The name alone is not enough: the file must be a whole, readable tar.
    const QString cut = path(u"cut/Pexip_Infinity_v20_UPGRADE_45400.tar"_s);
    QVERIFY(QDir().mkpath(QFileInfo(cut).path()));
    QVERIFY(packagetest::writePrefix(file, cut, 30'000));
    QVERIFY(!inspectPackage(cut));
    const QString notTar = path(u"bad/Pexip_Infinity_v20_UPGRADE_45400.tar"_s);
    QVERIFY(QDir().mkpath(QFileInfo(notTar).path()));
    QFile f(notTar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(20'000, 'x'));
    f.close();
    const Result<PackageInspection> refused = inspectPackage(notTar);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"package.not-a-package"_s);
}

void TestPackage::vendorName_readAndWrittenTheVendorsWay()
{
    QCOMPARE(versionFromVendorName(u"Pexip_Infinity_v20_UPGRADE_45400.tar"_s)->toString(), u"20 (45400.0.0)"_s);
    QCOMPARE(versionFromVendorName(u"/downloads/pexip_infinity_v34.1_upgrade_77036.TAR"_s)->toString(),
             u"34.1 (77036.0.0)"_s);
    for (const QString &wrong : {u"Pexip_Infinity_v20_UPGRADE_45400.tar.gz"_s, u"Pexip_Infinity_v20.tar"_s,
                                 u"Pexip_Infinity_v20_UPGRADE_.tar"_s, u"pexip-11.tar"_s, u"Pexip_Infinity_vX_UPGRADE_1.tar"_s,
                                 u"Pexip_Infinity_v20_OVA_45400.tar"_s})
        QVERIFY2(!versionFromVendorName(wrong), qPrintable(wrong));
    QCOMPARE(vendorPackageName(Version::fromString(u"11 (71234.0.0)")), u"Pexip_Infinity_v11_UPGRADE_71234.tar"_s);
    QCOMPARE(versionFromVendorName(vendorPackageName(Version::fromString(u"29.1 (62000.0.0)")))->toString(),
             u"29.1 (62000.0.0)"_s);
}

void TestPackage::inspect_malformedManifestJsonRefused()
{
    const QString file = path(u"malformed.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"manifest.json", "{\"product\": \"Pexip Infinity\", "},
                                         TarEntry{"payload/infinity-upgrade.bin", "x"}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.bad-manifest"_s);
    QVERIFY2(inspection.error().message.contains(u"JSON"), qPrintable(inspection.error().message));
}

void TestPackage::inspect_manifestMissingFieldNamesTheField()
{
    QByteArray json = validJson();
    json.replace("\"build_date\"", "\"built\"");
    const QString file = path(u"missing-field.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"manifest.json", json}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.bad-manifest"_s);
    QVERIFY2(inspection.error().message.contains(u"\"build_date\""),
             qPrintable(inspection.error().message));
}

void TestPackage::inspect_wrongProductRefused()
{
    PackageManifest other = packagetest::manifest();
    other.product = u"Pexip Connect"_s;
    const QString file = path(u"other-product.tar"_s);
    QVERIFY(sim::writePackage(file, other, 1000));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.wrong-product"_s);
    QVERIFY2(inspection.error().message.contains(u"Pexip Connect"),
             qPrintable(inspection.error().message));
}

void TestPackage::inspect_manifestFoundAtAnyPosition()
{
    const QString file = path(u"manifest-last.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"payload/", {}, true},
                                         TarEntry{"payload/infinity-upgrade.bin", QByteArray(3 * MiB, 'p')},
                                         TarEntry{"./manifest.json", validJson()}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : describe(inspection.error())));
    QCOMPARE(inspection->manifest.version, Version::fromString(u"11 (71234.0.0)"));
    QCOMPARE(inspection->sha256Hex, packagetest::sha256OfFile(file));
}

void TestPackage::inspect_twoManifestsRefused()
{
    PackageManifest older = packagetest::manifest(u"6");
    const QString file = path(u"two-manifests.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"manifest.json", validJson()},
                                         TarEntry{"payload/infinity-upgrade.bin", "x"},
                                         TarEntry{"manifest.json", older.toJson()}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.bad-manifest"_s);
}

void TestPackage::inspect_oversizedManifestRefused()
{
    QByteArray json = validJson();
    json.insert(json.indexOf('{') + 1, "\"padding\": \"" + QByteArray(70 * 1024, 'a') + "\",");
    const QString file = path(u"huge-manifest.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"manifest.json", json}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.bad-manifest"_s);
}

void TestPackage::inspect_manifestThatIsADirectoryRefused()
{
    const QString file = path(u"manifest-dir.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"manifest.json", {}, true}}));
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.bad-manifest"_s);
}

void TestPackage::inspect_truncatedPackageRefused_data()
{
    QTest::addColumn<qint64>("cutAt");

    const qint64 payloadSize = 2 * MiB; // a multiple of 512: entry data ends on a block
    const Layout layout = layoutOf(packagetest::manifest(), payloadSize);
    QTest::newRow("inside the first header") << qint64(300);
    QTest::newRow("inside the manifest") << qint64(Block + 20);
    QTest::newRow("after the manifest, before the payload") << layout.payloadHeader;
    QTest::newRow("inside the payload header") << layout.payloadHeader + 100;
    QTest::newRow("right after the payload header") << layout.payloadData;
    QTest::newRow("in the middle of the payload") << layout.payloadData + payloadSize / 2;
    QTest::newRow("one byte short of the payload") << layout.endMarker - 1;
    QTest::newRow("after the payload, no end marker") << layout.endMarker;
    QTest::newRow("inside the end marker") << layout.endMarker + 100;
}

void TestPackage::inspect_truncatedPackageRefused()
{
    QFETCH(qint64, cutAt);
    const QString whole = writeSample(u"whole.tar"_s, 2 * MiB);
    const QString cut = path(u"cut.tar"_s);
    QVERIFY(packagetest::writePrefix(whole, cut, cutAt));

    const Result<PackageInspection> inspection = inspectPackage(cut);
    QVERIFY2(!inspection, "a cut package was accepted");
    QCOMPARE(inspection.error().code, u"package.truncated"_s);
    QVERIFY2(inspection.error().message.contains(u"download"_s, Qt::CaseInsensitive),
             qPrintable(inspection.error().message));
}

void TestPackage::inspect_recordPaddingAfterEndMarkerIsOptional()
{
    // Tar writers pad to a record size; the archive is whole without it.
    const qint64 payloadSize = MiB;
    const QString whole = writeSample(u"padded.tar"_s, payloadSize);
    const QString trimmed = path(u"unpadded.tar"_s);
    QVERIFY(packagetest::writePrefix(whole, trimmed,
                                     layoutOf(packagetest::manifest(), payloadSize).endMarker + 2 * Block));
    QVERIFY(QFileInfo(trimmed).size() < QFileInfo(whole).size());
    const Result<PackageInspection> inspection = inspectPackage(trimmed);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : describe(inspection.error())));
}

void TestPackage::inspect_damagedHeaderRefused()
{
    const qint64 payloadSize = 2 * MiB;
    const QString whole = writeSample(u"to-damage.tar"_s, payloadSize);
    const QString damagedFile = path(u"damaged.tar"_s);
    // Garbage where the payload's header should be: the file is long enough,
    // so this is damage, not truncation.
    QVERIFY(packagetest::writePatched(whole, damagedFile,
                                      layoutOf(packagetest::manifest(), payloadSize).payloadHeader,
                                      QByteArray(Block, '\x5a')));
    const Result<PackageInspection> inspection = inspectPackage(damagedFile);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.damaged"_s);
}

void TestPackage::inspect_unreadableFileRefused()
{
    const QString file = writeSample(u"locked.tar"_s, 1000);
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
    QFile probe(file);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("this account reads files without read permission (root)");
    const Result<PackageInspection> inspection = inspectPackage(file);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.unreadable"_s);
}

void TestPackage::inspect_cancelStopsTheReadMidway()
{
    const QString file = writeSample(u"cancel.tar"_s, 4 * MiB);
    const qint64 total = QFileInfo(file).size();
    std::atomic_bool cancel = false;
    qint64 lastDone = 0;
    const auto progress = [&](qint64 done, qint64) {
        lastDone = done;
        cancel = true; // as a Cancel button would, after the first chunk
    };
    const Result<PackageInspection> inspection = inspectPackage(file, progress, &cancel);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.cancelled"_s);
    QVERIFY2(lastDone < total, "the whole file was read despite the cancel");
}

void TestPackage::inspect_progressIsMonotonicAndEndsAtTotal()
{
    const QString file = writeSample(u"progress.tar"_s, 5 * MiB + 17);
    const qint64 size = QFileInfo(file).size();
    QList<qint64> seen;
    const auto progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, size);
        seen.append(done);
    };
    const Result<PackageInspection> inspection = inspectPackage(file, progress);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : describe(inspection.error())));
    QVERIFY(seen.size() >= 5);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.first() > 0);
    QCOMPARE(seen.last(), size);
}

void TestPackage::inspect_hashCoversBytesAfterTheArchive()
{
    const QString whole = writeSample(u"base.tar"_s, MiB);
    QFile in(whole);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString appended = path(u"appended.tar"_s);
    QFile out(appended);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.readAll());
    out.write(QByteArray(3 * MiB, 'z')); // beyond the end marker
    out.close();

    const Result<PackageInspection> inspection = inspectPackage(appended);
    QVERIFY2(inspection, qPrintable(inspection ? QString() : describe(inspection.error())));
    QCOMPARE(inspection->size, QFileInfo(appended).size());
    QCOMPARE(inspection->sha256Hex, packagetest::sha256OfFile(appended));
}

void TestPackage::readManifest_stopsAtTheManifest()
{
    // The payload's header promises 64 MiB the file does not have: reading
    // through the payload would fail, reading only to the manifest succeeds.
    const qint64 payloadSize = 64 * MiB;
    const QString whole = writeSample(u"big.tar"_s, payloadSize);
    const QString head = path(u"head-only.tar"_s);
    QVERIFY(packagetest::writePrefix(whole, head, layoutOf(packagetest::manifest(), payloadSize).payloadData + MiB));
    QVERIFY(QFile::remove(whole));

    const Result<PackageManifest> manifest = readManifest(head);
    QVERIFY2(manifest, qPrintable(manifest ? QString() : describe(manifest.error())));
    QCOMPARE(manifest->version, Version::fromString(u"11 (71234.0.0)"));

    const Result<PackageInspection> inspection = inspectPackage(head);
    QVERIFY(!inspection);
    QCOMPARE(inspection.error().code, u"package.truncated"_s);
}

void TestPackage::readManifest_seeksOverEntriesBeforeTheManifest()
{
    const QString file = path(u"manifest-after-payload.tar"_s);
    QVERIFY(packagetest::writeTar(file, {TarEntry{"payload/infinity-upgrade.bin", QByteArray(3 * MiB, 'p')},
                                         TarEntry{"manifest.json", validJson()}}));
    const Result<PackageManifest> manifest = readManifest(file);
    QVERIFY2(manifest, qPrintable(manifest ? QString() : describe(manifest.error())));
    QCOMPARE(manifest->version, Version::fromString(u"11 (71234.0.0)"));
}

void TestPackage::readManifest_refusesWrongFilesLikeInspect()
{
    const QString pdf = path(u"release-notes.pdf"_s);
    QVERIFY(sim::writeNotAPackage(pdf, 200'000));
    QCOMPARE(readManifest(pdf).error().code, u"package.not-a-package"_s);
    QVERIFY(readManifest(pdf).error().message.contains(u"PDF"));

    const QString noManifest = path(u"plain.tar"_s);
    QVERIFY(packagetest::writeTar(noManifest, {TarEntry{"a.txt", "a"}}));
    QCOMPARE(readManifest(noManifest).error().code, u"package.no-manifest"_s);

    QCOMPARE(readManifest(path(u"nothing-here.tar"_s)).error().code, u"package.not-found"_s);
    QCOMPARE(readManifest(m_dir.path()).error().code, u"package.not-a-package"_s);
}

void TestPackage::parseSize_readsWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: refused

    QTest::newRow("bytes") << u"12345"_s << qint64(12345);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("k") << u"100k"_s << qint64(102400);
    QTest::newRow("K") << u"100K"_s << qint64(102400);
    QTest::newRow("M") << u"512M"_s << qint64(512) * MiB;
    QTest::newRow("G") << u"2G"_s << qint64(2) * 1024 * MiB;
    QTest::newRow("fraction of G") << u"1.5G"_s << qint64(1536) * MiB;
    QTest::newRow("GiB") << u"2GiB"_s << qint64(2) * 1024 * MiB;
    QTest::newRow("space before unit") << u"10 MB"_s << qint64(10) * MiB;
    QTest::newRow("surrounding space") << u" 1k "_s << qint64(1024);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("negative") << u"-1G"_s << qint64(-1);
    QTest::newRow("unknown unit") << u"3X"_s << qint64(-1);
    QTest::newRow("no number") << u"G"_s << qint64(-1);
    QTest::newRow("fraction of a byte") << u"1.5"_s << qint64(-1);
    QTest::newRow("two points") << u"1.2.3M"_s << qint64(-1);
    QTest::newRow("absurdly large") << u"99999999T"_s << qint64(-1);
    QTest::newRow("words") << u"big"_s << qint64(-1);
}

void TestPackage::parseSize_readsWhatPeopleType()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const std::optional<qint64> parsed = sim::parseSize(text);
    if (bytes < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, bytes);
    }
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
