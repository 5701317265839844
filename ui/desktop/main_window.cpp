#include "ui/desktop/main_window.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

#include "ui/desktop/cursor_position.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/map_tool.h"
#include "ui/desktop/problems_panel.h"
#include "ui/desktop/project_loader.h"
#include "ui/desktop/ranking_panel.h"
#include "ui/desktop/recent_projects.h"
#include "ui/desktop/screen_map.h"
#include "ui/desktop/zone_detail_panel.h"

namespace coverplan::desktop {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      canvas_(new MapCanvas(this)),
      select_tool_(new SelectTool(*canvas_)),
      rankings_(new QTabWidget(this)),
      investment_(new RankingPanel(planner::RankingKind::Investment, this)),
      sales_(new RankingPanel(planner::RankingKind::Sales, this)),
      detail_(new ZoneDetailPanel(this)),
      problems_(new ProblemsPanel(this)),
      loader_(new ProjectLoader(this)),
      recent_(new RecentProjectsMenu(this)),
      theme_chooser_(new QComboBox(this)),
      position_(new CursorPosition(this)),
      project_label_(new QLabel(this)) {
    setWindowTitle("Coverplan");
    setCentralWidget(canvas_);
    canvas_->set_tool(select_tool_);
    build_menus();
    build_docks();
    statusBar()->addWidget(project_label_, 1);
    statusBar()->addPermanentWidget(position_);

    connect(loader_, &ProjectLoader::loaded, this, &MainWindow::show_session);
    connect(loader_, &ProjectLoader::failed, this, &MainWindow::show_failure);
    connect(recent_, &RecentProjectsMenu::open_requested, this, &MainWindow::open_project);
    connect(canvas_, &MapCanvas::cursor_moved, position_, &CursorPosition::show_position);
    connect(select_tool_, &SelectTool::zone_clicked, this, [this](int zone) { select_zone(zone, false); });
    for (RankingPanel* panel : {investment_, sales_})
        connect(panel, &RankingPanel::zone_chosen, this, [this](int zone) { select_zone(zone, true); });
}

MainWindow::~MainWindow() = default;

void MainWindow::build_menus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::choose_project_file);
    file->addMenu(recent_);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom to &everything"), QKeySequence(Qt::CTRL | Qt::Key_0), canvas_, &MapCanvas::zoom_to_everything);
    view->addAction(tr("Zoom to the selected &zone"), QKeySequence(Qt::CTRL | Qt::Key_J), this,
                    [this] { canvas_->zoom_to_zone(canvas_->selected_zone()); });

    QToolBar* toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName("map_toolbar");
    toolbar->addWidget(new QLabel(tr("Map: "), toolbar));
    for (maps::Theme theme : {maps::Theme::Investment, maps::Theme::Sales, maps::Theme::Coverage,
                              maps::Theme::Utilization, maps::Theme::Sla})
        theme_chooser_->addItem(theme_label(theme), int(theme));
    toolbar->addWidget(theme_chooser_);
    connect(theme_chooser_, &QComboBox::currentIndexChanged, this,
            [this](int) { set_theme(maps::Theme(theme_chooser_->currentData().toInt())); });
}

void MainWindow::build_docks() {
    rankings_->addTab(investment_, tr("Investment ranking"));
    rankings_->addTab(sales_, tr("Sales ranking"));
    auto* ranking_dock = new QDockWidget(tr("Rankings"), this);
    ranking_dock->setObjectName("rankings");
    ranking_dock->setWidget(rankings_);
    addDockWidget(Qt::LeftDockWidgetArea, ranking_dock);

    auto* detail_dock = new QDockWidget(tr("Selected zone"), this);
    detail_dock->setObjectName("zone_detail");
    detail_dock->setWidget(detail_);
    addDockWidget(Qt::RightDockWidgetArea, detail_dock);

    auto* problems_dock = new QDockWidget(tr("Problems found reading the project"), this);
    problems_dock->setObjectName("problems");
    problems_dock->setWidget(problems_);
    addDockWidget(Qt::BottomDockWidgetArea, problems_dock);
    problems_dock->hide();  // shown when a project has problems

    QMenu* panels = menuBar()->addMenu(tr("&Panels"));
    for (QDockWidget* dock : {ranking_dock, detail_dock, problems_dock}) panels->addAction(dock->toggleViewAction());
    resizeDocks({ranking_dock, detail_dock}, {560, 330}, Qt::Horizontal);
}

void MainWindow::choose_project_file() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a Coverplan project"), QString(),
                                                      tr("Coverplan projects (*.toml);;All files (*)"));
    if (!file.isEmpty()) open_project(file);
}

void MainWindow::open_project(const QString& project_file) {
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
        }
        // TODO(issue 10, part 1 item 4): the planner's progress callback gives real steps.
        progress_->setLabelText(tr("Reading the layers of %1 and building the plan…").arg(QFileInfo(project_file).fileName()));
        progress_->setRange(0, 0);
        progress_->show();
    }
    loader_->open(project_file);
}

void MainWindow::show_session(std::shared_ptr<ProjectSession> session) {
    if (progress_) progress_->hide();
    session_ = std::move(session);
    recent_->add(session_->project_file);
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
    project_label_->setText(tr("%1: %2 zones, %3 nodes, as of %4; %5 problems reading it")
                                .arg(QFileInfo(session_->project_file).fileName())
                                .arg(session_->data.zones.size())
                                .arg(session_->data.nodes.size())
                                .arg(QString::fromStdString(session_->data.project.as_of))
                                .arg(problems));
    canvas_->set_map(session_, describe_screen_map(*session_, theme_));
    emit project_shown();
}

void MainWindow::show_failure(const QString& project_file, const QString& error, bool bad_input) {
    if (progress_) progress_->hide();
    project_label_->setText(tr("Could not open %1").arg(project_file));
    emit project_failed(error, bad_input);
    if (!quiet_) QMessageBox::warning(this, tr("Could not open the project"), error);
}

void MainWindow::set_theme(maps::Theme theme) {
    theme_ = theme;
    const int index = theme_chooser_->findData(int(theme));
    if (index != theme_chooser_->currentIndex()) theme_chooser_->setCurrentIndex(index);
    // The ranking shown follows the map: sales map, sales table.
    if (theme == maps::Theme::Sales) rankings_->setCurrentWidget(sales_);
    if (theme == maps::Theme::Investment) rankings_->setCurrentWidget(investment_);
    redraw_map();
}

void MainWindow::redraw_map() {
    if (session_) canvas_->set_map(session_, describe_screen_map(*session_, theme_));
}

void MainWindow::select_zone(int zone, bool frame_on_map) {
    canvas_->set_selected_zone(zone);
    investment_->select_zone(zone);
    sales_->select_zone(zone);
    detail_->show_zone(zone);
    if (frame_on_map && zone >= 0) canvas_->zoom_to_zone(zone);
}

}  // namespace coverplan::desktop
