// infinity-sim as the real program: a port another emulator holds is
// refused with words and its own exit code (once, a second emulator listened
// on the same port and connections went to either at random), wrong options
// exit 1, it serves a real Management Node's API profile unless told
// otherwise, and make-package writes a package that the package reader
// accepts.

#include "tests/common/simfixture.h"

#include "core/package/packagereader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

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

// `infinity-sim serve` running until the end of the test.
class Served final
{
public:
    explicit Served(const QStringList &extraArguments)
    {
        m_process.start(QStringLiteral(INFINITY_SIM_PATH),
                        QStringList{u"serve"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_data.path(), u"--user"_s,
                                    u"admin:pw"_s, u"--time-scale"_s, u"0"_s}
                            + extraArguments);
        static const QRegularExpression url(u"at https://127\\.0\\.0\\.1:(\\d+)/api/admin/"_s);
        QByteArray said;
        while (m_port == 0 && m_process.waitForReadyRead(20'000)) {
            said += m_process.readAllStandardOutput();
            m_said = QString::fromUtf8(said);
            if (const auto m = url.match(m_said); m.hasMatch())
                m_port = m.captured(1).toInt();
        }
    }
    ~Served()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(5'000);
    }
    Served(const Served &) = delete;
    Served &operator=(const Served &) = delete;

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] const QString &said() const { return m_said; }
    // GET over HTTPS (its self-signed certificate is not what this checks).
    std::pair<int, QJsonObject> get(const QString &path)
    {
        httplib::SSLClient client("127.0.0.1", m_port);
        client.enable_server_certificate_verification(false);
        client.set_basic_auth("admin", "pw");
        const auto r = client.Get(path.toStdString());
        if (!r)
            return {0, {}};
        return {r->status, QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object()};
    }

private:
    QTemporaryDir m_data;
    QProcess m_process;
    int m_port = 0;
    QString m_said;
};

} // namespace

class TestInfinitySim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serve_busyPortRefusedWithExitThree();
    void serve_wrongOptionsExitOne();
    void serve_defaultsToThePexipProfile();
    void serve_apiExtendedServesTheExtensions();
    void serve_unknownApiProfileExitsOne();
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

void TestInfinitySim::serve_defaultsToThePexipProfile()
{
    Served sim({});
    QVERIFY2(sim.port() > 0, qPrintable(sim.said()));
    QVERIFY2(sim.said().contains(u"API profile pexip"_s), qPrintable(sim.said()));
    const auto [status, management] = sim.get(kStatus + u"management_vm/1/"_s);
    QCOMPARE(status, 200);
    QVERIFY(management.contains(u"version"_s));
    QVERIFY2(!management.contains(u"boot_time"_s), "a real Management Node has no boot_time");
    QCOMPARE(sim.get(kStatus + u"upgrade_run/"_s).first, 404);
    QCOMPARE(sim.get(kStatus + u"worker_vm/schema/"_s).first, 200);
}

void TestInfinitySim::serve_apiExtendedServesTheExtensions()
{
    Served sim({u"--api"_s, u"extended"_s});
    QVERIFY2(sim.port() > 0, qPrintable(sim.said()));
    QVERIFY2(sim.said().contains(u"API profile extended"_s), qPrintable(sim.said()));
    QVERIFY(sim.get(kStatus + u"management_vm/1/"_s).second.contains(u"boot_time"_s));
    QCOMPARE(sim.get(kStatus + u"upgrade_run/"_s).first, 200);
}

void TestInfinitySim::serve_unknownApiProfileExitsOne()
{
    const Exit e = runSim({u"serve"_s, u"--api"_s, u"pexip-v99"_s});
    QVERIFY(e.finished);
    QCOMPARE(e.code, 1);
    QVERIFY2(e.err.contains(u"--api"_s) && e.err.contains(u"pexip-v24"_s), qPrintable(e.err));
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
