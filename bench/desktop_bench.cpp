// The desktop app at scale: how long coverplan-gui takes to open a project
// (from the call to the first map on screen) and where the loader's time
// went, how long a redraw takes after a pan or a zoom, how long reading the
// data again takes (View > Reload data now, the path of a data change),
// how long the UI thread is ever blocked meanwhile, and the peak memory.
// Runs the real MainWindow on the offscreen platform.
//
//   desktop_bench PROJECT [MOVES]
//
// Prints one line per measure. The time the command line needs to read and
// plan the same project is measured apart (`coverplan rank PROJECT --top 1`
// under /usr/bin/time, see docs/benchmarks.md "The desktop app"). MOVES = 0
// opens the project and stops at the first map, so that the whole run's
// processor time under /usr/bin/time is the opening's, comparable with the
// command line's.
//
// Responsiveness: a 5 ms timer on the UI thread records the longest gap
// between two of its ticks; a gap is the time the UI thread could not answer
// an input event. Linux's schedstat splits each gap into the UI thread's
// own work and its waiting for a CPU (a loaded machine): the longest work
// in one gap is the app's part. With DESKTOP_BENCH_SLOW_EVENTS_MS=N set, every event the
// UI thread took N ms or more to handle is printed to stderr (its type, the
// receiver's class and name), to find what a stall was.

#include <sys/resource.h>
#include <time.h>

#include <QAction>
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
#include "ui/desktop/project_session.h"

using namespace coverplan;

namespace {

/// The calling thread's own time on a CPU (exact) and the time it spent
/// runnable but waiting for one (Linux's /proc/thread-self/schedstat,
/// brought up to date each time the thread gets a CPU), in milliseconds.
struct ThreadTimes {
    double on_cpu_ms = 0, waiting_ms = 0;
};

ThreadTimes thread_times() {
    ThreadTimes times;
    timespec cpu{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0) times.on_cpu_ms = cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6;
    if (std::FILE* file = std::fopen("/proc/thread-self/schedstat", "r")) {
        unsigned long long on_cpu = 0, waiting = 0;
        if (std::fscanf(file, "%llu %llu", &on_cpu, &waiting) == 2) times.waiting_ms = waiting / 1e6;
        std::fclose(file);
    }
    return times;
}

/// The longest time between two ticks of a fast timer on the UI thread,
/// when it ended, how many gaps were longer than 100 ms, and what the
/// thread did in them: a gap is the thread working (on a CPU) or, on a
/// loaded machine, runnable but waiting for a CPU. The longest work in one
/// gap is the app's own part, what a gap would be on an idle machine.
class StallProbe {
public:
    StallProbe() {
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this] { tick(); });
    }
    void start() {
        longest_ = {};
        longest_work_ = {};
        over_100_ms_ = 0;
        work_over_100_ms_ = 0;
        since_start_.start();
        clock_.start();
        last_ = thread_times();
        timer_.start();
    }
    void stop() {
        tick();
        timer_.stop();
    }
    struct Gap {
        qint64 ms = 0;             ///< wall time, the timer's own 5 ms included
        double on_cpu_ms = 0;      ///< of which the UI thread worked
        double waiting_ms = 0;     ///< of which it waited for a CPU
        double ended_at_s = 0;     ///< from start()
    };
    /// The longest gap, and the gap in which the UI thread worked longest.
    const Gap& longest() const { return longest_; }
    const Gap& longest_work() const { return longest_work_; }
    int over_100_ms() const { return over_100_ms_; }
    int work_over_100_ms() const { return work_over_100_ms_; }

private:
    void tick() {
        const ThreadTimes now = thread_times();
        const Gap gap{clock_.restart(), now.on_cpu_ms - last_.on_cpu_ms, now.waiting_ms - last_.waiting_ms,
                      since_start_.elapsed() / 1000.0};
        last_ = now;
        if (gap.ms > 100) ++over_100_ms_;
        if (gap.on_cpu_ms > 100) ++work_over_100_ms_;
        if (gap.ms > longest_.ms) longest_ = gap;
        if (gap.on_cpu_ms > longest_work_.on_cpu_ms) longest_work_ = gap;
    }

    QTimer timer_;
    QElapsedTimer clock_, since_start_;
    ThreadTimes last_;
    Gap longest_, longest_work_;
    int over_100_ms_ = 0, work_over_100_ms_ = 0;
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

void print_stall(const char* phase, StallProbe& probe) {
    probe.stop();
    const StallProbe::Gap& longest = probe.longest();
    const StallProbe::Gap& work = probe.longest_work();
    std::printf("%s_longest_stall_ms %lld\n%s_longest_stall_on_cpu_ms %.0f\n%s_longest_stall_waiting_for_cpu_ms %.0f\n"
                "%s_longest_stall_ended_at_s %.3f\n%s_stalls_over_100_ms %d\n"
                "%s_longest_ui_work_ms %.0f\n%s_longest_ui_work_ended_at_s %.3f\n%s_ui_work_over_100_ms %d\n",
                phase, static_cast<long long>(longest.ms), phase, longest.on_cpu_ms, phase, longest.waiting_ms, phase,
                longest.ended_at_s, phase, probe.over_100_ms(), phase, work.on_cpu_ms, phase, work.ended_at_s, phase,
                probe.work_over_100_ms());
}

/// Where the loader's time went (ProjectSession::timings).
void print_timings(const char* phase, const desktop::LoadTimings& t) {
    std::printf("%s_read_s %.3f\n%s_plan_s %.3f\n%s_labels_s %.3f\n%s_checker_s %.3f\n%s_extras_wait_s %.3f\n"
                "%s_prepare_s %.3f\n",
                phase, t.read_s, phase, t.plan_s, phase, t.labels_s, phase, t.checker_s, phase, t.extras_wait_s, phase,
                t.prepare_s);
}

/// Times each event the UI thread handles, printing those of `slow_ms` or
/// more (0: none printed).
class TimedApplication : public QApplication {
public:
    TimedApplication(int& argc, char** argv) : QApplication(argc, argv) {
        slow_ms_ = qEnvironmentVariableIntValue("DESKTOP_BENCH_SLOW_EVENTS_MS");
    }
    bool notify(QObject* receiver, QEvent* event) override {
        if (slow_ms_ <= 0) return QApplication::notify(receiver, event);
        const int type = event->type();  // the event may be gone afterwards
        QElapsedTimer clock;
        clock.start();
        const bool handled = QApplication::notify(receiver, event);
        if (const qint64 ms = clock.elapsed(); ms >= slow_ms_)
            std::fprintf(stderr, "slow event: %lld ms, type %d, %s \"%s\"\n", static_cast<long long>(ms), type,
                         receiver->metaObject()->className(), qPrintable(receiver->objectName()));
        return handled;
    }

private:
    int slow_ms_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: desktop_bench PROJECT [MOVES]\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    gis::register_gdal_drivers();
    carto::ensure_gui_session();
    const int moves = argc > 2 ? std::max(0, std::atoi(argv[2])) : 10;

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
    std::printf("open_to_tables_s %.3f\nopen_to_first_map_s %.3f\n", shown_ms / 1000.0, first_map_ms / 1000.0);
    print_stall("open", probe);
    print_timings("open", window.session()->timings);
    if (moves == 0) {
        std::printf("peak_rss_mib %.0f\n", peak_rss_mib());
        return 0;
    }

    // Pans and zooms as a user makes them, each waited for to the end.
    std::vector<qint64> pans, zooms;
    qint64 stall = 0;
    double work = 0;
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
            probe.stop();
            stall = std::max(stall, probe.longest().ms);
            work = std::max(work, probe.longest_work().on_cpu_ms);
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
    std::printf("redraw_longest_stall_ms %lld\nredraw_longest_ui_work_ms %.0f\npeak_rss_mib_before_reload %.0f\n",
                static_cast<long long>(stall), work, peak_rss_mib());

    // The data read again, as when a source changes: the new session is
    // swapped in keeping the view, and the old one let go.
    QSignalSpy reloaded(&window, &desktop::MainWindow::data_reloaded);
    rendered.clear();
    probe.start();
    clock.restart();
    window.reload_action()->trigger();
    if (!reloaded.wait(30 * 60 * 1000)) {
        std::fprintf(stderr, "desktop_bench: the data was not read again within 30 minutes\n");
        return 1;
    }
    const qint64 reloaded_ms = clock.elapsed();
    const qint64 reload_map_ms = wait_rendered(canvas, rendered, clock);
    std::printf("reload_to_tables_s %.3f\nreload_to_map_s %.3f\n", reloaded_ms / 1000.0, reload_map_ms / 1000.0);
    print_stall("reload", probe);
    print_timings("reload", window.session()->timings);
    std::printf("peak_rss_mib %.0f\n", peak_rss_mib());
    return 0;
}
