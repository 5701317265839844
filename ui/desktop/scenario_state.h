#pragma once
// The scenario the tools build: capacity added to nodes and new nodes
// placed, applied to the session's plan with planner::apply_scenario each
// time it changes (only what a change touches is recomputed). Changes are
// QUndoCommands on one stack, so every change can be undone and redone;
// with no change left the session shows the plan of the data exactly.

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>
#include <memory>

#include "planner/scenario.h"
#include "ui/desktop/project_session.h"

namespace coverplan::desktop {

class ScenarioState : public QObject {
    Q_OBJECT
public:
    explicit ScenarioState(QObject* parent = nullptr);

    /// A new project: no scenario, an empty history.
    void set_session(std::shared_ptr<ProjectSession> session);
    QUndoStack* stack() const { return stack_; }
    const planner::Scenario& scenario() const { return scenario_; }

    /// Adds a change through the undo stack. Returns the planner's message
    /// when the change cannot be applied (unknown node, no capacity, ...),
    /// an empty string when it was.
    QString add_capacity(const std::string& node_id, double ports);
    QString place_node(const planner::NewNode& node);

    /// Recomputes the scenario on the session's plan (after a re-rank).
    void reapply();

signals:
    /// The shown plan changed (a change made, undone or redone).
    void changed();

private:
    friend class ScenarioChange;
    /// Applies `scenario` (throws InputError) and keeps it.
    void apply(const planner::Scenario& scenario);

    std::shared_ptr<ProjectSession> session_;
    planner::Scenario scenario_;
    QUndoStack* stack_;
};

}  // namespace coverplan::desktop
