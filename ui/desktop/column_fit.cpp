#include "ui/desktop/column_fit.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <algorithm>
#include <vector>

namespace coverplan::desktop {

namespace {

/// Texts measured per column: the longest by characters and the next
/// ones, since in a proportional font the most letters are not always the
/// widest.
constexpr std::size_t kMeasured = 8;

}  // namespace

void fit_columns(QTableView& table, int rows) {
    const QAbstractItemModel* model = table.model();
    if (!model) return;
    QHeaderView* header = table.horizontalHeader();
    const QFontMetrics metrics(table.font());
    // What QStyledItemDelegate adds around a text: the focus frame's margin
    // and a pixel, on both sides, and the grid line.
    const int margin = 2 * (table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1) +
                       (table.showGrid() ? 1 : 0);
    const int shown_rows = std::min(rows, model->rowCount());
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->isSectionHidden(column)) continue;
        std::vector<QString> texts;
        for (int row = 0; row < shown_rows; ++row) texts.push_back(model->index(row, column).data().toString());
        const std::size_t measured = std::min(texts.size(), kMeasured);
        std::partial_sort(texts.begin(), texts.begin() + std::ptrdiff_t(measured), texts.end(),
                          [](const QString& a, const QString& b) { return a.size() > b.size(); });
        int width = header->sectionSizeHint(column);
        for (std::size_t i = 0; i < measured; ++i) width = std::max(width, metrics.horizontalAdvance(texts[i]) + margin);
        table.setColumnWidth(column, width);
    }
}

}  // namespace coverplan::desktop
