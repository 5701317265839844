#include "ui/desktop/screenshot.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>
#include <iostream>

#include "ui/desktop/main_window.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/project_session.h"

namespace coverplan::desktop {

ScreenshotRun::ScreenshotRun(MainWindow& window, const QString& output)
    : QObject(&window), window_(window), output_(output) {
    connect(&window_, &MainWindow::project_shown, this, &ScreenshotRun::project_shown);
    connect(&window_, &MainWindow::project_failed, this,
            [this](const QString& error, bool bad_input) { finish(bad_input ? 2 : 3, error); });
}

void ScreenshotRun::project_shown() {
    // The top investment zone selected, as a planner sees it after one
    // click: its row, its outline and its detail.
    const auto session = window_.session();
    const auto order = session->plan.ranked(planner::RankingKind::Investment);
    if (!order.empty()) window_.select_zone(int(order.front()), false);
    connect(window_.canvas(), &MapCanvas::rendered, this, &ScreenshotRun::grab_when_drawn);
    if (!window_.canvas()->rendering()) grab_when_drawn();
}

void ScreenshotRun::grab_when_drawn() {
    if (done_ || window_.canvas()->rendering()) return;
    // Let the last paint events (the canvas's new image, the tables) through first.
    QTimer::singleShot(0, this, [this] {
        if (done_) return;
        const QPixmap pixmap = window_.grab();
        QSaveFile file(output_);
        if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
            finish(2, "error: " + output_ + ": cannot write the screenshot: " + file.errorString());
            return;
        }
        finish(0);
    });
}

void ScreenshotRun::finish(int exit_code, const QString& message) {
    if (done_) return;
    done_ = true;
    if (!message.isEmpty()) std::cerr << message.toStdString() << "\n";
    QCoreApplication::exit(exit_code);
}

}  // namespace coverplan::desktop
