#include "emulator/server/statuswords.h"

#include "emulator/server/servererrors.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace iuc::sim {

namespace {

using Code = NodeStatus::Code;

constexpr Code kCodes[] = {Code::Idle,         Code::Pending,   Code::Preparing, Code::WaitingForCalls,
                           Code::CallsTimeout, Code::Upgrading, Code::Rebooting, Code::Unreachable};

Error invalid(const QString &detail)
{
    return Error{SpellingFileError::Invalid, u"The status spellings are not usable: %1."_s.arg(detail)};
}

StatusWords loadDefault()
{
    QFile file(u":/iuc/sim/status-spellings.json"_s);
    auto words = file.open(QIODevice::ReadOnly) ? StatusWords::fromJson(file.readAll())
                                                : Result<StatusWords>(invalid(file.errorString()));
    Q_ASSERT_X(words, "StatusWords::pexipDefault", qPrintable(words ? QString() : words.error().message));
    return words ? std::move(words).value() : StatusWords::projectCodes();
}

} // namespace

StatusWords StatusWords::projectCodes()
{
    StatusWords words;
    for (const Code code : kCodes)
        words.m_words.insert(code, NodeStatus::apiCode(code));
    return words;
}

const StatusWords &StatusWords::pexipDefault()
{
    static const StatusWords words = loadDefault();
    return words;
}

StatusWords StatusWords::forProfile(ApiProfile profile)
{
    return profile == ApiProfile::Extended ? projectCodes() : pexipDefault();
}

Result<StatusWords> StatusWords::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"%1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toInt(-1) != 1)
        return invalid(u"\"format\" must be 1"_s);
    const QJsonObject spelt = root.value("upgrade_status"_L1).toObject();
    StatusWords words;
    for (auto it = spelt.constBegin(); it != spelt.constEnd(); ++it) {
        const NodeStatus status = NodeStatus::fromCode(it.key());
        if (!status.isKnown())
            return invalid(u"\"%1\" is not one of the eight statuses (IDLE, PENDING, …)"_s.arg(it.key()));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return invalid(u"the spelling of %1 must be a non-empty string"_s.arg(it.key()));
        words.m_words.insert(status.code(), it.value().toString());
    }
    for (const Code code : kCodes) {
        if (!words.m_words.contains(code))
            return invalid(u"\"upgrade_status\" has no spelling for %1"_s.arg(NodeStatus::apiCode(code)));
    }
    return words;
}

Result<StatusWords> StatusWords::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    return fromJson(file.read(1 << 20));
}

QString StatusWords::spell(NodeStatus::Code code) const
{
    return m_words.value(code, NodeStatus::apiCode(code));
}

} // namespace iuc::sim
