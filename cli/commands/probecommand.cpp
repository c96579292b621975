// upgradectl probe: what this Management Node offers, for the admin and for
// a bug report (docs/real-node.md).

#include "cli/commands/commands.h"

#include "cli/clierrors.h"
#include "cli/exitcodes.h"
#include "core/api/capabilities.h"
#include "core/api/managementclient.h"
#include "core/api/redact.h"
#include "core/domain/nodestatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace iuc::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("upgradectl", text);
}

// "status/v1/worker_vm/" → "status_v1_worker_vm"
QString fileNameOf(const QString &resource)
{
    QString name = resource;
    name.replace(u'/', u'_');
    while (name.endsWith(u'_'))
        name.chop(1);
    return name;
}

// The body as indented JSON with credentials removed; a body that is not
// JSON is kept as text (an HTML error page says something too).
QByteArray redactedBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return body;
    const QJsonValue value = api::redactCredentials(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{CliError::Write, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return ResultOk;
}

struct ProbeReport
{
    api::Capabilities caps;
    api::ManagementVm management;
    QMap<QString, QByteArray> schemaBodies; // as detection read them, by resource
    QMap<QString, int> spellings;        // upgrade_status as served → how many nodes
    QMap<QString, NodeStatus> readAs;    // upgrade_status as served → what the console reads
    int nodes = 0;
};

QJsonObject reportJson(const ProbeReport &r)
{
    QJsonArray served;
    for (auto it = r.caps.resources.constBegin(); it != r.caps.resources.constEnd(); ++it)
        served.append(it.key());
    QJsonArray missing;
    for (const QString &p : r.caps.probed) {
        if (!r.caps.resources.contains(p))
            missing.append(p);
    }
    QJsonArray features;
    for (const api::Capabilities::Feature &f : r.caps.features()) {
        QJsonObject o{{u"feature"_s, f.name},
                      {u"available"_s, f.known ? QJsonValue(f.available) : QJsonValue(QJsonValue::Null)}};
        if (!f.available || !f.known)
            o.insert(u"instead"_s, f.explanation);
        features.append(o);
    }
    QJsonObject spellings;
    QJsonObject readAs;
    for (auto it = r.spellings.constBegin(); it != r.spellings.constEnd(); ++it) {
        spellings.insert(it.key(), it.value());
        const NodeStatus status = r.readAs.value(it.key());
        readAs.insert(it.key(), status.isKnown() ? QJsonValue(status.apiCode()) : QJsonValue(QJsonValue::Null));
    }
    return QJsonObject{
        {u"management_node"_s, QJsonObject{{u"name"_s, r.management.name}, {u"version"_s, r.management.version.text}}},
        {u"conferencing_nodes"_s, r.nodes},
        {u"schemas_read"_s, r.caps.schemasRead},
        {u"resources_served"_s, served},
        {u"resources_not_served"_s, missing},
        {u"worker_field_set"_s, api::Capabilities::fieldSetLabel(r.caps.workerFieldSet())},
        {u"upload"_s, api::Capabilities::uploadLabel(r.caps.upload())},
        {u"extensions"_s, QJsonArray::fromStringList(r.caps.extensions())},
        {u"features"_s, features},
        {u"upgrade_status_spellings"_s, spellings},
        {u"upgrade_status_read_as"_s, readAs},
    };
}

void printReport(Terminal &t, const ProbeReport &r)
{
    t.print(t.bold(tr("Management Node %1, version %2").arg(r.management.name, r.management.version.text)));
    t.print(tr("Conferencing Nodes: %1").arg(r.nodes));
    if (r.caps.schemasRead) {
        t.print(tr("API: %1 of the %2 resources asked about are served (read from the node's schema/ pages)")
                    .arg(r.caps.resources.size())
                    .arg(r.caps.probed.size()));
    } else {
        t.print(t.yellow(tr("API: the Management Node served no schema/ page; every feature will be tried and "
                            "degrade where it is missing")));
    }
    t.print(tr("Node status fields: %1").arg(api::Capabilities::fieldSetLabel(r.caps.workerFieldSet())));
    t.print(tr("Upload: %1").arg(api::Capabilities::uploadLabel(r.caps.upload())));
    const QStringList extensions = r.caps.extensions();
    if (!r.caps.schemasRead)
        t.print(tr("Extensions of infinity-sim: not known"));
    else if (extensions.isEmpty())
        t.print(tr("Extensions of infinity-sim: none (as on a real Management Node)"));
    else
        t.print(tr("Extensions of infinity-sim: %1").arg(extensions.join(u", "_s)));
    t.print(tr("upgrade_status values seen (every system):"));
    for (auto it = r.spellings.constBegin(); it != r.spellings.constEnd(); ++it) {
        const NodeStatus status = r.readAs.value(it.key());
        const QString meaning = status.isKnown()
                                    ? tr("read as \"%1\"").arg(status.label())
                                    : t.yellow(tr("not a known spelling: the console infers the status from what "
                                                  "the node shows (resources/upgrade-statuses.json lists the known ones)"));
        t.print(u"  %1 (%2): %3"_s.arg(it.key()).arg(it.value()).arg(meaning));
    }
    t.print(QString());
    t.print(t.bold(tr("Console features on this Management Node:")));
    if (!r.caps.schemasRead)
        t.print(t.dim(u"  "_s + r.caps.features().constFirst().explanation));
    for (const api::Capabilities::Feature &f : r.caps.features()) {
        if (!f.known)
            t.print(u"  "_s + t.yellow(tr("?  ")) + u"  "_s + f.name);
        else if (f.available)
            t.print(u"  "_s + t.green(tr("yes")) + u"  "_s + f.name);
        else
            t.print(u"  "_s + t.yellow(tr("no ")) + u"  "_s + f.name + u"\n       "_s + t.dim(f.explanation));
    }
}

// Every served schema (as detection read it), and one page of every list
// resource that allows GET, with credentials removed.
QCoro::Task<Result<int>> saveBundle(api::ManagementClient &client, const ProbeReport &r, const QString &dir)
{
    QDir root(dir);
    if (!root.mkpath(u"schemas"_s) || !root.mkpath(u"pages"_s))
        co_return Error{CliError::Write, tr("Could not create %1.").arg(QDir::toNativeSeparators(root.absolutePath()))};
    int files = 0;
    for (const QString &resource : r.caps.probed) {
        if (r.caps.schemasRead && !r.caps.resources.contains(resource))
            continue;
        const QString name = fileNameOf(resource) + u".json"_s;
        if (const auto schema = r.schemaBodies.constFind(resource); schema != r.schemaBodies.constEnd()) {
            if (auto written = writeFile(root.filePath(u"schemas/"_s + name), redactedBody(*schema)); !written)
                co_return written.error();
            ++files;
        }
        const bool readable = r.caps.schemasRead ? r.caps.resources.value(resource).listMethods.contains(u"get"_s)
                                                 : !resource.startsWith(u"command/"_s);
        if (!readable)
            continue;
        auto page = co_await client.request("GET"_ba, u"/api/admin/"_s + resource + u"?limit=20"_s, {});
        if (page) {
            if (auto written = writeFile(root.filePath(u"pages/"_s + name), redactedBody(page.value().body)); !written)
                co_return written.error();
            ++files;
        }
    }
    QByteArray report = QJsonDocument(reportJson(r)).toJson(QJsonDocument::Indented);
    if (auto written = writeFile(root.filePath(u"probe.json"_s), report); !written)
        co_return written.error();
    co_return files + 1;
}

} // namespace

QCoro::Task<int> probeCommand(CliContext &context, const QString &saveDir, bool json)
{
    Terminal &t = context.terminal();
    ProbeReport r;
    auto caps = co_await api::detectCapabilities(context.client(), saveDir.isEmpty() ? nullptr : &r.schemaBodies);
    if (!caps)
        co_return context.fail(caps.error());
    r.caps = std::move(caps.value());
    auto management = co_await context.client().managementVm();
    if (!management)
        co_return context.fail(management.error());
    r.management = std::move(management.value());
    auto nodes = co_await context.client().workerVms();
    if (!nodes)
        co_return context.fail(nodes.error());
    r.nodes = int(nodes.value().size());
    const auto seen = [&r](const NodeStatus &status) {
        ++r.spellings[status.reported()];
        r.readAs.insert(status.reported(), status);
    };
    for (const api::WorkerVmStatus &n : std::as_const(nodes.value()))
        seen(n.upgradeStatus);
    seen(r.management.upgradeStatus);

    if (json)
        t.print(QString::fromUtf8(QJsonDocument(reportJson(r)).toJson(QJsonDocument::Indented)).trimmed());
    else
        printReport(t, r);
    if (saveDir.isEmpty())
        co_return Ok;
    auto saved = co_await saveBundle(context.client(), r, saveDir);
    if (!saved)
        co_return context.fail(saved.error());
    t.error(tr("Saved %1 files in %2, credentials removed: attach the folder to a bug report.")
                .arg(saved.value())
                .arg(QDir::toNativeSeparators(QDir(saveDir).absolutePath())));
    co_return Ok;
}

} // namespace iuc::cli
