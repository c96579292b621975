#include "core/domain/statusspellings.h"

#include "core/domain/datafile.h"
#include "core/domain/errorcodes.h"
#include "core/domain/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace iuc {

namespace {

constexpr int SupportedFormat = 1;
// The shipped file is about 2 KiB.
constexpr qsizetype MaxFileSize = 256 * 1024;

// The file is built in and checked by a test: these messages reach
// developers, never an admin, so they are not translated.
Error invalid(const QString &detail)
{
    return Error{SpellingsError::Invalid, u"The upgrade-status spellings are not valid: %1."_s.arg(detail)};
}

std::optional<Error> unknownKey(const QJsonObject &object, std::initializer_list<QLatin1StringView> allowed,
                                const QString &where)
{
    if (const std::optional<QString> field = datafile::unknownField(object, allowed))
        return invalid(u"%1\"%2\" is not a known field"_s.arg(where, *field));
    return std::nullopt;
}

StatusSpellings loadBuiltIn()
{
    QFile file(u":/iuc/upgrade-statuses.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcStatuses) << "cannot open the built-in status spellings:" << file.errorString();
        Q_ASSERT_X(false, "StatusSpellings::builtIn", "resource :/iuc/upgrade-statuses.json missing");
        return {};
    }
    Result<StatusSpellings> spellings = StatusSpellings::fromJson(file.read(MaxFileSize + 1));
    if (!spellings) {
        qCCritical(lcStatuses).noquote() << spellings.error().message;
        Q_ASSERT_X(false, "StatusSpellings::builtIn", qPrintable(spellings.error().message));
        return {};
    }
    return std::move(spellings).value();
}

} // namespace

QString StatusSpellings::normalized(QStringView spelling)
{
    QString out;
    out.reserve(spelling.size());
    for (const QChar c : spelling) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

Result<StatusSpellings> StatusSpellings::fromJson(const QByteArray &json)
{
    if (json.size() > MaxFileSize)
        return invalid(u"the file is larger than %1 bytes"_s.arg(MaxFileSize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"%1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(u"the top level must be an object"_s);
    const QJsonObject root = document.object();
    if (auto error = unknownKey(root, {"format"_L1, "statuses"_L1}, QString()))
        return *error;
    if (root.value("format"_L1).toInt(-1) != SupportedFormat)
        return invalid(u"\"format\" must be %1 for this build"_s.arg(SupportedFormat));
    const QJsonValue statuses = root.value("statuses"_L1);
    if (!statuses.isArray() || statuses.toArray().isEmpty())
        return invalid(u"\"statuses\" must be a list of entries"_s);

    StatusSpellings out;
    QList<NodeStatus::Code> seen;
    const QJsonArray entries = statuses.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = u"statuses[%1]: "_s.arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        if (!entries.at(i).isObject())
            return invalid(where + u"not an object"_s);
        if (auto error = unknownKey(entry, {"code"_L1, "spellings"_L1}, where))
            return *error;
        const NodeStatus status = NodeStatus::fromCode(entry.value("code"_L1).toString());
        if (!status.isKnown())
            return invalid(where + u"\"code\" must be one of this console's eight codes"_s);
        if (seen.contains(status.code()))
            return invalid(where + u"%1 is listed twice"_s.arg(status.apiCode()));
        seen.append(status.code());
        const QJsonArray spellings = entry.value("spellings"_L1).toArray();
        if (spellings.isEmpty())
            return invalid(where + u"\"spellings\" must be a list of strings"_s);
        for (const QJsonValue &value : spellings) {
            const QString key = normalized(value.toString());
            if (!value.isString() || key.isEmpty())
                return invalid(where + u"every spelling must be a string with a letter or digit"_s);
            const auto existing = out.m_codes.constFind(key);
            if (existing != out.m_codes.constEnd() && *existing != status.code()) {
                return invalid(where + u"\"%1\" is also a spelling of %2"_s.arg(value.toString(),
                                                                               NodeStatus::apiCode(*existing)));
            }
            out.m_codes.insert(key, status.code());
        }
    }
    return out;
}

const StatusSpellings &StatusSpellings::builtIn()
{
    static const StatusSpellings spellings = loadBuiltIn();
    return spellings;
}

std::optional<NodeStatus::Code> StatusSpellings::codeFor(QStringView spelling) const
{
    const auto it = m_codes.constFind(normalized(spelling));
    if (it == m_codes.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace iuc
