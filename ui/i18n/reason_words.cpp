#include "ui/i18n/reason_words.h"

#include <cmath>

#include "planner/reason_text.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"

namespace coverplan::i18n {

namespace {

std::string count(double value) { return count_text(std::llround(value)); }

std::string investment_reason(const planner::Reason& reason) {
    const double figure = reason.figure;
    switch (reason.component) {
        case 0: {
            std::string text;
            if (figure > 0) text = fill(tr_utf8("Reason", "%1 leads cannot be served"), {count(figure)});
            if (reason.forecast_beyond_spare >= 0.5)
                text += (text.empty() ? "" : ", ") +
                        fill(tr_utf8("Reason", "forecast exceeds spare ports by %1"), {count(reason.forecast_beyond_spare)});
            return text;
        }
        case 1:
            return fill(tr_utf8("Reason", "%1 nodes above %2 within %3 months"),
                          {count(figure), percent_text(reason.threshold, 0), std::to_string(reason.months)});
        case 2: {
            std::string text = fill(tr_utf8("Reason", "complaints %1× average"), {decimal_text(figure, 1)});
            if (!reason.node.empty())
                text += fill(tr_utf8("Reason", ", %1 on %2"), {percent_text(reason.node_share, 0), reason.node});
            return text;
        }
        default: {
            const long long change = std::llround(figure * 100.0);
            return fill(tr_utf8("Reason", "activations %1 % over %2 months"),
                          {(change > 0 ? "+" : "") + count_text(change), std::to_string(reason.months)});
        }
    }
}

std::string sales_reason(const planner::Reason& reason) {
    const double figure = reason.figure;
    switch (reason.component) {
        case 0: return fill(tr_utf8("Reason", "%1 spare ports"), {count(figure)});
        case 1: return fill(tr_utf8("Reason", "%1 households not yet subscribed"), {count(figure)});
        case 2: return fill(tr_utf8("Reason", "%1 leads can be served now"), {count(figure)});
        default:
            return reason.project_rate ? fill(tr_utf8("Reason", "installs on time %1 (project)"), {percent_text(figure, 0)})
                                       : fill(tr_utf8("Reason", "installs on time %1"), {percent_text(figure, 0)});
    }
}

}  // namespace

std::string reader_reason(planner::RankingKind kind, const planner::Reason& reason) {
    if (language() == Language::English) return planner::reason_text(kind, reason);
    return kind == planner::RankingKind::Investment ? investment_reason(reason) : sales_reason(reason);
}

std::string reader_reasons(planner::RankingKind kind, std::span<const planner::Reason> reasons) {
    if (language() == Language::English) return planner::reasons_text(kind, reasons);
    std::string text;
    for (const planner::Reason& reason : reasons) {
        const std::string one = reader_reason(kind, reason);
        if (!one.empty()) text += (text.empty() ? "" : "; ") + one;
    }
    if (!text.empty()) return text;
    return kind == planner::RankingKind::Investment ? tr_utf8("Reason", "no pressure on the network")
                                                    : tr_utf8("Reason", "little to sell here");
}

std::string reader_complaints_counted(const planner::ComplaintsCounted& c) {
    if (language() == Language::English) return planner::complaints_counted_text(c);
    if (c.total == 0) return tr_utf8("Reason", "no complaints in the data: the component is 0 for every zone");
    std::string text =
        c.dated ? fill(tr_utf8("Reason", "%1 complaints in the %2 days before %3 (of %4)"),
                       {count_text(c.recent), count_text(c.window_days), date_text(c.as_of), count_text(c.total)})
                : fill(tr_utf8("Reason", "%1 complaints (the layer maps no date: every complaint counts)"), {count_text(c.recent)});
    const std::string per_1000 = decimal_text(c.per_1000, 1), tied = count_text(c.recent_tied);
    text = c.by_technology
               ? fill(tr_utf8("Reason", "%1, %2 per 1,000 subscribers across the zones; %3 of them lie in the service area of a live node of their technology."),
                      {text, per_1000, tied})
               : fill(tr_utf8("Reason", "%1, %2 per 1,000 subscribers across the zones; %3 of them lie in the service area of a live node (any technology: the complaints name none)."),
                      {text, per_1000, tied});
    if (c.categories.empty()) return text;
    std::string categories;
    for (const planner::CategoryCount& category : c.categories)
        categories += (categories.empty() ? "" : ", ") +
                      (category.category.empty() ? tr_utf8("Reason", "(none)") : category.category) + " " +
                      count_text(category.complaints);
    if (c.more_categories > 0)
        categories += fill(tr_utf8("Reason", ", and %1 more"), {count_text(static_cast<long long>(c.more_categories))});
    return text + fill(tr_utf8("Reason", " By category (all %1): %2."), {count_text(c.total), categories});
}

}  // namespace coverplan::i18n
