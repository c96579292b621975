#include "core/domain/upgradepath.h"

#include "core/domain/errorcodes.h"
#include "core/domain/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1String>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringBuilder>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {


constexpr int SupportedFormat = 1;
// Far above any real release; bounds the coverage check of "via" ranges.
constexpr int MaxMajor = 9999;
// The shipped file is about 1 KiB; anything this large is not a rules file.
constexpr qsizetype MaxRulesSize = 1024 * 1024;

const QLatin1String CommentKey("comment");

Error rulesInvalid(const QString &detail)
{
    return Error{PathError::RulesInvalid,
                 QCoreApplication::translate("UpgradePath", "The upgrade-path rules are not valid: %1.")
                     .arg(detail)};
}

QString located(const QString &where, QLatin1String key)
{
    return where.isEmpty() ? QString(key) : where % u'.' % key;
}

// Rejects misspelt fields ("vai") instead of silently ignoring a rule.
std::optional<Error> checkKeys(const QJsonObject &object, std::initializer_list<QLatin1String> allowed,
                               const QString &where)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == CommentKey)
            continue;
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            return rulesInvalid(QCoreApplication::translate("UpgradePath", "\"%1\" is not a known field")
                                    .arg(where.isEmpty() ? key : where % u'.' % key));
        }
    }
    return std::nullopt;
}

// A major version number: a whole JSON number from 1 to MaxMajor. Strings,
// fractions and booleans are refused rather than coerced.
Result<int> readMajor(const QJsonObject &object, QLatin1String key, const QString &where)
{
    const QString name = located(where, key);
    if (!object.contains(key)) {
        return rulesInvalid(QCoreApplication::translate("UpgradePath", "\"%1\" is missing").arg(name));
    }
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || std::floor(number) != number || number < 1 || number > MaxMajor) {
        return rulesInvalid(QCoreApplication::translate("UpgradePath",
                                                        "\"%1\" must be a whole number from 1 to %2")
                                .arg(name)
                                .arg(MaxMajor));
    }
    return static_cast<int>(number);
}

Result<QJsonArray> readNonEmptyArray(const QJsonObject &object, QLatin1String key, const QString &where)
{
    const QString name = located(where, key);
    if (!object.contains(key)) {
        return rulesInvalid(QCoreApplication::translate("UpgradePath", "\"%1\" is missing").arg(name));
    }
    const QJsonValue value = object.value(key);
    if (!value.isArray() || value.toArray().isEmpty()) {
        return rulesInvalid(
            QCoreApplication::translate("UpgradePath", "\"%1\" must be a list with at least one entry")
                .arg(name));
    }
    return value.toArray();
}

Error notAnObject(const QString &where)
{
    return rulesInvalid(
        QCoreApplication::translate("UpgradePath", "\"%1\" must be an object").arg(where));
}

bool covers(const UpgradePathRules::Rule &rule, int target, int sourceMajor)
{
    return rule.target == target && rule.fromMin <= sourceMajor && sourceMajor <= rule.fromMax;
}

const UpgradePathRules::Rule *findRule(const QList<UpgradePathRules::Rule> &rules, int target,
                                       int sourceMajor)
{
    for (const UpgradePathRules::Rule &rule : rules) {
        if (covers(rule, target, sourceMajor))
            return &rule;
    }
    return nullptr;
}

// The hops from a source major to a target major, following "via" rules.
// Loading checked that every via is reachable and lies strictly between
// source and target, so this ends.
std::optional<QList<int>> route(const QList<UpgradePathRules::Rule> &rules, int sourceMajor,
                                int target)
{
    const UpgradePathRules::Rule *rule = findRule(rules, target, sourceMajor);
    if (!rule)
        return std::nullopt;
    if (rule->via == 0)
        return QList<int>{target};
    std::optional<QList<int>> hops = route(rules, sourceMajor, rule->via);
    if (hops)
        hops->append(target);
    return hops;
}

QString majorName(int major)
{
    return QCoreApplication::translate("UpgradePath", "v%1").arg(major);
}

QString releaseName(const Version &version)
{
    return QCoreApplication::translate("UpgradePath", "v%1").arg(version.releaseString());
}

UpgradePathRules loadBuiltIn()
{
    QFile file(u":/iuc/upgrade-paths.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcPaths) << "cannot open the built-in upgrade-path rules:" << file.errorString();
        Q_ASSERT_X(false, "UpgradePathRules::builtIn", "resource :/iuc/upgrade-paths.json missing");
        return {};
    }
    Result<UpgradePathRules> rules = UpgradePathRules::fromJson(file.read(MaxRulesSize + 1));
    if (!rules) {
        qCCritical(lcPaths).noquote() << rules.error().message;
        Q_ASSERT_X(false, "UpgradePathRules::builtIn", qPrintable(rules.error().message));
        return {};
    }
    return std::move(rules).value();
}

} // namespace

Result<UpgradePathRules> UpgradePathRules::fromJson(const QByteArray &json)
{
    if (json.size() > MaxRulesSize) {
        return rulesInvalid(QCoreApplication::translate("UpgradePath", "the file is larger than %1 bytes")
                                .arg(MaxRulesSize));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{PathError::RulesMalformed,
                     QCoreApplication::translate("UpgradePath",
                                                 "The upgrade-path rules are not valid JSON: %1 at byte %2.")
                         .arg(parseError.errorString(), QString::number(parseError.offset))};
    }
    if (!document.isObject()) {
        return rulesInvalid(
            QCoreApplication::translate("UpgradePath", "the top level must be an object"));
    }
    const QJsonObject root = document.object();
    if (auto error = checkKeys(root, {"format"_L1, "targets"_L1}, QString()))
        return *error;

    const Result<int> format = readMajor(root, "format"_L1, QString());
    if (!format)
        return format.error();
    if (*format != SupportedFormat) {
        return Error{PathError::RulesUnsupportedFormat,
                     QCoreApplication::translate("UpgradePath",
                                                 "The upgrade-path rules use format %1, but this build "
                                                 "reads only format %2. A newer console may read them.")
                         .arg(*format)
                         .arg(SupportedFormat)};
    }

    const Result<QJsonArray> targets = readNonEmptyArray(root, "targets"_L1, QString());
    if (!targets)
        return targets.error();

    QList<Rule> rules;
    QStringList ruleLocations; // parallel to rules, for messages about via
    QList<int> seenTargets;
    for (qsizetype i = 0; i < targets->size(); ++i) {
        const QString where = u"targets[%1]"_s.arg(i);
        const QJsonValue targetValue = targets->at(i);
        if (!targetValue.isObject())
            return notAnObject(where);
        const QJsonObject targetObject = targetValue.toObject();
        if (auto error = checkKeys(targetObject, {"major"_L1, "from"_L1}, where))
            return *error;
        const Result<int> targetMajor = readMajor(targetObject, "major"_L1, where);
        if (!targetMajor)
            return targetMajor.error();
        if (seenTargets.contains(*targetMajor)) {
            return rulesInvalid(
                QCoreApplication::translate("UpgradePath", "%1 is listed as a target more than once")
                    .arg(majorName(*targetMajor)));
        }
        seenTargets.append(*targetMajor);

        const Result<QJsonArray> sources = readNonEmptyArray(targetObject, "from"_L1, where);
        if (!sources)
            return sources.error();
        for (qsizetype j = 0; j < sources->size(); ++j) {
            const QString sourceWhere = where % u".from[%1]"_s.arg(j);
            const QJsonValue sourceValue = sources->at(j);
            if (!sourceValue.isObject())
                return notAnObject(sourceWhere);
            const QJsonObject source = sourceValue.toObject();
            if (auto error = checkKeys(
                    source, {"min"_L1, "max"_L1, "via"_L1},
                    sourceWhere))
                return *error;
            const Result<int> min = readMajor(source, "min"_L1, sourceWhere);
            if (!min)
                return min.error();
            const Result<int> max = readMajor(source, "max"_L1, sourceWhere);
            if (!max)
                return max.error();
            if (*min > *max) {
                return rulesInvalid(QCoreApplication::translate(
                                        "UpgradePath", "%1: \"min\" (%2) is greater than \"max\" (%3)")
                                        .arg(sourceWhere)
                                        .arg(*min)
                                        .arg(*max));
            }
            if (*max >= *targetMajor) {
                return rulesInvalid(QCoreApplication::translate(
                                        "UpgradePath",
                                        "%1: \"max\" (%2) must be below the target version %3")
                                        .arg(sourceWhere)
                                        .arg(*max)
                                        .arg(majorName(*targetMajor)));
            }
            int via = 0;
            if (source.contains("via"_L1)) {
                const Result<int> viaValue = readMajor(source, "via"_L1, sourceWhere);
                if (!viaValue)
                    return viaValue.error();
                via = *viaValue;
                if (via <= *max || via >= *targetMajor) {
                    return rulesInvalid(QCoreApplication::translate(
                                            "UpgradePath",
                                            "%1: \"via\" (%2) must lie above \"max\" (%3) and below "
                                            "the target version %4")
                                            .arg(sourceWhere)
                                            .arg(via)
                                            .arg(*max)
                                            .arg(majorName(*targetMajor)));
                }
            }
            rules.append(Rule{*min, *max, via, *targetMajor});
            ruleLocations.append(sourceWhere);
        }
    }

    // Two rules for one target and one source would make the plan depend
    // on the order of the file.
    for (qsizetype a = 0; a < rules.size(); ++a) {
        for (qsizetype b = a + 1; b < rules.size(); ++b) {
            const Rule &first = rules.at(a);
            const Rule &second = rules.at(b);
            if (first.target == second.target && first.fromMin <= second.fromMax
                && second.fromMin <= first.fromMax) {
                return rulesInvalid(QCoreApplication::translate(
                                        "UpgradePath", "%1 and %2 both cover %3 for the target %4")
                                        .arg(ruleLocations.at(a), ruleLocations.at(b),
                                             majorName(std::max(first.fromMin, second.fromMin)),
                                             majorName(first.target)));
            }
        }
    }

    for (qsizetype i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules.at(i);
        if (rule.via == 0)
            continue;
        for (int sourceMajor = rule.fromMin; sourceMajor <= rule.fromMax; ++sourceMajor) {
            if (!findRule(rules, rule.via, sourceMajor)) {
                return rulesInvalid(QCoreApplication::translate(
                                        "UpgradePath",
                                        "%1 sends %2 through %3, but no rule leads from %2 to %3")
                                        .arg(ruleLocations.at(i), majorName(sourceMajor),
                                             majorName(rule.via)));
            }
        }
    }

    std::sort(rules.begin(), rules.end(), [](const Rule &a, const Rule &b) {
        return a.target != b.target ? a.target < b.target : a.fromMin < b.fromMin;
    });
    UpgradePathRules result;
    result.m_rules = std::move(rules);
    return result;
}

const UpgradePathRules &UpgradePathRules::builtIn()
{
    static const UpgradePathRules rules = loadBuiltIn();
    return rules;
}

QList<int> UpgradePathRules::knownTargets() const
{
    QList<int> targets;
    for (const Rule &rule : m_rules) {
        if (!targets.contains(rule.target))
            targets.append(rule.target);
    }
    std::sort(targets.begin(), targets.end());
    return targets;
}

Result<UpgradePath> UpgradePath::plan(const Version &installed, const Version &target,
                                      const UpgradePathRules &rules)
{
    if (!installed.isValid() || !target.isValid()) {
        return Error{PathError::InvalidVersion,
                     QCoreApplication::translate("UpgradePath",
                                                 "An upgrade can only be planned from a known installed "
                                                 "version to a known package version; one of them is "
                                                 "missing.")};
    }

    UpgradePath path;
    path.m_installed = installed;
    path.m_target = target;

    // Same build first: "11" and "11 (71234.0.0)" differ in order but are
    // the same software, and the plan for them is to do nothing.
    if (installed.isSameBuild(target))
        return path;

    if (target < installed) {
        return Error{PathError::Downgrade,
                     QCoreApplication::translate(
                         "UpgradePath",
                         "The package is version %1, older than the installed version %2, and an "
                         "upgrade cannot go backwards. To return to an older version, restore the "
                         "Management Node from the hypervisor snapshot taken before it was upgraded, "
                         "then restore each Conferencing Node from its own snapshot or deploy it "
                         "again from the Management Node.")
                         .arg(target.toString(), installed.toString())};
    }

    // A newer minor or build of the installed major is always one step.
    if (target.major() == installed.major()) {
        path.m_hops = {target.major()};
        return path;
    }

    const QList<int> knownTargets = rules.knownTargets();
    if (!knownTargets.contains(target.major())) {
        if (knownTargets.isEmpty()) {
            return Error{PathError::UnknownTarget,
                         QCoreApplication::translate(
                             "UpgradePath",
                             "This console has no upgrade-path rules, so it cannot plan an upgrade "
                             "to %1. Reinstall the console or check for a newer version of it.")
                             .arg(majorName(target.major()))};
        }
        QStringList names;
        for (const int known : knownTargets)
            names.append(majorName(known));
        return Error{PathError::UnknownTarget,
                     QCoreApplication::translate(
                         "UpgradePath",
                         "This console knows upgrade paths only to these versions: %1. It has none "
                         "to %2. If %2 is a newer release, check for a newer version of the console.")
                         .arg(QLocale().createSeparatedList(names), majorName(target.major()))};
    }

    std::optional<QList<int>> hops = route(rules.m_rules, installed.major(), target.major());
    if (!hops) {
        // Name the sources this build does support for that target, merging
        // adjacent ranges: "v3 to v10", not "v3" and "v4 to v10".
        QList<UpgradePathRules::Rule> sources;
        for (const UpgradePathRules::Rule &rule : rules.m_rules) {
            if (rule.target == target.major())
                sources.append(rule);
        }
        std::sort(sources.begin(), sources.end(),
                  [](const auto &a, const auto &b) { return a.fromMin < b.fromMin; });
        QStringList ranges;
        for (qsizetype i = 0; i < sources.size();) {
            const int low = sources.at(i).fromMin;
            int high = sources.at(i).fromMax;
            for (++i; i < sources.size() && sources.at(i).fromMin <= high + 1; ++i)
                high = std::max(high, sources.at(i).fromMax);
            ranges.append(low == high ? majorName(low)
                                      : QCoreApplication::translate("UpgradePath", "%1 to %2")
                                            .arg(majorName(low), majorName(high)));
        }
        return Error{PathError::UnsupportedSource,
                     QCoreApplication::translate(
                         "UpgradePath",
                         "This console knows no upgrade path from %1 to %2: it can reach %2 only "
                         "from %3. A newer version of the console may know more paths; if not, ask "
                         "Pexip support how to upgrade from %1.")
                         .arg(majorName(installed.major()), majorName(target.major()),
                              QLocale().createSeparatedList(ranges))};
    }
    path.m_hops = std::move(*hops);
    return path;
}

QString UpgradePath::summary() const
{
    if (m_hops.isEmpty()) {
        if (!m_target.isValid())
            return QCoreApplication::translate("UpgradePath", "Nothing to do.");
        return QCoreApplication::translate("UpgradePath",
                                           "Nothing to do: the deployment already runs %1.")
            .arg(releaseName(m_target));
    }

    // The last hop is the package itself, so name its full release (v11.1),
    // not just its major.
    QStringList names;
    for (qsizetype i = 0; i < m_hops.size(); ++i) {
        const bool isPackage = i == m_hops.size() - 1 && m_target.isValid()
                               && m_target.major() == m_hops.at(i);
        names.append(isPackage ? releaseName(m_target) : majorName(m_hops.at(i)));
    }
    switch (names.size()) {
    case 1:
        return QCoreApplication::translate("UpgradePath", "Upgrade directly to %1.").arg(names.at(0));
    case 2:
        return QCoreApplication::translate("UpgradePath", "Upgrade to %1 first, then to %2.")
            .arg(names.at(0), names.at(1));
    default:
        return QCoreApplication::translate("UpgradePath", "Upgrade in %1 steps, in this order: %2.")
            .arg(names.size())
            .arg(QLocale().createSeparatedList(names));
    }
}

} // namespace iuc
