#pragma once

// Helpers of the API profile tests (tst_sim_profiles, tst_sim_conventions):
// comparing an object's field set with the one a profile must serve.

#include "emulator/server/apiprofile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

struct Reply;

QSet<QString> keysOf(const QJsonObject &o);
QSet<QString> setOf(const QStringList &names);
// "missing: a, b; unexpected: c", for failure messages.
QByteArray difference(const QSet<QString> &got, const QSet<QString> &want);
// The first object of a list answer.
QJsonObject first(const Reply &r);

// Every profile, with its name for failure messages.
const std::vector<std::pair<iuc::sim::ApiProfile, const char *>> &allProfiles();

#define COMPARE_FIELDS(object, wanted)                                                                                 \
    do {                                                                                                               \
        const QSet<QString> got_ = keysOf(object);                                                                     \
        const QSet<QString> want_ = (wanted);                                                                          \
        QVERIFY2(got_ == want_, difference(got_, want_).constData());                                                  \
    } while (false)
