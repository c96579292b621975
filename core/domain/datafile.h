#pragma once

// Reading the data files of resources/ (upgrade paths, status spellings,
// upgrade behaviour): what they share.

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace iuc::datafile {

// The first field of `object` that is neither in `allowed` nor "comment"
// (allowed anywhere): a misspelt field is refused, never silently ignored.
inline std::optional<QString> unknownField(const QJsonObject &object,
                                           std::initializer_list<QLatin1StringView> allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1StringView("comment")
            && std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            return it.key();
    }
    return std::nullopt;
}

} // namespace iuc::datafile
