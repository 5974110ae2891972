#pragma once

#include "models/health/healthrefresh.h"

#include <QByteArray>

namespace meshscope {

// `meshscope health` output: a table (KIND NAMESPACE NAME STATUS IN RPS IN ERR% OUT RPS OUT ERR% REASON) or JSON
// ({"apps": […], "workloads": […], "services": […]} with status, reason, rates and replicas per object).
QByteArray healthTable(const health::HealthSnapshot& snapshot);
QByteArray healthJson(const health::HealthSnapshot& snapshot);

} // namespace meshscope
