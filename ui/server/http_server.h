#pragma once
// The field service on HTTP/1.1 (Boost.Beast on Boost.Asio): event-driven
// I/O on a thread or two, the endpoints on a small pool of workers, so that
// neither idle nor slow clients nor a slow endpoint hold up anyone else.
// Every connection has time limits (for a request's header, its body, the
// answer), every client address and the service as a whole a bound on open
// connections, and every keep-alive connection a bound on its requests. What
// a request says is turned into an answer by ui/server/router.h. Loopback
// only unless told otherwise. Why Beast: docs/developer-notes.md.

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "ui/server/field_service.h"

namespace coverplan::server {

struct ListenOptions {
    std::string bind = "127.0.0.1";
    int port = 8080;   ///< 0: any free port (see port())
    int workers = 4;     ///< threads running the endpoints (the I/O has its own)
    int io_threads = 2;  ///< threads reading requests and writing answers
    /// Open connections at once, in all and from one client address; beyond
    /// them a new connection gets a 503 (all) or 429 (its address) and is closed.
    std::size_t max_connections = 1000;
    std::size_t max_connections_per_client = 64;
    /// A request's header must have arrived this long after the connection
    /// opened or the previous answer was sent (so also: idle keep-alive time).
    std::chrono::milliseconds header_timeout = std::chrono::seconds(10);
    std::chrono::milliseconds body_timeout = std::chrono::seconds(30);   ///< for the body, once the header is in
    std::chrono::milliseconds write_timeout = std::chrono::seconds(60);  ///< for an answer to be taken
    unsigned max_requests_per_connection = 1000;
    std::size_t max_header_bytes = 16 * 1024;  ///< request line and header fields; beyond: 431
};

class HttpServer {
public:
    /// Binds at once; throws InputError naming the address when it cannot
    /// (in use, or not an address of this machine).
    HttpServer(FieldService& service, const ListenOptions& options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    int port() const { return port_; }
    /// Serves until stop() (from any thread).
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    int port_ = 0;
};

}  // namespace coverplan::server
