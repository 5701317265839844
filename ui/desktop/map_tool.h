#pragma once
// A tool on the map canvas (QGIS's QgsMapTool idea): the canvas hands its
// mouse events to the active tool, which decides what they mean. Every tool
// pans on a drag, so the map can always be moved; a click (a press and
// release without moving) is the tool's own business.

#include <QObject>
#include <QPointF>
#include <QString>
#include <cstdint>
#include <vector>

class QMouseEvent;
class QPainter;

namespace coverplan::desktop {

class MapCanvas;

class MapTool : public QObject {
    Q_OBJECT
public:
    explicit MapTool(MapCanvas& canvas);

    MapCanvas& canvas() const { return canvas_; }
    /// What the tool does, for its action's tooltip and the status bar.
    virtual QString hint() const = 0;

    void press(QMouseEvent& event);
    void move(QMouseEvent& event);
    void release(QMouseEvent& event);

protected:
    /// A click at `world` (working CRS) with the left button.
    virtual void clicked(const QPointF& world) = 0;

private:
    MapCanvas& canvas_;
    QPointF pressed_at_, last_;
    bool dragging_ = false, pressed_ = false;
};

/// Selects the zone under a click (and pans on a drag).
class SelectTool : public MapTool {
    Q_OBJECT
public:
    using MapTool::MapTool;
    QString hint() const override;

signals:
    /// The zone under the click, -1 outside every zone.
    void zone_clicked(int zone);
    /// The nodes whose service areas cover the clicked spot (indexes into
    /// the data's nodes), ascending; emitted after zone_clicked.
    void nodes_clicked(const std::vector<std::uint32_t>& nodes);

protected:
    void clicked(const QPointF& world) override;
};

}  // namespace coverplan::desktop
