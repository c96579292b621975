#pragma once

// Removes credentials from an answer of the Management Node before it is
// saved for someone else to read (upgradectl probe --save): passwords,
// secrets, SNMP communities, private keys and access tokens, at any depth.

#include <QJsonValue>
#include <QString>

namespace iuc::api {

// Whether a field of that name holds a credential ("password",
// "snmp_community", "access_token"; not "max_media_tokens").
bool isCredentialField(const QString &name);

// `value` with every credential field's value replaced by "<removed>"
// (null and empty values are kept: they say the field is unset).
QJsonValue redactCredentials(const QJsonValue &value);

} // namespace iuc::api
