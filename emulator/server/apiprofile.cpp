#include "emulator/server/apiprofile.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace iuc::sim {

std::optional<ApiProfile> parseApiProfile(const QString &name)
{
    for (const ApiProfile p : {ApiProfile::Pexip, ApiProfile::PexipV24, ApiProfile::Extended}) {
        if (name == apiProfileName(p))
            return p;
    }
    return std::nullopt;
}

QString apiProfileName(ApiProfile profile)
{
    switch (profile) {
    case ApiProfile::Pexip:
        return u"pexip"_s;
    case ApiProfile::PexipV24:
        return u"pexip-v24"_s;
    case ApiProfile::Extended:
        return u"extended"_s;
    }
    return {};
}

QString apiProfileNames()
{
    return QStringList{apiProfileName(ApiProfile::Pexip), apiProfileName(ApiProfile::PexipV24),
                       apiProfileName(ApiProfile::Extended)}
        .join(u", "_s);
}

} // namespace iuc::sim
