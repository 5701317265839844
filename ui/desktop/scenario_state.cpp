#include "ui/desktop/scenario_state.h"

#include <QFileInfo>
#include <QLocale>

#include "gis/error.h"
#include "ui/export/output_guard.h"

namespace coverplan::desktop {

/// One change of the scenario: redo applies the scenario with it, undo the
/// scenario without it.
class ScenarioChange : public QUndoCommand {
public:
    ScenarioChange(ScenarioState& state, planner::Scenario before, planner::Scenario after, const QString& text)
        : QUndoCommand(text), state_(state), before_(std::move(before)), after_(std::move(after)) {}
    /// A change that also sets the weights (an opened file's).
    ScenarioChange(ScenarioState& state, planner::Scenario before, planner::Scenario after, const QString& text,
                   const planner::RankingWeights& weights_before, const planner::RankingWeights& weights_after)
        : ScenarioChange(state, std::move(before), std::move(after), text) {
        weights_before_ = weights_before;
        weights_after_ = weights_after;
    }
    void redo() override { state_.apply(after_, weights_after_); }
    void undo() override { state_.apply(before_, weights_before_); }

private:
    ScenarioState& state_;
    planner::Scenario before_, after_;
    std::optional<planner::RankingWeights> weights_before_, weights_after_;
};

CarriedScenario carry_scenario(ProjectSession& session, const planner::Scenario& scenario) {
    session.scenario.reset();
    CarriedScenario carried{scenario, {}};
    planner::Scenario& kept = carried.kept;
    QStringList& dropped = carried.dropped;
    auto drop_all = [&](const std::exception& error) {
        for (const auto& change : kept.added_capacity) dropped << ScenarioState::describe(change) + ": " + error.what();
        for (const auto& node : kept.new_nodes) dropped << ScenarioState::describe(node) + ": " + error.what();
        kept = {};
    };
    // The planner names the change it refuses: drop it and try the rest.
    while (!kept.added_capacity.empty() || !kept.new_nodes.empty()) {
        try {
            session.scenario = std::make_shared<const planner::ScenarioOutcome>(
                planner::apply_scenario(session.data, session.plan, kept));
            break;
        } catch (const planner::ScenarioChangeError& error) {
            const bool capacity = error.kind() == planner::ScenarioChangeError::Kind::AddedCapacity;
            const std::size_t i = error.index();
            if (capacity ? i >= kept.added_capacity.size() : i >= kept.new_nodes.size()) {
                drop_all(error);
                continue;
            }
            dropped << (capacity ? ScenarioState::describe(kept.added_capacity[i])
                                 : ScenarioState::describe(kept.new_nodes[i])) +
                           ": " + QString::fromStdString(error.what());
            if (capacity)
                kept.added_capacity.erase(kept.added_capacity.begin() + std::ptrdiff_t(i));
            else
                kept.new_nodes.erase(kept.new_nodes.begin() + std::ptrdiff_t(i));
        } catch (const InputError& error) {
            drop_all(error);  // refused as a whole: nothing of it can be shown on the new data
        }
    }
    return carried;
}

ScenarioState::ScenarioState(QObject* parent) : QObject(parent), stack_(new QUndoStack(this)) {}

void ScenarioState::set_session(std::shared_ptr<ProjectSession> session) {
    stack_->clear();
    session_ = std::move(session);
    scenario_ = {};
    details_ = {};
    ++version_;
}

void ScenarioState::apply(const planner::Scenario& scenario, const std::optional<planner::RankingWeights>& weights) {
    if (!session_) return;
    if (weights) {
        planner::rerank(session_->data, *weights, session_->plan);
        emit weights_changed();
    }
    if (scenario.added_capacity.empty() && scenario.new_nodes.empty())
        session_->scenario.reset();
    else
        session_->scenario = std::make_shared<const planner::ScenarioOutcome>(
            planner::apply_scenario(session_->data, session_->plan, scenario));
    scenario_ = scenario;
    ++version_;
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
    stack_->push(new ScenarioChange(*this, scenario_, after, describe(after.added_capacity.back())));
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
    stack_->push(new ScenarioChange(*this, scenario_, after, describe(node)));
    return {};
}

QString ScenarioState::describe(const planner::CapacityChange& change) {
    return tr("Add %1 ports to %2").arg(QLocale().toString(change.ports, 'f', 0), QString::fromStdString(change.node_id));
}

QString ScenarioState::describe(const planner::NewNode& node) {
    return tr("New %1 node of %2 ports, %3 m reach")
        .arg(node.technology.empty() ? tr("any-technology") : QString::fromStdString(node.technology).toUpper(),
             QLocale().toString(node.capacity, 'f', 0), QLocale().toString(node.radius_m, 'f', 0));
}

QStringList ScenarioState::carry_to(std::shared_ptr<ProjectSession> session) {
    const CarriedScenario carried = carry_scenario(*session, scenario_);
    adopt(std::move(session), carried);
    return carried.dropped;
}

void ScenarioState::adopt(std::shared_ptr<ProjectSession> session, const CarriedScenario& carried) {
    session_ = std::move(session);
    // The history's steps hold the dropped changes: undoing to them would fail.
    if (!carried.dropped.isEmpty()) stack_->clear();
    scenario_ = carried.kept;
    ++version_;
    emit changed();
}

bool ScenarioState::has_changes() const {
    return session_ && (!scenario_.added_capacity.empty() || !scenario_.new_nodes.empty() ||
                        !(session_->plan.weights == session_->data.project.weights));
}

QString ScenarioState::nothing_to_save() {
    return tr("The scenario changes nothing yet: add capacity, place a node or move a weight first");
}

QString ScenarioState::open_file(const QString& file) {
    if (!session_) return tr("No project is open");
    planner::SavedScenario saved;
    planner::Scenario after;
    try {
        saved = planner::read_scenario_file(file.toStdString());
        // Tried first (on the plan as it is): a file the data refuses never enters the history.
        planner::apply_saved_scenario(session_->data, session_->plan, saved);
        after = planner::scenario_for(saved, session_->data);
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
    // The file's weights (the project file's where it names none) become the
    // session's: the app's scenario ranks with the session's weights.
    const planner::RankingWeights weights = after.weights.value_or(session_->data.project.weights);
    after.weights.reset();
    details_ = saved;
    stack_->push(new ScenarioChange(*this, scenario_, after,
                                    tr("Open scenario “%1”").arg(QString::fromStdString(saved.name)),
                                    session_->plan.weights, weights));
    return {};
}

QString ScenarioState::save_file(const QString& file, const planner::SavedScenario& details) {
    if (!session_) return tr("No project is open");
    if (!has_changes()) return nothing_to_save();
    try {
        const exporting::OutputTarget target = exporting::prepare_output(
            file.toStdString(), {{".toml"}, {}}, exporting::project_inputs(session_->data.project));
        planner::SavedScenario saved = planner::saved_changes(scenario_, session_->data, session_->plan.weights);
        saved.name = details.name.empty() ? QFileInfo(file).completeBaseName().toStdString() : details.name;
        saved.author = details.author;
        saved.note = details.note;
        saved.created = planner::local_timestamp();
        planner::write_scenario_file(saved, target.path);
        saved.origin = target.display_name;
        details_ = saved;
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

}  // namespace coverplan::desktop
