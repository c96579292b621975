#pragma once

#include <QStringView>

namespace iuc {

// Names in the order people expect to read them: the numbers inside by
// value ("lon-conf2" before "lon-conf10" before "lon-conf100"), letters by
// the user's locale, case aside. Every list of node names uses it: the node
// table, the wall, upgradectl's tables and the reports.
[[nodiscard]] int naturalCompare(QStringView a, QStringView b);
[[nodiscard]] inline bool naturalLess(QStringView a, QStringView b)
{
    return naturalCompare(a, b) < 0;
}

} // namespace iuc
