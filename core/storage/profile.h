#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace iuc {

// A saved way to reach one Management Node. There is deliberately no
// password here: it lives in the system keychain (SecretStore), under
// ProfileStore::secretKey(profile).
struct Profile final
{
    QString name;               // unique, shown in the connect list
    QUrl url;                   // https://…, or http:// on loopback only
    QString user;
    QByteArray pinnedSha256;    // "AB:CD:…": 32 upper-case hex pairs; empty = not pinned
    QString caFile;             // extra CA certificate (PEM) to trust; empty = system CAs
    int refreshSeconds = 5;     // the vendor page's default
    bool readOnlyAccount = false; // wall display: an account with the read-only role
    // The alert webhook (issue 15) as shown: "https://hooks.example.com/…";
    // empty: none. The URL itself is a secret: in the keychain, under
    // ProfileStore::webhookKey(profile).
    QString alertWebhook;

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace iuc
