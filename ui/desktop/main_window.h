#pragma once
// The main window: the map in the middle, the rankings, the selected
// zone's detail and the reading problems in docks, the project opened off
// the UI thread. It only wires the panels together; each panel, model and
// tool is its own class and the computing is the planner's.

#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

#include "ui/desktop/project_session.h"
#include "ui/maps/map_themes.h"

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressDialog;
class QTabWidget;

namespace coverplan::desktop {

class AddCapacityTool;
class AddressSearchBox;
class CheckPanel;
class CheckTool;
class CursorPosition;
class DataFollower;
class DemandDescriber;
class LayersPanel;
class MapCanvas;
class ProblemsPanel;
class ProjectLoader;
class RankingPanel;
class PlaceNodeTool;
class RecentProjectsMenu;
class ScenarioFileActions;
class ScenarioPanel;
class ScenarioState;
class SelectTool;
class StaleDataBanner;
class WeightsPanel;
class ZoneDetailPanel;

struct PreparedView;
struct ViewRequest;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project (off the UI thread, behind a progress dialog).
    void open_project(const QString& project_file);
    /// Shows no progress dialog and no message box (the --screenshot run).
    void set_quiet(bool quiet);

    /// Selects a zone everywhere: table row, map outline, detail panel.
    void select_zone(int zone, bool frame_on_map);
    void set_theme(maps::Theme theme);
    maps::Theme theme() const { return theme_; }

    std::shared_ptr<ProjectSession> session() const { return session_; }
    MapCanvas* canvas() const { return canvas_; }
    RankingPanel* investment_panel() const { return investment_; }
    RankingPanel* sales_panel() const { return sales_; }
    ZoneDetailPanel* detail_panel() const { return detail_; }
    ProblemsPanel* problems_panel() const { return problems_; }
    ProjectLoader* loader() const { return loader_; }
    WeightsPanel* weights_panel() const { return weights_; }
    CheckPanel* check_panel() const { return check_panel_; }
    AddressSearchBox* address_search() const { return address_search_; }
    CheckTool* check_tool() const { return check_tool_; }
    SelectTool* select_tool() const { return select_tool_; }
    AddCapacityTool* add_capacity_tool() const { return add_capacity_tool_; }
    PlaceNodeTool* place_node_tool() const { return place_node_tool_; }
    ScenarioState* scenario() const { return scenario_; }
    ScenarioPanel* scenario_panel() const { return scenario_panel_; }
    ScenarioFileActions* scenario_files() const { return scenario_files_; }
    LayersPanel* layers_panel() const { return layers_; }
    DataFollower* data_follower() const { return follower_; }
    StaleDataBanner* stale_banner() const { return stale_banner_; }
    QAction* follow_action() const { return follow_action_; }
    QAction* reload_action() const { return reload_action_; }
    /// Makes the demand layers in the background (the canvas gets them when ready).
    DemandDescriber* demand_describer() const { return demand_; }

    /// Re-ranks with a new weight (the sliders): tables, map and detail follow.
    void set_weight(planner::RankingKind kind, std::size_t component, double weight);
    /// Back to the weights of the project file.
    void reset_weights();
    /// Writes the weights on screen into the project file; returns the error or "".
    QString save_weights();
    /// Writes what the map shows as PDF, PNG or SVG (by the extension), as
    /// `coverplan map` draws it; returns the error, or an empty string.
    QString export_map_to(const QString& file);
    /// The part of the world the canvas shows.
    carto::WorldBox visible_box() const;
    /// A message in the status bar for a few seconds.
    void show_message(const QString& text);

signals:
    /// A project is open and its panels filled (the map may still be drawing).
    void project_shown();
    void project_failed(const QString& error, bool bad_input);
    /// The project's data was read again and is shown, with the weights,
    /// scenario, selected zone, theme and view kept; `dropped` names the
    /// scenario's changes the new data refused.
    void data_reloaded(const QStringList& dropped);

private:
    void build_menus();
    void build_language_menu(QMenu* view);
    /// Runs `apply` (which sets texts through tr()) now and again on every language change.
    void translated(std::function<void()> apply);
    void changeEvent(QEvent* event) override;
    void build_docks();
    void show_session(std::shared_ptr<ProjectSession> session);
    /// What the window shows now, for a reading to prepare; `carry_over`
    /// (the same project read again) adds the weights and the scenario.
    ViewRequest view_request(bool carry_over) const;
    /// The map the loader prepared when it is of the theme shown, else one described now.
    std::shared_ptr<const carto::MapDescription> prepared_map(const PreparedView* prepared) const;
    /// The demand layers the loader prepared when they are those chosen, else made now.
    void show_demand(const PreparedView* prepared);
    /// Fills the panels and the map with `session` (a new project, or the data read again).
    void install_session(std::shared_ptr<ProjectSession> session);
    /// The data read again replaces the session shown, keeping what the user was doing.
    void swap_session(std::shared_ptr<ProjectSession> fresh);
    void show_reload_failure(const QString& error);
    void build_follow_actions(QMenu* view);
    /// The status bar's line about the open project, in the current language.
    void show_project_summary();
    void show_failure(const QString& project_file, const QString& error, bool bad_input);
    void choose_project_file();
    void choose_export_file();
    /// Asks for a file and writes it with `write`, reporting the outcome.
    void export_with_dialog(const QString& title, const QString& suggested, const QString& filters,
                            const std::function<void(const QString&)>& write);
    void redraw_map();
    void redraw_demand();
    void build_tools();
    /// Re-ranks the plan (and the scenario on it) with these weights.
    void rerank(const planner::RankingWeights& weights);
    void show_plan_change();
    /// Checks the place of an address found in the search box, as "Check here" would, and shows it.
    void check_address(const QPointF& world, std::uint32_t address);

    std::shared_ptr<ProjectSession> session_;
    maps::Theme theme_ = maps::Theme::Investment;
    bool quiet_ = false;
    std::vector<std::function<void()>> retranslations_;  ///< see translated()

    MapCanvas* canvas_;
    SelectTool* select_tool_;
    CheckTool* check_tool_;
    ScenarioState* scenario_;
    AddCapacityTool* add_capacity_tool_;
    PlaceNodeTool* place_node_tool_;
    QTabWidget* rankings_;
    RankingPanel* investment_;
    RankingPanel* sales_;
    ZoneDetailPanel* detail_;
    WeightsPanel* weights_;
    CheckPanel* check_panel_;
    ScenarioPanel* scenario_panel_;
    ScenarioFileActions* scenario_files_;
    LayersPanel* layers_;
    DemandDescriber* demand_;

    ProblemsPanel* problems_;
    ProjectLoader* loader_;
    DataFollower* follower_;
    StaleDataBanner* stale_banner_;
    QAction* follow_action_ = nullptr;
    QAction* reload_action_ = nullptr;
    RecentProjectsMenu* recent_;
    QComboBox* theme_chooser_;
    CursorPosition* position_;
    QLabel* project_label_;
    QProgressDialog* progress_ = nullptr;
    QString opening_file_;  ///< the file name the progress dialog speaks of
    AddressSearchBox* address_search_ = nullptr;
};

}  // namespace coverplan::desktop
