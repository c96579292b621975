// infinity-sim as the real program: a port another emulator holds is
// refused with words and its own exit code (once, a second emulator listened
// on the same port and connections went to either at random), wrong options
// exit 1, and make-package writes a package that the package reader accepts.

#include "tests/common/simfixture.h"

#include "core/package/packagereader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

struct Exit
{
    bool finished = false;
    int code = -1;
    QString out;
    QString err;
};

Exit runSim(const QStringList &arguments, int timeoutMs = 20'000)
{
    QProcess p;
    p.start(QStringLiteral(INFINITY_SIM_PATH), arguments);
    Exit e;
    e.finished = p.waitForStarted(10'000) && p.waitForFinished(timeoutMs);
    if (!e.finished) {
        p.kill();
        p.waitForFinished(5'000);
    }
    e.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    e.out = QString::fromUtf8(p.readAllStandardOutput());
    e.err = QString::fromUtf8(p.readAllStandardError());
    return e;
}

} // namespace

class TestInfinitySim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serve_busyPortRefusedWithExitThree();
    void serve_wrongOptionsExitOne();
    void makePackage_writesAPackageTheReaderAccepts();
};

void TestInfinitySim::serve_busyPortRefusedWithExitThree()
{
    SimFixture first;
    QVERIFY2(first.start(SimFixture::config(2)), qPrintable(first.startError()));
    QTemporaryDir data;
    const Exit e = runSim({u"serve"_s, u"--port"_s, QString::number(first.port()), u"--data-dir"_s, data.path(),
                           u"--user"_s, u"admin:pw"_s});
    QVERIFY2(e.finished, "a second emulator started on a port the first one holds");
    QCOMPARE(e.code, 3);
    QVERIFY2(e.err.contains(u"already in use"_s), qPrintable(e.err));
    QVERIFY2(e.err.contains(u"--port"_s), qPrintable(e.err)); // what to do
    QVERIFY(first.get(kStatus + u"management_vm/"_s).status == 200); // the first one serves on
}

void TestInfinitySim::serve_wrongOptionsExitOne()
{
    const Exit e = runSim({u"serve"_s, u"--nodes"_s, u"0"_s});
    QVERIFY(e.finished);
    QCOMPARE(e.code, 1);
    QVERIFY2(e.err.contains(u"--nodes"_s), qPrintable(e.err));
}

void TestInfinitySim::makePackage_writesAPackageTheReaderAccepts()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"p.tar"_s);
    const Exit e = runSim({u"make-package"_s, u"--version"_s, u"11 (71234.0.0)"_s, u"--size"_s, u"100k"_s, out});
    QVERIFY2(e.finished && e.code == 0, qPrintable(e.err));
    const Result<PackageInspection> inspected = inspectPackage(out);
    QVERIFY2(inspected, qPrintable(inspected ? QString() : inspected.error().message));
    QCOMPARE(inspected->manifest.version.toString(), u"11 (71234.0.0)"_s);
}

QTEST_GUILESS_MAIN(TestInfinitySim)
#include "tst_infinitysim.moc"
