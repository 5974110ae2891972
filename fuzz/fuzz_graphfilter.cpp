// The Graph page's find/hide expressions (Kiali's syntax), parsed and matched against a node and an edge.
#include "fuzzinput.h"
#include "models/graph/graphfilter.h"

#include <cmath>

using namespace meshscope;
using namespace meshscope::graph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const auto [node, edge] = [] {
        Node n;
        n.id = QStringLiteral("wl_east_bookinfo_reviews-v2");
        n.type = NodeType::Workload;
        n.namespace_ = QStringLiteral("bookinfo");
        n.workload = QStringLiteral("reviews-v2");
        n.app = QStringLiteral("reviews");
        n.version = QStringLiteral("v2");
        n.rates = { { QStringLiteral("httpIn"), 12.5 }, { QStringLiteral("tcpOut"), std::nan("") } };
        n.labels = { { QStringLiteral("app"), QStringLiteral("reviews") } };
        Edge e;
        e.source = QStringLiteral("unknown");
        e.dest = n.id;
        e.protocol = QStringLiteral("http");
        e.rates = { { QStringLiteral("http"), 3.0 }, { QStringLiteral("httpPercentErr"), 50.0 } };
        return std::pair { n, e };
    }();
    GraphFilter filter;
    QString error;
    if (filter.parse(QString::fromUtf8(fuzz::bytes(data, size)), &error)) {
        (void)filter.matches(node);
        (void)filter.matches(edge);
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refused expression says why
    }
    return 0;
}
