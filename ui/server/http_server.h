#pragma once
// The field service on HTTP (cpp-httplib): routes, request size limits, one
// place that turns every refusal or failure into a JSON answer, and a clean
// stop. Loopback only unless told otherwise.

#include <memory>
#include <string>

#include "ui/server/field_service.h"

namespace coverplan::server {

struct ListenOptions {
    std::string bind = "127.0.0.1";
    int port = 8080;  ///< 0: any free port (see port())
    int threads = 64;  ///< workers; each keep-alive connection holds one while open
};

class HttpServer {
public:
    /// Binds at once; throws InputError naming the address when it cannot.
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
