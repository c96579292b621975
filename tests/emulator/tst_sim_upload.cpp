// Uploading an upgrade package to infinity-sim (REAL-API.md §4): the chunked,
// resumable upgrade_request with a connection cut mid-chunk, validate_only
// against performing, the single-shot multipart upload that performs at
// once, and every package the Management Node must refuse (R10),
// each with an answer that tells the admin what to do. Tests of the error
// `code`s (an extension) run on the extended profile, the rest on pexip.

#include "tests/common/simfixture.h"

#include "emulator/support/packagewriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileContent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSimUpload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upload_chunkedResumesAfterConnectionCutMidChunk();
    void upload_offsetMismatchIs409WithServerOffset();
    void upload_singleShotPerformsAtOnce();
    void upload_validateOnlyAnswersWithExtensionsOnExtended();
    void R10_badPackageRefusedWithWhatToDo_data();
    void R10_badPackageRefusedWithWhatToDo();
    void upload_idPathTricksRefused();
    void upload_deleteOnTheListDropsEveryRequest();
};

void TestSimUpload::upload_chunkedResumesAfterConnectionCutMidChunk()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3)), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"resume.tar"_s, kTo, 3 * 1024 * 1024 + 12'345);
    QVERIFY(!file.isEmpty());
    const QByteArray content = fileContent(file);
    QVERIFY(content.size() > 3 * 1024 * 1024);

    // REAL-API.md §4: the request is created through upgrade/.
    const Reply created = sim.post(kConfig + u"upgrade/"_s,
                                   QJsonObject{{u"request"_s, true}, {u"total_size"_s, content.size()}});
    QVERIFY2(created.status == 201, created.describe());
    const QString id = created.object().value(u"uuid"_s).toString();
    const QString uri = kConfig + u"upgrade_request/%1/"_s.arg(id);
    QCOMPARE(QString::fromLatin1(created.header("Location")), uri);
    QCOMPARE(created.object().value(u"offset"_s).toInteger(), 0);
    QCOMPARE(created.object().value(u"state"_s).toString(), u"uploading"_s);

    constexpr qsizetype kFirst = 1024 * 1024;
    const Reply first = sim.postBytes(uri + u"upload/?offset=0"_s, content.left(kFirst), "application/octet-stream");
    QVERIFY2(first.status == 200, first.describe());
    QCOMPARE(first.object().value(u"offset"_s).toInteger(), kFirst);

    // The second chunk announces the whole rest but the link drops after
    // 700,000 bytes of it.
    constexpr qsizetype kSentBeforeCut = 700'000;
    const QByteArray head = "POST " + (uri + u"upload/?offset=%1"_s.arg(kFirst)).toLatin1() + " HTTP/1.1\r\n"
                            "Host: localhost\r\n"
                            "Authorization: Basic " + QByteArray("admin:secret").toBase64() + "\r\n"
                            "Content-Type: application/octet-stream\r\n"
                            "Content-Length: " + QByteArray::number(content.size() - kFirst) + "\r\n\r\n";
    QString cutError;
    QVERIFY2(sim.sendAndCut(head, content.mid(kFirst, kSentBeforeCut), &cutError), qPrintable(cutError));

    // The server kept what arrived; the client asks where to go on.
    const Reply status = sim.get(uri);
    QVERIFY2(status.status == 200, status.describe());
    QCOMPARE(status.object().value(u"state"_s).toString(), u"uploading"_s);
    const qint64 resumeAt = status.object().value(u"offset"_s).toInteger();
    QCOMPARE(resumeAt, kFirst + kSentBeforeCut);

    const Reply rest = sim.postBytes(uri + u"upload/?offset=%1"_s.arg(resumeAt), content.mid(resumeAt),
                                     "application/octet-stream");
    QVERIFY2(rest.status == 200, rest.describe());
    QCOMPARE(rest.object().value(u"offset"_s).toInteger(), content.size());

    const Reply finish = sim.post(uri + u"finish/"_s, QJsonObject{{u"validate_only"_s, true}});
    QVERIFY2(finish.status == 200, finish.describe());
    const QJsonObject answer = finish.object();
    // The real answer's fields, and no more (the rest are extensions).
    const QStringList keys = answer.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{u"ok"_s, u"upload_id"_s, u"current"_s, u"upgrade"_s, u"next_url"_s, u"timestamp"_s}));
    QCOMPARE(answer.value(u"ok"_s).toBool(), true);
    QCOMPARE(answer.value(u"upload_id"_s).toString(), id);
    QCOMPARE(answer.value(u"current"_s).toObject().value(u"version"_s).toString(), kFrom);
    QCOMPARE(answer.value(u"upgrade"_s).toObject().value(u"version"_s).toString(), kTo);
    QCOMPARE(answer.value(u"upgrade"_s).toObject().value(u"build_date"_s).toString(), u"2029-12-01"_s);
    QCOMPARE(sim.get(uri).object().value(u"state"_s).toString(), u"validated"_s);
    QCOMPARE(sim.performRequests(), 0); // validating started nothing
    QCOMPARE(sim.run(), QJsonObject());

    // finish/ without validate_only performs: the resumed upload is the
    // package the run installs.
    const Reply started = sim.startUpgrade(id);
    QVERIFY2(started.status == 202, started.describe());
    QCOMPARE(sim.performRequests(), 1);
    QCOMPARE(sim.get(uri).object().value(u"state"_s).toString(), u"performed"_s);
    const QJsonObject run = sim.run();
    QCOMPARE(run.value(u"package_id"_s).toString(), id);
    QCOMPARE(run.value(u"package_sha256"_s).toString(), sha256(content));
    QCOMPARE(run.value(u"target_version"_s).toString(), kTo);
}

void TestSimUpload::upload_offsetMismatchIs409WithServerOffset()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Extended), qPrintable(sim.startError()));
    const QByteArray data(1000, 'x');
    const Reply created = sim.post(kConfig + u"upgrade/"_s, QJsonObject{{u"request"_s, true}, {u"total_size"_s, data.size()}});
    QVERIFY2(created.status == 201, created.describe());
    const QString uri = kConfig + u"upgrade_request/%1/"_s.arg(created.object().value(u"uuid"_s).toString());

    QCOMPARE(sim.postBytes(uri + u"upload/?offset=0"_s, data.left(100), "application/octet-stream").status, 200);
    for (const int wrong : {0, 50, 200}) {
        const Reply r = sim.postBytes(uri + u"upload/?offset=%1"_s.arg(wrong), data.mid(wrong, 100),
                                      "application/octet-stream");
        QVERIFY2(r.status == 409, r.describe());
        QCOMPARE(r.object().value(u"offset"_s).toInteger(), 100); // where the client must resume
        QCOMPARE(r.object().value(u"code"_s).toString(), u"upload.offset-mismatch"_s);
        QVERIFY(!r.error().isEmpty());
    }
    QCOMPARE(sim.get(uri).object().value(u"offset"_s).toInteger(), 100); // refused chunks stored nothing
    // A client that lost the id finds the upload, and where to resume, in the list.
    const QJsonArray known = sim.all(kConfig + u"upgrade_request/"_s);
    QCOMPARE(known.size(), 1);
    QCOMPARE(known.at(0).toObject().value(u"uuid"_s).toString(), created.object().value(u"uuid"_s).toString());
    QCOMPARE(known.at(0).toObject().value(u"offset"_s).toInteger(), 100);

    // Refused requests leave the connection usable for the next one, even
    // with a body the server did not read.
    QCOMPARE(sim.postBytes(uri + u"upload/?offset=abc"_s, data.left(10), "application/octet-stream").status, 400);
    const Reply early = sim.postBytes(uri + u"finish/"_s, R"({"validate_only": true})", "application/json");
    QVERIFY2(early.status == 400, early.describe()); // 900 bytes are still missing
    QCOMPARE(early.object().value(u"code"_s).toString(), u"upload.incomplete"_s);
    QVERIFY2(early.error().contains(u"from byte 100"_s), qPrintable(early.error()));
    QCOMPARE(sim.get(uri).object().value(u"offset"_s).toInteger(), 100);

    const Reply more = sim.postBytes(uri + u"upload/?offset=100"_s, data.mid(100, 100), "application/octet-stream");
    QVERIFY2(more.status == 200, more.describe());
    QCOMPARE(more.object().value(u"offset"_s).toInteger(), 200);
}

void TestSimUpload::upload_singleShotPerformsAtOnce()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(5)), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"single.tar"_s, kTo, 2 * 1024 * 1024 + 7);
    QVERIFY(!file.isEmpty());

    // The form must carry the file as "package", as curl -F package=@FILE does.
    const Reply wrongField = sim.postMultipart(kConfig + u"upgrade/"_s, fileContent(file), u"file"_s);
    QCOMPARE(wrongField.status, 400);
    QVERIFY2(wrongField.error().contains(u"\"package\""_s), qPrintable(wrongField.error()));
    QCOMPARE(sim.performRequests(), 0);

    // The upload is the start (REAL-API.md §4).
    const Reply single = sim.uploadSingleShot(file);
    QVERIFY2(single.status == 202, single.describe());
    QCOMPARE(sim.performRequests(), 1);
    const QJsonObject answer = single.object();
    QCOMPARE(answer.value(u"ok"_s).toBool(), true);
    QCOMPARE(answer.value(u"upgrade"_s).toObject().value(u"version"_s).toString(), kTo);
    const QJsonObject run = sim.run();
    QCOMPARE(run.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(run.value(u"package_sha256"_s).toString(), sha256(fileContent(file)));
}

void TestSimUpload::upload_validateOnlyAnswersWithExtensionsOnExtended()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Extended), qPrintable(sim.startError()));
    const QString file = sim.writePackage(u"ext.tar"_s, kTo, 600 * 1024);
    const SimFixture::Upload chunked = sim.uploadChunked(file, 256 * 1024);
    QVERIFY2(chunked.finish.status == 200, chunked.finish.describe());
    const QJsonObject answer = chunked.finish.object();
    QCOMPARE(answer.value(u"sha256"_s).toString(), sha256(fileContent(file)));
    QCOMPARE(answer.value(u"size"_s).toInteger(), QFile(file).size());
    QCOMPARE(answer.value(u"verdict"_s).toString(), u"upgrade"_s);
    QCOMPARE(answer.value(u"systems_to_upgrade"_s).toInteger(), 4);
    QCOMPARE(sim.get(kConfig + u"upgrade_request/%1/"_s.arg(chunked.id)).object().value(u"total_size"_s).toInteger(),
             QFile(file).size());
    QCOMPARE(sim.performRequests(), 0);
}

void TestSimUpload::R10_badPackageRefusedWithWhatToDo_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("packageVersion"); // empty: not a package at all
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("saysWhatToDo");

    QTest::newRow("not a package") << kFrom << QString() << QString() << u"package.not-a-package"_s
                                   << QStringList{u"PDF"_s, u"Choose the upgrade package"_s};
    QTest::newRow("wrong product") << kFrom << kTo << u"Acme Meeting Server"_s << u"package.wrong-product"_s
                                   << QStringList{u"Acme Meeting Server"_s, u"Choose the"_s};
    QTest::newRow("downgrade") << kTo << kFrom << QString() << u"package.downgrade"_s
                               << QStringList{u"older"_s, u"snapshot"_s};
    QTest::newRow("needs v6 first") << u"3 (12345.0.0)"_s << kTo << QString() << u"package.needs-intermediate"_s
                                    << QStringList{u"v6 first"_s};
    QTest::newRow("nothing to do") << kTo << kTo << QString() << u"package.nothing-to-do"_s
                                   << QStringList{u"nothing to upgrade"_s};
}

void TestSimUpload::R10_badPackageRefusedWithWhatToDo()
{
    QFETCH(QString, installed);
    QFETCH(QString, packageVersion);
    QFETCH(QString, product);
    QFETCH(QString, code);
    QFETCH(QStringList, saysWhatToDo);

    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3, installed), iuc::sim::ApiProfile::Extended), qPrintable(sim.startError()));
    QString file;
    if (packageVersion.isEmpty()) {
        file = sim.scratchPath(u"release-notes.pdf"_s);
        const auto written = iuc::sim::writeNotAPackage(file, 300 * 1024);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    } else {
        file = sim.writePackage(u"package.tar"_s, packageVersion, 256 * 1024, product);
        QVERIFY(!file.isEmpty());
    }

    const SimFixture::Upload upload = sim.uploadChunked(file);
    QVERIFY(!upload.id.isEmpty());
    const Reply &r = upload.finish;
    QVERIFY2(r.status == 400, r.describe());
    QCOMPARE(r.object().value(u"code"_s).toString(), code);
    for (const QString &words : saysWhatToDo)
        QVERIFY2(r.error().contains(words), qPrintable(u"\"%1\" not in: %2"_s.arg(words, r.error())));
    QVERIFY2(!r.error().contains(upload.id), qPrintable(r.error())); // no internal file names
    // Asking again (a lost answer) gets the same refusal, not "unknown upload".
    const Reply again = sim.post(kConfig + u"upgrade_request/%1/finish/"_s.arg(upload.id),
                                 QJsonObject{{u"validate_only"_s, true}});
    QVERIFY2(again.status == 400, again.describe());
    QCOMPARE(again.object(), r.object());
    if (code.startsWith(u"package.") && r.object().contains(u"verdict"_s)) {
        QCOMPARE(r.object().value(u"current"_s).toObject().value(u"version"_s).toString(), installed);
        QCOMPARE(r.object().value(u"upgrade"_s).toObject().value(u"version"_s).toString(), packageVersion);
    }

    // Nothing was staged: performing with the id gets the same refusal and
    // starts nothing, and the upload is gone.
    const Reply start = sim.startUpgrade(upload.id);
    QVERIFY2(start.status == 400, start.describe());
    QCOMPARE(start.object(), r.object());
    QCOMPARE(sim.get(kConfig + u"upgrade_request/%1/"_s.arg(upload.id)).status, 404);
    QCOMPARE(sim.run(), QJsonObject());
    QCOMPARE(sim.management().value(u"upgrade_status"_s).toString(), u"IDLE"_s);
}

void TestSimUpload::upload_idPathTricksRefused()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3), iuc::sim::ApiProfile::Extended), qPrintable(sim.startError()));
    const QStringList tricks = {u"..%2F..%2Fetc%2Fpasswd"_s, u"%2E%2E"_s, u"ABCDEF0123456789ABCDEF0123456789"_s,
                                u"0123456789abcdef0123456789abcde%00"_s, u"0123456789abcdef0123456789abcdef0"_s};
    for (const QString &id : tricks) {
        const QString uri = kConfig + u"upgrade_request/%1/"_s.arg(id);
        for (const Reply &r : {sim.get(uri), sim.postBytes(uri + u"upload/?offset=0"_s, "x", "application/octet-stream"),
                               sim.postBytes(uri + u"finish/"_s, {}, "application/json")}) {
            QVERIFY2(r.status == 400 || r.status == 404, qPrintable(id + u" → "_s + QString::fromUtf8(r.describe())));
            QVERIFY2(!r.error().isEmpty(), qPrintable(id));
        }
    }
    const Reply start = sim.startUpgrade(u"../../uploads/x"_s);
    QVERIFY2(start.status == 400 || start.status == 404, start.describe());
    QCOMPARE(sim.performRequests(), 0);
}

// The list's schema allows DELETE (REAL-API.md §4: GET and DELETE only): it
// drops every upload request — an open one is cancelled, a validated one
// removed — and starts nothing.
void TestSimUpload::upload_deleteOnTheListDropsEveryRequest()
{
    SimFixture sim;
    QVERIFY2(sim.start(SimFixture::config(3)), qPrintable(sim.startError()));
    const Reply open = sim.post(kConfig + u"upgrade/"_s, QJsonObject{{u"request"_s, true}, {u"total_size"_s, 5000}});
    QVERIFY2(open.status == 201, open.describe());
    const SimFixture::Upload validated = sim.uploadChunked(sim.writePackage(u"p.tar"_s, kTo));
    QVERIFY2(validated.finish.status == 200, validated.finish.describe());
    QCOMPARE(sim.all(kConfig + u"upgrade_request/"_s).size(), 2);

    const Reply dropped = sim.request("DELETE", kConfig + u"upgrade_request/"_s);
    QVERIFY2(dropped.status == 204, dropped.describe());
    const QJsonArray left = sim.all(kConfig + u"upgrade_request/"_s);
    for (const QJsonValue &u : left)
        QCOMPARE(u.toObject().value(u"state"_s).toString(), u"cancelled"_s);
    QVERIFY(left.size() <= 1); // the validated one is gone; the open one stays listed as cancelled
    QCOMPARE(sim.startUpgrade(validated.id).status, 404); // nothing left to start
    QCOMPARE(sim.performRequests(), 0);
}

QTEST_GUILESS_MAIN(TestSimUpload)
#include "tst_sim_upload.moc"
