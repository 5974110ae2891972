// The scenarios: the Kubernetes and Istio objects a simulated cluster starts with.
#pragma once

#include <QString>

namespace meshscope::sim {

class ObjectStore;

struct ScenarioOptions
{
    QString name = QStringLiteral("bookinfo"); // bookinfo | large
    int namespaces = 10; // large
    int services = 100; // large
};

bool loadScenarioInto(ObjectStore& store, const ScenarioOptions& options, QString* error);

} // namespace meshscope::sim
