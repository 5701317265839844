#include "ui/cli/manual.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace coverplan::cli {

namespace {

/// Text for roff: a backslash printed as one, every hyphen a minus sign (so
/// options copied from the page work), no line starting as a request.
std::string roff(const std::string& text) {
    std::string out;
    bool line_start = true;
    for (char c : text) {
        if (line_start && (c == '.' || c == '\'')) out += "\\&";
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
        line_start = c == '\n';
    }
    return out;
}

std::string upper(std::string text) {
    for (char& c : text) c = char(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

/// "-o, --out OUT" as bold names and an italic value.
std::string option_heading(const OptionSpec& option) {
    std::string heading = option.short_name.empty() ? "" : "\\fB" + roff(option.short_name) + "\\fR, ";
    heading += "\\fB" + roff(option.name) + "\\fR";
    if (!option.value.empty()) {
        heading += " \\fI" + roff(option.value) + "\\fR";
        if (option.count > 1)
            for (std::size_t k = 1; k < option.count; ++k) heading += " \\fI" + roff(option.value) + "\\fR";
    }
    if (option.repeatable) heading += " (repeatable)";
    return heading;
}

void add_options(std::ostringstream& out, const std::vector<OptionSpec>& options) {
    for (const auto& option : options) out << ".TP\n" << option_heading(option) << "\n" << roff(option.help) << "\n";
}

/// Paragraphs of a command's details (blank lines between them); lines
/// indented by two or more spaces are kept as they are (examples, lists).
void add_paragraphs(std::ostringstream& out, const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    bool literal = false;
    while (std::getline(lines, line)) {
        const bool indented = line.rfind("  ", 0) == 0;
        if (line.empty()) {
            if (literal) out << ".fi\n";
            literal = false;
            out << ".PP\n";
            continue;
        }
        if (indented && !literal) out << ".nf\n";
        if (!indented && literal) out << ".fi\n";
        literal = indented;
        out << roff(line) << "\n";
    }
    if (literal) out << ".fi\n";
}

const char* const kExitStatus =
    ".SH EXIT STATUS\n"
    ".TP\n0\nsuccess\n"
    ".TP\n1\nfinished with warnings (input features repaired or rejected, and the like)\n"
    ".TP\n2\nbad input or usage: the message names the file, layer, feature and field\n"
    ".TP\n3\ninternal error\n";

std::string header(const std::string& name, const std::string& version) {
    // Ragged right, no hyphenation: a reader searching the page for an option
    // or a layer name (demand_clusters) finds it whole, with single spaces.
    return ".TH " + roff(upper(name)) + " 1 \"\" \"coverplan " + roff(version) + "\" \"Coverplan manual\"\n.ad l\n.nh\n";
}

}  // namespace

std::string man_page(const CommandSpec& spec, const std::string& version) {
    std::ostringstream out;
    out << header("coverplan-" + spec.name, version);
    out << ".SH NAME\ncoverplan\\-" << roff(spec.name) << " \\- " << roff(spec.summary) << "\n";
    out << ".SH SYNOPSIS\n";
    std::istringstream usages(spec.usage);
    std::string usage;
    for (bool first = true; std::getline(usages, usage); first = false) {
        // A second form is written "   or: coverplan check ...".
        const auto at = usage.find("coverplan " + spec.name);
        const std::string rest = first ? usage : at == std::string::npos ? usage : usage.substr(at + 10 + spec.name.size());
        out << (first ? "" : ".br\n") << ".B coverplan " << roff(spec.name) << "\n" << roff(rest.empty() ? rest : rest.substr(rest[0] == ' ' ? 1 : 0)) << "\n";
    }
    out << ".SH DESCRIPTION\n" << roff(spec.summary) << ".\n";
    if (!spec.details.empty()) {
        out << ".PP\n";
        add_paragraphs(out, spec.details);
    }
    out << ".SH OPTIONS\n";
    add_options(out, spec.options);
    out << ".SS Options of every command\n";
    add_options(out, common_options());
    out << kExitStatus;
    out << ".SH SEE ALSO\n.BR coverplan (1)\n";
    return out.str();
}

std::string overview_man_page(const std::vector<CommandSpec>& commands, const std::string& version) {
    std::ostringstream out;
    out << header("coverplan", version);
    out << ".SH NAME\ncoverplan \\- network capacity and demand planning for telecom operators\n";
    out << ".SH SYNOPSIS\n.B coverplan\n\\fICOMMAND\\fR [\\fIoptions\\fR]\n";
    out << ".SH DESCRIPTION\n"
           "Overlays demand and sales leads on network coverage, ranks zones for investment and sales, "
           "checks serviceability, draws maps and the management report, and serves the field page. "
           "Each command has its own page, \\fBcoverplan\\-\\fR\\fICOMMAND\\fR(1), and its \\fB\\-\\-help\\fR.\n";
    out << ".SH COMMANDS\n";
    for (const auto& spec : commands)
        out << ".TP\n\\fBcoverplan " << roff(spec.name) << "\\fR\n" << roff(spec.summary) << " (\\fBcoverplan\\-"
            << roff(spec.name) << "\\fR(1))\n";
    out << ".SH OPTIONS OF EVERY COMMAND\n";
    add_options(out, common_options());
    out << kExitStatus;
    out << ".SH ENVIRONMENT\n"
           ".TP\n\\fBLANG\\fR, \\fBLC_MESSAGES\\fR, \\fBLC_ALL\\fR\nthe language when \\fB\\-\\-lang\\fR is not given (vi or en)\n"
           ".TP\n\\fBCOVERPLAN_SAMPLE\\fR\nthe project file \\fBcoverplan demo\\fR runs on (default: "
           "/usr/share/coverplan/sample/project.toml, beside the installed program)\n"
           ".TP\n\\fBCOVERPLAN_LEAFLET_DIR\\fR\nwhere the field page's Leaflet is (default: /usr/share/javascript/leaflet)\n"
           ".TP\n\\fBCOVERPLAN_FONT_DIR\\fR\nwhere the map font Noto Sans is (default: /usr/share/fonts/truetype/noto)\n";
    out << ".SH FILES\n"
           ".TP\n/usr/share/coverplan/sample/project.toml\nthe sample province the demo runs on\n"
           ".TP\n/usr/share/doc/coverplan/\nthe user guide, the data model and the scoring method\n";
    out << ".SH SEE ALSO\n";
    for (std::size_t i = 0; i < commands.size(); ++i)
        out << ".BR coverplan\\-" << roff(commands[i].name) << " (1)" << (i + 1 < commands.size() ? "," : "") << "\n";
    return out.str();
}

std::string bash_completion(const std::vector<CommandSpec>& commands) {
    auto words = [](const std::vector<OptionSpec>& options) {
        std::string list;
        for (const auto& option : options) {
            list += (list.empty() ? "" : " ") + option.name;
            if (!option.short_name.empty()) list += " " + option.short_name;
        }
        return list;
    };
    std::ostringstream out;
    out << "# bash completion for coverplan, written by `coverplan help-completion` from the\n"
           "# options --help describes.\n"
           "_coverplan() {\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
           "        COMPREPLY=($(compgen -W \"";
    for (std::size_t i = 0; i < commands.size(); ++i) out << (i ? " " : "") << commands[i].name;
    out << " help\" -- \"$cur\"))\n"
           "        return\n"
           "    fi\n"
           "    local options=\"" << words(common_options()) << "\"\n"
           "    case ${COMP_WORDS[1]} in\n";
    for (const auto& spec : commands)
        if (!spec.options.empty()) out << "        " << spec.name << ") options+=\" " << words(spec.options) << "\" ;;\n";
    out << "    esac\n"
           "    case $prev in\n";
    // Values given as alternatives complete as words; other values as files.
    std::vector<std::pair<std::string, std::string>> choices;
    for (const auto* list : {&common_options()})
        for (const auto& option : *list)
            if (option.value.find('|') != std::string::npos) choices.emplace_back(option.name, option.value);
    for (const auto& spec : commands)
        for (const auto& option : spec.options)
            if (option.value.find('|') != std::string::npos &&
                std::none_of(choices.begin(), choices.end(), [&](const auto& c) { return c.first == option.name; }))
                choices.emplace_back(option.name, option.value);
    for (auto& [name, value] : choices) {
        std::replace(value.begin(), value.end(), '|', ' ');
        out << "        " << name << ") COMPREPLY=($(compgen -W \"" << value << "\" -- \"$cur\")); return ;;\n";
    }
    out << "    esac\n"
           "    if [[ $cur == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
           "    else\n"
           "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
           "    fi\n"
           "}\n"
           "complete -o filenames -o bashdefault -F _coverplan coverplan\n";
    return out.str();
}

}  // namespace coverplan::cli
