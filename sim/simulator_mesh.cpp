// The mesh side of the simulator (owned by sim-mesh): the traffic model, /metrics, istiod and Envoy
// responders behind the pod proxy. Until it is filled, the simulator serves the Kubernetes API alone.
#include "sim/simulator.h"

#include <QCommandLineParser>

namespace meshscope::sim {

void Simulator::addMeshOptions(QCommandLineParser& parser)
{
    Q_UNUSED(parser);
}

void Simulator::attachMesh() { }

} // namespace meshscope::sim
