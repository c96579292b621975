#include "core/storage/drainrecord.h"

#include "core/storage/storageerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

constexpr int FormatVersion = 1;

Error unreadable(const QString &path, const QString &why)
{
    return Error{StorageError::Unreadable,
                 QCoreApplication::translate("DrainRecord",
                                             "The record of the nodes drained ahead in %1 cannot be read (%2). Check "
                                             "the nodes' maintenance mode on the Management Node, then move the file "
                                             "aside.")
                     .arg(QDir::toNativeSeparators(path), why),
                 {{u"path"_s, path}}};
}

} // namespace

QString DrainRecord::defaultDirectory()
{
    return DeploymentFiles::dataDirectory(u"drain-ahead"_s);
}

DrainRecord::DrainRecord(const QString &directory, const QUrl &baseUrl)
    : m_files(directory)
    , m_key(DeploymentFiles::keyFor(baseUrl))
{
}

QString DrainRecord::path() const
{
    return m_files.pathFor(m_key);
}

Result<DrainState> DrainRecord::load() const
{
    const Result<std::optional<QByteArray>> bytes = m_files.read(m_key);
    if (!bytes)
        return bytes.error();
    DrainState state;
    if (!bytes.value())
        return state;
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(**bytes, &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return unreadable(path(), parsed.errorString());
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() != FormatVersion)
        return unreadable(path(), QCoreApplication::translate("DrainRecord", "written by another version"));
    state.runStartedAt = QDateTime::fromString(root.value(u"run_started_at"_s).toString(), Qt::ISODateWithMs);
    state.enabled = root.value(u"enabled"_s).toBool();
    state.guardrail = root.value(u"guardrail"_s).toDouble(state.guardrail);
    if (const QJsonValue ahead = root.value(u"lookahead"_s); ahead.isDouble())
        state.lookahead = ahead.toInt();
    if (const QJsonObject w = root.value(u"window"_s).toObject(); !w.isEmpty()) {
        Result<StartWindow> window = StartWindow::parse(w.value(u"start"_s).toString(), w.value(u"end"_s).toString());
        if (!window)
            return unreadable(path(), window.error().message);
        const QTimeZone zone(w.value(u"zone"_s).toString().toUtf8());
        if (zone.isValid())
            window.value().zone = zone;
        state.window = window.value();
    }
    for (const QJsonValue &id : root.value(u"nodes"_s).toArray()) {
        if (id.isDouble())
            state.nodes.append(id.toInt());
    }
    return state;
}

Result<void> DrainRecord::save(const DrainState &state) const
{
    QJsonArray nodes;
    for (const int id : state.nodes)
        nodes.append(id);
    QJsonObject root{{u"version"_s, FormatVersion},
                           {u"run_started_at"_s, state.runStartedAt.isValid()
                                                     ? QJsonValue(state.runStartedAt.toUTC().toString(Qt::ISODateWithMs))
                                                     : QJsonValue()},
                           {u"enabled"_s, state.enabled},
                           {u"guardrail"_s, state.guardrail},
                           {u"nodes"_s, nodes}};
    if (state.lookahead)
        root.insert(u"lookahead"_s, *state.lookahead);
    if (state.window) {
        QJsonObject w{{u"start"_s, state.window->start.toString(u"HH:mm"_s)},
                      {u"zone"_s, QString::fromUtf8(state.window->zone.id())}};
        if (state.window->end)
            w.insert(u"end"_s, state.window->end->toString(u"HH:mm"_s));
        root.insert(u"window"_s, w);
    }
    return m_files.write(m_key, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace iuc
