#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// Envoy access-log lines in Istio's default text format (meshConfig.accessLogFile without a custom format):
// [%START_TIME%] "%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%" %RESPONSE_CODE% %RESPONSE_FLAGS%
// %RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS% "%UPSTREAM_TRANSPORT_FAILURE_REASON%" %BYTES_RECEIVED%
// %BYTES_SENT% %DURATION% %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% "%REQ(X-FORWARDED-FOR)%" "%REQ(USER-AGENT)%"
// "%REQ(X-REQUEST-ID)%" "%REQ(:AUTHORITY)%" "%UPSTREAM_HOST%" %UPSTREAM_CLUSTER% %UPSTREAM_LOCAL_ADDRESS%
// %DOWNSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_REMOTE_ADDRESS% %REQUESTED_SERVER_NAME% %ROUTE_NAME%
namespace meshscope::details {

struct AccessLogEntry
{
    QDateTime start;
    QString method;
    QString path;
    QString protocol;
    int responseCode = 0; // 0: no response
    QString responseFlags; // "-" when none
    QString responseCodeDetails;
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
    int durationMs = 0;
    QString requestId;
    QString authority;
    QString upstreamHost;
    QString upstreamCluster; // e.g. outbound|9080||reviews.bookinfo.svc.cluster.local
    QString routeName;
};

// nullopt for anything that is not such a line (the proxy's own log messages, app output). TCP lines (no
// request) are read too: method and path are then empty.
std::optional<AccessLogEntry> parseAccessLog(const QString& line);

} // namespace meshscope::details
