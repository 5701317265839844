#include "planner/forecast.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace coverplan::planner {

namespace {

struct Fit {
    double level = 0, trend = 0, sse = INFINITY;
};

double mean(std::span<const double> values) {
    return values.empty() ? 0.0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

/// Runs the damped-trend recursion over the history (error-correction form)
/// and returns the final state and the one-step-ahead squared error.
Fit run(std::span<const double> monthly, double alpha, double beta, double damping, double level, double trend) {
    Fit fit;
    fit.sse = 0;
    for (double actual : monthly) {
        const double predicted = level + damping * trend;
        const double error = actual - predicted;
        fit.sse += error * error;
        level = predicted + alpha * error;
        trend = damping * trend + alpha * beta * error;
    }
    fit.level = level;
    fit.trend = trend;
    return fit;
}

}  // namespace

std::vector<double> damped_trend_forecast(std::span<const double> monthly, int horizon, double damping) {
    if (horizon <= 0) return {};
    const std::size_t n = monthly.size();
    // Too short for a trend: the recent mean carries forward.
    if (n < 6) return std::vector<double>(std::size_t(horizon), std::max(0.0, mean(monthly.last(std::min<std::size_t>(n, 3)))));

    // Start from the first quarter's mean and the slope between the first two quarters.
    // The level starts one month before the history, so a straight line is
    // followed without error.
    const double trend0 = (mean(monthly.subspan(3, 3)) - mean(monthly.first(3))) / 3.0;
    const double level0 = mean(monthly.first(3)) - 2.0 * trend0;
    // Smoothing constants: the pair with the smallest one-step-ahead error on
    // this history, from a small fixed grid (deterministic, no optimiser).
    // Without a given damping, it is fitted the same way.
    const std::vector<double> dampings =
        damping >= 0 ? std::vector<double>{damping} : std::vector<double>{0.8, 0.85, 0.9, 0.95, 0.98, 1.0};
    Fit best;
    double best_damping = dampings.front();
    for (double phi : dampings)
        for (double alpha : {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9})
            for (double beta : {0.02, 0.05, 0.1, 0.2, 0.3}) {
                Fit fit = run(monthly, alpha, beta, phi, level0, trend0);
                if (fit.sse < best.sse) {
                    best = fit;
                    best_damping = phi;
                }
            }
    damping = best_damping;
    std::vector<double> forecast(static_cast<std::size_t>(horizon));
    double damping_sum = 0, power = 1;
    for (int h = 0; h < horizon; ++h) {
        power *= damping;
        damping_sum += power;
        forecast[std::size_t(h)] = std::max(0.0, best.level + damping_sum * best.trend);
    }
    return forecast;
}

}  // namespace coverplan::planner
