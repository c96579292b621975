#include "core/domain/upgradebehaviour.h"

#include "core/domain/datafile.h"
#include "core/domain/errorcodes.h"
#include "core/domain/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

constexpr int SupportedFormat = 1;
constexpr int MaxAtOnce = 10; // EngineSettings::kMaxParallelLimit

// Built in and checked by a test: developers read these, not admins.
Error invalid(const QString &detail)
{
    return Error{BehaviourError::Invalid, u"The upgrade behaviour is not valid: %1."_s.arg(detail)};
}

std::optional<Error> unknownKey(const QJsonObject &object, std::initializer_list<QLatin1StringView> allowed,
                                const QString &where)
{
    if (const std::optional<QString> field = datafile::unknownField(object, allowed))
        return invalid(u"%1\"%2\" is not a known field"_s.arg(where, *field));
    return std::nullopt;
}

UpgradeBehaviour loadBuiltIn()
{
    QFile file(u":/iuc/upgrade-behaviour.json"_s);
    Result<UpgradeBehaviour> behaviour = file.open(QIODevice::ReadOnly)
                                             ? UpgradeBehaviour::fromJson(file.read(64 * 1024))
                                             : Result<UpgradeBehaviour>(invalid(file.errorString()));
    if (!behaviour) {
        qCCritical(lcEngine).noquote() << behaviour.error().message;
        Q_ASSERT_X(false, "UpgradeBehaviour::builtIn", qPrintable(behaviour.error().message));
        return {};
    }
    return std::move(behaviour).value();
}

} // namespace

Result<UpgradeBehaviour> UpgradeBehaviour::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"%1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (auto error = unknownKey(root, {"format"_L1, "parallelism"_L1}, QString()))
        return *error;
    if (root.value("format"_L1).toInt(-1) != SupportedFormat)
        return invalid(u"\"format\" must be %1 for this build"_s.arg(SupportedFormat));
    const QJsonArray steps = root.value("parallelism"_L1).toArray();
    if (steps.isEmpty())
        return invalid(u"\"parallelism\" must be a list of entries"_s);
    UpgradeBehaviour out;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString where = u"parallelism[%1]: "_s.arg(i);
        const QJsonObject o = steps.at(i).toObject();
        if (auto error = unknownKey(o, {"from_major"_L1, "at_once"_L1}, where))
            return *error;
        const Step step{o.value("from_major"_L1).toInt(-1), o.value("at_once"_L1).toInt(-1)};
        if (step.fromMajor < 0)
            return invalid(where + u"\"from_major\" must be a whole number of 0 or more"_s);
        if (step.atOnce < 1 || step.atOnce > MaxAtOnce)
            return invalid(where + u"\"at_once\" must be from 1 to %1"_s.arg(MaxAtOnce));
        if (!out.m_steps.isEmpty() && step.fromMajor <= out.m_steps.constLast().fromMajor)
            return invalid(where + u"entries must rise in \"from_major\""_s);
        out.m_steps.append(step);
    }
    return out;
}

const UpgradeBehaviour &UpgradeBehaviour::builtIn()
{
    static const UpgradeBehaviour behaviour = loadBuiltIn();
    return behaviour;
}

int UpgradeBehaviour::parallelismFor(const Version &target) const
{
    if (m_steps.isEmpty())
        return 1;
    int atOnce = m_steps.constFirst().atOnce;
    if (!target.isValid())
        return atOnce;
    for (const Step &step : m_steps) {
        if (step.fromMajor <= target.major())
            atOnce = step.atOnce;
    }
    return atOnce;
}

} // namespace iuc
