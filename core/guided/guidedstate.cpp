#include "core/guided/guidedstate.h"

#include "core/guided/guidederrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace iuc::guided {

namespace {

QString stamp(const std::optional<QDateTime> &t)
{
    return t && t->isValid() ? t->toTimeZone(QTimeZone::utc()).toString(Qt::ISODateWithMs) : QString();
}

std::optional<QDateTime> readStamp(const QJsonValue &v)
{
    if (!v.isString() || v.toString().isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toTimeZone(QTimeZone::utc());
}

const char *const kSteps[] = {"checklist", "hops", "finish"};
const char *const kStages[] = {"choose_file", "running", "verified"};

template <typename E, size_t N>
std::optional<E> readEnum(const QJsonValue &v, const char *const (&names)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (v.toString() == QLatin1String(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace

QString State::hopLabel(int index) const
{
    if (index < 0 || index >= hops.size())
        return {};
    const Hop &h = hops.at(index).hop;
    return h.finishesInterrupted
               ? QCoreApplication::translate("GuidedUpgrade", "Step %1 of %2: finish the upgrade to %3")
                     .arg(index + 1)
                     .arg(hops.size())
                     .arg(h.finishVersion)
               : QCoreApplication::translate("GuidedUpgrade", "Step %1 of %2: to v%3")
                     .arg(index + 1)
                     .arg(hops.size())
                     .arg(h.major);
}

QString State::whereText() const
{
    switch (step) {
    case Step::Checklist:
        return QCoreApplication::translate("GuidedUpgrade", "Pre-flight checklist");
    case Step::Finish:
        return QCoreApplication::translate("GuidedUpgrade", "Every step is done");
    case Step::Hops:
        break;
    }
    if (currentHop >= hops.size())
        return {};
    const HopRecord &h = hops.at(currentHop);
    const QString label = hopLabel(currentHop);
    switch (h.stage) {
    case HopStage::ChooseFile:
        return QCoreApplication::translate("GuidedUpgrade", "%1: choose and upload the package").arg(label);
    case HopStage::Running:
        return QCoreApplication::translate("GuidedUpgrade", "%1: watching the upgrade").arg(label);
    case HopStage::Verified:
        return QCoreApplication::translate("GuidedUpgrade", "%1: verified").arg(label);
    }
    return label;
}

QByteArray State::toJson() const
{
    QJsonArray hopArray;
    for (const HopRecord &h : hops) {
        QJsonArray runs;
        for (const int id : h.runIds)
            runs.append(id);
        hopArray.append(QJsonObject{
            {u"major"_s, h.hop.major},
            {u"finishes_interrupted"_s, h.hop.finishesInterrupted},
            {u"finish_version"_s, h.hop.finishVersion},
            {u"stage"_s, QLatin1String(kStages[static_cast<int>(h.stage)])},
            {u"package_path"_s, h.packagePath},
            {u"package_version"_s, h.packageVersion},
            {u"package_sha256"_s, h.packageSha256},
            {u"upload_id"_s, h.uploadId},
            {u"run_ids"_s, runs},
            {u"started_at"_s, stamp(h.startedAt)},
            {u"verified_at"_s, stamp(h.verifiedAt)},
        });
    }
    const QJsonObject checks{
        {u"management_snapshot"_s, checklist.managementSnapshot},
        {u"node_snapshots"_s, checklist.nodeSnapshots},
        {u"reboot_since"_s, stamp(checklist.rebootSince)},
        {u"reboots_verified_at"_s, stamp(checklist.rebootsVerifiedAt)},
        {u"backup"_s, checklist.backup},
    };
    const QJsonObject o{
        {u"format"_s, kFormat},
        {u"key"_s, key},
        {u"deployment"_s, deployment},
        {u"user"_s, user},
        {u"installed_at_start"_s, installedAtStart},
        {u"created_at"_s, stamp(createdAt)},
        {u"step"_s, QLatin1String(kSteps[static_cast<int>(step)])},
        {u"checklist"_s, checks},
        {u"hops"_s, hopArray},
        {u"current_hop"_s, currentHop},
        {u"finished_at"_s, stamp(finishedAt)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<State> State::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return unreadableState(parseError.errorString());
    const QJsonObject o = doc.object();
    if (o.value(u"format"_s).toInt() != kFormat)
        return unreadableState(u"format %1"_s.arg(o.value(u"format"_s).toInt()));
    State s;
    s.key = o.value(u"key"_s).toString();
    s.deployment = o.value(u"deployment"_s).toString();
    s.user = o.value(u"user"_s).toString();
    s.installedAtStart = o.value(u"installed_at_start"_s).toString();
    s.createdAt = readStamp(o.value(u"created_at"_s)).value_or(QDateTime());
    const auto step = readEnum<Step>(o.value(u"step"_s), kSteps);
    if (!step || s.key.isEmpty())
        return unreadableState(u"step"_s);
    s.step = *step;
    const QJsonObject c = o.value(u"checklist"_s).toObject();
    s.checklist.managementSnapshot = c.value(u"management_snapshot"_s).toBool();
    s.checklist.nodeSnapshots = c.value(u"node_snapshots"_s).toString();
    s.checklist.rebootSince = readStamp(c.value(u"reboot_since"_s));
    s.checklist.rebootsVerifiedAt = readStamp(c.value(u"reboots_verified_at"_s));
    s.checklist.backup = c.value(u"backup"_s).toBool();
    for (const QJsonValue v : o.value(u"hops"_s).toArray()) {
        const QJsonObject h = v.toObject();
        HopRecord r;
        r.hop.major = h.value(u"major"_s).toInt();
        r.hop.finishesInterrupted = h.value(u"finishes_interrupted"_s).toBool();
        r.hop.finishVersion = h.value(u"finish_version"_s).toString();
        const auto stage = readEnum<HopStage>(h.value(u"stage"_s), kStages);
        if (!stage || r.hop.major <= 0)
            return unreadableState(u"hop"_s);
        r.stage = *stage;
        r.packagePath = h.value(u"package_path"_s).toString();
        r.packageVersion = h.value(u"package_version"_s).toString();
        r.packageSha256 = h.value(u"package_sha256"_s).toString();
        r.uploadId = h.value(u"upload_id"_s).toString();
        for (const QJsonValue id : h.value(u"run_ids"_s).toArray())
            r.runIds.append(id.toInt());
        r.startedAt = readStamp(h.value(u"started_at"_s));
        r.verifiedAt = readStamp(h.value(u"verified_at"_s));
        s.hops.append(r);
    }
    s.currentHop = o.value(u"current_hop"_s).toInt();
    if (s.hops.isEmpty() || s.currentHop < 0 || s.currentHop > s.hops.size())
        return unreadableState(u"hops"_s);
    s.finishedAt = readStamp(o.value(u"finished_at"_s));
    return s;
}

void recordRun(HopRecord &hop, const api::UpgradeRun &run)
{
    hop.runIds.append(run.id);
    if (!run.packageId.isEmpty())
        hop.uploadId = run.packageId;
    if (!run.packageSha256.isEmpty())
        hop.packageSha256 = run.packageSha256;
    if (hop.packageVersion.isEmpty())
        hop.packageVersion = run.targetVersion.version.isValid() ? run.targetVersion.version.toString()
                                                                 : run.targetVersion.text;
    if (!hop.startedAt)
        hop.startedAt = run.startedAt;
    hop.stage = HopStage::Running;
}

bool isRunOfHop(const HopRecord &hop, const api::UpgradeRun &run)
{
    if (hop.runIds.isEmpty())
        return false;
    if (!run.observed)
        return run.id == hop.runIds.constLast();
    // First observed at a refresh after the start: a little later, never
    // much earlier (the server's clock on both).
    constexpr int kClockSlackSeconds = 120;
    if (hop.startedAt && run.startedAt.isValid() && run.startedAt < hop.startedAt->addSecs(-kClockSlackSeconds))
        return false;
    const Version package = Version::fromString(hop.packageVersion);
    return !run.targetVersion.version.isValid() || !package.isValid() || run.targetVersion.version.isSameBuild(package);
}

GuidedReport guidedReport(const State &state, const QList<api::UpgradeRun> &runs, const QDateTime &generatedAt)
{
    GuidedReport report{{}, ReportContext{state.deployment, state.user, generatedAt, {}, {}}};
    for (int i = 0; i < state.hops.size(); ++i) {
        for (const int id : state.hops.at(i).runIds)
            report.context.runSteps.insert(id, state.hopLabel(i));
    }
    for (const api::UpgradeRun &r : runs) {
        if (report.context.runSteps.contains(r.id) && !r.observed) {
            report.runs.append(r);
            continue;
        }
        if (!r.observed || (state.createdAt.isValid() && r.startedAt < state.createdAt))
            continue;
        // This workstation's record numbers its runs itself: a run it saw
        // belongs to the step whose package it installed.
        for (int i = 0; i < state.hops.size(); ++i) {
            const HopRecord &hop = state.hops.at(i);
            const Version package = Version::fromString(hop.packageVersion);
            if (!hop.runIds.isEmpty() && package.isValid() && r.targetVersion.version.isSameBuild(package)) {
                report.context.runSteps.insert(r.id, state.hopLabel(i));
                report.runs.append(r);
                break;
            }
        }
    }
    return report;
}

bool isUnrecordedRunOfHop(const State &state, int index, const api::UpgradeRun &run)
{
    if (index < 0 || index >= state.hops.size() || !run.targetVersion.version.isValid()
        || (state.createdAt.isValid() && run.startedAt < state.createdAt))
        return false;
    for (const HopRecord &h : state.hops) {
        if (h.runIds.contains(run.id))
            return false;
    }
    const Hop &hop = state.hops.at(index).hop;
    return hop.finishesInterrupted ? run.targetVersion.version.isSameBuild(Version::fromString(hop.finishVersion))
                                   : run.targetVersion.version.major() == hop.major;
}

State newState(const QString &key, const QString &deployment, const QString &user, const Plan &plan,
               const QDateTime &serverNow)
{
    State s;
    s.key = key;
    s.deployment = deployment;
    s.user = user;
    s.installedAtStart = plan.installed;
    s.createdAt = serverNow;
    for (const Hop &h : plan.hops)
        s.hops.append(HopRecord{h, HopStage::ChooseFile, {}, {}, {}, {}, {}, std::nullopt, std::nullopt});
    return s;
}

Error unreadableState(const QString &why)
{
    return Error{GuidedError::StateUnreadable,
                 QCoreApplication::translate("GuidedUpgrade",
                     "The saved progress of the guided upgrade cannot be read (%1). Nothing was changed on the "
                     "deployment; start the guided upgrade again: it plans from what is installed now.")
                     .arg(why)};
}

} // namespace iuc::guided
