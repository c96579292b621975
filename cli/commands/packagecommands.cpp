// inspect and plan: what a package is, and which hops a deployment needs (R10).

#include "cli/commands/commands.h"

#include "core/domain/upgradepath.h"
#include "core/package/packagereader.h"
#include "core/package/packageverdict.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace iuc::cli {

QCoro::Task<int> inspectCommand(Terminal &t, CliContext *context, const QString &file, bool json)
{
    qint64 shownPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (!json && t.isInteractive() && percent != shownPercent) {
            t.write(u"\r"_s + QCoreApplication::translate("upgradectl",
                                               "Reading %1 … %2 %").arg(file).arg(percent));
            shownPercent = percent;
        }
    };
    const auto inspected = inspectPackage(file, progress);
    if (!json && t.isInteractive())
        t.write(u"\r\x1b[K"_s);
    if (!inspected)
        co_return CliContext::report(t, inspected.error(), Refused);
    const PackageInspection &p = inspected.value();

    std::optional<PackageVerdict> verdict;
    if (context) {
        auto management = co_await context->client().managementVm();
        if (!management)
            co_return context->fail(management.error());
        auto nodes = co_await context->client().workerVms();
        if (!nodes)
            co_return context->fail(nodes.error());
        QList<Version> versions;
        for (const api::WorkerVmStatus &n : std::as_const(nodes.value()))
            versions.append(n.version.version);
        verdict = judgePackage(p.manifest, management.value().version.version, versions);
    }

    if (json) {
        QJsonObject o{{u"file"_s, p.path},
                      {u"product"_s, p.manifest.product},
                      {u"version"_s, p.manifest.version.toString()},
                      {u"build_date"_s, p.manifest.buildDate},
                      {u"min_source_version"_s, p.manifest.minSourceVersion.toString()},
                      {u"size"_s, p.size},
                      {u"sha256"_s, QString::fromLatin1(p.sha256Hex)},
                      {u"version_from_name"_s, p.versionFromName}};
        if (verdict) {
            o.insert(u"verdict"_s, PackageVerdict::code(verdict->kind));
            o.insert(u"acceptable"_s, verdict->isAcceptable());
            o.insert(u"message"_s, verdict->message);
            o.insert(u"systems_to_upgrade"_s, verdict->systemsToUpgrade);
        }
        t.print(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        t.print(QCoreApplication::translate("upgradectl", "Package:  %1").arg(p.path));
        if (p.versionFromName)
            t.print(QCoreApplication::translate("upgradectl", "Version:  %1 (from the file's name; the Management Node "
                                                              "validates the inside)")
                        .arg(p.manifest.version.toString()));
        else
            t.print(QCoreApplication::translate("upgradectl", "Version:  %1 (built %2; installs on %3 or later)")
                        .arg(p.manifest.version.toString(), p.manifest.buildDate,
                             p.manifest.minSourceVersion.toString()));
        t.print(QCoreApplication::translate("upgradectl",
                    "Size:     %1 (%2 bytes)").arg(QLocale::c().formattedDataSize(p.size)).arg(p.size));
        t.print(QCoreApplication::translate("upgradectl", "SHA-256:  %1").arg(QString::fromLatin1(p.sha256Hex)));
        if (verdict)
            t.print(verdict->isAcceptable() ? t.green(verdict->message) : t.red(verdict->message));
        else
            t.print(t.dim(QCoreApplication::translate("upgradectl",
                              "Give --url or --profile to check it against the installed version.")));
    }
    co_return (!verdict || verdict->isAcceptable()) ? Ok : Refused;
}

QCoro::Task<int> planCommand(Terminal &t, CliContext *context, const QString &to, const QString &from)
{
    const auto target = Version::parse(to);
    if (!target) {
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(target.error().message)));
        co_return Usage;
    }
    Version installed;
    if (!from.isEmpty()) {
        const auto parsed = Version::parse(from);
        if (!parsed) {
            t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(parsed.error().message)));
            co_return Usage;
        }
        installed = parsed.value();
    } else if (context) {
        auto management = co_await context->client().managementVm();
        if (!management)
            co_return context->fail(management.error());
        installed = management.value().version.version;
        t.print(QCoreApplication::translate("upgradectl",
                    "The Management Node runs %1.").arg(management.value().version.text));
    } else {
        t.error(t.red(QCoreApplication::translate("upgradectl",
                          "upgradectl: plan needs --from VERSION, or --url/--profile to read the installed version.")));
        co_return Usage;
    }
    const auto plan = UpgradePath::plan(installed, target.value());
    if (!plan) {
        t.error(t.red(QCoreApplication::translate("upgradectl", "upgradectl: %1").arg(plan.error().message)));
        co_return Refused;
    }
    t.print(plan->summary());
    int step = 1;
    for (const int hop : plan->hops())
        t.print(QCoreApplication::translate("upgradectl",
                    "  %1. install the v%2 package, and verify every system runs it").arg(step++).arg(hop));
    co_return Ok;
}

} // namespace iuc::cli
