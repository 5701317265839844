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
            if (option == spec.options.end())
                throw UsageError("unknown option '" + arg + "' for 'coverplan " + spec.name + "'");
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

std::string help_text(const CommandSpec& spec) {
    std::string text = "usage: coverplan " + spec.name + " " + spec.usage + "\n\n" + spec.summary + "\n";
    if (!spec.options.empty()) {
        text += "\noptions:\n";
        for (const auto& option : spec.options) {
            std::string left = "  " + (option.short_name.empty() ? "" : option.short_name + ", ") + option.name +
                               (option.value.empty() ? "" : " " + option.value);
            if (left.size() < 28) left.resize(28, ' ');
            else left += "  ";
            text += left + option.help + "\n";
        }
    }
    text += "\noptions of every command:\n"
            "  --lang vi|en                language of messages and of what is written for people\n"
            "                              (default: LC_ALL, LC_MESSAGES or LANG, else English)\n"
            "  --excel-csv                 CSV outputs start with a UTF-8 byte-order mark, so that\n"
            "                              Excel reads Vietnamese letters right\n"
            "  --version                   print the version\n"
            "  -h, --help                  show this help\n";
    if (!spec.details.empty()) text += "\n" + spec.details + "\n";
    return text;
}

}  // namespace coverplan::cli
