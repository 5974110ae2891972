#include "ioptree.h"

#include <QRegularExpression>
#include <cmath>

namespace meshscope::iop {

QVariant nullValue()
{
    return QVariant::fromValue(nullptr);
}

bool isNull(const QVariant& value)
{
    return !value.isValid() || value.typeId() == QMetaType::Nullptr;
}

bool isMap(const QVariant& value)
{
    return value.typeId() == QMetaType::QVariantMap;
}

bool isList(const QVariant& value)
{
    return value.typeId() == QMetaType::QVariantList;
}

bool isScalar(const QVariant& value)
{
    return !isMap(value) && !isList(value);
}

namespace {

bool isNumber(const QVariant& value)
{
    const int type = value.typeId();
    return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double
        || type == QMetaType::ULongLong || type == QMetaType::UInt;
}

// Splits on dots not preceded by a backslash.
QStringList splitEscaped(const QString& path)
{
    QStringList parts;
    QString current;
    QChar previous;
    for (const QChar c : path) {
        if (c == u'.' && previous != u'\\') {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
        previous = c;
    }
    parts << current;
    return parts;
}

bool parseBracket(const QString& text, PathSegment* segment)
{
    // text is "[...]"
    const QString inner = text.mid(1, text.size() - 2);
    bool ok = false;
    const int index = inner.toInt(&ok);
    if (ok) {
        segment->kind = PathSegment::Index;
        segment->index = index;
        return true;
    }
    const qsizetype colon = inner.indexOf(u':');
    if (colon < 0)
        return false;
    segment->kind = PathSegment::Select;
    segment->key = inner.left(colon);
    segment->value = inner.mid(colon + 1);
    return true;
}

int selectIndex(const QVariantList& list, const PathSegment& segment)
{
    for (int i = 0; i < list.size(); ++i) {
        if (!isMap(list.at(i)))
            continue;
        const QVariant field = list.at(i).toMap().value(segment.key);
        if (field.typeId() == QMetaType::QString && field.toString() == segment.value)
            return i;
    }
    return -1;
}

bool setRecurse(QVariant& node, const QList<PathSegment>& path, int at, const QVariant& value, QString* error)
{
    const PathSegment& segment = path.at(at);
    const bool last = at == path.size() - 1;
    if (segment.kind == PathSegment::Key) {
        QVariantMap map = isMap(node) ? node.toMap() : QVariantMap();
        if (last) {
            map.insert(segment.key, value);
        } else {
            QVariant child = map.value(segment.key);
            const bool wantList = path.at(at + 1).kind != PathSegment::Key;
            if (wantList ? !isList(child) : !isMap(child))
                child = wantList ? QVariant(QVariantList()) : QVariant(QVariantMap());
            if (!setRecurse(child, path, at + 1, value, error))
                return false;
            map.insert(segment.key, child);
        }
        node = map;
        return true;
    }
    QVariantList list = isList(node) ? node.toList() : QVariantList();
    int index = segment.index;
    if (segment.kind == PathSegment::Select) {
        index = selectIndex(list, segment);
        if (index < 0) {
            if (error)
                *error = QStringLiteral("element [%1:%2] not found").arg(segment.key, segment.value);
            return false;
        }
    }
    if (index < 0 || index >= list.size()) {
        if (last) {
            list.append(value);
        } else {
            QVariant fresh = QVariantMap();
            if (!setRecurse(fresh, path, at + 1, value, error))
                return false;
            list.append(fresh);
        }
    } else if (last) {
        list[index] = value;
    } else {
        QVariant child = list.at(index);
        if (!setRecurse(child, path, at + 1, value, error))
            return false;
        list[index] = child;
    }
    node = list;
    return true;
}

bool removeRecurse(QVariant& node, const QList<PathSegment>& path, int at)
{
    const PathSegment& segment = path.at(at);
    const bool last = at == path.size() - 1;
    if (segment.kind == PathSegment::Key) {
        if (!isMap(node))
            return false;
        QVariantMap map = node.toMap();
        if (!map.contains(segment.key))
            return false;
        if (last) {
            map.remove(segment.key);
        } else {
            QVariant child = map.value(segment.key);
            if (!removeRecurse(child, path, at + 1))
                return false;
            map.insert(segment.key, child);
        }
        node = map;
        return true;
    }
    if (!isList(node))
        return false;
    QVariantList list = node.toList();
    const int index = segment.kind == PathSegment::Select ? selectIndex(list, segment) : segment.index;
    if (index < 0 || index >= list.size())
        return false;
    if (last) {
        list.removeAt(index);
    } else {
        QVariant child = list.at(index);
        if (!removeRecurse(child, path, at + 1))
            return false;
        list[index] = child;
    }
    node = list;
    return true;
}

void collectLeaves(const QVariant& node, const QString& path, QStringList* out)
{
    if (isMap(node)) {
        const QVariantMap map = node.toMap();
        if (map.isEmpty()) {
            out->append(path);
            return;
        }
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            collectLeaves(it.value(), joinKey(path, it.key()), out);
    } else if (isList(node)) {
        const QVariantList list = node.toList();
        if (list.isEmpty()) {
            out->append(path);
            return;
        }
        for (int i = 0; i < list.size(); ++i)
            collectLeaves(list.at(i), joinIndex(path, i), out);
    } else {
        out->append(path);
    }
}

} // namespace

bool parsePath(const QString& path, QList<PathSegment>* segments, QString* error)
{
    segments->clear();
    QString trimmed = path.trimmed();
    while (trimmed.startsWith(u'.'))
        trimmed.remove(0, 1);
    while (trimmed.endsWith(u'.') && !trimmed.endsWith(QStringLiteral("\\.")))
        trimmed.chop(1);
    if (trimmed.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty path");
        return false;
    }
    for (QString part : splitEscaped(trimmed)) {
        if (part.isEmpty())
            continue;
        // A key may carry one or more [..] selectors: `gateways[0]`, `list[name:x][1]`.
        QString key;
        qsizetype bracket = -1;
        for (qsizetype i = 0; i < part.size(); ++i) {
            if (part.at(i) == u'[' && (i == 0 || part.at(i - 1) != u'\\')) {
                bracket = i;
                break;
            }
        }
        key = bracket < 0 ? part : part.left(bracket);
        if (!key.isEmpty()) {
            key.replace(QStringLiteral("\\."), QStringLiteral("."));
            key.replace(QStringLiteral("\\["), QStringLiteral("["));
            PathSegment segment;
            segment.key = key;
            segments->append(segment);
        }
        QString rest = bracket < 0 ? QString() : part.mid(bracket);
        while (!rest.isEmpty()) {
            const qsizetype close = rest.indexOf(u']');
            PathSegment segment;
            if (!rest.startsWith(u'[') || close < 0 || !parseBracket(rest.left(close + 1), &segment)) {
                if (error)
                    *error = QStringLiteral("unknown segment %1 in %2").arg(rest, path);
                return false;
            }
            segments->append(segment);
            rest = rest.mid(close + 1);
        }
    }
    if (segments->isEmpty() || segments->first().kind != PathSegment::Key) {
        if (error)
            *error = QStringLiteral("a path must start with a key: %1").arg(path);
        return false;
    }
    return true;
}

QString escapeKey(const QString& key)
{
    QString escaped = key;
    escaped.replace(QStringLiteral("."), QStringLiteral("\\."));
    return escaped;
}

QString joinKey(const QString& path, const QString& key)
{
    return path.isEmpty() ? escapeKey(key) : path + u'.' + escapeKey(key);
}

QString joinIndex(const QString& path, int index)
{
    return path + u'[' + QString::number(index) + u']';
}

QVariant valueAt(const QVariant& root, const QString& path)
{
    QList<PathSegment> segments;
    if (!parsePath(path, &segments))
        return {};
    QVariant node = root;
    for (const PathSegment& segment : std::as_const(segments)) {
        if (segment.kind == PathSegment::Key) {
            if (!isMap(node))
                return {};
            const QVariantMap map = node.toMap();
            const auto it = map.constFind(segment.key);
            if (it == map.cend())
                return {};
            node = it.value();
        } else {
            if (!isList(node))
                return {};
            const QVariantList list = node.toList();
            const int index = segment.kind == PathSegment::Select ? selectIndex(list, segment) : segment.index;
            if (index < 0 || index >= list.size())
                return {};
            node = list.at(index);
        }
    }
    return node;
}

bool setValueAt(QVariant& root, const QString& path, const QVariant& value, QString* error)
{
    QList<PathSegment> segments;
    if (!parsePath(path, &segments, error))
        return false;
    QVariant copy = root;
    if (!setRecurse(copy, segments, 0, value, error))
        return false;
    root = copy;
    return true;
}

bool removeValueAt(QVariant& root, const QString& path)
{
    QList<PathSegment> segments;
    if (!parsePath(path, &segments))
        return false;
    return removeRecurse(root, segments, 0);
}

void mergeFrom(QVariant& base, const QVariant& overlay)
{
    if (!isMap(base) || !isMap(overlay)) {
        base = overlay;
        return;
    }
    QVariantMap merged = base.toMap();
    const QVariantMap top = overlay.toMap();
    for (auto it = top.cbegin(); it != top.cend(); ++it) {
        auto existing = merged.find(it.key());
        if (existing != merged.end() && isMap(existing.value()) && isMap(it.value()))
            mergeFrom(existing.value(), it.value());
        else
            merged.insert(it.key(), it.value());
    }
    base = merged;
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (isNull(a) || isNull(b))
        return isNull(a) && isNull(b);
    if (isNumber(a) && isNumber(b)) {
        if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
            return a.toDouble() == b.toDouble();
        return a.toLongLong() == b.toLongLong();
    }
    if (a.typeId() != b.typeId())
        return false;
    if (isMap(a)) {
        const QVariantMap ma = a.toMap();
        const QVariantMap mb = b.toMap();
        if (ma.size() != mb.size())
            return false;
        for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
            const auto other = mb.constFind(it.key());
            if (other == mb.cend() || !sameValue(it.value(), other.value()))
                return false;
        }
        return true;
    }
    if (isList(a)) {
        const QVariantList la = a.toList();
        const QVariantList lb = b.toList();
        if (la.size() != lb.size())
            return false;
        for (int i = 0; i < la.size(); ++i) {
            if (!sameValue(la.at(i), lb.at(i)))
                return false;
        }
        return true;
    }
    return a == b;
}

QStringList leafPaths(const QVariant& root, const QString& prefix)
{
    QStringList out;
    collectLeaves(root, prefix, &out);
    return out;
}

QVariant parseSetValue(const QString& text)
{
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (ok)
            return v;
    }
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[iI]nf(inity)?|INF|NaN|nan)$"));
    if (number.match(text).hasMatch()) {
        const QString lower = text.toLower();
        if (lower.contains(u'n') && (lower.endsWith(QStringLiteral("nan"))))
            return std::nan("");
        if (lower.contains(QStringLiteral("inf")))
            return text.startsWith(u'-') ? -INFINITY : INFINITY;
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (ok)
            return v;
    }
    static const QStringList truths = { QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("TRUE"),
        QStringLiteral("true"), QStringLiteral("True") };
    static const QStringList falsehoods = { QStringLiteral("f"), QStringLiteral("F"), QStringLiteral("FALSE"),
        QStringLiteral("false"), QStringLiteral("False") };
    if (truths.contains(text))
        return true;
    if (falsehoods.contains(text))
        return false;
    QString s = text;
    s.replace(QStringLiteral("\\,"), QStringLiteral(","));
    return s;
}

QString shortText(const QVariant& value)
{
    if (isNull(value))
        return QStringLiteral("null");
    if (isMap(value)) {
        const auto size = value.toMap().size();
        return size == 0 ? QStringLiteral("{}") : QStringLiteral("{…%1 keys}").arg(size);
    }
    if (isList(value)) {
        const auto size = value.toList().size();
        return size == 0 ? QStringLiteral("[]") : QStringLiteral("[…%1 items]").arg(size);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QString: {
        QString s = value.toString();
        s.replace(u'\n', QStringLiteral("\\n"));
        if (s.size() > 80)
            s = s.left(77) + QStringLiteral("…");
        return u'"' + s + u'"';
    }
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

} // namespace meshscope::iop
