// http-roundtrip --url URL [--runs N]: latency of HttpClient GETs against a server you point it at.
#include "benchcase.h"
#include "models/net/httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace meshscope::bench {
namespace {

int run(const QStringList& arguments)
{
    const QUrl url(stringOption(arguments, QStringLiteral("--url")));
    const int runs = intOption(arguments, QStringLiteral("--runs"), 20);
    if (!url.isValid() || url.isEmpty()) {
        QTextStream(stderr) << "http-roundtrip needs --url URL\n";
        return 2;
    }
    HttpClient client;
    QList<double> millis;
    int failures = 0;
    QElapsedTimer timer;
    // Sequential requests driven by the event loop: each completion starts the next.
    std::function<void()> next = [&] {
        if (millis.size() + failures >= runs) {
            QCoreApplication::exit(0);
            return;
        }
        timer.start();
        HttpRequest request;
        request.url = url;
        client.send(request, &client, [&](const HttpResponse& response) {
            if (response.ok())
                millis << double(timer.nsecsElapsed()) / 1e6;
            else
                ++failures;
            next();
        });
    };
    next();
    QCoreApplication::exec();
    printValue(QStringLiteral("requests"), double(millis.size()), 0);
    printValue(QStringLiteral("failures"), double(failures), 0);
    printValue(QStringLiteral("median_ms"), median(millis));
    printValue(QStringLiteral("peak_rss_mb"), peakRssMb(), 1);
    return failures == 0 ? 0 : 1;
}

const BenchRegistration registration({ QStringLiteral("http-roundtrip"), QStringLiteral("--url URL [--runs N]"), run });

} // namespace
} // namespace meshscope::bench
