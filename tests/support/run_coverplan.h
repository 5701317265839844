#pragma once
// Runs the real coverplan executable as a user would, capturing exit code,
// standard output and standard error.

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "support/temp_dir.h"
#include "test_config.h"

namespace coverplan::test {

struct CommandRun {
    int exit_code = -1;
    std::string out, err;
};

/// `text` as one shell word, in single quotes.
inline std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

/// What a shell command prints on standard output (unzip -p, pdftotext, ...).
inline std::string command_output(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    char buffer[4096];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    pclose(pipe);
    return out;
}

/// `arguments` go to the shell as they are (quote paths with spaces);
/// `environment` ("LANG=vi_VN.UTF-8 LC_ALL=") is set for the run only.
inline CommandRun run_coverplan(const std::string& arguments, const TempDir& dir, const std::string& environment = "") {
    const auto err_file = dir / "stderr.txt";
    const std::string command = (environment.empty() ? "" : "env " + environment + " ") + std::string(kCoverplanExe) + " " +
                                arguments + " 2>" + err_file.string();
    CommandRun run;
    FILE* pipe = popen(command.c_str(), "r");
    char buffer[4096];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(err_file);
    run.err.assign(std::istreambuf_iterator<char>(in), {});
    return run;
}

}  // namespace coverplan::test
