#include "ui/carto/classify.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace coverplan::carto {

namespace {

/// ColorBrewer 2.0 (Cynthia Brewer, Pennsylvania State University), 3 to 7 classes.
using RampTable = std::array<std::vector<unsigned>, 5>;

const RampTable& table(Ramp ramp) {
    static const RampTable yl_or_rd = {{
        {0xffeda0, 0xfeb24c, 0xf03b20},
        {0xffffb2, 0xfecc5c, 0xfd8d3c, 0xe31a1c},
        {0xffffb2, 0xfecc5c, 0xfd8d3c, 0xf03b20, 0xbd0026},
        {0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xf03b20, 0xbd0026},
        {0xffffb2, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xb10026},
    }};
    static const RampTable yl_gn_bu = {{
        {0xedf8b1, 0x7fcdbb, 0x2c7fb8},
        {0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8},
        {0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494},
        {0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494},
        {0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x0c2c84},
    }};
    static const RampTable purples = {{
        {0xefedf5, 0xbcbddc, 0x756bb1},
        {0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x6a51a3},
        {0xf2f0f7, 0xcbc9e2, 0x9e9ac8, 0x756bb1, 0x54278f},
        {0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x756bb1, 0x54278f},
        {0xf2f0f7, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x4a1486},
    }};
    switch (ramp) {
        case Ramp::YellowOrangeRed: return yl_or_rd;
        case Ramp::YellowGreenBlue: return yl_gn_bu;
        case Ramp::Purples: break;
    }
    return purples;
}

QString number(double value, int decimals) { return QString::number(value, 'f', decimals); }

}  // namespace

std::vector<QColor> ramp_colours(Ramp ramp, int classes) {
    const auto& rgb = table(ramp)[std::size_t(std::clamp(classes, 3, 7) - 3)];
    std::vector<QColor> colours;
    for (unsigned value : rgb) colours.emplace_back(QRgb(value));
    return colours;
}

QColor category_colour(std::size_t index) {
    static const unsigned okabe_ito[] = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};
    return QColor(QRgb(okabe_ito[index % 8]));
}

std::vector<double> quantile_breaks(std::vector<double> values, int classes) {
    std::vector<double> bounds;
    if (values.empty() || classes < 1) return bounds;
    std::sort(values.begin(), values.end());
    for (int c = 1; c <= classes; ++c) {
        // Nearest-rank quantile: the value below which c/classes of the zones lie.
        const std::size_t rank = std::size_t(std::ceil(double(c) * double(values.size()) / classes));
        const double bound = values[std::min(values.size(), std::max<std::size_t>(rank, 1)) - 1];
        if (bounds.empty() || bound > bounds.back()) bounds.push_back(bound);
    }
    bounds.back() = values.back();
    return bounds;
}

std::vector<double> count_breaks(double max_count, int classes) {
    std::vector<double> bounds;
    if (max_count < 1 || classes < 1) return bounds;
    // Geometric steps from 1 to the maximum, each rounded up to 1-2-5 x 10^k.
    const double ratio = std::pow(max_count, 1.0 / classes);
    for (int c = 1; c < classes; ++c) {
        const double raw = std::pow(ratio, c);
        const double decade = std::pow(10.0, std::floor(std::log10(raw)));
        double nice = decade;
        for (double step : {1.0, 2.0, 5.0, 10.0})
            if (step * decade >= raw - 1e-9) {
                nice = step * decade;
                break;
            }
        if (nice < max_count && (bounds.empty() || nice > bounds.back())) bounds.push_back(nice);
    }
    bounds.push_back(max_count);
    return bounds;
}

int class_of(double value, const std::vector<double>& upper_bounds) {
    const auto it = std::lower_bound(upper_bounds.begin(), upper_bounds.end(), value);
    if (it == upper_bounds.end()) return int(upper_bounds.size()) - 1;
    return int(it - upper_bounds.begin());
}

std::vector<QString> class_ranges(const std::vector<double>& upper_bounds, double minimum, int decimals,
                                  const QLocale& figures) {
    auto number = [&](double value, int digits) { return figures.toString(value, 'f', digits); };
    // Counts (no decimals) read "3 – 5" after "1 – 2"; measures read
    // "0.42 – 0.61" after "0.20 – 0.42" (a value on a bound is in the lower class).
    std::vector<QString> ranges;
    double lower = minimum;
    const QString dash = QStringLiteral(" \u2013 ");
    for (double upper : upper_bounds) {
        ranges.push_back(lower == upper ? number(upper, decimals) : number(lower, decimals) + dash + number(upper, decimals));
        lower = decimals == 0 ? upper + 1 : upper;
    }
    return ranges;
}

int distinct_decimals(const std::vector<double>& upper_bounds, double minimum, int at_least) {
    std::vector<double> values = {minimum};
    values.insert(values.end(), upper_bounds.begin(), upper_bounds.end());
    for (int decimals = at_least; decimals < 6; ++decimals) {
        bool distinct = true;
        for (std::size_t i = 1; i < values.size() && distinct; ++i)
            distinct = values[i] == values[i - 1] || number(values[i], decimals) != number(values[i - 1], decimals);
        if (distinct) return decimals;
    }
    return 6;
}

}  // namespace coverplan::carto
