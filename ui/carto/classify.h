#pragma once
// Classed colour ramps for choropleths and density bins: colour-blind-safe
// palettes (ColorBrewer sequential ramps, Okabe-Ito categories) and class
// breaks that a reader can check against the legend.

#include <QColor>
#include <QLocale>
#include <QString>
#include <vector>

namespace coverplan::carto {

enum class Ramp {
    YellowOrangeRed,  ///< ColorBrewer YlOrRd: urgency (investment, utilisation)
    YellowGreenBlue,  ///< ColorBrewer YlGnBu: opportunity (sales)
    Purples,          ///< ColorBrewer Purples: density of points
};

/// `classes` colours (3..7) of a sequential ramp, light to dark. All three
/// are marked colour-blind safe by ColorBrewer.
std::vector<QColor> ramp_colours(Ramp ramp, int classes);

/// Okabe & Ito's eight colours, distinguishable with every common form of
/// colour blindness (black last); index wraps around.
QColor category_colour(std::size_t index);

/// Upper bounds of `classes` quantile classes of the values (the last bound
/// is the maximum). Equal bounds are merged, so fewer classes may come back;
/// empty values give no bounds.
std::vector<double> quantile_breaks(std::vector<double> values, int classes);

/// Upper bounds for counts (1, 2, 5, 10, 20, 50... multiples), at most
/// `classes`, covering 1..max_count with classes of similar size on a log scale.
std::vector<double> count_breaks(double max_count, int classes);

/// Index of the first class whose upper bound is >= value (the last class
/// for values above every bound).
int class_of(double value, const std::vector<double>& upper_bounds);

/// "0.42 – 0.61" style ranges for the legend: class i runs from the previous
/// bound (or `minimum` for the first) to bound i, both printed with `decimals`.
std::vector<QString> class_ranges(const std::vector<double>& upper_bounds, double minimum, int decimals,
                                  const QLocale& figures = QLocale::c());

/// The fewest decimals (from `at_least` up to 6) that print every bound,
/// and the minimum, differently: a legend never reads "0.01 – 0.01".
int distinct_decimals(const std::vector<double>& upper_bounds, double minimum, int at_least);

}  // namespace coverplan::carto
