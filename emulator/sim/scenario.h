#pragma once

#include "core/domain/result.h"
#include "core/domain/version.h"
#include "core/engine/enginesettings.h"
#include "core/engine/enginetypes.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace iuc::sim {

using namespace std::chrono_literals;

struct NodeConfig
{
    NodeId id = -1;
    QString name;
    QString hostname;
    QString address;  // the node's IP: participants' media_node
    QString location; // system location name
    bool configOnly = false; // deployment_type MANUAL-PROVISION-ONLY (R12)
    Version version;
    double linkMbps = 100.0; // Management Node → node, for the package transfer
    bool reachable = true;
    bool stuckCalls = false;  // its calls never clear (R4)
    bool failInstall = false;
};

struct LocationConfig
{
    QString name;
    double callsPerHour = 30.0; // at the daily peak
};

// How long the physical steps take, in simulated time.
struct Timings
{
    Duration managementInstall = 4min;
    Duration managementReboot = 3min;
    Duration nodeInstall = 50s;    // unpack + install, after the transfer
    Duration nodeReboot = 60s;
    Duration meanCall = 25min;     // median call duration
    qint64 defaultPackageSize = 1'000'000'000;
};

struct DeploymentConfig
{
    QString managementName = QStringLiteral("mgr01");
    QString managementAddress = QStringLiteral("10.0.0.10");
    Version managementVersion;
    std::vector<LocationConfig> locations;
    std::vector<NodeConfig> nodes;
    Timings timings;
    EngineSettings engine;
    quint64 seed = 1;
    double callLoad = 1.0;   // multiplier on every location's call rate
    int conferenceCount = 40; // meeting aliases callers dial
    double timeScale = 1.0;

    // `nodes` Conferencing Nodes spread over three locations, the last node
    // of each location configuration-only, all on `version`.
    static DeploymentConfig standard(int nodes, const Version &version);
    // A scenario file (docs/api.md, "Scenario files"); fields not given keep
    // the values of `defaults`.
    static Result<DeploymentConfig> fromJson(const QByteArray &json, const DeploymentConfig &defaults);

    static constexpr int kMaxNodes = 1000;
};

} // namespace iuc::sim
