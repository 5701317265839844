#pragma once
// The map tools that build a scenario: add ports to the node serving the
// clicked spot, or place a new node there (reach, capacity and technology
// from the scenario panel). Each change goes on the scenario's undo stack.

#include <string>

#include "ui/desktop/map_tool.h"

namespace coverplan::desktop {

class ScenarioState;

/// A tool whose click changes the scenario and says what happened.
class ScenarioTool : public MapTool {
    Q_OBJECT
public:
    ScenarioTool(MapCanvas& canvas, ScenarioState& state) : MapTool(canvas), state_(state) {}

signals:
    /// What happened, for the status bar ("Added 64 ports to N-0042", or why not).
    void message(const QString& text);

protected:
    ScenarioState& state_;
};

class AddCapacityTool : public ScenarioTool {
    Q_OBJECT
public:
    using ScenarioTool::ScenarioTool;
    QString hint() const override;
    void set_ports(double ports) { ports_ = ports; }
    double ports() const { return ports_; }

protected:
    void clicked(const QPointF& world) override;

private:
    double ports_ = 64;
};

class PlaceNodeTool : public ScenarioTool {
    Q_OBJECT
public:
    using ScenarioTool::ScenarioTool;
    QString hint() const override;
    void set_node(double radius_m, double capacity, const std::string& technology);

protected:
    void clicked(const QPointF& world) override;

private:
    double radius_m_ = 800, capacity_ = 256;
    std::string technology_;
};

}  // namespace coverplan::desktop
