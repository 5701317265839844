#include "gis/progress.h"

namespace coverplan::gis {

namespace {
thread_local const Progress* current = nullptr;
}

ProgressScope::ProgressScope(const Progress* progress) : previous_(current) { current = progress; }
ProgressScope::~ProgressScope() { current = previous_; }

const Progress* current_progress() { return current; }

void check_cancelled() {
    if (current && current->cancel && current->cancel->load(std::memory_order_relaxed)) throw Cancelled();
}

void report_stage(std::string_view stage, std::size_t done, std::size_t total) {
    check_cancelled();
    if (current && current->report) current->report(stage, done, total);
}

}  // namespace coverplan::gis
