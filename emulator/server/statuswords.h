#pragma once

#include "core/domain/nodestatus.h"
#include "core/domain/result.h"
#include "emulator/server/apiprofile.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace iuc::sim {

// How the emulator spells each upgrade status in upgrade_status. The real
// spellings are unknown (REAL-API.md §3), so the twin's are data
// (data/status-spellings.json, built in) that differ from the console's own
// codes, and a test can swap in words the console has never seen.
class StatusWords final
{
public:
    // This project's own codes (IDLE, PENDING, …): the extended profile's.
    static StatusWords projectCodes();
    // The built-in file: the pexip profiles'.
    static const StatusWords &pexipDefault();
    // What a profile serves when no file was given.
    static StatusWords forProfile(ApiProfile profile);
    // A file of the built-in one's layout, naming every status once.
    static Result<StatusWords> fromJson(const QByteArray &json);
    static Result<StatusWords> fromFile(const QString &path);

    [[nodiscard]] QString spell(NodeStatus::Code code) const;

private:
    QHash<NodeStatus::Code, QString> m_words;
};

} // namespace iuc::sim
