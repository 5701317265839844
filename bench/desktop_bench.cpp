// The desktop app at scale: how long coverplan-gui takes to open a project
// (from the call to the first map on screen), how long a redraw takes after
// a pan or a zoom, how long the UI thread is ever blocked meanwhile, and the
// peak memory. Runs the real MainWindow on the offscreen platform.
//
//   desktop_bench PROJECT [MOVES]
//
// Prints one line per measure. The time the command line needs to read and
// plan the same project is measured apart (`coverplan rank PROJECT --top 1`
// under /usr/bin/time, see docs/benchmarks.md "The desktop app").
//
// Responsiveness: a 5 ms timer on the UI thread records the longest gap
// between two of its ticks; a gap is the time the UI thread could not answer
// an input event.

#include <sys/resource.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "gis/gdal_setup.h"
#include "ui/carto/gui_session.h"
#include "ui/desktop/main_window.h"
#include "ui/desktop/map_canvas.h"

using namespace coverplan;

namespace {

/// The longest time between two ticks of a fast timer on the UI thread.
class StallProbe {
public:
    StallProbe() {
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            longest_ms_ = std::max(longest_ms_, clock_.restart());
        });
    }
    void start() {
        longest_ms_ = 0;
        clock_.start();
        timer_.start();
    }
    /// Milliseconds; the timer's own 5 ms included.
    qint64 stop() {
        timer_.stop();
        return std::max(longest_ms_, clock_.elapsed());
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 longest_ms_ = 0;
};

double peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// Waits for the canvas's next finished render; milliseconds, or -1.
qint64 wait_rendered(desktop::MapCanvas& canvas, QSignalSpy& rendered, const QElapsedTimer& since) {
    if (!rendered.wait(60000)) return -1;
    while (canvas.rendering()) {
        if (!rendered.wait(60000)) return -1;
    }
    return since.elapsed();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: desktop_bench PROJECT [MOVES]\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    gis::register_gdal_drivers();
    carto::ensure_gui_session();
    const int moves = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;

    desktop::MainWindow window;
    window.set_quiet(true);
    window.resize(1600, 1000);
    window.show();
    desktop::MapCanvas& canvas = *window.canvas();

    StallProbe probe;
    QSignalSpy shown(&window, &desktop::MainWindow::project_shown);
    QSignalSpy rendered(&canvas, &desktop::MapCanvas::rendered);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    window.open_project(QString::fromLocal8Bit(argv[1]));
    if (!shown.wait(30 * 60 * 1000)) {
        std::fprintf(stderr, "desktop_bench: the project did not open within 30 minutes\n");
        return 1;
    }
    const qint64 shown_ms = clock.elapsed();
    const qint64 first_map_ms = wait_rendered(canvas, rendered, clock);
    std::printf("open_to_tables_s %.3f\nopen_to_first_map_s %.3f\nopen_longest_stall_ms %lld\n", shown_ms / 1000.0,
                first_map_ms / 1000.0, static_cast<long long>(probe.stop()));

    // Pans and zooms as a user makes them, each waited for to the end.
    std::vector<qint64> pans, zooms;
    qint64 stall = 0;
    const QPointF centre(canvas.width() / 2.0, canvas.height() / 2.0);
    for (int i = 0; i < moves; ++i) {
        for (bool zoom : {false, true}) {
            rendered.clear();
            probe.start();
            clock.restart();
            if (zoom)
                canvas.zoom_by(i % 2 == 0 ? 2.0 : 0.5, centre);
            else
                canvas.pan_pixels(QPointF(i % 2 == 0 ? 240 : -240, 120));
            const qint64 ms = wait_rendered(canvas, rendered, clock);
            stall = std::max(stall, probe.stop());
            (zoom ? zooms : pans).push_back(ms);
        }
    }
    auto report = [](const char* name, std::vector<qint64> times) {
        std::sort(times.begin(), times.end());
        std::printf("%s_median_ms %lld\n%s_max_ms %lld\n", name, static_cast<long long>(times[times.size() / 2]), name,
                    static_cast<long long>(times.back()));
    };
    report("redraw_after_pan", pans);
    report("redraw_after_zoom", zooms);
    std::printf("redraw_longest_stall_ms %lld\npeak_rss_mib %.0f\n", static_cast<long long>(stall), peak_rss_mib());
    return 0;
}
