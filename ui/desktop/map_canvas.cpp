#include "ui/desktop/map_canvas.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "ui/carto/geometry_path.h"
#include "ui/carto/map_content.h"
#include "ui/carto/map_renderer.h"
#include "ui/desktop/map_tool.h"

namespace coverplan::desktop {

namespace {

/// A map is read from farther away on a screen than on paper: one map
/// millimetre (line widths, dot and label sizes) is this many screen ones.
constexpr double kScreenMagnification = 1.2;
/// One wheel notch or key press zooms by this factor.
constexpr double kZoomStep = 1.25;
/// Arrow keys move the map by this share of the window.
constexpr double kKeyPanShare = 0.125;

QRectF logical_rect(const QSize& size) { return QRectF(0, 0, size.width(), size.height()); }

}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    grabGesture(Qt::PinchGesture);
    watcher_ = new QFutureWatcher<Rendered>(this);
    connect(watcher_, &QFutureWatcher<Rendered>::finished, this, &MapCanvas::render_done);
}

MapCanvas::~MapCanvas() {
    if (cancel_) cancel_->store(true);
    // The render reads the session's geometries: let it stop first.
    watcher_->waitForFinished();
}

void MapCanvas::set_map(std::shared_ptr<const ProjectSession> session, std::shared_ptr<const carto::MapDescription> map) {
    const bool new_session = session != session_;
    session_ = std::move(session);
    map_ = std::move(map);
    if (new_session) {
        selected_zone_ = -1;
        image_ = QImage();
        if (map_) zoom_to_box(map_->extent);
    }
    schedule_render();
}

void MapCanvas::replace_session(std::shared_ptr<const ProjectSession> session,
                                std::shared_ptr<const carto::MapDescription> map) {
    session_ = std::move(session);
    map_ = std::move(map);
    selected_zone_ = -1;  // an index into the old data's zones
    schedule_render();
}

void MapCanvas::set_overlay(std::shared_ptr<const carto::MapDescription> overlay) {
    overlay_ = std::move(overlay);
    schedule_render();
}

void MapCanvas::set_view(const CanvasView& view) {
    if (view == view_ || !(view.units_per_pixel > 0)) return;
    view_ = view;
    schedule_render();
    update();
    emit view_changed();
}

void MapCanvas::zoom_to_box(const carto::WorldBox& box) {
    if (!box.valid() || width() <= 0 || height() <= 0) return;
    CanvasView view;
    view.centre_x = (box.minx + box.maxx) / 2;
    view.centre_y = (box.miny + box.maxy) / 2;
    view.units_per_pixel = std::max(box.width() / width(), box.height() / height());
    set_view(view);
}

void MapCanvas::zoom_to_zone(int zone) {
    if (!session_ || zone < 0 || std::size_t(zone) >= session_->data.zones.size()) return;
    const carto::WorldBox box = carto::envelope_of(session_->data.zones.geometries[std::size_t(zone)].get());
    // The zone and some of its neighbours, never closer than a kilometre across.
    const double pad = std::max({box.width(), box.height(), 1000.0}) * 0.25;
    zoom_to_box({box.minx - pad, box.miny - pad, box.maxx + pad, box.maxy + pad});
}

void MapCanvas::zoom_to_everything() {
    if (map_) zoom_to_box(map_->extent);
}

void MapCanvas::zoom_by(double factor, const QPointF& anchor) {
    // The world point under the anchor stays under it.
    const QPointF fixed = world_at(anchor);
    CanvasView view = view_;
    view.units_per_pixel = std::clamp(view_.units_per_pixel * factor, 0.01, 1e5);
    view.centre_x = fixed.x() - (anchor.x() - width() / 2.0) * view.units_per_pixel;
    view.centre_y = fixed.y() + (anchor.y() - height() / 2.0) * view.units_per_pixel;
    set_view(view);
}

void MapCanvas::pan_pixels(const QPointF& delta) {
    CanvasView view = view_;
    view.centre_x -= delta.x() * view.units_per_pixel;
    view.centre_y += delta.y() * view.units_per_pixel;
    set_view(view);
}

QPointF MapCanvas::world_at(const QPointF& position) const {
    return {view_.centre_x + (position.x() - width() / 2.0) * view_.units_per_pixel,
            view_.centre_y - (position.y() - height() / 2.0) * view_.units_per_pixel};
}

QPointF MapCanvas::position_of(double x, double y) const {
    return {width() / 2.0 + (x - view_.centre_x) / view_.units_per_pixel,
            height() / 2.0 - (y - view_.centre_y) / view_.units_per_pixel};
}

int MapCanvas::zone_at(const QPointF& world) const {
    if (!session_ || !session_->checker) return -1;
    return session_->checker->check(world.x(), world.y(), planner::kAnyTechnology).zone;
}

void MapCanvas::set_selected_zone(int zone) {
    if (zone == selected_zone_) return;
    selected_zone_ = zone;
    update();
}

void MapCanvas::set_marked_place(std::optional<QPointF> world) {
    marked_ = world;
    update();
}

void MapCanvas::set_tool(MapTool* tool) {
    tool_ = tool;
    setCursor(tool ? Qt::CrossCursor : Qt::ArrowCursor);
}

double MapCanvas::px_per_mm() const { return logicalDpiY() / 25.4 * kScreenMagnification; }

// --- rendering --------------------------------------------------------------

void MapCanvas::schedule_render() {
    // Many view changes in one event loop turn (a drag, a pinch) make one render.
    if (render_pending_) return;
    render_pending_ = true;
    QMetaObject::invokeMethod(this, &MapCanvas::start_render, Qt::QueuedConnection);
}

void MapCanvas::start_render() {
    render_pending_ = false;
    if (cancel_) cancel_->store(true);
    if (!map_ || width() <= 0 || height() <= 0) return;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    const std::uint64_t job = ++job_;
    const double dpr = devicePixelRatioF();
    const QSize size = this->size();
    const double px_per_mm = this->px_per_mm();
    watcher_->setFuture(QtConcurrent::run([map = map_, overlay = overlay_, session = session_, view = view_,
                                           cancel = cancel_, job, dpr, size, px_per_mm]() {
        Rendered rendered{QImage(size * dpr, QImage::Format_ARGB32_Premultiplied), view, job};
        rendered.image.setDevicePixelRatio(dpr);
        rendered.image.fill(map->background);
        QPainter painter(&rendered.image);
        const QRectF frame = logical_rect(size);
        const carto::WorldToPage transform =
            carto::centred_transform(frame, view.centre_x, view.centre_y, view.units_per_pixel);
        carto::ContentOptions options;
        options.simplify_mm = 0.5 / (px_per_mm * dpr);  // half a device pixel
        options.cancel = cancel.get();
        const carto::MapView map_view = carto::view_of(frame, transform);
        // The theme's areas, the demand's points over them, the labels over both.
        options.labels = !overlay;
        bool cancelled = carto::draw_map_content(*map, painter, map_view, px_per_mm, options).cancelled;
        if (overlay && !cancelled) {
            options.labels = false;
            cancelled = carto::draw_map_content(*overlay, painter, map_view, px_per_mm, options).cancelled;
            options.labels = true;
            options.layers = false;
            if (!cancelled) cancelled = carto::draw_map_content(*map, painter, map_view, px_per_mm, options).cancelled;
        }
        painter.end();
        if (cancelled) rendered.image = QImage();
        return rendered;
    }));
}

void MapCanvas::render_done() {
    const Rendered done = watcher_->result();
    if (done.job != job_ || done.image.isNull()) return;
    image_ = done.image;
    image_view_ = done.view;
    update();
    if (!render_pending_ && !watcher_->isRunning()) emit rendered();
}

// --- painting ---------------------------------------------------------------

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), map_ ? map_->background : palette().window().color());
    if (!image_.isNull()) {
        // The last image, moved and scaled to the current view until the
        // render for it arrives.
        const double dpr = image_.devicePixelRatio();
        const double w = image_.width() / dpr, h = image_.height() / dpr;
        const double left = image_view_.centre_x - w / 2 * image_view_.units_per_pixel;
        const double top = image_view_.centre_y + h / 2 * image_view_.units_per_pixel;
        const double scale = image_view_.units_per_pixel / view_.units_per_pixel;
        const QRectF target(position_of(left, top), QSizeF(w * scale, h * scale));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale != 1.0);
        painter.drawImage(target, image_);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    draw_selection(painter);
    draw_marked_place(painter);
    draw_scale_bar(painter);
}

void MapCanvas::draw_selection(QPainter& painter) const {
    if (!session_ || selected_zone_ < 0 || std::size_t(selected_zone_) >= session_->data.zones.size()) return;
    const carto::WorldToPage transform =
        carto::centred_transform(logical_rect(size()), view_.centre_x, view_.centre_y, view_.units_per_pixel);
    const QPainterPath path =
        carto::area_path(session_->data.zones.geometries[std::size_t(selected_zone_)].get(), transform, 0.5);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    painter.setPen(QPen(QColor(0x00, 0x5a, 0xb5), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
}

void MapCanvas::draw_marked_place(QPainter& painter) const {
    if (!marked_) return;
    // A pin whose tip is the place: readable on every theme's colours (white halo, dark outline).
    const QPointF tip = position_of(marked_->x(), marked_->y());
    const double r = 7;
    const QPointF head = tip - QPointF(0, 2.2 * r);
    QPainterPath pin;
    pin.moveTo(tip);
    pin.lineTo(head + QPointF(-r * 0.8, r * 0.6));
    pin.arcTo(QRectF(head.x() - r, head.y() - r, 2 * r, 2 * r), 217, -254);
    pin.closeSubpath();
    painter.setPen(QPen(QColor(255, 255, 255, 230), 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(pin);
    painter.setPen(QPen(QColor(0x22, 0x22, 0x22), 1.2));
    painter.setBrush(QColor(0xd5, 0x5e, 0x00));
    painter.drawPath(pin);
    painter.setBrush(Qt::white);
    painter.drawEllipse(head, r * 0.35, r * 0.35);
}

void MapCanvas::draw_scale_bar(QPainter& painter) const {
    if (!map_) return;
    const double mm = px_per_mm();
    const double mm_per_unit = 1 / view_.units_per_pixel / mm;
    const carto::ScaleBar bar = carto::choose_scale_bar(mm_per_unit, map_->scale_factor, width() * 0.2 / mm);
    carto::draw_scale_bar(bar, painter, logical_rect(size()), mm);
}

// --- input ------------------------------------------------------------------

void MapCanvas::resizeEvent(QResizeEvent*) {
    // Keep the centre and the scale (more or less of the world shows),
    // except before the first image: then frame everything again.
    if (map_ && image_.isNull()) zoom_to_box(map_->extent);
    schedule_render();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (tool_) tool_->press(*event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    emit cursor_moved(world_at(event->position()));
    if (tool_) tool_->move(*event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (tool_) tool_->release(*event);
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const QPoint pixels = event->pixelDelta();
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier || pixels.isNull()) {
        // A mouse wheel (or a pinch some touchpads send as Ctrl+wheel): zoom.
        const double notches = angle.y() / 120.0;
        if (notches != 0) zoom_by(std::pow(kZoomStep, -notches), event->position());
    } else {
        // Two fingers on a touchpad: move the map.
        pan_pixels(QPointF(pixels));
    }
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double dx = width() * kKeyPanShare, dy = height() * kKeyPanShare;
    switch (event->key()) {
        case Qt::Key_Left: pan_pixels({dx, 0}); break;
        case Qt::Key_Right: pan_pixels({-dx, 0}); break;
        case Qt::Key_Up: pan_pixels({0, dy}); break;
        case Qt::Key_Down: pan_pixels({0, -dy}); break;
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoom_by(1 / kZoomStep, centre); break;
        case Qt::Key_Minus: zoom_by(kZoomStep, centre); break;
        case Qt::Key_Home:
        case Qt::Key_0: zoom_to_everything(); break;
        default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool MapCanvas::event(QEvent* event) {
    if (event->type() == QEvent::NativeGesture) {
        // Touchpad pinch (macOS, Wayland): value() is the change of scale.
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoom_by(1 / (1 + gesture->value()), gesture->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged && pinch->scaleFactor() > 0)
                zoom_by(1 / pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
            return true;
        }
    }
    return QWidget::event(event);
}

}  // namespace coverplan::desktop
