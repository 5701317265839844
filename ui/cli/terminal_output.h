#pragma once
// What the commands print comes partly from the data (zone names, values in
// problem reports). A control character in a value could move the cursor,
// recolour or retitle the terminal, or hide a line; shown as an escape
// ("\x1b", "\u009b") it does nothing.

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>

namespace coverplan::cli {

/// While alive, std::cout and std::cerr show C0 control characters (except
/// newline and tab), DEL and the C1 controls (U+0080-U+009F) as escapes.
class TerminalOutputGuard {
public:
    TerminalOutputGuard();
    ~TerminalOutputGuard();
    TerminalOutputGuard(const TerminalOutputGuard&) = delete;
    TerminalOutputGuard& operator=(const TerminalOutputGuard&) = delete;

private:
    std::unique_ptr<std::streambuf> out_, err_;
    std::streambuf* original_out_;
    std::streambuf* original_err_;
};

/// Text from the data for one line of output: newlines and tabs, which the
/// stream lets through for Coverplan's own layout, shown as "\n" and "\t".
std::string one_line(std::string text);

/// The terminal's stderr without the escaping, for Coverplan's own cursor
/// moves (the progress line); never for text from the data.
std::ostream& unescaped_stderr();

}  // namespace coverplan::cli
