#pragma once
// The real `coverplan serve` in a child process on a free loopback port, for
// tests that talk to it over HTTP like any client.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <regex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "test_config.h"

extern char** environ;

namespace coverplan::test {

class ServiceProcess {
public:
    /// Starts `coverplan serve PROJECT --port PORT` (0: a free one), with
    /// `environment` entries ("NAME=value") added, and waits for its
    /// "Listening on" line; throws when the service ends without one. Its
    /// stderr goes to `errors_file` when given (else the test's own).
    explicit ServiceProcess(const std::string& project, const std::vector<std::string>& environment = {},
                            int port = 0, const std::string& errors_file = "") {
        int out[2];
        if (pipe(out) != 0) throw std::runtime_error("pipe failed");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        if (!errors_file.empty())
            posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errors_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                             0644);
        std::vector<std::string> args = {kCoverplanExe, "serve", project, "--port", std::to_string(port)};
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<std::string> env_strings;
        for (char** e = environ; *e; ++e)
            if (std::string(*e).rfind("COVERPLAN_TOKEN=", 0) != 0) env_strings.emplace_back(*e);
        for (const auto& e : environment) env_strings.push_back(e);
        std::vector<char*> envp;
        for (auto& e : env_strings) envp.push_back(e.data());
        envp.push_back(nullptr);
        if (posix_spawn(&pid_, kCoverplanExe, &actions, nullptr, argv.data(), envp.data()) != 0)
            throw std::runtime_error("cannot start coverplan serve");
        posix_spawn_file_actions_destroy(&actions);
        close(out[1]);
        output_ = fdopen(out[0], "r");
        const std::regex listening(R"(Listening on http://127\.0\.0\.1:(\d+)/)");
        char line[4096];
        while (std::fgets(line, sizeof line, output_)) {
            banner_ += line;
            std::smatch match;
            const std::string text(line);
            if (std::regex_search(text, match, listening)) {
                port_ = std::stoi(match[1]);
                return;
            }
        }
        stop();
        throw std::runtime_error("coverplan serve did not start:\n" + banner_);
    }
    ~ServiceProcess() { stop(); }
    ServiceProcess(const ServiceProcess&) = delete;
    ServiceProcess& operator=(const ServiceProcess&) = delete;

    int port() const { return port_; }
    const std::string& banner() const { return banner_; }
    bool running() const { return pid_ > 0 && waitpid(pid_, nullptr, WNOHANG) == 0; }

    /// Sends SIGINT (Ctrl+C) and returns the exit code (-1 if it had to be killed).
    int stop() {
        if (pid_ <= 0) return exit_code_;
        kill(pid_, SIGINT);
        int status = 0;
        for (int i = 0; i < 200; ++i) {
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (i == 199) {
                kill(pid_, SIGKILL);
                waitpid(pid_, &status, 0);
            }
        }
        pid_ = -1;
        if (output_) std::fclose(output_);
        output_ = nullptr;
        return exit_code_;
    }

private:
    pid_t pid_ = -1;
    int port_ = 0;
    int exit_code_ = -1;
    FILE* output_ = nullptr;
    std::string banner_;
};

}  // namespace coverplan::test
