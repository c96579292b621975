#pragma once

#include "core/domain/nodestatus.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace iuc {

// The ways a Management Node may spell an upgrade status, as data
// (resources/upgrade-statuses.json, built into the library): the real API's
// spellings are not documented (REAL-API.md §3), so a spelling seen on a node
// is added to the file, not to the code. Spellings compare ignoring case and
// separators: "Upgrade pending", "UPGRADE_PENDING" and "upgrade-pending" are
// one spelling.
class StatusSpellings final
{
public:
    // Error codes: SpellingsError::Invalid.
    static Result<StatusSpellings> fromJson(const QByteArray &json);
    // The spellings shipped with this build.
    static const StatusSpellings &builtIn();

    // The status a spelling stands for; nothing for a spelling no entry has.
    [[nodiscard]] std::optional<NodeStatus::Code> codeFor(QStringView spelling) const;
    [[nodiscard]] qsizetype size() const { return m_codes.size(); }

    // "Waiting for calls" → "waitingforcalls": what spellings are compared by.
    static QString normalized(QStringView spelling);

private:
    QHash<QString, NodeStatus::Code> m_codes; // by normalized spelling
};

} // namespace iuc
