#pragma once

// Deterministic stand-ins for random choices, so a traffic split follows its weights exactly even over a few
// seconds (a Prometheus test can then check a 15 s window to within a percentage point).

#include <QList>

namespace meshscope::sim {

// Smooth weighted round robin (as in nginx): each pick adds every weight to its credit, takes the largest
// credit and subtracts the total from it. Over any run of sum(weights) picks each index is chosen exactly
// weight times, and the picks are spread evenly rather than in blocks.
class SmoothWeightedPicker
{
public:
    // Resets the credits only when the weights differ from the current ones.
    void setWeights(const QList<int>& weights);
    const QList<int>& weights() const { return m_weights; }
    // The chosen index, or -1 when there is nothing to choose (no weights, or all zero).
    int pick();

private:
    QList<int> m_weights;
    QList<long long> m_credit;
};

// Fires for `fraction` of the calls, with the remainder carried over (fraction 0.1: every tenth call).
class FractionAccumulator
{
public:
    bool next(double fraction);

private:
    double m_credit = 0.0;
};

} // namespace meshscope::sim
