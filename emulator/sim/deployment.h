#pragma once

#include "core/engine/upgradeengine.h"
#include "emulator/sim/adminlog.h"
#include "emulator/sim/callgenerator.h"
#include "emulator/sim/scenario.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <deque>
#include <map>
#include <optional>
#include <random>
#include <variant>
#include <vector>

namespace iuc::sim {

// A Conferencing Node as the simulation knows it: configuration plus what is
// physically true of it right now.
struct SimNode
{
    NodeConfig config;
    Version version;                 // running now
    std::optional<Version> installed; // takes effect at the next boot
    bool reachable = true;
    bool stuckCalls = false;
    bool failInstall = false;
    double linkMbps = 100.0;
    bool engineMaintenance = false; // the upgrade run's
    bool adminMaintenance = false;  // set by an admin through the API
    QString adminMaintenanceReason; // the admin's words for it (configuration's maintenance_mode_reason)
    bool rebooting = false;
    bool bootUnreported = false;    // booted while the Management Node could not reach it
    quint64 generation = 0;         // bumped by a reboot: interrupts what was underway
    TimePoint bootTime;
    TimePoint lastUpdated;
    int calls = 0;

    [[nodiscard]] bool inMaintenance() const { return engineMaintenance || adminMaintenance; }
};

// A package the Management Node accepted (upload finished and validated).
struct StagedPackage
{
    QString id;
    Version version;
    qint64 size = 0;
    QByteArray sha256Hex;
    TimePoint stagedAt;
};

// An alarm as status/v1/alarm/ shows it (REAL-API.md §2): a kind named
// like an identifier, the node by its IPv4 address.
struct Alarm
{
    int id = 0;
    int identifier = 0; // number of the kind of alarm
    QString level;      // "error", "warning", "info"
    QString name;       // "connectivity_lost"
    QString node;       // the node's IPv4 address
    QString instance;   // the node's name
    QString details;
    TimePoint raisedAt;
};

// The simulated Infinity deployment: a Management Node, its Conferencing
// Nodes, the callers of its CallGenerator joining and leaving meetings, and
// the rolling upgrade, sequenced by the core UpgradeEngine exactly as the
// real Management Node sequences it. Time is an input (advanceTo); not
// thread-safe: the server serialises access.
class Deployment final
{
public:
    Deployment(DeploymentConfig config, TimePoint start);

    // Runs the world forward: calls, installs, reboots, engine timeouts.
    void advanceTo(TimePoint now);
    [[nodiscard]] TimePoint now() const { return m_now; }

    // The alarms it raises (and clears when their cause ends).
    enum class AlarmKind { ConnectivityLost, InstallationFailed };

    // --- what the API shows
    [[nodiscard]] const DeploymentConfig &config() const { return m_config; }
    [[nodiscard]] const UpgradeEngine &engine() const { return m_engine; }
    [[nodiscard]] const std::vector<SimNode> &nodes() const { return m_nodes; }
    [[nodiscard]] const SimNode *node(NodeId id) const;
    [[nodiscard]] const SimNode *nodeByAddress(const QString &address) const;
    [[nodiscard]] const Version &managementVersion() const { return m_engine.management().version; }
    [[nodiscard]] TimePoint managementBootTime() const { return m_managementBoot; }
    // R1: while the Management Node reboots its API does not answer.
    [[nodiscard]] std::optional<TimePoint> managementDownUntil() const { return m_managementDownUntil; }
    [[nodiscard]] const std::map<QString, Participant> &participants() const { return m_calls.participants(); }
    [[nodiscard]] const std::map<QString, Conference> &conferences() const { return m_calls.conferences(); }
    [[nodiscard]] const std::vector<Alarm> &alarms() const { return m_alarms; }
    [[nodiscard]] const AdminLog &log() const { return m_log; }
    [[nodiscard]] const std::vector<RunRecord> &pastRuns() const { return m_pastRuns; }
    [[nodiscard]] const StagedPackage *stagedPackage(const QString &id) const;
    [[nodiscard]] const std::optional<StagedPackage> &runPackage() const { return m_runPackage; }
    // R11: meetings whose participants sit on nodes running different versions.
    struct SplitConference
    {
        QString name;
        std::map<QString, int> participantsByVersion; // version text → participants
    };
    [[nodiscard]] std::vector<SplitConference> splitConferences() const;

    // The score an operator is judged by: why calls ended (the upgrade
    // itself must never end one), and per system location the lowest share
    // of its Conferencing Nodes in service (reachable, not rebooting, not in
    // maintenance, not upgrading) while the latest run was active.
    enum class CallEndCause { CallerHungUp, AdminDisconnect, NodeReboot, Upgrade };
    struct Score
    {
        std::map<CallEndCause, int> callsEnded;
        std::map<QString, double> lowestInServiceShare; // location → 0…1; empty before a run
    };
    [[nodiscard]] const Score &score() const { return m_score; }

    // --- what an admin does through the API (at now())
    void stagePackage(StagedPackage package);
    Result<void> startUpgrade(const QString &packageId);    // R6/R7 via the engine
    Result<void> rebootManagement();                         // R7
    Result<void> rebootNode(NodeId id);                      // R9
    // Every Conferencing Node that can be contacted and is not rebooting
    // already (the reboot the vendor asks for before upgrading from v3).
    // Refused while a run is active. Answers the ids rebooted and, per node
    // left out, why.
    struct RebootAll
    {
        QList<NodeId> rebooted;
        QList<std::pair<NodeId, QString>> skipped;
    };
    Result<RebootAll> rebootAllNodes();
    // `reason`: the admin's words (empty: the node's own default).
    Result<void> setAdminMaintenance(NodeId id, bool on, const QString &reason = {});

    // --- commands of a real Management Node on calls (command/v1/participant/
    // disconnect/, command/v1/conference/disconnect/): the calls end now, as
    // when their callers hang up. The number of calls ended.
    Result<void> disconnectParticipant(const QString &participantId);
    Result<int> disconnectConference(const QString &conferenceId);

    // --- command/v1/platform/backup_create/ (documented; its fields are
    // this emulator's guess: a passphrase that encrypts the file). The
    // backups created so far (the time each was made).
    Result<QDateTime> createBackup(const QString &passphrase);
    [[nodiscard]] const std::vector<QDateTime> &backups() const { return m_backups; }

    // --- faults and knobs (the emulator-only /sim/v1/ API)
    Result<void> setReachable(NodeId id, bool reachable);   // R8
    Result<void> setStuckCalls(NodeId id, bool stuck);      // R4
    Result<void> setFailInstall(NodeId id, bool fail);
    Result<void> setLinkMbps(NodeId id, double mbps);
    Result<void> addCalls(NodeId id, int count, const QString &conference = {});
    void setCallLoad(double multiplier) { m_calls.setLoad(multiplier); }
    [[nodiscard]] double callLoad() const { return m_calls.load(); }

private:
    struct CallArrival { int location; bool caller; }; // !caller: only looks at the rate again
    struct CallEnd { QString participant; };
    struct ManagementInstalled { quint64 generation; };
    struct ManagementUp { quint64 generation; Version version; };
    struct InstallDone { NodeId node; quint64 generation; };
    struct NodeUp { NodeId node; quint64 generation; };
    using Action = std::variant<CallArrival, CallEnd, ManagementInstalled, ManagementUp, InstallDone, NodeUp>;

    void schedule(TimePoint at, Action action);
    void perform(const Action &action);
    void feed(const EngineEvent &event);
    void carryOut(const EngineCommands &commands);

    // Calls meet nodes (deploymentcalls.cpp): the generator's callers land
    // on nodes, and a node's calls feed the engine.
    void arrive(int location);
    void endCall(const QString &participantId, CallEndCause cause);
    void startCall(NodeId node, const QString &conference, TimePoint endsAt);
    void dropAllCalls(SimNode &node, CallEndCause cause);
    void noteCapacity(); // while a run is active: the lowest in-service shares
    void callsChanged(SimNode &node);
    void seedCalls();
    [[nodiscard]] bool acceptsCalls(const SimNode &node) const;

    void raiseAlarm(AlarmKind kind, const SimNode &node, const QString &details);
    void clearAlarm(AlarmKind kind, const SimNode &node);

    SimNode *findNode(NodeId id);
    [[nodiscard]] Duration transferTime(const SimNode &node) const;

    DeploymentConfig m_config;
    UpgradeEngine m_engine;
    std::vector<SimNode> m_nodes;
    QHash<NodeId, size_t> m_index;
    std::multimap<TimePoint, Action> m_queue;
    std::mt19937_64 m_rng;
    TimePoint m_now;
    CallGenerator m_calls;

    TimePoint m_managementBoot;
    std::optional<TimePoint> m_managementDownUntil;
    quint64 m_managementGeneration = 0;

    std::vector<Alarm> m_alarms;
    std::vector<QDateTime> m_backups;
    int m_nextAlarm = 1;
    AdminLog m_log;

    std::vector<StagedPackage> m_packages;
    std::optional<StagedPackage> m_runPackage;
    std::vector<RunRecord> m_pastRuns;
    Score m_score;
};

} // namespace iuc::sim
