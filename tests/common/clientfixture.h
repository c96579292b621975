#pragma once

// The fixture of the ManagementClient tests: a real infinity-sim
// (iuc::sim::Emulator, in-process, HTTPS on a free loopback port, users
// admin:secret and noc:wall:readonly, a frozen clock by default) with
// access to what the tests compare against: its certificate, the
// fingerprint it prints, and a ground-truth HTTPS client (cpp-httplib,
// independent of the client under test) for /sim/v1/ and checks.

#include "tests/common/awaittask.h"
#include "tests/common/simfixture.h" // Reply, As, kStatus, kConfig, kFrom, kTo

#include "core/api/managementclient.h"
#include "emulator/server/emulator.h"

#include <QDateTime>
#include <QEventLoop>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>
#include <optional>

namespace httplib {
class SSLClient;
} // namespace httplib

class ClientFixture final
{
public:
    struct Options
    {
        iuc::sim::DeploymentConfig deployment = SimFixture::config(3);
        QDateTime start = QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC);
        double timeScale = 0.0;
        iuc::sim::ApiProfile api = iuc::sim::ApiProfile::Pexip; // see SimFixture::Options::api
        std::optional<iuc::sim::StatusWords> statusWords;          // see SimFixture::Options::statusWords
        iuc::sim::SyslogFormat syslogFormat = iuc::sim::SyslogFormat::Rfc5424; // to syslog servers added
    };

    ClientFixture();
    ~ClientFixture();
    ClientFixture(const ClientFixture &) = delete;
    ClientFixture &operator=(const ClientFixture &) = delete;

    bool start(Options options);
    bool start(int nodes = 3);
    [[nodiscard]] const QString &startError() const { return m_startError; }

    [[nodiscard]] iuc::sim::Emulator &emulator() { return *m_emulator; }
    [[nodiscard]] QUrl url() const; // https://127.0.0.1:<port>
    [[nodiscard]] QByteArray fingerprint() const { return m_emulator->fingerprint(); }
    [[nodiscard]] QString certificatePath() const { return m_emulator->certificate().certPath; }
    [[nodiscard]] QString scratchPath(const QString &name) const { return m_dir.filePath(name); }

    // Settings for the client under test: the emulator's URL, the account,
    // and its pinned certificate unless `trust` says otherwise.
    iuc::api::ConnectionSettings settings(As as = As::Admin) const;
    iuc::api::ConnectionSettings settings(As as, const iuc::api::TlsTrust &trust) const;

    // ---- ground truth, over cpp-httplib with the emulator's certificate
    Reply get(const QString &path);
    // The same, asked again (up to three times) on a transport error: the
    // server may have closed the kept-alive connection while a slow test
    // (a widget flow, valgrind) did other things.
    Reply getRetried(const QString &path);
    Reply post(const QString &path, const QJsonObject &body);
    Reply patch(const QString &path, const QJsonObject &body); // /sim/v1/ faults, PATCH of a resource
    Reply advance(double simulatedSeconds);
    Reply uploadSingleShot(const QString &file);
    // Uploads `file` and starts the upgrade with it, as another console
    // would: the upload id, or empty (with a warning saying why).
    QString startRunWith(const QString &file);

    // A package (Pexip Infinity, built 2029-12-01, installs on v3 or later)
    // in the scratch directory: its path, or empty on failure.
    QString writePackage(const QString &name, const QString &version, qint64 payloadBytes);

private:
    httplib::SSLClient &client();

    QTemporaryDir m_dir;
    std::unique_ptr<iuc::sim::Emulator> m_emulator;
    std::unique_ptr<iuc::test::LoopbackClient> m_client; // destroyed before the emulator
    QString m_startError;
};

// Runs a task to its end in a nested event loop (tests/common/awaittask.h).
template <typename T>
T await(QCoro::Task<T> &&task, std::chrono::milliseconds timeout = std::chrono::seconds(240))
{
    return iuc::test::awaitTask(std::move(task), timeout);
}

// The error's message and details as one text, to check that no secret is
// in any of it.
QString everythingSaid(const iuc::Error &error);
