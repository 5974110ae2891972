#include "weightedpicker.h"

#include <algorithm>

namespace meshscope::sim {

void SmoothWeightedPicker::setWeights(const QList<int>& weights)
{
    if (weights == m_weights)
        return;
    m_weights = weights;
    m_credit = QList<long long>(weights.size(), 0);
}

int SmoothWeightedPicker::pick()
{
    long long total = 0;
    int best = -1;
    for (qsizetype i = 0; i < m_weights.size(); ++i) {
        const int weight = std::max(0, m_weights[i]);
        if (weight == 0)
            continue;
        total += weight;
        m_credit[i] += weight;
        if (best < 0 || m_credit[i] > m_credit[best])
            best = int(i);
    }
    if (best >= 0)
        m_credit[best] -= total;
    return best;
}

bool FractionAccumulator::next(double fraction)
{
    m_credit += std::clamp(fraction, 0.0, 1.0);
    if (m_credit >= 1.0 - 1e-9) {
        m_credit -= 1.0;
        return true;
    }
    return false;
}

} // namespace meshscope::sim
