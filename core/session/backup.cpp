#include "core/session/backup.h"

#include "core/api/apierrors.h"
#include "core/api/capabilities.h"
#include "core/api/managementclient.h"
#include "core/api/resourceparser.h"
#include "core/session/sessionerrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace iuc {

std::optional<QString> backupPassphraseField(const api::ResourceSchema &schema)
{
    for (const QString &name : {u"passphrase"_s, u"password"_s}) {
        if (schema.hasField(name))
            return name;
    }
    for (auto it = schema.fields.cbegin(); it != schema.fields.cend(); ++it) {
        const QString name = it.key().toLower();
        if (!it->readonly && (name.contains(u"passphrase"_s) || name.contains(u"password"_s)))
            return it.key();
    }
    return std::nullopt;
}

QCoro::Task<Result<BackupOutcome>> createBackup(api::ManagementClient &client, QString passphrase)
{
    const QString command = u"/api/admin/"_s + QString(api::Resource::BackupCreate);
    const QByteArray get = "GET"_ba;
    const QString schemaPath = command + u"schema/"_s;
    Result<api::ManagementClient::Answer> schemaAnswer = co_await client.request(get, schemaPath);
    if (!schemaAnswer) {
        if (schemaAnswer.error().is(ApiError::NotFound)) {
            co_return Error{BackupError::NotOffered,
                            QCoreApplication::translate("iuc::Backup",
                                                        "This Management Node has no backup command in its API: "
                                                        "create the backup in its web interface (Utilities ▸ "
                                                        "Backup/restore).")};
        }
        co_return schemaAnswer.error();
    }
    const Result<api::ResourceSchema> schema = api::parseSchema(schemaAnswer->body);
    const std::optional<QString> field = schema ? backupPassphraseField(schema.value()) : std::nullopt;
    if (!field) {
        const QStringList known = schema ? QStringList(schema->fields.keys()) : QStringList();
        co_return Error{BackupError::UnknownFields,
                        QCoreApplication::translate("iuc::Backup",
                                                    "This Management Node's backup command takes fields the console "
                                                    "does not know (%1): create the backup in its web interface.")
                            .arg(known.isEmpty() ? QCoreApplication::translate("iuc::Backup", "none listed")
                                                 : known.join(u", "_s)),
                        {{u"fields"_s, known}}};
    }
    const QByteArray post = "POST"_ba;
    const QByteArray body = QJsonDocument(QJsonObject{{*field, passphrase}}).toJson(QJsonDocument::Compact);
    Result<api::ManagementClient::Answer> answer = co_await client.request(post, command, body);
    if (!answer)
        co_return answer.error();
    BackupOutcome outcome;
    outcome.finished = answer->status != 202;
    outcome.at = client.serverNow();
    outcome.message = QJsonDocument::fromJson(answer->body).object().value(u"message"_s).toString();
    co_return outcome;
}

} // namespace iuc
