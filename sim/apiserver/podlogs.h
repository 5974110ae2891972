// What answers /api/v1/namespaces/{ns}/pods/{pod}/log: each container's recent lines (kept in memory, the
// oldest dropped), read with the kubelet's parameters (container, tailLines, sinceSeconds, timestamps) and
// followed (follow=true streams the lines appended from then on).
#pragma once

#include "sim/http/httpserver.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace meshscope::sim {

class PodLogs : public QObject
{
    Q_OBJECT
public:
    explicit PodLogs(QObject* parent = nullptr);

    static constexpr int linesPerContainer = 2000;

    void append(
        const QString& ns, const QString& pod, const QString& container, const QDateTime& time, const QByteArray& line);
    // Answers a log request for a pod whose containers are `containers` (the first is the default).
    void serve(const SimHttpRequest& request, HttpConnection* connection, const QString& ns, const QString& pod,
        const QStringList& containers);

signals:
    void appended(const QString& key, const QDateTime& time, const QByteArray& line); // key: ns/pod/container

private:
    struct Line
    {
        QDateTime time;
        QByteArray text;
    };
    static QByteArray format(const Line& line, bool timestamps);
    QHash<QString, QList<Line>> m_lines;
};

} // namespace meshscope::sim
