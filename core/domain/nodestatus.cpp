#include "core/domain/nodestatus.h"

#include "core/domain/statusspellings.h"

#include <QCoreApplication>
#include <QLatin1String>

namespace iuc {

namespace {

struct Entry
{
    NodeStatus::Code code;
    const char *apiCode;
    const char *label;
    const char *description;
};

// One table so code, label and meaning cannot drift apart. The labels are
// the product's own vocabulary (what the vendor's status page shows).
constexpr Entry Entries[] = {
    {NodeStatus::Code::Idle, "IDLE", QT_TRANSLATE_NOOP("NodeStatus", "No upgrade in progress"),
     QT_TRANSLATE_NOOP("NodeStatus",
                       "Nothing is happening to this node right now: its turn has not come yet, "
                       "or it has already finished and restarted. Its installed version tells which.")},
    {NodeStatus::Code::Pending, "PENDING", QT_TRANSLATE_NOOP("NodeStatus", "Upgrade pending"),
     QT_TRANSLATE_NOOP("NodeStatus",
                       "The node is queued for this upgrade. It keeps serving calls until the nodes "
                       "ahead of it are done.")},
    {NodeStatus::Code::Preparing, "PREPARING", QT_TRANSLATE_NOOP("NodeStatus", "Preparing to upgrade"),
     QT_TRANSLATE_NOOP("NodeStatus",
                       "The node's turn has begun: it now turns away new calls and is shutting down "
                       "its services.")},
    {NodeStatus::Code::WaitingForCalls, "WAITING_FOR_CALLS",
     QT_TRANSLATE_NOOP("NodeStatus", "Waiting for calls to clear"),
     QT_TRANSLATE_NOOP("NodeStatus",
                       "The node takes no new calls and waits for its current ones to end. If it "
                       "seems stuck, rebooting it drops those calls and lets the upgrade go on.")},
    {NodeStatus::Code::CallsTimeout, "CALLS_TIMEOUT",
     QT_TRANSLATE_NOOP("NodeStatus", "Timeout waiting for calls to clear"),
     QT_TRANSLATE_NOOP("NodeStatus",
                       "Calls were still running an hour into this node's turn, so it accepts calls "
                       "again and has gone to the end of the queue. It is tried again after the others.")},
    {NodeStatus::Code::Upgrading, "UPGRADING", QT_TRANSLATE_NOOP("NodeStatus", "Upgrade in progress"),
     QT_TRANSLATE_NOOP("NodeStatus",
                       "The new software is being copied to the node and installed, which usually "
                       "takes a few minutes. Configuration changes reach it only after it restarts.")},
    {NodeStatus::Code::Rebooting, "REBOOTING", QT_TRANSLATE_NOOP("NodeStatus", "Rebooting"),
     QT_TRANSLATE_NOOP("NodeStatus",
                       "The install is complete and the node is restarting. It should be back on the "
                       "new version shortly.")},
    {NodeStatus::Code::Unreachable, "UNREACHABLE",
     QT_TRANSLATE_NOOP("NodeStatus", "Could not communicate with conferencing node"),
     QT_TRANSLATE_NOOP("NodeStatus",
                       "The Management Node cannot reach this node. The upgrade carries on without it "
                       "and tries it again later; check the node's network and virtual machine.")},
};

const Entry *entryFor(NodeStatus::Code code)
{
    for (const Entry &entry : Entries) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

// A raw code comes from the network: bound it and hide control characters
// before it reaches a table cell, a tooltip or a terminal.
QString displayable(const QString &raw)
{
    constexpr qsizetype MaxShown = 64;
    QString out;
    const QStringView head = QStringView(raw).left(MaxShown);
    out.reserve(head.size() + 1);
    for (const QChar c : head)
        out.append(c.isPrint() ? c : QChar(QChar::ReplacementCharacter));
    if (raw.size() > MaxShown)
        out.append(QChar(0x2026)); // …
    return out;
}

} // namespace

NodeStatus::NodeStatus(Code code) : m_code(code) {}

NodeStatus NodeStatus::fromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const Entry &entry : Entries) {
        if (trimmed == QLatin1String(entry.apiCode))
            return NodeStatus(entry.code);
    }
    NodeStatus status(Code::Unknown);
    status.m_raw = trimmed.toString();
    return status;
}

NodeStatus NodeStatus::fromApiCode(QStringView text)
{
    NodeStatus status = fromCode(text);
    if (status.isKnown())
        return status;
    if (const std::optional<Code> code = StatusSpellings::builtIn().codeFor(text))
        status.m_code = *code; // the node's spelling stays in m_raw
    return status;
}

NodeStatus NodeStatus::inferredAs(Code code) const
{
    NodeStatus status = *this;
    status.m_code = code;
    status.m_inferred = code != Code::Unknown;
    return status;
}

QString NodeStatus::reported() const
{
    return m_raw.isEmpty() ? apiCode(m_code) : m_raw;
}

QString NodeStatus::apiCode(Code code)
{
    const Entry *entry = entryFor(code);
    return entry ? QString::fromLatin1(entry->apiCode) : QString();
}

QString NodeStatus::apiCode() const
{
    return m_code == Code::Unknown ? m_raw : apiCode(m_code);
}

QString NodeStatus::label() const
{
    if (const Entry *entry = entryFor(m_code)) {
        const QString label = QCoreApplication::translate("NodeStatus", entry->label);
        if (m_inferred)
            return QCoreApplication::translate("NodeStatus", "%1 (inferred)").arg(label);
        return label;
    }
    if (m_raw.isEmpty())
        return QCoreApplication::translate("NodeStatus", "(no status)");
    return displayable(m_raw);
}

QString NodeStatus::description() const
{
    if (const Entry *entry = entryFor(m_code)) {
        const QString description = QCoreApplication::translate("NodeStatus", entry->description);
        if (!m_inferred)
            return description;
        return description + QLatin1Char(' ')
               + QCoreApplication::translate(
                     "NodeStatus",
                     "The Management Node reported \"%1\", which this console does not know; it inferred "
                     "the status from the node's maintenance mode, calls, version and contact.")
                     .arg(displayable(m_raw));
    }
    if (m_raw.isEmpty()) {
        return QCoreApplication::translate(
            "NodeStatus",
            "The Management Node sent no status for this node, so this console cannot tell where it "
            "stands in the upgrade.");
    }
    return QCoreApplication::translate(
               "NodeStatus",
               "This console does not know the status \"%1\" and shows it as the Management Node "
               "reported it. A newer version of the console may know what it means.")
        .arg(displayable(m_raw));
}

bool NodeStatus::isInAnUpgrade() const
{
    return m_code != Code::Idle && m_code != Code::Unreachable && !reported().isEmpty();
}

bool NodeStatus::isInTurn() const
{
    switch (m_code) {
    case Code::Preparing:
    case Code::WaitingForCalls:
    case Code::Upgrading:
    case Code::Rebooting:
        return true;
    case Code::Idle:
    case Code::Pending:
    case Code::CallsTimeout:
    case Code::Unreachable:
    case Code::Unknown:
        return false;
    }
    return false;
}

} // namespace iuc
