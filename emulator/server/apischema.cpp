#include "emulator/server/apischema.h"

#include <QJsonArray>
#include <QtGlobal>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace iuc::sim::api {

namespace {

int indexOf(ApiProfile profile)
{
    return static_cast<int>(profile);
}

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return u"string"_s;
    case FieldType::Integer:
        return u"integer"_s;
    case FieldType::Boolean:
        return u"boolean"_s;
    case FieldType::DateTime:
        return u"datetime"_s;
    case FieldType::Related:
        return u"related"_s;
    case FieldType::List:
        return u"list"_s;
    case FieldType::Dict:
        return u"dict"_s;
    case FieldType::Float:
        return u"float"_s;
    }
    return {};
}

std::vector<ResourceSpec> build()
{
    std::vector<ResourceSpec> all;
    for (auto part : {statusResourceSpecs, configurationResourceSpecs, commandResourceSpecs}) {
        for (ResourceSpec &r : part())
            all.push_back(std::move(r));
    }
    for (ResourceSpec &r : all) {
        for (const ApiProfile p : {ApiProfile::Pexip, ApiProfile::PexipV24, ApiProfile::Extended}) {
            QStringList &names = r.namesByProfile[static_cast<size_t>(indexOf(p))];
            for (const FieldSpec &f : r.fields) {
                if (f.profiles & bitOf(p))
                    names.append(f.name);
            }
        }
    }
    std::sort(all.begin(), all.end(), [](const ResourceSpec &a, const ResourceSpec &b) { return a.id < b.id; });
    for (size_t i = 0; i < all.size(); ++i) {
        if (static_cast<size_t>(all[i].id) != i) // spec() looks them up by position
            qFatal("api::resources(): resource %d is described twice or not at all", static_cast<int>(i));
    }
    return all;
}

} // namespace

unsigned bitOf(ApiProfile profile)
{
    switch (profile) {
    case ApiProfile::Pexip:
        return InPexip;
    case ApiProfile::PexipV24:
        return InPexipV24;
    case ApiProfile::Extended:
        return InExtended;
    }
    return 0;
}

const QStringList &ResourceSpec::fieldNames(ApiProfile profile) const
{
    return namesByProfile[static_cast<size_t>(indexOf(profile))];
}

QJsonObject ResourceSpec::schema(ApiProfile profile) const
{
    QJsonObject fieldsJson;
    for (const FieldSpec &f : fields) {
        if (!(f.profiles & bitOf(profile)))
            continue;
        QJsonObject o{{u"blank"_s, f.blank},
                      {u"default"_s, f.defaultValue.isUndefined() ? QJsonValue(u"No default provided."_s)
                                                                  : f.defaultValue},
                      {u"help_text"_s, f.help},
                      {u"nullable"_s, f.nullable},
                      {u"readonly"_s, f.readonly},
                      {u"type"_s, typeName(f.type)},
                      {u"unique"_s, f.unique}};
        if (f.type == FieldType::Related)
            o.insert(u"related_type"_s, u"to_one"_s);
        fieldsJson.insert(f.name, o);
    }
    return QJsonObject{{u"allowed_detail_http_methods"_s, QJsonArray::fromStringList(detailMethods)},
                       {u"allowed_list_http_methods"_s, QJsonArray::fromStringList(listMethods)},
                       {u"default_format"_s, u"application/json"_s},
                       {u"default_limit"_s, 20},
                       {u"fields"_s, fieldsJson},
                       {u"filtering"_s, filtering},
                       {u"ordering"_s, QJsonArray::fromStringList(ordering)}};
}

QJsonObject ResourceSpec::project(const QJsonObject &full, ApiProfile profile) const
{
    QJsonObject out;
    for (const QString &name : fieldNames(profile)) {
        const auto it = full.constFind(name);
        if (it != full.constEnd()) // a missing field shows in the tests comparing with schema/
            out.insert(name, it.value());
    }
    return out;
}

const std::vector<ResourceSpec> &resources()
{
    static const std::vector<ResourceSpec> all = build();
    return all;
}

const ResourceSpec &spec(Resource id)
{
    return resources()[static_cast<size_t>(id)];
}

} // namespace iuc::sim::api
