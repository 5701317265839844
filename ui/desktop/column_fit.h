#pragma once
// Fitting a table's columns to its first rows, cheaply. QTableView's own
// resizeColumnsToContents() lays out the text of every cell it looks at
// (1,000 rows by default): 100 ms of the UI thread per ranking of 10^4
// zones. Here each column is as wide as its header or the widest of the
// few longest texts among the first rows, so a handful of texts are
// measured per column.

class QTableView;

namespace coverplan::desktop {

/// Sets the width of every column of `table` (in view order of the rows)
/// from its header and the display texts of its first `rows` rows.
void fit_columns(QTableView& table, int rows = 60);

}  // namespace coverplan::desktop
