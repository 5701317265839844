#include "ui/desktop/scenario_state.h"

#include <QLocale>

#include "gis/error.h"

namespace coverplan::desktop {

/// One change of the scenario: redo applies the scenario with it, undo the
/// scenario without it.
class ScenarioChange : public QUndoCommand {
public:
    ScenarioChange(ScenarioState& state, planner::Scenario before, planner::Scenario after, const QString& text)
        : QUndoCommand(text), state_(state), before_(std::move(before)), after_(std::move(after)) {}
    void redo() override { state_.apply(after_); }
    void undo() override { state_.apply(before_); }

private:
    ScenarioState& state_;
    planner::Scenario before_, after_;
};

ScenarioState::ScenarioState(QObject* parent) : QObject(parent), stack_(new QUndoStack(this)) {}

void ScenarioState::set_session(std::shared_ptr<ProjectSession> session) {
    stack_->clear();
    session_ = std::move(session);
    scenario_ = {};
}

void ScenarioState::apply(const planner::Scenario& scenario) {
    if (!session_) return;
    if (scenario.added_capacity.empty() && scenario.new_nodes.empty())
        session_->scenario.reset();
    else
        session_->scenario = std::make_shared<const planner::ScenarioOutcome>(
            planner::apply_scenario(session_->data, session_->plan, scenario));
    scenario_ = scenario;
    emit changed();
}

void ScenarioState::reapply() {
    if (session_ && session_->scenario) apply(scenario_);
}

QString ScenarioState::add_capacity(const std::string& node_id, double ports) {
    planner::Scenario after = scenario_;
    after.added_capacity.push_back({node_id, ports});
    try {
        // Tried first, so a change the planner refuses never enters the history.
        planner::apply_scenario(session_->data, session_->plan, after);
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
    stack_->push(new ScenarioChange(*this, scenario_, after,
                                    tr("Add %1 ports to %2").arg(QLocale().toString(ports, 'f', 0),
                                                                 QString::fromStdString(node_id))));
    return {};
}

QString ScenarioState::place_node(const planner::NewNode& node) {
    planner::Scenario after = scenario_;
    after.new_nodes.push_back(node);
    try {
        planner::apply_scenario(session_->data, session_->plan, after);
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
    stack_->push(new ScenarioChange(
        *this, scenario_, after,
        tr("New %1 node of %2 ports, %3 m reach")
            .arg(node.technology.empty() ? tr("any-technology") : QString::fromStdString(node.technology).toUpper(),
                 QLocale().toString(node.capacity, 'f', 0), QLocale().toString(node.radius_m, 'f', 0))));
    return {};
}

}  // namespace coverplan::desktop
