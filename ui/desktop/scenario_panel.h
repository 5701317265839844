#pragma once
// The scenario in a side panel: what the tools add (ports per click; a new
// node's reach, capacity and technology), the list of changes with undo
// and redo, and what the scenario does to the rankings.

#include <QWidget>
#include <memory>

#include "ui/desktop/project_session.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace coverplan::desktop {

class AddCapacityTool;
class PlaceNodeTool;
class ScenarioState;

class ScenarioPanel : public QWidget {
    Q_OBJECT
public:
    ScenarioPanel(ScenarioState& state, AddCapacityTool& add_capacity, PlaceNodeTool& place_node, QWidget* parent = nullptr);

    void set_session(std::shared_ptr<const ProjectSession> session);
    /// The summary of the scenario's effect (after every change).
    void refresh();
    QString summary() const;

private:
    void settings_changed();

    ScenarioState& state_;
    AddCapacityTool& add_capacity_;
    PlaceNodeTool& place_node_;
    std::shared_ptr<const ProjectSession> session_;
    QSpinBox* ports_;
    QSpinBox* radius_;
    QSpinBox* capacity_;
    QComboBox* technology_;
    QLabel* summary_;
};

}  // namespace coverplan::desktop
