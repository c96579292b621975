#pragma once

#include "tests/common/awaittask.h"
#include <QByteArray>
#include <QCoroTask>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace iuc::test {

// The keychain "service" of every test: never the real application's entries.
inline QString testServiceName()
{
    return QStringLiteral("Infinity Upgrade Console (tests)");
}

// A keychain that never answers is a broken environment, not a test result
// to carry on from.
template <typename T>
T awaitTask(QCoro::Task<T> &&task, std::chrono::milliseconds timeout = std::chrono::seconds(60))
{
    return iuc::test::awaitTask(std::move(task), timeout, "the keychain");
}

// The forms a secret could take in a file: as typed (UTF-8), UTF-16 (a
// QString dumped raw), percent-encoded (QSettings/URLs) and base64
// (QtKeychain's binary mode, QSettings' @ByteArray).
inline QList<QByteArray> secretForms(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const auto *utf16 = reinterpret_cast<const char *>(secret.utf16());
    return {utf8, QByteArray(utf16, secret.size() * qsizetype(sizeof(char16_t))), utf8.toPercentEncoding(),
            utf8.toBase64()};
}

// Every file under `root` (hidden ones too) that holds the secret in any of
// those forms.
inline QStringList filesContaining(const QString &root, const QString &secret)
{
    const QList<QByteArray> forms = secretForms(secret);
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray &form : forms) {
            if (content.contains(form)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

} // namespace iuc::test
