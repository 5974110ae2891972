#include "promresult.h"

#include "promfastparse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>
#include <limits>

namespace meshscope {

namespace {

// Prometheus sends sample values as strings so that NaN and ±Inf survive JSON.
bool parseValue(const QJsonValue& value, double* out)
{
    if (value.isDouble()) {
        *out = value.toDouble();
        return true;
    }
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text == QLatin1String("NaN")) {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf")) {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == QLatin1String("-Inf")) {
        *out = -std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}

// [ <unix time>, "<value>" ]
bool parsePoint(const QJsonValue& value, double* time, double* sample)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble())
        return false;
    *time = pair.at(0).toDouble();
    return parseValue(pair.at(1), sample);
}

PromLabels parseLabels(const QJsonObject& object)
{
    PromLabels labels;
    for (auto it = object.begin(); it != object.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

// Texts outside QObject classes; lupdate files them under this context (it does not see through a
// plain tr() wrapper, so a wrapper's strings were catalogued under another context and never translated).
struct PromResultText
{
    Q_DECLARE_TR_FUNCTIONS(meshscope::PromResult)
};

} // namespace

PromResult PromResult::failure(const QString& errorType, const QString& error)
{
    PromResult result;
    result.errorType = errorType;
    result.error = error;
    return result;
}

PromResult PromResult::parse(const QByteArray& body, int httpStatus)
{
    if (auto fast = detail::parseSuccessFast(body))
        return std::move(*fast);
    return parseGeneral(body, httpStatus);
}

PromResult PromResult::parseGeneral(const QByteArray& body, int httpStatus)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        if (httpStatus != 200 && httpStatus != 0)
            return failure(QStringLiteral("http"),
                PromResultText::tr("Prometheus answered HTTP %1 without a JSON body.").arg(httpStatus));
        if (jsonError.error == QJsonParseError::NoError)
            return failure(QStringLiteral("parse"),
                PromResultText::tr("Prometheus sent JSON that is not a response object (a JSON %1).")
                    .arg(document.isArray() ? QStringLiteral("array") : QStringLiteral("value")));
        return failure(QStringLiteral("parse"),
            PromResultText::tr("Prometheus sent a response that is not valid JSON (%1).").arg(jsonError.errorString()));
    }
    const QJsonObject root = document.object();
    PromResult result;
    for (const QJsonValue& warning : root.value(QLatin1String("warnings")).toArray())
        result.warnings.append(warning.toString());

    const QString status = root.value(QLatin1String("status")).toString();
    if (!root.value(QLatin1String("warnings")).isUndefined() && !root.value(QLatin1String("warnings")).isArray())
        return failure(
            QStringLiteral("parse"), PromResultText::tr("Prometheus sent \"warnings\" that are not a list."));
    if (status == QLatin1String("error")) {
        result.errorType = root.value(QLatin1String("errorType")).toString(QStringLiteral("error"));
        result.error = root.value(QLatin1String("error")).toString(PromResultText::tr("Prometheus reported an error."));
        return result;
    }
    if (status != QLatin1String("success"))
        return failure(
            QStringLiteral("parse"), PromResultText::tr("Prometheus response has no status \"success\" or \"error\"."));
    if (!root.value(QLatin1String("data")).isObject())
        return failure(QStringLiteral("parse"), PromResultText::tr("Prometheus sent a success without a data object."));

    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    const QString type = data.value(QLatin1String("resultType")).toString();
    const QJsonValue payload = data.value(QLatin1String("result"));
    const auto malformed = [&] {
        PromResult bad
            = failure(QStringLiteral("parse"), PromResultText::tr("Prometheus sent a malformed %1 result.").arg(type));
        bad.warnings = result.warnings;
        return bad;
    };
    // A result of the wrong shape is an error, not an empty answer: it would draw an empty graph as if all were
    // quiet. Series must be objects, their metric (if any) an object of string labels.
    const auto seriesOk = [](const QJsonValue& item) {
        if (!item.isObject())
            return false;
        const QJsonValue metric = item.toObject().value(QLatin1String("metric"));
        if (metric.isUndefined() || metric.isNull())
            return true;
        if (!metric.isObject())
            return false;
        const QJsonObject labels = metric.toObject();
        return std::all_of(labels.begin(), labels.end(), [](const QJsonValue& value) { return value.isString(); });
    };

    if (type == QLatin1String("vector")) {
        result.kind = Kind::Vector;
        if (!payload.isArray())
            return malformed();
        const QJsonArray items = payload.toArray();
        result.vector.reserve(items.size());
        for (const QJsonValue& item : items) {
            if (!seriesOk(item))
                return malformed();
            const QJsonObject object = item.toObject();
            PromSample sample;
            sample.metric = parseLabels(object.value(QLatin1String("metric")).toObject());
            if (!parsePoint(object.value(QLatin1String("value")), &sample.timestamp, &sample.value))
                return malformed();
            result.vector.append(std::move(sample));
        }
    } else if (type == QLatin1String("matrix")) {
        result.kind = Kind::Matrix;
        if (!payload.isArray())
            return malformed();
        const QJsonArray items = payload.toArray();
        result.matrix.reserve(items.size());
        for (const QJsonValue& item : items) {
            if (!seriesOk(item) || !item.toObject().value(QLatin1String("values")).isArray())
                return malformed();
            const QJsonObject object = item.toObject();
            PromSeries series;
            series.metric = parseLabels(object.value(QLatin1String("metric")).toObject());
            const QJsonArray values = object.value(QLatin1String("values")).toArray();
            series.points.reserve(values.size());
            for (const QJsonValue& value : values) {
                double time = 0;
                double sample = 0;
                if (!parsePoint(value, &time, &sample))
                    return malformed();
                series.points.append({ time, sample });
            }
            result.matrix.append(std::move(series));
        }
    } else if (type == QLatin1String("scalar") || type == QLatin1String("string")) {
        result.kind = type == QLatin1String("scalar") ? Kind::Scalar : Kind::String;
        const QJsonArray pair = payload.toArray();
        if (pair.size() != 2 || !pair.at(0).isDouble())
            return malformed();
        result.scalar.timestamp = pair.at(0).toDouble();
        if (result.kind == Kind::String)
            result.string = pair.at(1).toString();
        else if (!parseValue(pair.at(1), &result.scalar.value))
            return malformed();
    } else {
        return failure(
            QStringLiteral("parse"), PromResultText::tr("Prometheus sent an unknown result type \"%1\".").arg(type));
    }
    return result;
}

} // namespace meshscope
