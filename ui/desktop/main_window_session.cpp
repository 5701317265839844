// The main window's part that takes a project in: opening it (off the UI
// thread, behind a progress dialog), and filling the panels and the map
// with the session that arrives. The loader's worker has already prepared
// what the window shows (prepare_view); here only ready values are
// installed, and what the user changed while the project was read is done
// again.

#include <QDate>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <algorithm>
#include <utility>

#include "ui/desktop/address_search_box.h"
#include "ui/desktop/check_panel.h"
#include "ui/desktop/cursor_position.h"
#include "ui/desktop/data_follower.h"
#include "ui/desktop/demand_layers.h"
#include "ui/desktop/layers_panel.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/prepared_view.h"
#include "ui/desktop/problems_panel.h"
#include "ui/desktop/project_loader.h"
#include "ui/desktop/ranking_panel.h"
#include "ui/desktop/recent_projects.h"
#include "ui/desktop/scenario_panel.h"
#include "ui/desktop/scenario_state.h"
#include "ui/desktop/screen_map.h"
#include "ui/desktop/stale_data_banner.h"
#include "ui/desktop/weights_panel.h"
#include "ui/desktop/zone_detail_panel.h"

namespace coverplan::desktop {

ViewRequest MainWindow::view_request(bool carry_over) const {
    ViewRequest request;
    request.theme = theme_;
    request.demand = layers_->choice();
    if (carry_over && session_) {
        request.weights = session_->plan.weights;
        request.scenario = scenario_->scenario();
        request.scenario_version = scenario_->version();
    }
    return request;
}

std::shared_ptr<const carto::MapDescription> MainWindow::prepared_map(const PreparedView* prepared) const {
    if (prepared && prepared->map && prepared->request.theme == theme_) return prepared->map;
    return describe_screen_map(*session_, theme_);  // the theme changed while the project was read
}

void MainWindow::show_demand(const PreparedView* prepared) {
    if (prepared && prepared->request.demand == layers_->choice())
        demand_->show(prepared->demand);
    else
        redraw_demand();
}

void MainWindow::open_project(const QString& project_file) {
    follower_->stop();  // the project shown is no longer followed
    statusBar()->clearMessage();  // "Reading the changed data…" of a reading abandoned
    project_label_->setText(tr("Opening %1…").arg(project_file));
    if (!quiet_) {
        if (!progress_) {
            progress_ = new QProgressDialog(this);
            progress_->setWindowTitle(tr("Opening project"));
            progress_->setMinimumDuration(300);
            progress_->setAutoClose(false);
            progress_->setAutoReset(false);
            connect(progress_, &QProgressDialog::canceled, loader_, &ProjectLoader::cancel);
            connect(loader_, &ProjectLoader::cancelled, this, [this] { project_label_->setText(tr("Opening cancelled")); });
            connect(loader_, &ProjectLoader::progressed, this, [this](const QString& stage, int done, int total) {
                progress_->setRange(0, total);
                progress_->setValue(done);
                progress_->setLabelText(QStringLiteral("%1: %2").arg(opening_file_, stage));  // punctuation only
            });
        }
        opening_file_ = QFileInfo(project_file).fileName();
        progress_->setLabelText(tr("Reading the layers of %1 and building the plan…").arg(opening_file_));
        progress_->setRange(0, 0);
        progress_->show();
    }
    loader_->open(project_file, view_request(false));
}

void MainWindow::show_project_summary() {
    if (!session_) return;
    std::size_t problems = 0;
    for (const auto& report : session_->data.reports) problems += report.problems.size() + report.warnings.size();
    // Counts and the as-of date in the chosen language's conventions.
    const QLocale locale;
    const QString as_of = QString::fromStdString(session_->data.project.as_of);
    const QDate date = QDate::fromString(as_of, Qt::ISODate);
    project_label_->setText(tr("%1: %2 zones, %3 nodes, as of %4; %5 problems reading it")
                                .arg(QFileInfo(session_->project_file).fileName(),
                                     locale.toString(qulonglong(session_->data.zones.size())),
                                     locale.toString(qulonglong(session_->data.nodes.size())),
                                     date.isValid() ? locale.toString(date, QLocale::ShortFormat) : as_of,
                                     locale.toString(qulonglong(problems))));
}

void MainWindow::show_session(std::shared_ptr<ProjectSession> session) {
    if (progress_) progress_->hide();
    stale_banner_->clear_problem();
    const std::shared_ptr<const PreparedView> prepared = std::exchange(session->prepared, nullptr);
    scenario_->set_session(session);
    if (!quiet_) recent_->add(session->project_file);  // a screenshot run leaves the user's settings alone
    install_session(std::move(session));
    canvas_->set_map(session_, prepared_map(prepared.get()));
    show_demand(prepared.get());
    // The map keeps at least the middle 40 % of the window, whatever its size.
    auto* rankings = findChild<QDockWidget*>("rankings");
    auto* zone = findChild<QDockWidget*>("zone_detail");
    if (rankings && zone) resizeDocks({rankings, zone}, {width() * 35 / 100, width() * 22 / 100}, Qt::Horizontal);
    emit project_shown();
}

void MainWindow::install_session(std::shared_ptr<ProjectSession> session) {
    session_ = std::move(session);
    weights_->show_weights(session_->plan.weights);
    check_panel_->clear();
    canvas_->set_marked_place(std::nullopt);
    if (address_search_) address_search_->set_session(session_);
    scenario_panel_->set_session(session_);
    setWindowTitle(QString::fromStdString(session_->data.project.name) + " — Coverplan");
    investment_->set_session(session_);
    sales_->set_session(session_);
    detail_->set_session(session_);
    problems_->set_session(session_);
    position_->set_crs(session_->data.working_crs);
    std::size_t problems = 0;
    for (const auto& report : session_->data.reports) problems += report.problems.size() + report.warnings.size();
    if (auto* dock = findChild<QDockWidget*>("problems"); dock && problems > 0 && dock->isHidden()) {
        // Shown, but the map keeps most of the height.
        dock->show();
        resizeDocks({dock}, {std::max(120, height() / 6)}, Qt::Vertical);
    }
    show_project_summary();
    follower_->follow(*session_);
}

void MainWindow::show_failure(const QString& project_file, const QString& error, bool bad_input) {
    if (progress_) progress_->hide();
    project_label_->setText(tr("Could not open %1").arg(project_file));
    emit project_failed(error, bad_input);
    if (!quiet_) QMessageBox::warning(this, tr("Could not open the project"), error);
}

}  // namespace coverplan::desktop
