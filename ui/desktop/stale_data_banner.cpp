#include "ui/desktop/stale_data_banner.h"

#include <QLocale>

#include "ui/desktop/retranslate.h"

namespace coverplan::desktop {

StaleDataBanner::StaleDataBanner(QWidget* parent) : QLabel(parent) {
    setObjectName("stale_data_banner");
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(6);
    // The warning colours of the platform's own message boxes would need a
    // style; a fixed amber strip reads as a warning on every theme.
    setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c068; }");
    hide();
    keep_translated(this, [this] { render(); });
}

void StaleDataBanner::show_problem(const QString& error, const QDateTime& read_at) {
    error_ = error;
    read_at_ = read_at;
    render();
    show();
}

void StaleDataBanner::clear_problem() {
    error_.clear();
    hide();
}

void StaleDataBanner::render() {
    if (error_.isEmpty()) return;
    setText(tr("The changed data could not be read: %1\nThe figures shown are those read at %2; they are "
               "updated when the data can be read again.")
                .arg(error_, QLocale().toString(read_at_.time(), "HH:mm")));
}

}  // namespace coverplan::desktop
