#include "ui/desktop/map_tool.h"

#include <QMouseEvent>

#include "ui/desktop/map_canvas.h"

namespace coverplan::desktop {

namespace {
/// Pixels the mouse may move between press and release and still click.
constexpr double kClickSlop = 4;
}  // namespace

MapTool::MapTool(MapCanvas& canvas) : QObject(&canvas), canvas_(canvas) {}

void MapTool::press(QMouseEvent& event) {
    if (event.button() != Qt::LeftButton) return;
    pressed_ = true;
    dragging_ = false;
    pressed_at_ = last_ = event.position();
}

void MapTool::move(QMouseEvent& event) {
    if (!pressed_) return;
    const QPointF now = event.position();
    if (!dragging_ && (now - pressed_at_).manhattanLength() > kClickSlop) dragging_ = true;
    if (dragging_) {
        canvas_.pan_pixels(now - last_);
        last_ = now;
    }
}

void MapTool::release(QMouseEvent& event) {
    if (!pressed_ || event.button() != Qt::LeftButton) return;
    pressed_ = false;
    if (dragging_) {
        dragging_ = false;
        return;
    }
    clicked(canvas_.world_at(event.position()));
}

QString SelectTool::hint() const { return tr("Click a zone to select it; drag to move the map"); }

void SelectTool::clicked(const QPointF& world) {
    emit zone_clicked(canvas().zone_at(world));
    const ProjectSession* session = canvas().session();
    if (session && session->checker) emit nodes_clicked(session->checker->node_index().covering(world.x(), world.y()));
}

}  // namespace coverplan::desktop
