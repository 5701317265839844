#pragma once
// The map on screen. Draws the content of a themed map (ui/maps) through
// the shared renderer (carto::draw_map_content) for whatever part of the
// world is in view, in a background thread; a new pan or zoom cancels the
// render under way, and meanwhile the last finished image is shown moved
// and scaled to the new view. Pan by dragging or the arrow keys, zoom by
// the wheel, a touchpad pinch or +/-; a scale bar in ground distance; the
// selected zone outlined. Mouse clicks go to the active MapTool.

#include <QFutureWatcher>
#include <QImage>
#include <QPointF>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

#include "ui/carto/map_description.h"
#include "ui/desktop/project_session.h"

namespace coverplan::desktop {

class MapTool;

/// What part of the world the canvas shows: its centre and map units per
/// (logical) pixel.
struct CanvasView {
    double centre_x = 0, centre_y = 0;
    double units_per_pixel = 1;
    bool operator==(const CanvasView&) const = default;
};

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    /// New content. With a new session the view frames every zone; with the
    /// same session (another theme, new weights) it stays where it is.
    void set_map(std::shared_ptr<const ProjectSession> session, std::shared_ptr<const carto::MapDescription> map);
    /// The same project's data read again: the view stays where it is and the
    /// last picture is shown until the new one is drawn; no zone selected.
    void replace_session(std::shared_ptr<const ProjectSession> session, std::shared_ptr<const carto::MapDescription> map);
    const carto::MapDescription* map() const { return map_.get(); }
    /// Points drawn over the map's content (demand layers); null: none.
    void set_overlay(std::shared_ptr<const carto::MapDescription> overlay);
    const carto::MapDescription* overlay() const { return overlay_.get(); }
    const ProjectSession* session() const { return session_.get(); }

    const CanvasView& view() const { return view_; }
    void set_view(const CanvasView& view);
    /// Frames a box of the world (map units), whole.
    void zoom_to_box(const carto::WorldBox& box);
    void zoom_to_zone(int zone);
    void zoom_to_everything();
    void zoom_by(double factor, const QPointF& anchor);
    void pan_pixels(const QPointF& delta);

    /// The working-CRS point under a widget position, and back.
    QPointF world_at(const QPointF& position) const;
    QPointF position_of(double x, double y) const;
    /// The zone covering a working-CRS point, -1 outside every zone.
    int zone_at(const QPointF& world) const;

    void set_selected_zone(int zone);
    int selected_zone() const { return selected_zone_; }

    /// The place last checked (a click of "Check here", an address found),
    /// marked with a pin; nothing to clear it.
    void set_marked_place(std::optional<QPointF> world);
    std::optional<QPointF> marked_place() const { return marked_; }

    /// The tool receiving clicks (owned by the caller or the canvas).
    void set_tool(MapTool* tool);
    MapTool* tool() const { return tool_; }

    /// True while a render is under way (or about to start).
    bool rendering() const { return render_pending_ || (watcher_ && watcher_->isRunning()); }
    /// The image of the last finished render, in device pixels.
    const QImage& rendered_image() const { return image_; }

    QSize sizeHint() const override { return {800, 600}; }

signals:
    void cursor_moved(const QPointF& world);
    void view_changed();
    /// A render finished and is on screen.
    void rendered();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Rendered {
        QImage image;
        CanvasView view;
        std::uint64_t job = 0;
    };
    void schedule_render();
    void start_render();
    void render_done();
    double px_per_mm() const;
    void draw_selection(QPainter& painter) const;
    void draw_marked_place(QPainter& painter) const;
    void draw_scale_bar(QPainter& painter) const;

    std::shared_ptr<const ProjectSession> session_;
    std::shared_ptr<const carto::MapDescription> map_;
    std::shared_ptr<const carto::MapDescription> overlay_;
    CanvasView view_;
    int selected_zone_ = -1;
    std::optional<QPointF> marked_;
    MapTool* tool_ = nullptr;

    QImage image_;           ///< last finished render
    CanvasView image_view_;  ///< the view it shows
    std::uint64_t job_ = 0;  ///< the render the canvas waits for
    bool render_pending_ = false;
    std::shared_ptr<std::atomic<bool>> cancel_;
    QFutureWatcher<Rendered>* watcher_ = nullptr;
};

}  // namespace coverplan::desktop
