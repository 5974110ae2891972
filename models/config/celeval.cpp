// Evaluates CEL syntax trees (celast.h) the way cel-go does for Kubernetes validation rules: errors are values
// that && and || absorb, equality across types is false, numbers compare across int/uint/double.
#include "models/config/cel.h"
#include "models/config/celast.h"
#include "models/config/celfunctions.h"

#include <QHash>
#include <QMutex>
#include <cmath>
#include <limits>

namespace meshscope::config::cel {

class Program
{
public:
    std::unique_ptr<Node> root;
};

namespace {
constexpr qint64 costLimit = 2'000'000;

QString unescapeField(const QString& name)
{
    if (!name.startsWith(QLatin1String("__")) || !name.endsWith(QLatin1String("__")) || name.size() < 5)
        return name;
    const QString inner = name.mid(2, name.size() - 4);
    static const QStringList reserved { QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
        QStringLiteral("in"), QStringLiteral("as"), QStringLiteral("break"), QStringLiteral("const"),
        QStringLiteral("continue"), QStringLiteral("else"), QStringLiteral("for"), QStringLiteral("function"),
        QStringLiteral("if"), QStringLiteral("import"), QStringLiteral("let"), QStringLiteral("loop"),
        QStringLiteral("package"), QStringLiteral("namespace"), QStringLiteral("return"), QStringLiteral("var"),
        QStringLiteral("void"), QStringLiteral("while") };
    if (reserved.contains(inner))
        return inner;
    QString out = name;
    out.replace(QLatin1String("__underscores__"), QLatin1String("\x01"));
    out.replace(QLatin1String("__dash__"), QLatin1String("-"));
    out.replace(QLatin1String("__dot__"), QLatin1String("."));
    out.replace(QLatin1String("__slash__"), QLatin1String("/"));
    out.replace(QLatin1Char('\x01'), QLatin1String("__"));
    return out;
}

class Evaluator
{
public:
    Value eval(const Node& node)
    {
        if (++m_cost > costLimit)
            return Value::error(QStringLiteral("operation cancelled: actual cost limit exceeded"));
        switch (node.kind) {
        case Node::Kind::Literal:
            return node.literal;
        case Node::Kind::Ident:
            return lookup(node.name);
        case Node::Kind::Select:
            return select(eval(*node.args[0]), node.name, false);
        case Node::Kind::Has:
            return select(eval(*node.args[0]), node.name, true);
        case Node::Kind::Index:
            return index(eval(*node.args[0]), eval(*node.args[1]));
        case Node::Kind::List: {
            QList<Value> items;
            for (const auto& arg : node.args) {
                Value v = eval(*arg);
                if (v.isError())
                    return v;
                items.append(v);
            }
            return Value::ofList(items);
        }
        case Node::Kind::Map: {
            QJsonObject object;
            for (std::size_t i = 0; i + 1 < node.args.size(); i += 2) {
                const Value key = eval(*node.args[i]);
                const Value value = eval(*node.args[i + 1]);
                if (key.isError())
                    return key;
                if (value.isError())
                    return value;
                if (key.type != Value::Type::String)
                    return Value::error(QStringLiteral("unsupported map key type: %1").arg(key.typeName()));
                object.insert(key.s, toJson(value));
            }
            return Value::ofMap(object);
        }
        case Node::Kind::Conditional: {
            const Value condition = eval(*node.args[0]);
            if (condition.isError())
                return condition;
            if (condition.type != Value::Type::Bool)
                return noOverload(QStringLiteral("_?_:_"), condition);
            return eval(*node.args[condition.b ? 1 : 2]);
        }
        case Node::Kind::And:
        case Node::Kind::Or: {
            const bool isAnd = node.kind == Node::Kind::And;
            const Value left = eval(*node.args[0]);
            if (left.type == Value::Type::Bool && left.b != isAnd)
                return left; // false && …, true || …
            const Value right = eval(*node.args[1]);
            if (right.type == Value::Type::Bool && right.b != isAnd)
                return right;
            if (left.isError())
                return left;
            if (right.isError())
                return right;
            if (left.type != Value::Type::Bool || right.type != Value::Type::Bool)
                return noOverload(isAnd ? QStringLiteral("_&&_") : QStringLiteral("_||_"), left);
            return Value::boolean(isAnd);
        }
        case Node::Kind::Not: {
            const Value v = eval(*node.args[0]);
            if (v.isError())
                return v;
            return v.type == Value::Type::Bool ? Value::boolean(!v.b) : noOverload(QStringLiteral("!_"), v);
        }
        case Node::Kind::Negate: {
            const Value v = eval(*node.args[0]);
            if (v.type == Value::Type::Int) {
                if (v.i == std::numeric_limits<qint64>::min())
                    return Value::error(QStringLiteral("integer overflow"));
                return Value::integer(-v.i);
            }
            if (v.type == Value::Type::Double)
                return Value::real(-v.d);
            return v.isError() ? v : noOverload(QStringLiteral("-_"), v);
        }
        case Node::Kind::Binary:
            return binary(node.name, eval(*node.args[0]), eval(*node.args[1]));
        case Node::Kind::Call: {
            QList<Value> args;
            for (const auto& arg : node.args)
                args.append(eval(*arg));
            return callFunction(node.name, node.hasReceiver, args);
        }
        case Node::Kind::Comprehension:
            return comprehension(node);
        }
        return Value::error(QStringLiteral("unknown expression"));
    }

    void bind(const QString& name, const Value& value) { m_scopes.append({ name, value }); }

private:
    Value lookup(const QString& name) const
    {
        for (qsizetype i = m_scopes.size() - 1; i >= 0; --i) {
            if (m_scopes.at(i).first == name)
                return m_scopes.at(i).second;
        }
        return Value::error(QStringLiteral("undeclared reference to '%1'").arg(name));
    }

    static Value select(const Value& target, const QString& escapedName, bool test)
    {
        if (target.isError())
            return target;
        const QString name = unescapeField(escapedName);
        if (target.type != Value::Type::Map)
            return Value::error(QStringLiteral("no such key: %1").arg(name)); // selecting on a non-object
        const auto it = target.map.constFind(name);
        if (test)
            return Value::boolean(it != target.map.constEnd() && !it->isNull());
        if (it == target.map.constEnd())
            return Value::error(QStringLiteral("no such key: %1").arg(name));
        return Value::fromJson(*it);
    }

    static Value index(const Value& target, const Value& key)
    {
        if (target.isError())
            return target;
        if (key.isError())
            return key;
        if (target.type == Value::Type::List) {
            qint64 i = 0;
            if (key.type == Value::Type::Int)
                i = key.i;
            else if (key.type == Value::Type::Uint)
                i = qint64(key.u);
            else if (key.type == Value::Type::Double && key.d == std::floor(key.d))
                i = qint64(key.d);
            else
                return noOverload(QStringLiteral("_[_]"), key);
            if (i < 0 || i >= target.list->size())
                return Value::error(QStringLiteral("index out of bounds: %1").arg(i));
            return target.list->at(i);
        }
        if (target.type == Value::Type::Map) {
            if (key.type != Value::Type::String)
                return Value::error(QStringLiteral("no such key: %1").arg(key.typeName()));
            const auto it = target.map.constFind(key.s);
            if (it == target.map.constEnd())
                return Value::error(QStringLiteral("no such key: %1").arg(key.s));
            return Value::fromJson(*it);
        }
        return noOverload(QStringLiteral("_[_]"), target);
    }

    Value comprehension(const Node& node)
    {
        const Value range = eval(*node.args[0]);
        if (range.isError())
            return range;
        QList<Value> elements;
        if (range.type == Value::Type::List) {
            elements = *range.list;
        } else if (range.type == Value::Type::Map) {
            for (auto it = range.map.begin(); it != range.map.end(); ++it)
                elements.append(Value::string(it.key()));
        } else {
            return noOverload(node.name, range);
        }
        const QString& kind = node.name;
        bool sawError = false;
        Value firstError;
        int trueCount = 0;
        QList<Value> results;
        for (const Value& element : std::as_const(elements)) {
            m_scopes.append({ node.variable, element });
            const Value predicate = eval(*node.args[1]);
            Value transformed;
            const bool hasTransform = kind == QLatin1String("map") && node.args.size() == 3;
            if (hasTransform && predicate.type == Value::Type::Bool && predicate.b)
                transformed = eval(*node.args[2]);
            m_scopes.removeLast();
            if (kind == QLatin1String("map")) {
                if (!hasTransform) {
                    if (predicate.isError())
                        return predicate;
                    results.append(predicate);
                    continue;
                }
                if (predicate.isError())
                    return predicate;
                if (predicate.type != Value::Type::Bool)
                    return noOverload(kind, predicate);
                if (predicate.b) {
                    if (transformed.isError())
                        return transformed;
                    results.append(transformed);
                }
                continue;
            }
            if (predicate.isError()) {
                if (kind == QLatin1String("exists_one") || kind == QLatin1String("filter"))
                    return predicate;
                if (!sawError)
                    firstError = predicate;
                sawError = true;
                continue;
            }
            if (predicate.type != Value::Type::Bool)
                return noOverload(kind, predicate);
            if (kind == QLatin1String("all") && !predicate.b)
                return Value::boolean(false);
            if (kind == QLatin1String("exists") && predicate.b)
                return Value::boolean(true);
            if (predicate.b) {
                ++trueCount;
                if (kind == QLatin1String("filter"))
                    results.append(element);
            }
        }
        if (kind == QLatin1String("map") || kind == QLatin1String("filter"))
            return Value::ofList(results);
        if (sawError)
            return firstError;
        if (kind == QLatin1String("all"))
            return Value::boolean(true);
        if (kind == QLatin1String("exists"))
            return Value::boolean(false);
        return Value::boolean(trueCount == 1);
    }

    QList<std::pair<QString, Value>> m_scopes;
    qint64 m_cost = 0;
};

struct Cache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<const Program>> programs;
};

Cache& cache()
{
    static Cache instance;
    return instance;
}

// Every function the tree calls must exist, so that a rule this implementation cannot evaluate is reported
// when it is loaded, not mistaken for a failing value later.
bool checkFunctions(const Node& node, QString* error)
{
    if (node.kind == Node::Kind::Call && !isKnownFunction(node.name, node.hasReceiver)) {
        *error = QStringLiteral("unsupported function %1()").arg(node.name);
        return false;
    }
    for (const auto& arg : node.args) {
        if (!checkFunctions(*arg, error))
            return false;
    }
    return true;
}

Value run(const Program& program, const QJsonValue& self, const QJsonValue& oldSelf)
{
    Evaluator evaluator;
    evaluator.bind(QStringLiteral("self"), Value::fromJson(self));
    if (!oldSelf.isUndefined())
        evaluator.bind(QStringLiteral("oldSelf"), Value::fromJson(oldSelf));
    return evaluator.eval(*program.root);
}
} // namespace

std::shared_ptr<const Program> compile(const QString& expression, QString* error)
{
    Cache& c = cache();
    {
        QMutexLocker lock(&c.mutex);
        if (const auto it = c.programs.constFind(expression); it != c.programs.constEnd())
            return *it;
    }
    auto program = std::make_shared<Program>();
    program->root = parse(expression, error);
    if (!program->root || !checkFunctions(*program->root, error))
        return nullptr;
    QMutexLocker lock(&c.mutex);
    c.programs.insert(expression, program);
    return program;
}

Outcome evaluateRule(const Program& program, const QJsonValue& self, const QJsonValue& oldSelf)
{
    const Value result = run(program, self, oldSelf);
    Outcome outcome;
    if (result.isError())
        outcome.error = result.s;
    else if (result.type == Value::Type::Bool)
        outcome.kind = result.b ? Outcome::Kind::True : Outcome::Kind::False;
    else
        outcome.error = QStringLiteral("the rule gives %1, not a boolean").arg(result.typeName());
    return outcome;
}

Outcome evaluateString(const Program& program, const QJsonValue& self)
{
    const Value result = run(program, self, QJsonValue::Undefined);
    Outcome outcome;
    if (result.isError()) {
        outcome.error = result.s;
    } else if (result.type == Value::Type::String) {
        outcome.kind = Outcome::Kind::True;
        outcome.text = result.s;
    } else {
        outcome.error = QStringLiteral("the message expression gives %1, not a string").arg(result.typeName());
    }
    return outcome;
}

} // namespace meshscope::config::cel
