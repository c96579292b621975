#pragma once

#include <QString>
#include <QStringView>

namespace iuc {

// A node's upgrade status (DESIGN §2). The eight known codes, plus any code a
// Management Node may send that this build does not know: it is kept and
// shown raw, never dropped and never a crash. The codes are this project's
// own; how a Management Node spells them is data (statusspellings.h). A
// status the node spelt in a way nobody knows may be inferred from what the
// node shows (core/api/statusinference.h): then it has a code and is marked
// inferred, and the node's own text is kept.
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

    // What a Management Node sent: one of this project's codes, or any
    // spelling in StatusSpellings::builtIn() (ignoring case and separators).
    // Anything else (an empty text too) is Code::Unknown with the text kept.
    static NodeStatus fromApiCode(QStringView text);
    // Only this project's own codes ("WAITING_FOR_CALLS"), exactly: for the
    // console's own files and the extensions, which use them.
    static NodeStatus fromCode(QStringView code);
    // This status classified as `code` from other evidence than its text.
    [[nodiscard]] NodeStatus inferredAs(Code code) const;

    [[nodiscard]] Code code() const { return m_code; }
    [[nodiscard]] bool isKnown() const { return m_code != Code::Unknown; }
    // The code was inferred, not read: the node's text is not a known spelling.
    [[nodiscard]] bool isInferred() const { return m_inferred; }
    // This project's code: "WAITING_FOR_CALLS", or the raw text for an unknown one.
    [[nodiscard]] QString apiCode() const;
    // The text as the Management Node sent it ("Upgrade pending"); the code
    // for a status not read from a node.
    [[nodiscard]] QString reported() const;
    // The label people see ("Waiting for calls to clear"); an unknown code
    // shows as its raw text, an inferred one says so.
    [[nodiscard]] QString label() const;
    // One or two sentences on what the status means for the admin; for an
    // inferred one, also what the node sent.
    [[nodiscard]] QString description() const;

    // True while the node is in its upgrade turn (maintenance mode or installing).
    [[nodiscard]] bool isInTurn() const;
    // True in any upgrade status, or in one this console cannot read: a
    // system that reports something other than idle or out of contact.
    [[nodiscard]] bool isInAnUpgrade() const;

    static QString apiCode(Code code);

    // The same status, however it was spelt; unknown ones by their text.
    friend bool operator==(const NodeStatus &a, const NodeStatus &b)
    {
        return a.m_code == b.m_code && a.m_inferred == b.m_inferred
               && (a.m_code != Code::Unknown || a.m_raw == b.m_raw);
    }

private:
    Code m_code = Code::Idle;
    QString m_raw; // the node's text where it is not this project's code
    bool m_inferred = false;
};

} // namespace iuc
