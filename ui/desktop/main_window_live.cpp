// The main window's part that follows the project's data (issue 11, live
// data): the View menu's actions, and the data read again swapped in with
// what the user was doing kept, or the warning when it could not be read.

#include "ui/desktop/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QStatusBar>
#include <algorithm>
#include <utility>

#include "ui/desktop/data_follower.h"
#include "ui/desktop/map_canvas.h"
#include "ui/desktop/prepared_view.h"
#include "ui/desktop/ranking_panel.h"
#include "ui/desktop/scenario_state.h"
#include "ui/desktop/stale_data_banner.h"

namespace coverplan::desktop {

void MainWindow::build_follow_actions(QMenu* view) {
    view->addSeparator();
    follow_action_ = view->addAction(QString());
    follow_action_->setObjectName("follow_data");
    follow_action_->setCheckable(true);
    follow_action_->setChecked(follower_->enabled());
    connect(follow_action_, &QAction::toggled, follower_, &DataFollower::set_enabled);
    reload_action_ = view->addAction(QString(), QKeySequence::Refresh, follower_, &DataFollower::reload_now);
    reload_action_->setObjectName("reload_data");
    translated([this] {
        follow_action_->setText(tr("&Follow data changes"));
        follow_action_->setStatusTip(tr("Read the project again in the background when its files or tables change"));
        reload_action_->setText(tr("&Reload data now"));
    });
    view->addSeparator();
}

void MainWindow::swap_session(std::shared_ptr<ProjectSession> fresh) {
    if (!session_ || fresh->project_file != session_->project_file) return;
    statusBar()->clearMessage();
    // What the user was doing, carried over: weights, scenario, selected zone
    // (by id: the new data may order zones otherwise), team filters; the
    // theme and the map's view stay as they are.
    const int selected = canvas_->selected_zone();
    const std::string zone_id = selected >= 0 ? session_->data.zones.ids[std::size_t(selected)] : std::string();
    const QString teams[] = {investment_->team_chooser()->currentData().toString(),
                             sales_->team_chooser()->currentData().toString()};
    // The reading ranked the new plan with the weights on screen when it
    // started and carried the scenario of then over: taken as it is unless
    // either moved since, else done again here.
    std::shared_ptr<const PreparedView> prepared = std::exchange(fresh->prepared, nullptr);
    const bool ready = prepared && prepared->request.weights && prepared->request.scenario &&
                       *prepared->request.weights == session_->plan.weights &&
                       prepared->request.scenario_version == scenario_->version();
    QStringList dropped;
    {
        // The panels and the map are filled once, below.
        const QSignalBlocker quiet_scenario(scenario_);
        if (ready) {
            scenario_->adopt(fresh, {prepared->kept_scenario, prepared->dropped});
            dropped = prepared->dropped;
        } else {
            prepared.reset();  // drawn for weights or a scenario no longer shown
            if (!(fresh->plan.weights == session_->plan.weights))
                planner::rerank(fresh->data, session_->plan.weights, fresh->plan);
            dropped = scenario_->carry_to(fresh);
        }
    }
    install_session(std::move(fresh));
    canvas_->replace_session(session_, prepared_map(prepared.get()));
    show_demand(prepared.get());
    RankingPanel* panels[] = {investment_, sales_};
    for (int i = 0; i < 2; ++i)
        if (const int index = panels[i]->team_chooser()->findData(teams[i]); index > 0)
            panels[i]->team_chooser()->setCurrentIndex(index);
    const auto& ids = session_->data.zones.ids;
    const auto found = zone_id.empty() ? ids.end() : std::find(ids.begin(), ids.end(), zone_id);
    select_zone(found == ids.end() ? -1 : int(found - ids.begin()), false);
    stale_banner_->clear_problem();
    const QString when = QLocale().toString(session_->read_at.time(), "HH:mm");
    if (dropped.isEmpty())
        show_message(tr("The data changed: the figures are those read at %1").arg(when));
    else  // longer than a passing note: the scenario on screen lost these
        statusBar()->showMessage(tr("The data changed (read at %1); the scenario lost what it no longer allows: %2")
                                     .arg(when, dropped.join("; ")),
                                 60000);
    emit data_reloaded(dropped);
}

void MainWindow::show_reload_failure(const QString& error) {
    statusBar()->clearMessage();
    if (session_) stale_banner_->show_problem(error, session_->read_at);
}

}  // namespace coverplan::desktop
