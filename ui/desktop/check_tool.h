#pragma once
// "Check here": a click on the map asks the planner's service checker
// about that spot, for any technology and each one, exactly as `coverplan
// check --at LAT,LON` does, and hands over the answer as the contract's
// check object (the same JSON the command prints with --json).

#include <nlohmann/json.hpp>

#include "ui/desktop/map_tool.h"

namespace coverplan::desktop {

class CheckTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    QString hint() const override;

    /// The answer for a working-CRS point (what a click there gives).
    nlohmann::ordered_json check(const QPointF& world) const;

signals:
    void checked(const QPointF& world, const nlohmann::ordered_json& answer);

protected:
    void clicked(const QPointF& world) override;
};

}  // namespace coverplan::desktop
