#pragma once
// A TCP connection to the service that sends exactly the bytes a test gives
// (invalid UTF-8, broken HTTP, a header a line at a time), from a chosen
// loopback address (127.0.0.0/8 is all this machine: a test plays several
// clients), and reads one HTTP answer with a deadline.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace coverplan::test {

struct RawAnswer {
    int status = 0;
    std::string head;  ///< status line and header fields
    std::string body;
    bool closes() const { return head.find("Connection: close") != std::string::npos; }
};

class RawConnection {
public:
    explicit RawConnection(int port, const std::string& from = "127.0.0.1") {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0) throw std::runtime_error("no socket");
        sockaddr_in local{};
        local.sin_family = AF_INET;
        inet_pton(AF_INET, from.c_str(), &local.sin_addr);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0)
            throw std::runtime_error("cannot bind to " + from);
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(static_cast<std::uint16_t>(port));
        inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
        if (::connect(fd_, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0)
            throw std::runtime_error("cannot connect from " + from);
    }
    ~RawConnection() {
        if (fd_ >= 0) ::close(fd_);
    }
    RawConnection(RawConnection&& other) noexcept
        : fd_(other.fd_), pending_(std::move(other.pending_)), closed_(other.closed_), last_was_head_(other.last_was_head_) {
        other.fd_ = -1;
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    /// False when the service has closed (or reset) the connection.
    bool send(std::string_view bytes) {
        while (!bytes.empty()) {
            const ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (sent <= 0) return false;
            bytes.remove_prefix(static_cast<std::size_t>(sent));
        }
        return true;
    }

    /// The next answer (its body by Content-Length), or nothing when none
    /// came within `timeout` or the connection ended first.
    std::optional<RawAnswer> answer(std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        std::size_t end;
        while ((end = pending_.find("\r\n\r\n")) == std::string::npos)
            if (!receive(deadline)) return std::nullopt;
        RawAnswer out;
        out.head = pending_.substr(0, end + 2);
        pending_.erase(0, end + 4);
        if (out.head.size() > 12) out.status = std::atoi(out.head.c_str() + 9);
        std::size_t length = 0;
        if (const auto at = out.head.find("Content-Length: "); at != std::string::npos)
            length = std::stoul(out.head.substr(at + 16));
        const bool head_request = last_was_head_;
        if (head_request) length = 0;
        while (pending_.size() < length)
            if (!receive(deadline)) return std::nullopt;
        out.body = pending_.substr(0, length);
        pending_.erase(0, length);
        return out;
    }

    /// Sends `request` and reads its answer.
    std::optional<RawAnswer> exchange(std::string_view request,
                                      std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
        last_was_head_ = request.rfind("HEAD ", 0) == 0;
        if (!send(request)) return std::nullopt;
        return answer(timeout);
    }

    /// Whether the service closes the connection within `timeout` (what
    /// it sends before is dropped).
    bool closed_within(std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (receive(deadline)) pending_.clear();
        return closed_;
    }

private:
    /// Reads what has come; false at the deadline or the end of the connection.
    bool receive(std::chrono::steady_clock::time_point deadline) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        pollfd wait{fd_, POLLIN, 0};
        if (::poll(&wait, 1, static_cast<int>(left.count())) <= 0) return false;
        char buffer[65536];
        const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
        if (n <= 0) {
            closed_ = true;
            return false;
        }
        pending_.append(buffer, static_cast<std::size_t>(n));
        return true;
    }

    int fd_ = -1;
    std::string pending_;
    bool closed_ = false;
    bool last_was_head_ = false;
};

/// "GET target HTTP/1.1" with a Host header and the given header lines.
inline std::string get_request(const std::string& target, const std::string& headers = "") {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

inline std::string post_request(const std::string& target, const std::string& body,
                                const std::string& content_type = "application/json", const std::string& headers = "") {
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + content_type +
           "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n" + headers + "\r\n" + body;
}

}  // namespace coverplan::test
