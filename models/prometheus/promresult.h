#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace meshscope {

using PromLabels = QMap<QString, QString>;

struct PromSample
{
    PromLabels metric;
    double timestamp = 0; // seconds since the epoch
    double value = 0; // NaN and ±Inf are kept as such
};

struct PromSeries
{
    PromLabels metric;
    QList<std::pair<double, double>> points; // (timestamp in seconds, value)
};

// A Prometheus HTTP API response (/api/v1/query, /api/v1/query_range), as Prometheus, Thanos, Mimir and
// VictoriaMetrics send it: {"status":"success","data":{"resultType":…,"result":…},"warnings":[…]} or
// {"status":"error","errorType":…,"error":…}.
struct PromResult
{
    enum class Kind
    {
        None,
        Vector,
        Matrix,
        Scalar,
        String
    };
    Kind kind = Kind::None;
    QList<PromSample> vector;
    QList<PromSeries> matrix;
    PromSample scalar; // Scalar and String results: timestamp + value
    QString string;
    QStringList warnings;
    QString errorType; // e.g. "bad_data", "timeout", "execution"; "transport"/"parse" for our own failures
    QString error; // empty when the query succeeded

    bool ok() const { return error.isEmpty(); }

    // Parses a response body. Any JSON that is not a valid response gives an error result, never a crash.
    // httpStatus is used for the message when the body is not a Prometheus error object (e.g. a proxy's 502 page).
    // Successful vector and matrix responses are read straight from the bytes (promfastparse.h); everything
    // else goes through parseGeneral().
    static PromResult parse(const QByteArray& body, int httpStatus = 200);
    // The general path over QJsonDocument, for every body; parse() gives the same result, only faster.
    static PromResult parseGeneral(const QByteArray& body, int httpStatus = 200);
    static PromResult failure(const QString& errorType, const QString& error);
};

} // namespace meshscope
