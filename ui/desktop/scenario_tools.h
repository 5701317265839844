#pragma once
// The map tools that build a scenario: add ports to the node serving the
// clicked spot, or place a new node there (reach, capacity and technology
// from the scenario panel). Each change goes on the scenario's undo stack.

#include <string>

#include "ui/desktop/map_tool.h"

namespace coverplan::desktop {

class ScenarioState;

class AddCapacityTool : public MapTool {
    Q_OBJECT
public:
    AddCapacityTool(MapCanvas& canvas, ScenarioState& state);
    QString hint() const override;
    void set_ports(double ports) { ports_ = ports; }
    double ports() const { return ports_; }

signals:
    /// What happened, for the status bar ("Added 64 ports to N-0042", or why not).
    void message(const QString& text);

protected:
    void clicked(const QPointF& world) override;

private:
    ScenarioState& state_;
    double ports_ = 64;
};

class PlaceNodeTool : public MapTool {
    Q_OBJECT
public:
    PlaceNodeTool(MapCanvas& canvas, ScenarioState& state);
    QString hint() const override;
    void set_node(double radius_m, double capacity, const std::string& technology);

signals:
    void message(const QString& text);

protected:
    void clicked(const QPointF& world) override;

private:
    ScenarioState& state_;
    double radius_m_ = 800, capacity_ = 256;
    std::string technology_;
};

}  // namespace coverplan::desktop
