#pragma once

#include "emulator/server/apiprofile.h"
#include "emulator/server/apiresources.h"
#include "emulator/server/statuswords.h"
#include "emulator/sim/deployment.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace iuc::sim {

// Renders status/v1/worker_vm/ pages. A 1,000-node deployment polled every
// few seconds by several consoles would otherwise rebuild and serialise
// thousands of unchanged JSON objects per second: each node's JSON (from
// api::workerStatus) is kept until something it shows changes, and only the
// fields that follow the clock are added per request. It renders one
// profile's field set: the server's.
class WorkerStatusCache final
{
public:
    WorkerStatusCache(ApiProfile profile, StatusWords words);
    QByteArray renderPage(const Deployment &d, const QString &path, const QString &query, api::Page page);

private:
    struct Key
    {
        NodeStatus::Code status;
        TimePoint statusSince;
        int attempts;
        int queuePosition;
        int calls;
        bool engineMaintenance;
        bool adminMaintenance;
        bool inContact;
        TimePoint bootTime;
        TimePoint lastUpdated;
        QString version;
        friend bool operator==(const Key &, const Key &) = default;
    };
    struct Entry
    {
        Key key;
        QByteArray json; // without the closing brace, so per-request fields can follow
    };
    ApiProfile m_profile;
    StatusWords m_words;
    // The profile's fields that read "now" while the node is in contact,
    // and the one that always does.
    QStringList m_contactTimes;
    bool m_attemptedContact = false;
    std::vector<Entry> m_entries;
};

} // namespace iuc::sim
