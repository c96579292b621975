#pragma once

// The shared fixture of the integration tests: a real infinity-sim
// (iuc::sim::Emulator, in-process, on a free loopback port) and a real HTTPS
// client (cpp-httplib) that verifies the emulator's certificate and signs in
// with HTTP Basic auth. Nothing of the server is mocked.
//
// The simulated clock is frozen by default (time scale 0): a test moves it
// with advance(), so what it observes does not depend on how fast the
// machine is. Tests that exercise the running clock set a scale and poll.

#include "tests/common/loopbackclient.h"

#include "emulator/server/emulator.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace httplib {
class Result;
class SSLClient;
} // namespace httplib

// Base paths of the API (DESIGN §4).
inline const QString kStatus = QStringLiteral("/api/admin/status/v1/");
inline const QString kConfig = QStringLiteral("/api/admin/configuration/v1/");
inline const QString kCommand = QStringLiteral("/api/admin/command/v1/platform/");

// The versions most tests move between.
inline const QString kFrom = QStringLiteral("10.2 (40234.0.0)");
inline const QString kTo = QStringLiteral("11 (71234.0.0)");

// One HTTP exchange as the test sees it.
struct Reply
{
    // What cpp-httplib answered (or the transport error it met).
    [[nodiscard]] static Reply from(const httplib::Result &result);

    int status = 0; // 0: no HTTP answer at all (connection failed)
    QByteArray body;
    QJsonDocument json;
    std::multimap<std::string, std::string> headers;
    QString transportError;

    [[nodiscard]] QJsonObject object() const { return json.object(); }
    [[nodiscard]] QString error() const { return json.object().value(QStringLiteral("error")).toString(); }
    [[nodiscard]] QByteArray header(const char *name) const; // any case, like HTTP
    // "404 {…}", or the transport error, for failure messages.
    [[nodiscard]] QByteArray describe() const;
};

// Data-driven tests take the profile as a column.
Q_DECLARE_METATYPE(iuc::sim::ApiProfile)

// Who asks.
enum class As { Admin, ReadOnly, Anonymous, WrongPassword };

class SimFixture final
{
public:
    struct Options
    {
        iuc::sim::DeploymentConfig deployment;
        QDateTime start = QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC); // a working morning: calls
        double timeScale = 0.0;
        // A real node's profile, as the product meets it; a test of an
        // extension (upgrade_run, the log resource, the reboot command, the
        // error codes) asks for Extended and says why.
        iuc::sim::ApiProfile api = iuc::sim::ApiProfile::Pexip;
        // How upgrade_status is spelt; unset: the profile's.
        std::optional<iuc::sim::StatusWords> statusWords;
    };

    SimFixture();
    ~SimFixture();
    SimFixture(const SimFixture &) = delete;
    SimFixture &operator=(const SimFixture &) = delete;

    // DeploymentConfig::standard(nodes, version), with `scenario` (a
    // scenario file's JSON, DESIGN §4) applied over it. A scenario the
    // emulator refuses is a mistake in the test: it aborts with the reason.
    static iuc::sim::DeploymentConfig config(int nodes, const QString &version = kFrom, const QByteArray &scenario = {});

    // Starts the emulator (users admin:secret and noc:wall:readonly, a
    // self-signed certificate in a temporary data directory, a free port);
    // false with startError() when it does not start.
    bool start(Options options);
    bool start(iuc::sim::DeploymentConfig deployment, double timeScale = 0.0);
    bool start(iuc::sim::DeploymentConfig deployment, iuc::sim::ApiProfile api);
    [[nodiscard]] const QString &startError() const { return m_startError; }
    [[nodiscard]] int port() const;
    [[nodiscard]] iuc::sim::Emulator &emulator() { return *m_emulator; }
    // A scratch directory for the test's own files (packages).
    [[nodiscard]] QString scratchPath(const QString &name) const;

    // ---- HTTP over verified TLS
    Reply get(const QString &path, As as = As::Admin);
    Reply post(const QString &path, const QJsonObject &body, As as = As::Admin);
    Reply patch(const QString &path, const QJsonObject &body, As as = As::Admin);
    // Any method, e.g. DELETE or PUT, with an optional JSON body.
    Reply request(const char *method, const QString &path, const QByteArray &body = {}, As as = As::Admin);
    Reply postBytes(const QString &path, const QByteArray &body, const char *contentType, As as = As::Admin);
    Reply postMultipart(const QString &path, const QByteArray &content, const QString &field = QStringLiteral("package"));
    // Every object of a list, following `next` from `path`.
    QJsonArray all(const QString &path, int *pages = nullptr);

    // Opens its own verified TLS connection, sends `head` and `body`
    // (typically less than the head's Content-Length announces), then cuts
    // the connection the way a dropped link does: no TLS close_notify, just
    // the TCP end. Waits until the server has let go of the connection.
    bool sendAndCut(const QByteArray &head, const QByteArray &body, QString *error);

    // ---- simulated time
    // advance() and setTimeScale(): over the harness (PATCH /sim/v1/deployment/)
    // on the extended profile; in-process on a real node's, whose port
    // refuses connections while the Management Node reboots.
    Reply advance(double simulatedSeconds);
    Reply setTimeScale(double scale);
    // Advances the frozen clock in steps until `done` holds; false when
    // `maxSeconds` of simulated time passed without it.
    bool advanceUntil(const std::function<bool()> &done, double stepSeconds, double maxSeconds);
    // For tests on a running clock: asks until `done` holds; the real
    // timeout is only a safety net, never an assertion about speed.
    static bool pollUntil(const std::function<bool()> &done,
                          std::chrono::milliseconds realTimeout = std::chrono::seconds(60));

    // ---- resources
    QJsonObject node(int id);       // status/v1/worker_vm/<id>/
    QJsonObject management();       // status/v1/management_vm/1/
    // The current (or last) upgrade run with per-node history: upgrade_run/
    // on the extended profile, runInProcess() on the others.
    QJsonObject run();
    QString runState() { return run().value(QStringLiteral("state")).toString(); }
    static QJsonObject runNode(const QJsonObject &run, int id); // its entry in run["nodes"]
    int calls(const QString &address); // participants on a node, by total_count

    // ---- packages
    // A package in the scratch directory (Pexip Infinity unless `product`
    // says otherwise, built 2029-12-01, installs on v3 or later): its path,
    // or empty when it could not be written.
    QString writePackage(const QString &name, const QString &version, qint64 payloadBytes = 256 * 1024,
                         const QString &product = {});
    struct Upload
    {
        QString id;
        Reply finish;
    };
    // The upload request of REAL-API.md §4: created with POST upgrade/
    // {"request": true, …}, chunks, then finish/ {"validate_only": true}:
    // the request's uuid and the validating answer, or the first answer
    // that was not a success.
    Upload uploadChunked(const QString &file, qint64 chunkBytes = 1 << 20);
    // The single shot: the upload performs the upgrade.
    Reply uploadSingleShot(const QString &file);
    // finish/ without validate_only: performs the upgrade with the upload.
    Reply startUpgrade(const QString &packageId);
    // Performing requests that reached the emulator (/sim/v1/state/).
    int performRequests();
    // Writes a package to `version` (scratchPath("package-<version without
    // spaces>.tar")), uploads and validates it, and performs the upgrade:
    // the upload's id, or empty (the reason goes to the test log) on any error.
    QString uploadAndStart(const QString &version = kTo);

private:
    httplib::SSLClient &client(As as);
    Reply send(const char *method, const QString &path, const QByteArray &body, const char *contentType, As as);

    QTemporaryDir m_dir;
    std::unique_ptr<iuc::sim::Emulator> m_emulator;
    std::unique_ptr<iuc::test::LoopbackClient> m_clients[4]; // by As; destroyed before the emulator
    QString m_startError;
};

// Starts an emulator as every integration test wants it: in `dataDir`, on a
// free loopback port, users admin:secret and noc:wall:readonly.
iuc::Result<std::unique_ptr<iuc::sim::Emulator>> startTestEmulator(
    const QString &dataDir, iuc::sim::DeploymentConfig deployment, double timeScale, const QDateTime &start,
    iuc::sim::ApiProfile api = iuc::sim::ApiProfile::Pexip,
    std::optional<iuc::sim::StatusWords> statusWords = std::nullopt,
    iuc::sim::SyslogFormat syslogFormat = iuc::sim::SyslogFormat::Rfc5424);

// Moves the emulator's clock in-process, as PATCH /sim/v1/deployment/
// advance_seconds does (the same answer): on a real node's profile its port
// refuses connections while the Management Node reboots, the harness's too.
Reply advanceInProcess(iuc::sim::Emulator &emulator, double simulatedSeconds);

// The current (or last) run with its nodes, in the shape of the extension's
// upgrade_run, read in-process: every profile has it, a real node's too.
QJsonObject runInProcess(iuc::sim::Emulator &emulator);

// An API timestamp ("2030-01-01T10:00:00.000", UTC without a suffix).
QDateTime apiTime(const QJsonValue &value);
