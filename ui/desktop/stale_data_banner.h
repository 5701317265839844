#pragma once
// The warning above the map while the project's data could not be read
// again (a file half written, the database down): what went wrong and when
// the figures on screen were read. It stays until a later reading succeeds.

#include <QDateTime>
#include <QLabel>

namespace coverplan::desktop {

class StaleDataBanner : public QLabel {
    Q_OBJECT
public:
    explicit StaleDataBanner(QWidget* parent = nullptr);

    /// Shows the problem (`error` as `coverplan` prints it) and the time the shown data was read.
    void show_problem(const QString& error, const QDateTime& read_at);
    /// A reading succeeded (or another project opened): hidden.
    void clear_problem();
    /// The problem shown, empty when none.
    const QString& problem() const { return error_; }

private:
    void render();

    QString error_;
    QDateTime read_at_;
};

}  // namespace coverplan::desktop
