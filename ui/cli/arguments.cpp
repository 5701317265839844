#include "ui/cli/arguments.h"

#include <algorithm>
#include <stdexcept>

namespace coverplan::cli {

Arguments::Arguments(const CommandSpec& spec, const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        if (arg == "--help" || arg == "-h") {
            help_ = true;
            return;
        }
        // Every command takes --version (and --lang, which main() takes out first).
        if (arg == "--version") {
            version_ = true;
            return;
        }
        if (arg.size() > 1 && arg[0] == '-' && !(arg.size() > 1 && (std::isdigit(static_cast<unsigned char>(arg[1])) || arg[1] == '.'))) {
            std::string inline_value;
            bool has_inline = false;
            if (auto eq = arg.find('='); eq != std::string::npos && arg.rfind("--", 0) == 0) {
                inline_value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                has_inline = true;
            }
            auto option = std::find_if(spec.options.begin(), spec.options.end(), [&](const OptionSpec& o) {
                return o.name == arg || (!o.short_name.empty() && o.short_name == arg);
            });
            if (option == spec.options.end()) {
                std::vector<std::string> names;
                for (const auto& o : spec.options) names.push_back(o.name);
                for (const auto& o : common_options()) names.push_back(o.name);
                throw UsageError("unknown option '" + arg + "' for 'coverplan " + spec.name + "'" + did_you_mean(arg, names));
            }
            std::vector<std::string> given;
            if (option->value.empty()) {
                given.push_back("1");
            } else if (has_inline && option->count == 1) {
                given.push_back(inline_value);
            } else {
                if (has_inline || i + option->count >= args.size())
                    throw UsageError(option->name + " needs " + (option->count == 1 ? "a value" : "values") + " (" +
                                     option->value + ")");
                for (std::size_t k = 0; k < option->count; ++k) given.push_back(args[++i]);
            }
            auto& slot = values_[option->name];
            if (!slot.empty() && !option->repeatable) throw UsageError(option->name + " given more than once");
            slot.insert(slot.end(), given.begin(), given.end());
        } else {
            positional_.push_back(arg);
        }
    }
    if (positional_.size() < spec.min_positional || positional_.size() > spec.max_positional)
        throw UsageError("usage: coverplan " + spec.name + " " + spec.usage);
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::optional<long> Arguments::integer(const std::string& name) const {
    auto text = value(name);
    if (!text) return std::nullopt;
    try {
        std::size_t used = 0;
        long result = std::stol(*text, &used);
        if (used == text->size()) return result;
    } catch (...) {
    }
    throw UsageError(name + " expects a whole number, got '" + *text + "'");
}

namespace {

/// Optimal string alignment distance: insertions, deletions, substitutions
/// and swaps of neighbours ("ovelray") each cost one.
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> closest_match(const std::string& word, const std::vector<std::string>& candidates) {
    std::optional<std::string> best;
    std::size_t best_distance = std::max<std::size_t>(1, word.size() / 3) + 1;
    bool tied = false;
    for (const auto& candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
            tied = false;
        } else if (distance == best_distance && best && *best != candidate) {
            tied = true;
        }
    }
    if (tied) return std::nullopt;
    return best;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
    const auto match = closest_match(word, candidates);
    return match ? " (did you mean '" + *match + "'?)" : "";
}

const std::vector<OptionSpec>& common_options() {
    static const std::vector<OptionSpec> options = {
        {"--lang", "", "vi|en",
         "language of messages and of what is written for people (default: LC_ALL, LC_MESSAGES or LANG, else English)"},
        {"--excel-csv", "", "", "CSV outputs start with a UTF-8 byte-order mark, so that Excel reads Vietnamese letters right"},
        {"--version", "", "", "print the version"},
        {"--help", "-h", "", "show this help"},
    };
    return options;
}

namespace {

/// `text` wrapped at `width` columns, lines after the first indented by `indent`.
std::string wrapped(const std::string& text, std::size_t indent, std::size_t width) {
    std::string out, line;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!line.empty() && indent + line.size() + 1 + word.size() > width) {
            out += line + "\n" + std::string(indent, ' ');
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        start = end + 1;
    }
    return out + line;
}

void add_options(std::string& text, const std::vector<OptionSpec>& options) {
    for (const auto& option : options) {
        std::string left = "  " + (option.short_name.empty() ? "" : option.short_name + ", ") + option.name +
                           (option.value.empty() ? "" : " " + option.value);
        if (left.size() < 28) left.resize(28, ' ');
        else left += "  ";
        text += left + wrapped(option.help, left.size(), 80) + "\n";
    }
}

}  // namespace

std::string help_text(const CommandSpec& spec) {
    std::string text = "usage: coverplan " + spec.name + " " + spec.usage + "\n\n" + spec.summary + "\n";
    if (!spec.options.empty()) {
        text += "\noptions:\n";
        add_options(text, spec.options);
    }
    text += "\noptions of every command:\n";
    add_options(text, common_options());
    if (!spec.details.empty()) text += "\n" + spec.details + "\n";
    return text;
}

}  // namespace coverplan::cli
