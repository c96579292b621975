#include "core/api/redact.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace iuc::api {

bool isCredentialField(const QString &name)
{
    // A credential word as a whole part of a snake_case name.
    static const QRegularExpression credential(
        u"(^|_)(password|passwd|passphrase|secret|community|private_key|privkey|credentials?|api_key|token|"
        u"auth_key|priv_key|psk)(_|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return credential.match(name).hasMatch();
}

QJsonValue redactCredentials(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactCredentials(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const bool unset = v.isNull() || (v.isString() && v.toString().isEmpty());
        if (isCredentialField(it.key()) && !unset && !v.isObject() && !v.isArray())
            out.insert(it.key(), u"<removed>"_s);
        else
            out.insert(it.key(), redactCredentials(v));
    }
    return out;
}

} // namespace iuc::api
