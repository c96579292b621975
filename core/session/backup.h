#pragma once

// A configuration backup made by the Management Node (issue 15, item 7),
// with the documented command/v1/platform/backup_create/. Its fields are
// read from the node's own schema/ page: the passphrase goes into the field
// named for it. The passphrase is the admin's to type each time; nothing
// here keeps it.

#include "core/domain/result.h"

#include <QDateTime>
#include <QString>

#include <QCoro/QCoroTask>

#include <optional>

namespace iuc::api {
class ManagementClient;
struct ResourceSchema;
} // namespace iuc::api

namespace iuc {

struct BackupOutcome
{
    // True: the node answered once it had made it (200/201); false: it took
    // the request and makes it in the background (202).
    bool finished = false;
    QDateTime at; // the Management Node's clock when it answered
    QString message; // the node's own words, if any
};

// The schema's field that takes the passphrase: one whose name says
// passphrase or password.
std::optional<QString> backupPassphraseField(const api::ResourceSchema &schema);

// Reads the command's schema and asks for the backup. backup.not-offered
// when the node has no such command, backup.unknown-fields when its schema
// has no passphrase field; the node's refusal as it said it.
QCoro::Task<Result<BackupOutcome>> createBackup(api::ManagementClient &client, QString passphrase);

} // namespace iuc
