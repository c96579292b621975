#pragma once

// Internal to the parsers of resourceparser.h: not part of the API library's
// interface. A validating reader of JSON fields, and the few pieces the
// parsers' messages share (error code, translation context, quoting).

#include "core/api/resources.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <optional>

namespace iuc::api::detail {

// A hostile answer may hold a megabyte where a name belongs; messages quote
// only this much of it.
inline constexpr qsizetype MaxQuotedLength = 40;

QString malformedCode();

// A printable excerpt of untrusted text, at most MaxQuotedLength long.
QString excerpt(QStringView text);

// One translation context for every message the parsers write.
class ResourceParser final
{
    Q_DECLARE_TR_FUNCTIONS(iuc::api::ResourceParser)
};

enum class Need { Required, Optional };
enum class Nulls { Refused, Allowed };

// Reads fields from JSON objects and remembers the first thing that was
// wrong, with where it was. Accessors return a neutral value after a failure,
// so a parser reads straight through and checks failed() once per object
// rather than after every field.
class Reader final
{
public:
    explicit Reader(QLatin1String resource);

    // Where the reader is inside the answer: "objects[3]", "nodes[2]", "management".
    class Scope final
    {
    public:
        Scope(Reader &reader, QLatin1String name, qsizetype index = -1);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        Reader &m_reader;
    };

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    [[nodiscard]] Error error() const;

    std::optional<QJsonObject> document(const QByteArray &body);

    // A value that must be an object (a list element, or the whole answer).
    std::optional<QJsonObject> element(const QJsonValue &value);

    QString string(const QJsonObject &o, QLatin1String key, Nulls nulls = Nulls::Refused);
    std::optional<QString> optionalString(const QJsonObject &o, QLatin1String key, Need need = Need::Optional,
                                          Nulls nulls = Nulls::Allowed);
    bool boolean(const QJsonObject &o, QLatin1String key);
    // Absent or null: nullopt. Present: must be true or false.
    std::optional<bool> optionalBoolean(const QJsonObject &o, QLatin1String key);
    // Whole numbers may come as JSON numbers or as their decimal text
    // ("12"), as Tastypie sends some of them.
    int integer(const QJsonObject &o, QLatin1String key);
    // Absent or null: nullopt.
    std::optional<int> optionalInteger(const QJsonObject &o, QLatin1String key);
    qint64 integer64(const QJsonObject &o, QLatin1String key, Need need = Need::Required);

    // Required and never null.
    QDateTime time(const QJsonObject &o, QLatin1String key);

    // Present, but null means "not yet" (ended_at, upgraded_at) or "never
    // contacted" (boot_time of a node the Management Node never reached).
    std::optional<QDateTime> timeOrNull(const QJsonObject &o, QLatin1String key, Need need = Need::Required,
                                        Nulls nulls = Nulls::Allowed);

    ReportedVersion version(const QJsonObject &o, QLatin1String key);
    NodeStatus status(const QJsonObject &o, QLatin1String key);
    QJsonObject object(const QJsonObject &o, QLatin1String key);
    std::optional<QJsonArray> array(const QJsonObject &o, QLatin1String key, Need need = Need::Required);
    QList<int> integers(const QJsonObject &o, QLatin1String key);

    // For checks beyond the type (a value the answer must not have).
    void failValue(QLatin1String key, const QString &what);

private:
    struct Segment
    {
        QLatin1String name;
        qsizetype index;
    };

    QJsonValue lookup(const QJsonObject &o, QLatin1String key, Need need, Nulls nulls);
    static std::optional<qint64> checkWhole(const QJsonValue &v, qint64 max);
    std::optional<qint64> wholeNumber(const QJsonObject &o, QLatin1String key, Need need, qint64 max);
    void failWhole(const QString &field, const QJsonValue &v, qint64 max);
    void failType(const QString &field, const QString &expected, const QJsonValue &got);
    void failType(QLatin1String key, const QString &expected, const QJsonValue &got);
    void failDocument(const QString &what);
    void fail(const QString &message, const QString &field);
    [[nodiscard]] QString path() const;
    [[nodiscard]] QString location() const;

    QLatin1String m_resource;
    QVarLengthArray<Segment, 4> m_path;
    std::optional<Error> m_error;
};

} // namespace iuc::api::detail
