#include "envoyadmin.h"

#include <QCoreApplication>
#include <QStringView>
#include <cmath>
#include <limits>

namespace meshscope {

EnvoyClustersResult parseEnvoyClusters(const QByteArray& text)
{
    EnvoyClustersResult result;
    QHash<QString, int> clusterIndex;
    QHash<QString, int> hostIndex; // "cluster::address" → index in that cluster's hosts
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& rawLine : lines) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QStringLiteral("::"));
        if (fields.size() < 3) {
            if (result.error.isEmpty())
                result.error
                    = QCoreApplication::translate("EnvoyAdmin", "Unexpected line in /clusters: %1").arg(line.left(120));
            continue;
        }
        const QString& name = fields.at(0);
        int cluster = clusterIndex.value(name, -1);
        if (cluster < 0) {
            cluster = int(result.clusters.size());
            clusterIndex.insert(name, cluster);
            result.clusters.append({ name, {}, {} });
        }
        EnvoyClusterStatus& status = result.clusters[cluster];
        // Setting keys are identifiers; host addresses (ip:port, envoy://…, pipes) have ':' or '/'.
        const bool isHost = fields.at(1).contains(QLatin1Char(':')) || fields.at(1).contains(QLatin1Char('/'));
        if (!isHost) {
            status.settings.insert(fields.mid(1, fields.size() - 2).join(QStringLiteral("::")), fields.last());
            continue;
        }
        if (fields.size() < 4)
            continue;
        const QString hostKey = name + QStringLiteral("::") + fields.at(1);
        int host = hostIndex.value(hostKey, -1);
        if (host < 0) {
            host = int(status.hosts.size());
            hostIndex.insert(hostKey, host);
            status.hosts.append({ fields.at(1), {} });
        }
        status.hosts[host].stats.insert(fields.at(2), fields.mid(3).join(QStringLiteral("::")));
    }
    return result;
}

namespace {

std::optional<double> parseValue(QStringView text)
{
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// Parses `{a="x",b="y\"z"}` starting at position; returns the index after '}' or -1.
qsizetype parseLabels(const QString& line, qsizetype position, QMap<QString, QString>* labels)
{
    qsizetype i = position + 1; // after '{'
    while (i < line.size()) {
        while (i < line.size() && (line.at(i) == QLatin1Char(',') || line.at(i) == QLatin1Char(' ')))
            ++i;
        if (i < line.size() && line.at(i) == QLatin1Char('}'))
            return i + 1;
        const qsizetype equals = line.indexOf(QLatin1Char('='), i);
        if (equals < 0 || equals + 1 >= line.size() || line.at(equals + 1) != QLatin1Char('"'))
            return -1;
        const QString name = line.mid(i, equals - i).trimmed();
        QString value;
        qsizetype j = equals + 2;
        bool closed = false;
        for (; j < line.size(); ++j) {
            const QChar c = line.at(j);
            if (c == QLatin1Char('\\') && j + 1 < line.size()) {
                const QChar next = line.at(++j);
                value += next == QLatin1Char('n') ? QLatin1Char('\n') : next;
            } else if (c == QLatin1Char('"')) {
                closed = true;
                break;
            } else {
                value += c;
            }
        }
        if (!closed || name.isEmpty())
            return -1;
        labels->insert(name, value);
        i = j + 1;
    }
    return -1;
}

} // namespace

PromTextResult parsePrometheusText(const QByteArray& text)
{
    PromTextResult result;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& rawLine : lines) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() >= 4 && parts.at(1) == QLatin1String("TYPE"))
                result.types.insert(parts.at(2), parts.at(3));
            continue;
        }
        PromTextSample sample;
        const qsizetype brace = line.indexOf(QLatin1Char('{'));
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        qsizetype rest = -1;
        if (brace >= 0 && (space < 0 || brace < space)) {
            sample.name = line.left(brace);
            rest = parseLabels(line, brace, &sample.labels);
        } else if (space > 0) {
            sample.name = line.left(space);
            rest = space;
        }
        std::optional<double> value;
        if (rest >= 0) {
            const QStringList tail = line.mid(rest).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!tail.isEmpty())
                value = parseValue(tail.first());
        }
        if (!value || sample.name.isEmpty()) {
            if (result.error.isEmpty())
                result.error
                    = QCoreApplication::translate("EnvoyAdmin", "Malformed metrics line: %1").arg(line.left(120));
            continue;
        }
        sample.value = *value;
        result.samples.append(sample);
    }
    return result;
}

} // namespace meshscope
