#include "core/guided/guidedstate.h"

#include "core/guided/guidederrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

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
            {QStringLiteral("major"), h.hop.major},
            {QStringLiteral("finishes_interrupted"), h.hop.finishesInterrupted},
            {QStringLiteral("finish_version"), h.hop.finishVersion},
            {QStringLiteral("stage"), QLatin1String(kStages[static_cast<int>(h.stage)])},
            {QStringLiteral("package_path"), h.packagePath},
            {QStringLiteral("package_version"), h.packageVersion},
            {QStringLiteral("package_sha256"), h.packageSha256},
            {QStringLiteral("upload_id"), h.uploadId},
            {QStringLiteral("run_ids"), runs},
            {QStringLiteral("started_at"), stamp(h.startedAt)},
            {QStringLiteral("verified_at"), stamp(h.verifiedAt)},
        });
    }
    const QJsonObject checks{
        {QStringLiteral("management_snapshot"), checklist.managementSnapshot},
        {QStringLiteral("node_snapshots"), checklist.nodeSnapshots},
        {QStringLiteral("reboot_since"), stamp(checklist.rebootSince)},
        {QStringLiteral("reboots_verified_at"), stamp(checklist.rebootsVerifiedAt)},
        {QStringLiteral("backup"), checklist.backup},
    };
    const QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("key"), key},
        {QStringLiteral("deployment"), deployment},
        {QStringLiteral("user"), user},
        {QStringLiteral("installed_at_start"), installedAtStart},
        {QStringLiteral("created_at"), stamp(createdAt)},
        {QStringLiteral("step"), QLatin1String(kSteps[static_cast<int>(step)])},
        {QStringLiteral("checklist"), checks},
        {QStringLiteral("hops"), hopArray},
        {QStringLiteral("current_hop"), currentHop},
        {QStringLiteral("finished_at"), stamp(finishedAt)},
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
    if (o.value(QStringLiteral("format")).toInt() != kFormat)
        return unreadableState(QStringLiteral("format %1").arg(o.value(QStringLiteral("format")).toInt()));
    State s;
    s.key = o.value(QStringLiteral("key")).toString();
    s.deployment = o.value(QStringLiteral("deployment")).toString();
    s.user = o.value(QStringLiteral("user")).toString();
    s.installedAtStart = o.value(QStringLiteral("installed_at_start")).toString();
    s.createdAt = readStamp(o.value(QStringLiteral("created_at"))).value_or(QDateTime());
    const auto step = readEnum<Step>(o.value(QStringLiteral("step")), kSteps);
    if (!step || s.key.isEmpty())
        return unreadableState(QStringLiteral("step"));
    s.step = *step;
    const QJsonObject c = o.value(QStringLiteral("checklist")).toObject();
    s.checklist.managementSnapshot = c.value(QStringLiteral("management_snapshot")).toBool();
    s.checklist.nodeSnapshots = c.value(QStringLiteral("node_snapshots")).toString();
    s.checklist.rebootSince = readStamp(c.value(QStringLiteral("reboot_since")));
    s.checklist.rebootsVerifiedAt = readStamp(c.value(QStringLiteral("reboots_verified_at")));
    s.checklist.backup = c.value(QStringLiteral("backup")).toBool();
    for (const QJsonValue v : o.value(QStringLiteral("hops")).toArray()) {
        const QJsonObject h = v.toObject();
        HopRecord r;
        r.hop.major = h.value(QStringLiteral("major")).toInt();
        r.hop.finishesInterrupted = h.value(QStringLiteral("finishes_interrupted")).toBool();
        r.hop.finishVersion = h.value(QStringLiteral("finish_version")).toString();
        const auto stage = readEnum<HopStage>(h.value(QStringLiteral("stage")), kStages);
        if (!stage || r.hop.major <= 0)
            return unreadableState(QStringLiteral("hop"));
        r.stage = *stage;
        r.packagePath = h.value(QStringLiteral("package_path")).toString();
        r.packageVersion = h.value(QStringLiteral("package_version")).toString();
        r.packageSha256 = h.value(QStringLiteral("package_sha256")).toString();
        r.uploadId = h.value(QStringLiteral("upload_id")).toString();
        for (const QJsonValue id : h.value(QStringLiteral("run_ids")).toArray())
            r.runIds.append(id.toInt());
        r.startedAt = readStamp(h.value(QStringLiteral("started_at")));
        r.verifiedAt = readStamp(h.value(QStringLiteral("verified_at")));
        s.hops.append(r);
    }
    s.currentHop = o.value(QStringLiteral("current_hop")).toInt();
    if (s.hops.isEmpty() || s.currentHop < 0 || s.currentHop > s.hops.size())
        return unreadableState(QStringLiteral("hops"));
    s.finishedAt = readStamp(o.value(QStringLiteral("finished_at")));
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

GuidedReport guidedReport(const State &state, const QList<api::UpgradeRun> &runs, const QDateTime &generatedAt)
{
    GuidedReport report{{}, ReportContext{state.deployment, state.user, generatedAt, {}}};
    for (int i = 0; i < state.hops.size(); ++i) {
        for (const int id : state.hops.at(i).runIds)
            report.context.runSteps.insert(id, state.hopLabel(i));
    }
    for (const api::UpgradeRun &r : runs) {
        if (report.context.runSteps.contains(r.id))
            report.runs.append(r);
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
