// The scenario-file reader, planner::parse_scenario_text, on any bytes. It
// promises a scenario that changes something, with every value in range,
// which scenario_to_toml writes as text that reads back to an equal
// scenario (and the same text again); or an InputError naming the origin,
// printable as JSON.

#include <cmath>
#include <string>

#include "fuzz/fuzz_support.h"
#include "gis/error.h"
#include "planner/scenario_file.h"

using namespace coverplan;
using coverplan::fuzz::finding;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string origin = "north.toml";
    planner::SavedScenario scenario;
    try {
        scenario = planner::parse_scenario_text(fuzz::as_text(data, size), origin);
    } catch (const InputError& error) {
        const std::string message = error.what();
        if (message.rfind(origin, 0) != 0) finding("the message does not name the origin: " + message);
        if (!fuzz::is_valid_utf8(message)) finding("the message is not valid UTF-8: " + message);
        return 0;
    }
    if (scenario.changes_nothing()) finding("a scenario without any change was accepted");
    for (const auto& node : scenario.new_nodes)
        if (!(std::abs(node.lon) <= 180 && std::abs(node.lat) <= 90 && node.radius_m > 0 && node.capacity > 0 &&
              std::isfinite(node.radius_m) && std::isfinite(node.capacity)))
            finding("a new node out of range was accepted");
    for (const auto& change : scenario.added_capacity)
        if (change.node_id.empty() || !std::isfinite(change.ports)) finding("a capacity change without node or ports");
    std::string text;
    try {
        text = planner::scenario_to_toml(scenario);
    } catch (const InputError& error) {
        finding(std::string("an accepted scenario cannot be written: ") + error.what());
    }
    try {
        const planner::SavedScenario again = planner::parse_scenario_text(text, origin);
        if (!(again == scenario)) finding("the written scenario reads back different:\n" + text);
        if (planner::scenario_to_toml(again) != text) finding("the written scenario is written differently again:\n" + text);
    } catch (const InputError& error) {
        finding(std::string("the written scenario does not read back: ") + error.what() + "\n" + text);
    }
    return 0;
}
