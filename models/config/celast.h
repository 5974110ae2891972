// CEL's values and syntax tree, shared by the parser (celparser.cpp) and the evaluator (celeval.cpp).
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <vector>

namespace meshscope::config::cel {

struct Value
{
    enum class Type
    {
        Null,
        Bool,
        Int,
        Uint,
        Double,
        String,
        Bytes,
        List,
        Map, // string keys (JSON objects, and map literals with string keys)
        Duration, // nanoseconds in i
        Url,
        Error,
    };
    Type type = Type::Null;
    bool b = false;
    qint64 i = 0;
    quint64 u = 0;
    double d = 0;
    QString s; // String, Url (its text), Error (its message)
    QByteArray bytes;
    std::shared_ptr<const QList<Value>> list;
    QJsonObject map;

    static Value null() { return {}; }
    static Value boolean(bool v)
    {
        Value r;
        r.type = Type::Bool;
        r.b = v;
        return r;
    }
    static Value integer(qint64 v)
    {
        Value r;
        r.type = Type::Int;
        r.i = v;
        return r;
    }
    static Value unsignedInteger(quint64 v)
    {
        Value r;
        r.type = Type::Uint;
        r.u = v;
        return r;
    }
    static Value real(double v)
    {
        Value r;
        r.type = Type::Double;
        r.d = v;
        return r;
    }
    static Value string(const QString& v)
    {
        Value r;
        r.type = Type::String;
        r.s = v;
        return r;
    }
    static Value error(const QString& message)
    {
        Value r;
        r.type = Type::Error;
        r.s = message;
        return r;
    }
    static Value ofList(QList<Value> items)
    {
        Value r;
        r.type = Type::List;
        r.list = std::make_shared<const QList<Value>>(std::move(items));
        return r;
    }
    static Value ofMap(const QJsonObject& object)
    {
        Value r;
        r.type = Type::Map;
        r.map = object;
        return r;
    }
    static Value fromJson(const QJsonValue& value);

    bool isError() const { return type == Type::Error; }
    QString typeName() const; // CEL's: "int", "string", "list", "map", …
};

struct Node
{
    enum class Kind
    {
        Literal,
        Ident,
        Select, // args[0].name
        Has, // has(args[0].name)
        Call, // name(args…), or receiver-style with hasReceiver (args[0] is the receiver)
        Index, // args[0][args[1]]
        List,
        Map, // args: key, value, key, value…
        Conditional, // args[0] ? args[1] : args[2]
        And,
        Or,
        Not,
        Negate,
        Binary, // name is the operator: + - * / % == != < <= > >= in
        Comprehension, // name: all, exists, exists_one, filter, map; variable; args: range, predicate[, transform]
    };
    Kind kind = Kind::Literal;
    Value literal;
    QString name;
    QString variable;
    bool hasReceiver = false;
    std::vector<std::unique_ptr<Node>> args;
};

// Parses expression; nullptr and *error on a syntax error or an unsupported construct.
std::unique_ptr<Node> parse(const QString& expression, QString* error);

} // namespace meshscope::config::cel
