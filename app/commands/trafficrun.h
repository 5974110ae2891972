#pragma once

#include "models/traffic/trafficchange.h"
#include "trafficcommand.h"

#include <QObject>
#include <QTextStream>
#include <memory>

namespace meshscope {

class KubeApi;
class KubeDiscovery;

// One run of `meshscope traffic …`: connect (kubeconfig, discovery), prepare the change, print the diff, dry-run,
// apply and record it. exec() runs the event loop until it is over and returns the exit code.
class TrafficRun : public QObject
{
    Q_OBJECT
public:
    explicit TrafficRun(const TrafficArguments& arguments, QObject* parent = nullptr);
    ~TrafficRun() override;

    int exec();

private:
    void connected();
    void prepared(const traffic::TrafficChange::Prepared& prepared);
    void dryRunDone(const traffic::TrafficChange::Prepared& prepared, const traffic::RoutingWriter::Outcome& outcome);
    void applied(const traffic::TrafficChange::Applied& applied);
    int printHistory();
    traffic::TrafficChange::Planner planner() const;
    void finish(int code, const QString& message = {});

    TrafficArguments m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    KubeApi* m_api = nullptr;
    KubeDiscovery* m_discovery = nullptr;
    std::unique_ptr<traffic::ChangeHistory> m_history;
    traffic::TrafficChange* m_change = nullptr;
    int m_exitCode = 1;
};

} // namespace meshscope
