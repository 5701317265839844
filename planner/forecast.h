#pragma once
// Demand forecast: a damped trend over monthly activations, and its accuracy
// measured by hiding the last months of history (a backtest).

#include <span>
#include <string>
#include <vector>

namespace coverplan::planner {

/// Holt's linear trend with a damped slope (Gardner & McKenzie), fitted to
/// monthly counts (oldest first). Returns `horizon` forecasts, never negative.
/// `damping` in 0..1: 1 keeps the trend, 0 flattens it at once; below 0 it
/// is fitted with the smoothing constants (smallest one-step-ahead error).
std::vector<double> damped_trend_forecast(std::span<const double> monthly, int horizon, double damping);

/// How well the forecast would have done on the project's own history.
struct Backtest {
    int hidden_months = 0;       ///< months hidden and then forecast
    int series = 0;              ///< series assessed (zones with enough history, plus the whole project)
    double project_mape = 0;     ///< mean absolute percentage error of the whole project's monthly activations
    double zone_wape = 0;        ///< zones: sum |error| / sum actual over the hidden months
    double naive_zone_wape = 0;  ///< the same for "next months repeat the last month", for comparison
    bool assessed() const { return series > 0; }
};

}  // namespace coverplan::planner
