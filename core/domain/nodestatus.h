#pragma once

#include <QString>
#include <QStringView>

namespace iuc {

// A node's upgrade status (DESIGN §2). The eight known codes, plus any code a
// Management Node may send that this build does not know: it is kept and
// shown raw, never dropped and never a crash.
class NodeStatus final
{
public:
    enum class Code {
        Idle,            // IDLE
        Pending,         // PENDING
        Preparing,       // PREPARING
        WaitingForCalls, // WAITING_FOR_CALLS
        CallsTimeout,    // CALLS_TIMEOUT
        Upgrading,       // UPGRADING
        Rebooting,       // REBOOTING
        Unreachable,     // UNREACHABLE
        Unknown,         // a code this build does not know; see rawCode()
    };

    NodeStatus() = default; // Idle
    NodeStatus(Code code); // NOLINT(google-explicit-constructor): a status is its code

    // Any string; unknown codes (and empty ones) become Code::Unknown with
    // the raw text preserved.
    static NodeStatus fromApiCode(QStringView code);

    [[nodiscard]] Code code() const { return m_code; }
    [[nodiscard]] bool isKnown() const { return m_code != Code::Unknown; }
    // The API code: "WAITING_FOR_CALLS", or the raw text for an unknown one.
    [[nodiscard]] QString apiCode() const;
    // The label people see ("Waiting for calls to clear"); an unknown code
    // shows as its raw text.
    [[nodiscard]] QString label() const;
    // One or two sentences on what the status means for the admin.
    [[nodiscard]] QString description() const;

    // True while the node is in its upgrade turn (maintenance mode or installing).
    [[nodiscard]] bool isInTurn() const;

    static QString apiCode(Code code);

    friend bool operator==(const NodeStatus &a, const NodeStatus &b)
    {
        return a.m_code == b.m_code && a.m_raw == b.m_raw;
    }

private:
    Code m_code = Code::Idle;
    QString m_raw; // only for Code::Unknown
};

} // namespace iuc
