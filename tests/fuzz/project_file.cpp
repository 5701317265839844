// The project-file reader, planner::load_project, on any bytes written as
// project.toml. It promises a project with the layers it needs, or an
// InputError whose message names the file and can be printed as JSON
// (`validate --json` does).

#include <string>

#include "fuzz/fuzz_support.h"
#include "gis/error.h"
#include "planner/calendar.h"
#include "planner/project.h"
#include "support/temp_dir.h"

using namespace coverplan;
using coverplan::fuzz::finding;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const test::TempDir dir;
    const auto file = dir.write("project.toml", std::string(fuzz::as_text(data, size)));
    try {
        const planner::Project project = planner::load_project(file, "2026-11-30");
        if (!project.has("coverage") || !project.has("subscribers") || (!project.has("zones") && !project.hex_cell_m))
            finding("a project without the layers it needs was accepted");
        if (!planner::parse_date(project.as_of)) finding("as_of '" + project.as_of + "' does not read back as a date");
        for (const auto& [role, layer] : project.layers)
            if (layer.source.source.empty() || !layer.maps("id"))
                finding("[layers." + role + "] was accepted without a source or an id");
    } catch (const InputError& error) {
        const std::string message = error.what();
        if (message.find(file.string()) == std::string::npos) finding("the message does not name the file: " + message);
        if (!fuzz::is_valid_utf8(message)) finding("the message is not valid UTF-8: " + message);
    }
    return 0;
}
