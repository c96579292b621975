#include "core/storage/adminactionlog.h"

#include "core/storage/storageerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

constexpr qint64 MaxFileBytes = 4 << 20;
constexpr int FormatVersion = 1;

constexpr std::pair<AdminAction::Kind, QLatin1StringView> kKindNames[] = {
    {AdminAction::Kind::CallsDisconnected, QLatin1StringView("calls_disconnected")},
    {AdminAction::Kind::NodeRebooted, QLatin1StringView("node_rebooted")},
    {AdminAction::Kind::HealthCheckPassed, QLatin1StringView("health_check_passed")},
    {AdminAction::Kind::HealthCheckFailed, QLatin1StringView("health_check_failed")},
};

QString kindName(AdminAction::Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return name;
    }
    return {};
}

std::optional<AdminAction::Kind> kindFrom(const QString &name)
{
    for (const auto &[k, n] : kKindNames) {
        if (n == name)
            return k;
    }
    return std::nullopt;
}

QJsonObject toJson(const AdminAction &a)
{
    return {{u"kind"_s, kindName(a.kind)},
            {u"at"_s, a.at.toUTC().toString(Qt::ISODateWithMs)},
            {u"node_id"_s, a.nodeId},
            {u"node"_s, a.node},
            {u"calls"_s, a.calls},
            {u"by"_s, a.by},
            {u"detail"_s, a.detail}};
}

Error unreadable(const QString &path, const QString &why)
{
    return Error{StorageError::Unreadable,
                 QCoreApplication::translate("AdminActionLog",
                                             "The record of the admin's actions in %1 cannot be read (%2). Move the "
                                             "file aside to start a new record; the report then lacks the actions "
                                             "it held.")
                     .arg(QDir::toNativeSeparators(path), why),
                 {{u"path"_s, path}}};
}

} // namespace

QString AdminActionLog::defaultDirectory()
{
    return DeploymentFiles::dataDirectory(u"admin-actions"_s);
}

AdminActionLog::AdminActionLog(const QString &directory, const QUrl &baseUrl)
    : m_files(directory)
    , m_key(DeploymentFiles::keyFor(baseUrl))
{
}

QString AdminActionLog::path() const
{
    return m_files.pathFor(m_key);
}

Result<QList<AdminAction>> AdminActionLog::load() const
{
    const Result<std::optional<QByteArray>> bytes = m_files.read(m_key, MaxFileBytes);
    if (!bytes)
        return bytes.error();
    QList<AdminAction> actions;
    if (!bytes.value())
        return actions;
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(**bytes, &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return unreadable(path(), parsed.errorString());
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() != FormatVersion)
        return unreadable(path(), QCoreApplication::translate("AdminActionLog", "written by another version"));
    for (const QJsonValue &value : root.value(u"actions"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const std::optional<AdminAction::Kind> kind = kindFrom(o.value(u"kind"_s).toString());
        const QDateTime at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
        if (!kind || !at.isValid())
            continue; // a kind a newer build wrote: not this build's to report
        actions.append(AdminAction{*kind, at, o.value(u"node_id"_s).toInt(), o.value(u"node"_s).toString(),
                                   o.value(u"calls"_s).toInt(), o.value(u"by"_s).toString(),
                                   o.value(u"detail"_s).toString()});
    }
    return actions;
}

Result<void> AdminActionLog::append(const AdminAction &action) const
{
    // upgradectl and the console may both add to it: one at a time.
    QDir().mkpath(m_files.directory());
    QLockFile lock(path() + u".lock"_s);
    if (!lock.tryLock(5000)) {
        return Error{StorageError::Locked,
                     QCoreApplication::translate("AdminActionLog",
                                                 "The record of the admin's actions in %1 stayed locked by another "
                                                 "program; this action is not in it.")
                         .arg(QDir::toNativeSeparators(path())),
                     {{u"path"_s, path()}}};
    }
    Result<QList<AdminAction>> actions = load();
    if (!actions)
        return actions.error(); // never overwrite what cannot be read
    QList<AdminAction> kept = std::move(actions.value());
    kept.append(action);
    if (kept.size() > MaxKept)
        kept.remove(0, kept.size() - MaxKept);
    QJsonArray array;
    for (const AdminAction &a : std::as_const(kept))
        array.append(toJson(a));
    const QJsonObject root{{u"version"_s, FormatVersion}, {u"actions"_s, array}};
    return m_files.write(m_key, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace iuc
