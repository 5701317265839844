#include "ui/desktop/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/desktop/address_search_box.h"
#include "ui/desktop/check_panel.h"
#include "ui/desktop/check_tool.h"
#include "ui/desktop/cursor_position.h"
#include "ui/desktop/data_follower.h"
#include "ui/desktop/demand_layers.h"
#include "ui/desktop/language.h"
#include "ui/desktop/layers_panel.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/map_export.h"
#include "ui/desktop/map_tool.h"
#include "ui/desktop/problems_panel.h"
#include "ui/desktop/project_file_weights.h"
#include "ui/desktop/project_loader.h"
#include "ui/desktop/ranking_panel.h"
#include "ui/desktop/recent_projects.h"
#include "ui/desktop/scenario_file_actions.h"
#include "ui/desktop/scenario_panel.h"
#include "ui/desktop/scenario_state.h"
#include "ui/desktop/scenario_tools.h"
#include "ui/desktop/screen_map.h"
#include "ui/desktop/stale_data_banner.h"
#include "ui/desktop/weights_panel.h"
#include "ui/desktop/zone_detail_panel.h"
#include "ui/export/address_json.h"

namespace coverplan::desktop {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      canvas_(new MapCanvas(this)),
      select_tool_(new SelectTool(*canvas_)),
      check_tool_(new CheckTool(*canvas_)),
      scenario_(new ScenarioState(this)),
      add_capacity_tool_(new AddCapacityTool(*canvas_, *scenario_)),
      place_node_tool_(new PlaceNodeTool(*canvas_, *scenario_)),
      rankings_(new QTabWidget(this)),
      investment_(new RankingPanel(planner::RankingKind::Investment, this)),
      sales_(new RankingPanel(planner::RankingKind::Sales, this)),
      detail_(new ZoneDetailPanel(this)),
      weights_(new WeightsPanel(this)),
      check_panel_(new CheckPanel(this)),
      scenario_panel_(new ScenarioPanel(*scenario_, *add_capacity_tool_, *place_node_tool_, this)),
      scenario_files_(new ScenarioFileActions(*scenario_, *this, [this] {
          return session_ ? QFileInfo(session_->project_file).absolutePath() : QString();
      })),
      layers_(new LayersPanel(this)),
      demand_(new DemandDescriber(this)),
      problems_(new ProblemsPanel(this)),
      loader_(new ProjectLoader(this)),
      follower_(new DataFollower(this)),
      stale_banner_(new StaleDataBanner(this)),
      recent_(new RecentProjectsMenu(this)),
      theme_chooser_(new QComboBox(this)),
      position_(new CursorPosition(this)),
      project_label_(new QLabel(this)) {
    setWindowTitle("Coverplan");
    // The map, and above it the warning shown while changed data cannot be read.
    auto* centre = new QWidget(this);
    auto* column = new QVBoxLayout(centre);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(stale_banner_);
    column->addWidget(canvas_, 1);
    setCentralWidget(centre);
    canvas_->set_tool(select_tool_);
    build_menus();
    build_tools();
    build_docks();
    statusBar()->addWidget(project_label_, 1);
    statusBar()->addPermanentWidget(position_);

    connect(loader_, &ProjectLoader::loaded, this, &MainWindow::show_session);
    connect(loader_, &ProjectLoader::failed, this, &MainWindow::show_failure);
    connect(follower_, &DataFollower::reading_started, this,
            [this] { statusBar()->showMessage(tr("Reading the changed data…")); });
    connect(follower_, &DataFollower::reloaded, this, &MainWindow::swap_session);
    follower_->set_view_request([this] { return view_request(true); });
    connect(follower_, &DataFollower::reload_failed, this, &MainWindow::show_reload_failure);
    connect(recent_, &RecentProjectsMenu::open_requested, this, &MainWindow::open_project);
    connect(canvas_, &MapCanvas::cursor_moved, position_, &CursorPosition::show_position);
    connect(select_tool_, &SelectTool::zone_clicked, this, [this](int zone) { select_zone(zone, false); });
    connect(select_tool_, &SelectTool::nodes_clicked, detail_, &ZoneDetailPanel::show_nodes);
    connect(check_tool_, &CheckTool::checked, this,
            [this](const QPointF& world, const nlohmann::ordered_json& answer) {
                canvas_->set_marked_place(world);
                check_panel_->show_answer(answer);
            });
    connect(scenario_, &ScenarioState::changed, this, &MainWindow::show_plan_change);
    connect(scenario_, &ScenarioState::weights_changed, this, [this] { weights_->show_weights(session_->plan.weights); });
    connect(scenario_files_, &ScenarioFileActions::message, this, &MainWindow::show_message);
    connect(layers_, &LayersPanel::changed, this, &MainWindow::redraw_demand);
    connect(demand_, &DemandDescriber::ready, canvas_, &MapCanvas::set_overlay);
    connect(add_capacity_tool_, &ScenarioTool::message, this, &MainWindow::show_message);
    connect(place_node_tool_, &ScenarioTool::message, this, &MainWindow::show_message);
    connect(weights_, &WeightsPanel::weight_changed, this, &MainWindow::set_weight);
    connect(weights_, &WeightsPanel::reset_requested, this, &MainWindow::reset_weights);
    connect(weights_, &WeightsPanel::save_requested, this, [this] {
        const QString error = save_weights();
        if (!error.isEmpty() && !quiet_) QMessageBox::warning(this, tr("Could not save the weights"), error);
    });
    for (RankingPanel* panel : {investment_, sales_})
        connect(panel, &RankingPanel::zone_chosen, this, [this](int zone) { select_zone(zone, true); });
}

MainWindow::~MainWindow() = default;

void MainWindow::set_quiet(bool quiet) {
    quiet_ = quiet;
    scenario_files_->set_quiet(quiet);
}

void MainWindow::build_menus() {
    QMenu* file = menuBar()->addMenu(QString());
    translated([file] { file->setTitle(tr("&File")); });
    QAction* open = file->addAction(QString(), QKeySequence::Open, this, &MainWindow::choose_project_file);
    translated([open] { open->setText(tr("&Open project…")); });
    file->addMenu(recent_);
    file->addSeparator();
    QAction* open_scenario = file->addAction(QString(), this, [this] {
        if (session_) scenario_files_->open();
    });
    translated([open_scenario] { open_scenario->setText(tr("Open &scenario…")); });
    QAction* save_scenario = file->addAction(QString(), this, [this] {
        if (session_) scenario_files_->save_as();
    });
    translated([save_scenario] { save_scenario->setText(tr("Save scenario &as…")); });
    file->addSeparator();
    QAction* export_map = file->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::choose_export_file);
    translated([export_map] { export_map->setText(tr("&Export map…")); });
    QAction* report_action = file->addAction(QString(), this, [this] {
        export_with_dialog(tr("Export the management report"), "report.pdf", tr("PDF (*.pdf)"),
                           [this](const QString& file) { export_report(*session_, file); });
    });
    translated([report_action] { report_action->setText(tr("Export the &report…")); });
    QAction* rankings_action = file->addAction(QString(), this, [this] {
        export_with_dialog(tr("Export both rankings"), "rankings.xlsx",
                           tr("Excel workbook (*.xlsx);;GeoPackage (*.gpkg)"),
                           [this](const QString& file) { export_rankings(*session_, file); });
    });
    translated([rankings_action] { rankings_action->setText(tr("Export the ran&kings…")); });
    file->addSeparator();
    QAction* quit = file->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    translated([quit] { quit->setText(tr("&Quit")); });

    QMenu* edit = menuBar()->addMenu(QString());
    // QUndoStack's actions keep the prefix they were made with: a language
    // change makes them again.
    translated([this, edit] {
        edit->setTitle(tr("&Edit"));
        for (QAction* old : edit->actions()) old->deleteLater();
        edit->clear();
        QAction* undo = scenario_->stack()->createUndoAction(edit, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction* redo = scenario_->stack()->createRedoAction(edit, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        edit->addAction(undo);
        edit->addAction(redo);
    });

    QMenu* view = menuBar()->addMenu(QString());
    view->setObjectName("view_menu");
    translated([view] { view->setTitle(tr("&View")); });
    QAction* zoom_all = view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_0), canvas_, &MapCanvas::zoom_to_everything);
    translated([zoom_all] { zoom_all->setText(tr("Zoom to &everything")); });
    QAction* zoom_zone = view->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_J), this,
                                         [this] { canvas_->zoom_to_zone(canvas_->selected_zone()); });
    translated([zoom_zone] { zoom_zone->setText(tr("Zoom to the selected &zone")); });
    build_follow_actions(view);
    build_language_menu(view);

    QToolBar* toolbar = addToolBar(QString());
    toolbar->setObjectName("map_toolbar");
    auto* map_label = new QLabel(toolbar);
    translated([toolbar, map_label] {
        toolbar->setWindowTitle(tr("Map"));
        map_label->setText(tr("Map: "));
    });
    toolbar->addWidget(map_label);
    for (maps::Theme theme : {maps::Theme::Investment, maps::Theme::Sales, maps::Theme::Coverage,
                              maps::Theme::Utilization, maps::Theme::Sla, maps::Theme::Complaints})
        theme_chooser_->addItem(QString(), int(theme));
    translated([this] {
        for (int i = 0; i < theme_chooser_->count(); ++i)
            theme_chooser_->setItemText(i, theme_label(maps::Theme(theme_chooser_->itemData(i).toInt())));
    });
    toolbar->addWidget(theme_chooser_);
    connect(theme_chooser_, &QComboBox::currentIndexChanged, this,
            [this](int) { set_theme(maps::Theme(theme_chooser_->currentData().toInt())); });
    toolbar->addSeparator();
    address_search_ = new AddressSearchBox(toolbar);
    toolbar->addWidget(address_search_);
    connect(address_search_, &AddressSearchBox::picked, this,
            [this](const QPointF& world, std::uint32_t address, const QString&) { check_address(world, address); });
}

void MainWindow::check_address(const QPointF& world, std::uint32_t address) {
    nlohmann::ordered_json answer = check_tool_->check(world);
    if (answer.is_null()) return;
    const auto& location = answer["location"];
    answer["address"] = exporting::address_json(session_->data.addresses, address, location["lat"], location["lon"]);
    // Close enough to see the street (about 2 m a pixel), never farther out than the user was.
    CanvasView view = canvas_->view();
    view.centre_x = world.x();
    view.centre_y = world.y();
    view.units_per_pixel = std::min(view.units_per_pixel, 2.0);
    canvas_->set_view(view);
    canvas_->set_marked_place(world);
    check_panel_->show_answer(answer);
    if (auto* dock = findChild<QDockWidget*>("check")) dock->raise();
}

void MainWindow::build_tools() {
    QToolBar* tools = addToolBar(QString());
    tools->setObjectName("tools");
    translated([tools] { tools->setWindowTitle(tr("Tools")); });
    auto* group = new QActionGroup(this);
    auto add = [&](const char* name, MapTool* tool, const QKeySequence& key) {
        QAction* action = tools->addAction(QString());
        translated([action, name, tool] {
            action->setText(tr(name));
            action->setToolTip(tool->hint());
            action->setStatusTip(tool->hint());
        });
        action->setCheckable(true);
        action->setShortcut(key);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, tool] { canvas_->set_tool(tool); });
        return action;
    };
    add(QT_TR_NOOP("Select"), select_tool_, QKeySequence(Qt::Key_S))->setChecked(true);
    add(QT_TR_NOOP("Check here"), check_tool_, QKeySequence(Qt::Key_C));
    tools->addSeparator();
    add(QT_TR_NOOP("Add capacity"), add_capacity_tool_, QKeySequence(Qt::Key_A));
    add(QT_TR_NOOP("Place a node"), place_node_tool_, QKeySequence(Qt::Key_N));
}

namespace {

/// A panel that scrolls rather than forcing its height on the window (the
/// window keeps whatever size it is given, --size included).
QWidget* scrollable(QWidget* panel) {
    auto* area = new QScrollArea;
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

}  // namespace

void MainWindow::build_docks() {
    rankings_->addTab(investment_, QString());
    rankings_->addTab(sales_, QString());
    translated([this] {
        rankings_->setTabText(0, tr("Investment ranking"));
        rankings_->setTabText(1, tr("Sales ranking"));
    });
    auto* ranking_dock = new QDockWidget(this);
    translated([ranking_dock] { ranking_dock->setWindowTitle(tr("Rankings")); });
    ranking_dock->setObjectName("rankings");
    ranking_dock->setWidget(rankings_);
    addDockWidget(Qt::LeftDockWidgetArea, ranking_dock);

    auto* layers_dock = new QDockWidget(this);
    translated([layers_dock] { layers_dock->setWindowTitle(tr("Layers")); });
    layers_dock->setObjectName("layers");
    layers_dock->setWidget(scrollable(layers_));
    addDockWidget(Qt::LeftDockWidgetArea, layers_dock);
    tabifyDockWidget(ranking_dock, layers_dock);
    ranking_dock->raise();

    auto* detail_dock = new QDockWidget(this);
    translated([detail_dock] { detail_dock->setWindowTitle(tr("Zone")); });
    detail_dock->setObjectName("zone_detail");
    detail_dock->setWidget(detail_);
    addDockWidget(Qt::RightDockWidgetArea, detail_dock);

    auto* weights_dock = new QDockWidget(this);
    translated([weights_dock] { weights_dock->setWindowTitle(tr("Weights")); });
    weights_dock->setObjectName("weights");
    weights_dock->setWidget(scrollable(weights_));
    addDockWidget(Qt::RightDockWidgetArea, weights_dock);
    auto* check_dock = new QDockWidget(this);
    translated([check_dock] { check_dock->setWindowTitle(tr("Check")); });
    check_dock->setObjectName("check");
    check_dock->setWidget(check_panel_);
    addDockWidget(Qt::RightDockWidgetArea, check_dock);
    auto* scenario_dock = new QDockWidget(this);
    translated([scenario_dock] { scenario_dock->setWindowTitle(tr("Scenario")); });
    scenario_dock->setObjectName("scenario");
    scenario_dock->setWidget(scrollable(scenario_panel_));
    addDockWidget(Qt::RightDockWidgetArea, scenario_dock);
    // One tab group on the right: the window keeps any size the screen allows.
    for (QDockWidget* dock : {weights_dock, check_dock, scenario_dock}) tabifyDockWidget(detail_dock, dock);
    connect(scenario_, &ScenarioState::changed, scenario_dock, &QDockWidget::raise);
    detail_dock->raise();
    connect(check_tool_, &CheckTool::checked, check_dock, &QDockWidget::raise);

    auto* problems_dock = new QDockWidget(this);
    translated([problems_dock] { problems_dock->setWindowTitle(tr("Problems found reading the project")); });
    problems_dock->setObjectName("problems");
    problems_dock->setWidget(problems_);
    addDockWidget(Qt::BottomDockWidgetArea, problems_dock);
    problems_dock->hide();  // shown when a project has problems

    QMenu* panels = menuBar()->addMenu(QString());
    translated([panels] { panels->setTitle(tr("&Panels")); });
    for (QDockWidget* dock : {ranking_dock, layers_dock, detail_dock, weights_dock, check_dock, scenario_dock, problems_dock}) panels->addAction(dock->toggleViewAction());

}

void MainWindow::build_language_menu(QMenu* view) {
    QMenu* menu = view->addMenu(QString());
    menu->setObjectName("language_menu");
    translated([menu] { menu->setTitle(tr("&Language")); });
    auto* group = new QActionGroup(menu);
    // Each language is named in itself, so a user lost in the other one finds it.
    for (const auto& [code, name] : {std::pair{"en", "English"}, std::pair{"vi", "Tiếng Việt"}}) {
        QAction* action = menu->addAction(QString::fromUtf8(name));
        action->setObjectName(QString("language_") + code);
        action->setCheckable(true);
        action->setChecked(current_language() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [language = QString(code)] { set_language(language); });
    }
}

void MainWindow::translated(std::function<void()> apply) {
    apply();
    retranslations_.push_back(std::move(apply));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        for (const auto& apply : retranslations_) apply();
        show_project_summary();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::choose_project_file() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a Coverplan project"), QString(),
                                                      tr("Coverplan projects (*.toml);;All files (*)"));
    if (!file.isEmpty()) open_project(file);
}

void MainWindow::choose_export_file() {
    export_with_dialog(tr("Export the map"), "map.pdf", tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"),
                       [this](const QString& file) { desktop::export_map(*session_, theme_, visible_box(), file); });
}

void MainWindow::export_with_dialog(const QString& title, const QString& suggested, const QString& filters,
                                    const std::function<void(const QString&)>& write) {
    if (!session_) return;
    const QString file =
        QFileDialog::getSaveFileName(this, title, QFileInfo(session_->project_file).absolutePath() + "/" + suggested, filters);
    if (file.isEmpty()) return;
    try {
        write(file);
        show_message(tr("Wrote %1").arg(file));
    } catch (const std::exception& error) {
        if (!quiet_) QMessageBox::warning(this, title, error_line(error));
        show_message(error_line(error));
    }
}

carto::WorldBox MainWindow::visible_box() const {
    const QPointF low = canvas_->world_at(QPointF(0, canvas_->height()));
    const QPointF high = canvas_->world_at(QPointF(canvas_->width(), 0));
    return {low.x(), low.y(), high.x(), high.y()};
}

QString MainWindow::export_map_to(const QString& file) {
    if (!session_) return tr("No project is open");
    try {
        desktop::export_map(*session_, theme_, visible_box(), file);
        return {};
    } catch (const std::exception& error) {
        return error_line(error);
    }
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

void MainWindow::redraw_demand() { demand_->describe(session_, layers_->choice()); }

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

void MainWindow::set_weight(planner::RankingKind kind, std::size_t component, double weight) {
    if (!session_) return;
    planner::RankingWeights weights = session_->plan.weights;
    weights.of(kind)[component] = weight;
    rerank(weights);
}

void MainWindow::reset_weights() {
    if (!session_) return;
    weights_->show_weights(session_->data.project.weights);
    rerank(session_->data.project.weights);
}

QString MainWindow::save_weights() {
    if (!session_) return tr("No project is open");
    try {
        desktop::save_weights(session_->project_file.toStdString(), session_->plan.weights);
    } catch (const std::exception& error) {
        show_message(error_line(error));
        return error_line(error);
    }
    // The file's weights are now these: "weights of the project file" returns here.
    session_->data.project.weights = session_->plan.weights;
    show_message(tr("Saved the weights in %1").arg(session_->project_file));
    return {};
}

void MainWindow::rerank(const planner::RankingWeights& weights) {
    planner::rerank(session_->data, weights, session_->plan);
    // A scenario is ranked with the same weights: apply it again (it shows the change).
    if (session_->scenario) {
        scenario_->reapply();
        return;
    }
    show_plan_change();
}

void MainWindow::show_message(const QString& text) { statusBar()->showMessage(text, 8000); }

void MainWindow::show_plan_change() {
    investment_->refresh();
    sales_->refresh();
    detail_->refresh();
    redraw_map();
    // A scenario changes which leads can be served.
    if (layers_->choice().leads) redraw_demand();
}

}  // namespace coverplan::desktop
