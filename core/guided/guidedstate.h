#pragma once

// The guided upgrade's progress: what GuidedStore (guidedstore.h) saves after
// every step so that quitting, a crash or a reboot of the workstation resumes
// at the same step.

#include "core/guided/guidedplan.h"
#include "core/report/runreport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace iuc::guided {

enum class Step {
    Checklist, // the pre-flight checklist (the plan was accepted)
    Hops,      // upgrading, hop by hop (State::currentHop)
    Finish,    // every hop verified: backup, R12, report
};

enum class HopStage {
    ChooseFile, // pick, inspect, upload, confirm: nothing started yet
    Running,    // a run of this hop was started (its id in runIds)
    Verified,   // every system on the hop's version and idle
};

struct HopRecord
{
    Hop hop;
    HopStage stage = HopStage::ChooseFile;
    QString packagePath;    // the file chosen for the hop
    QString packageVersion; // its version, as the manifest gives it
    QString packageSha256;
    QString uploadId;       // the staged package (for the continuation, R6)
    QList<int> runIds;      // the hop's runs: the first one, then continuations
    std::optional<QDateTime> startedAt;  // Management Node clock
    std::optional<QDateTime> verifiedAt; // Management Node clock
};

struct Checklist
{
    bool managementSnapshot = false;
    // "taken", "redeploy" (redeploy from the Management Node instead), or empty.
    QString nodeSnapshots;
    // When the reboot check began (Management Node clock): every node must
    // have booted after it.
    std::optional<QDateTime> rebootSince;
    std::optional<QDateTime> rebootsVerifiedAt;
    bool backup = false;

    [[nodiscard]] bool isComplete() const
    {
        return managementSnapshot && !nodeSnapshots.isEmpty() && rebootsVerifiedAt.has_value() && backup;
    }
};

struct State
{
    static constexpr int kFormat = 1;

    QString key;        // GuidedStore::keyFor(the Management Node's URL)
    QString deployment; // its name, for people
    QString user;       // the account that started it (the report's "who")
    QString installedAtStart;
    QDateTime createdAt; // Management Node clock
    Step step = Step::Checklist;
    Checklist checklist;
    QList<HopRecord> hops;
    int currentHop = 0;
    std::optional<QDateTime> finishedAt;

    [[nodiscard]] HopRecord *current() { return currentHop < hops.size() ? &hops[currentHop] : nullptr; }
    // Where the guided upgrade stands, in a sentence: "Step 2 of 2 (to v11): watching the run".
    [[nodiscard]] QString whereText() const;
    // "Step 1 of 2: to v6", for the report.
    [[nodiscard]] QString hopLabel(int index) const;

    [[nodiscard]] QByteArray toJson() const;
    static Result<State> fromJson(const QByteArray &json);
};

// Run `run` of this hop started: the first, one found running (see
// isUnrecordedRunOfHop), or a repeat run for the systems left behind. The
// hop is Running; what the run names of its package fills what is unknown.
void recordRun(HopRecord &hop, const api::UpgradeRun &run);

// Whether `run` is the hop's latest run. A run the node reports is known by
// its id. One this workstation observed (a node without upgrade_run)
// carries an id of the record's own: it is the hop's when it began after
// the hop's start and installs the hop's version (or one not known yet:
// the Management Node shows it only after its reboot).
bool isRunOfHop(const HopRecord &hop, const api::UpgradeRun &run);

// The report of a guided upgrade: its hops' runs among `runs` (every run
// the Management Node knows), each named by its step.
struct GuidedReport
{
    QList<api::UpgradeRun> runs;
    ReportContext context;
};
GuidedReport guidedReport(const State &state, const QList<api::UpgradeRun> &runs, const QDateTime &generatedAt);

// Whether `run` is hop `index`'s although no step recorded it: a run of the
// hop's version, started during the guided upgrade, that no hop knows (the
// program stopped between the start and saving it, or the run was started
// elsewhere, e.g. from the main window).
bool isUnrecordedRunOfHop(const State &state, int index, const api::UpgradeRun &run);

// guided.state-unreadable: the saved progress cannot be read, and why.
Error unreadableState(const QString &why);

// A state for a new guided upgrade of `plan` (its hops, nothing done yet).
State newState(const QString &key, const QString &deployment, const QString &user, const Plan &plan,
               const QDateTime &serverNow);

} // namespace iuc::guided
