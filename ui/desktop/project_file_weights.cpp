#include "ui/desktop/project_file_weights.h"

#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

#include "gis/error.h"
#include "gis/number_format.h"
#include "gis/temporary_file.h"
#include "planner/project.h"

namespace coverplan::desktop {

namespace {

/// The shortest text that reads back as the same double, as a TOML float ("0.4", "1.0").
std::string number_text(double value) {
    std::string text = gis::format_shortest(value);
    if (text.find_first_of(".eE") == std::string::npos) text += ".0";
    return text;
}

std::string weights_line(planner::RankingKind kind, const planner::Weights& weights) {
    std::string line = "weights = { ";
    const auto& components = planner::ranking_components(kind);
    for (std::size_t c = 0; c < planner::kComponents; ++c)
        line += std::string(c ? ", " : "") + components[c].key + " = " + number_text(weights[c]);
    return line + " }";
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

/// A line that opens a table ("[x]" or "[[x]]"), not one inside a multi-line value.
bool is_header(const std::string& line) { return std::regex_search(line, std::regex(R"(^\s*\[)")); }

}  // namespace

std::string with_weights(const std::string& text, const planner::RankingWeights& weights) {
    std::vector<std::string> lines = lines_of(text);
    const bool final_newline = text.empty() || text.back() == '\n';
    for (planner::RankingKind kind : planner::kRankingKinds) {
        const std::string name = planner::to_string(kind);
        const std::string line = weights_line(kind, weights.of(kind));
        const std::regex header(R"(^\s*\[\s*scoring\s*\.\s*)" + name + R"(\s*\]\s*(#.*)?$)");
        const std::regex assignment(R"(^(\s*)weights\s*=\s*\{[^}]*\}\s*(#.*)?$)");
        std::size_t at = 0;
        while (at < lines.size() && !std::regex_match(lines[at], header)) ++at;
        if (at == lines.size()) {
            if (!lines.empty() && !lines.back().empty()) lines.push_back("");
            lines.push_back("[scoring." + name + "]");
            lines.push_back(line);
            continue;
        }
        std::size_t end = at + 1;
        while (end < lines.size() && !is_header(lines[end])) ++end;
        bool replaced = false;
        for (std::size_t i = at + 1; i < end && !replaced; ++i) {
            std::smatch match;
            if (!std::regex_match(lines[i], match, assignment)) continue;
            lines[i] = match[1].str() + line + (match[2].matched ? "  " + match[2].str() : "");
            replaced = true;
        }
        if (!replaced) lines.insert(lines.begin() + long(at) + 1, line);
    }
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) out += lines[i] + (i + 1 < lines.size() || final_newline ? "\n" : "");
    return out;
}

void save_weights(const std::filesystem::path& project_file, const planner::RankingWeights& weights) {
    const Location where{project_file.string(), "", "", "", 0};
    std::ifstream in(project_file, std::ios::binary);
    if (!in) throw InputError(where, "cannot read the project file to save the weights");
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    const std::string updated = with_weights(text, weights);

    gis::TemporaryFile out(project_file);
    {
        std::ofstream file(out.path(), std::ios::binary);
        file << updated;
        if (!file.flush()) throw InputError(where, "cannot write the project file");
    }
    // The edited file must mean the same project with the new weights; a
    // form this edit does not know (e.g. [scoring.investment.weights]) is
    // refused rather than half-changed.
    const std::string refused = "the weights are written in a form Coverplan cannot update; set them by hand in "
                                "[scoring.investment] and [scoring.sales] as weights = { ... }";
    try {
        if (!(planner::load_project(out.path(), planner::today_iso()).weights == weights)) throw InputError(where, refused);
    } catch (const InputError& error) {
        // The temporary's own complaint would name a file the user never saw.
        throw InputError(where, refused);
    }
    out.commit();
}

}  // namespace coverplan::desktop
