#pragma once
// The scenario the tools build: capacity added to nodes and new nodes
// placed, applied to the session's plan with planner::apply_scenario each
// time it changes (only what a change touches is recomputed). Changes are
// QUndoCommands on one stack, so every change can be undone and redone;
// with no change left the session shows the plan of the data exactly.
// Scenario files (planner/scenario_file.h, the command line's) are opened
// as one change of the stack and saved with a name, author and note.

#include <QObject>
#include <QStringList>
#include <QUndoCommand>
#include <QUndoStack>
#include <cstdint>
#include <memory>
#include <optional>

#include "planner/scenario.h"
#include "planner/scenario_file.h"
#include "ui/desktop/project_session.h"

namespace coverplan::desktop {

/// A scenario moved to the project's data read again.
struct CarriedScenario {
    planner::Scenario kept;  ///< the changes the new data allows
    QStringList dropped;     ///< each change it refused, "change: reason"
};

/// Applies `scenario` to a session of data read again (ranked with the
/// weights on screen), dropping each change the new data refuses (a node
/// gone, say): sets `session.scenario` to the outcome of the rest, or to
/// none. Touches nothing else, so the loader's worker runs it on a session
/// the window does not show yet.
CarriedScenario carry_scenario(ProjectSession& session, const planner::Scenario& scenario);

class ScenarioState : public QObject {
    Q_OBJECT
public:
    explicit ScenarioState(QObject* parent = nullptr);

    /// A new project: no scenario, an empty history.
    void set_session(std::shared_ptr<ProjectSession> session);
    QUndoStack* stack() const { return stack_; }
    const planner::Scenario& scenario() const { return scenario_; }
    /// Changes each time the scenario (or the plan it was applied to) does:
    /// a scenario carried over in the background is taken only when this
    /// is what it was carried from.
    std::uint64_t version() const { return version_; }

    /// Adds a change through the undo stack. Returns the planner's message
    /// when the change cannot be applied (unknown node, no capacity, ...),
    /// an empty string when it was.
    QString add_capacity(const std::string& node_id, double ports);
    QString place_node(const planner::NewNode& node);

    /// Recomputes the scenario on the session's plan (after a re-rank).
    void reapply();

    /// The project's data was read again: the scenario under study moves to
    /// `session` (already ranked with the weights on screen). A change the
    /// new data refuses (a node gone, say) is dropped, and with it the
    /// history, which held it; the rest is applied. Returns each dropped
    /// change and the planner's reason, as "change: reason".
    QStringList carry_to(std::shared_ptr<ProjectSession> session);
    /// The same, when carry_scenario() already ran on `session` (in the
    /// loader's worker) for this state's scenario: only takes it in.
    void adopt(std::shared_ptr<ProjectSession> session, const CarriedScenario& carried);

    /// Opens a scenario file in place of the current scenario, as one change
    /// of the history (undo gives back the scenario and the weights from
    /// before); its weights become the session's. Returns the message
    /// `coverplan scenario --scenario` would give for a file it refuses
    /// (file, line, what is wrong), an empty string when opened.
    QString open_file(const QString& file);
    /// Writes the scenario on screen (the tools' changes, and the weights
    /// that differ from the project file's) to `file` with these details,
    /// dated now. Returns the error, or an empty string.
    QString save_file(const QString& file, const planner::SavedScenario& details);
    /// Name, author and note of the scenario last opened or saved (empty for a new one).
    const planner::SavedScenario& details() const { return details_; }
    /// True when there is something to save: a change, or weights other than the project file's.
    bool has_changes() const;
    /// What save_file() says when there is nothing to save.
    static QString nothing_to_save();
    /// A change as the history lists it ("Add 64 ports to N-0012").
    static QString describe(const planner::CapacityChange& change);
    static QString describe(const planner::NewNode& node);

signals:
    /// The shown plan changed (a change made, undone or redone).
    void changed();
    /// A change of the history set the weights (opening a file with [weights], or its undo).
    void weights_changed();

private:
    friend class ScenarioChange;
    /// Re-ranks the session's plan with `weights` when given, then applies
    /// `scenario` (throws InputError) and keeps it.
    void apply(const planner::Scenario& scenario, const std::optional<planner::RankingWeights>& weights = {});

    std::shared_ptr<ProjectSession> session_;
    planner::Scenario scenario_;
    planner::SavedScenario details_;
    std::uint64_t version_ = 0;
    QUndoStack* stack_;
};

}  // namespace coverplan::desktop
