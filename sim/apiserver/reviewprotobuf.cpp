#include "sim/apiserver/reviewprotobuf.h"

#include <QHash>

namespace meshscope::sim {

namespace {
const QByteArray magic("k8s\0", 4);

// The length-delimited and varint fields of one protobuf message (repeated fields keep the last value).
struct Fields
{
    QHash<int, QByteArray> bytes;
    QHash<int, quint64> varints;
};

std::optional<quint64> readVarint(const QByteArray& data, qsizetype& pos)
{
    quint64 value = 0;
    for (int shift = 0; shift < 64 && pos < data.size(); shift += 7) {
        const quint8 byte = quint8(data.at(pos++));
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
    }
    return std::nullopt;
}

std::optional<Fields> parseMessage(const QByteArray& data)
{
    Fields fields;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const auto key = readVarint(data, pos);
        if (!key)
            return std::nullopt;
        const int field = int(*key >> 3);
        switch (*key & 7) {
        case 0: {
            const auto value = readVarint(data, pos);
            if (!value)
                return std::nullopt;
            fields.varints.insert(field, *value);
            break;
        }
        case 2: {
            const auto length = readVarint(data, pos);
            if (!length || *length > quint64(data.size() - pos))
                return std::nullopt;
            fields.bytes.insert(field, data.mid(pos, qsizetype(*length)));
            pos += qsizetype(*length);
            break;
        }
        case 1:
            pos += 8;
            break;
        case 5:
            pos += 4;
            break;
        default:
            return std::nullopt;
        }
    }
    if (pos > data.size())
        return std::nullopt;
    return fields;
}

QString text(const Fields& fields, int field)
{
    return QString::fromUtf8(fields.bytes.value(field));
}
} // namespace

bool isKubernetesProtobuf(const QByteArray& body)
{
    return body.startsWith(magic);
}

std::optional<QJsonObject> decodeReviewProtobuf(const QByteArray& body)
{
    if (!isKubernetesProtobuf(body))
        return std::nullopt;
    // runtime.Unknown { TypeMeta typeMeta = 1 { apiVersion = 1; kind = 2 }; bytes raw = 2; }
    const auto unknown = parseMessage(body.mid(magic.size()));
    if (!unknown)
        return std::nullopt;
    const auto typeMeta = parseMessage(unknown->bytes.value(1));
    const auto review = parseMessage(unknown->bytes.value(2));
    if (!typeMeta || !review)
        return std::nullopt;
    const QString kind = text(*typeMeta, 2);
    const auto spec = parseMessage(review->bytes.value(2));
    if (!spec)
        return std::nullopt;
    QJsonObject jsonSpec;
    if (kind == QStringLiteral("SelfSubjectAccessReview")) {
        // ResourceAttributes { namespace = 1; verb = 2; group = 3; version = 4; resource = 5; subresource = 6; name = 7
        // }
        if (spec->bytes.contains(1)) {
            const auto attributes = parseMessage(spec->bytes.value(1));
            if (!attributes)
                return std::nullopt;
            const char* names[] = { "namespace", "verb", "group", "version", "resource", "subresource", "name" };
            QJsonObject resourceAttributes;
            for (int field = 1; field <= 7; ++field) {
                if (attributes->bytes.contains(field))
                    resourceAttributes.insert(QLatin1String(names[field - 1]), text(*attributes, field));
            }
            jsonSpec.insert(QStringLiteral("resourceAttributes"), resourceAttributes);
        }
        if (spec->bytes.contains(2)) { // NonResourceAttributes { path = 1; verb = 2 }
            const auto attributes = parseMessage(spec->bytes.value(2));
            if (!attributes)
                return std::nullopt;
            jsonSpec.insert(QStringLiteral("nonResourceAttributes"),
                QJsonObject { { QStringLiteral("path"), text(*attributes, 1) },
                    { QStringLiteral("verb"), text(*attributes, 2) } });
        }
    } else if (kind == QStringLiteral("SelfSubjectRulesReview")) {
        jsonSpec.insert(QStringLiteral("namespace"), text(*spec, 1));
    } else {
        return std::nullopt;
    }
    return QJsonObject { { QStringLiteral("apiVersion"), text(*typeMeta, 1) }, { QStringLiteral("kind"), kind },
        { QStringLiteral("metadata"), QJsonObject() }, { QStringLiteral("spec"), jsonSpec } };
}

} // namespace meshscope::sim
