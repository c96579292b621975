#include "tests/emulator/fieldsets.h"

#include "tests/common/simfixture.h"

using namespace Qt::StringLiterals;
using iuc::sim::ApiProfile;

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> setOf(const QStringList &names)
{
    return QSet<QString>(names.begin(), names.end());
}

QByteArray difference(const QSet<QString> &got, const QSet<QString> &want)
{
    QStringList missing = QSet<QString>(want).subtract(got).values();
    QStringList extra = QSet<QString>(got).subtract(want).values();
    missing.sort();
    extra.sort();
    return (u"missing: "_s + missing.join(u", "_s) + u"; unexpected: "_s + extra.join(u", "_s)).toUtf8();
}

QJsonObject first(const Reply &r)
{
    return r.object().value(u"objects"_s).toArray().at(0).toObject();
}

const std::vector<std::pair<ApiProfile, const char *>> &allProfiles()
{
    static const std::vector<std::pair<ApiProfile, const char *>> profiles = {
        {ApiProfile::Pexip, "pexip"}, {ApiProfile::PexipV24, "pexip-v24"}, {ApiProfile::Extended, "extended"}};
    return profiles;
}
