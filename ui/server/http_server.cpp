#include "ui/server/http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <iostream>

namespace coverplan::server {

namespace {

/// The one place a request's failure becomes an answer: refusals keep their
/// status and parameter, anything else is a 500 and the service goes on.
void respond(httplib::Response& response, const std::function<Answer()>& handler) {
    Answer answer;
    try {
        answer = handler();
    } catch (const RequestError& error) {
        answer = FieldService::error(error.status(), error.what(), error.parameter());
    } catch (const std::exception& error) {
        std::cerr << "internal error: " << error.what() << "\n";
        answer = FieldService::error(500, std::string("internal error: ") + error.what());
    } catch (...) {
        std::cerr << "internal error\n";
        answer = FieldService::error(500, "internal error");
    }
    response.status = answer.status;
    response.set_content(answer.body, answer.content_type.c_str());
}

/// The token a request presents: "Authorization: Bearer T" or "X-Coverplan-Token: T".
std::string presented_token(const httplib::Request& request) {
    const std::string authorization = request.get_header_value("Authorization");
    const std::string bearer = "Bearer ";
    if (authorization.rfind(bearer, 0) == 0) return authorization.substr(bearer.size());
    return request.get_header_value("X-Coverplan-Token");
}

void reuse_address(int socket) {
    const int yes = 1;
    ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

}  // namespace

struct HttpServer::Impl {
    httplib::Server server;
};

HttpServer::HttpServer(FieldService& service, const ListenOptions& options) : impl_(std::make_unique<Impl>()) {
    httplib::Server& server = impl_->server;
    const int threads = std::max(2, options.threads);
    server.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    server.set_keep_alive_max_count(100000);
    server.set_keep_alive_timeout(10);
    server.set_read_timeout(10, 0);
    server.set_write_timeout(10, 0);
    server.set_tcp_nodelay(true);  // else Nagle and delayed ACKs hold each answer ~40 ms
    // Bodies are bounded before they are read: a larger one is refused with 413.
    const std::size_t max_body = service.max_body_bytes();
    server.set_payload_max_length(max_body);

    server.Get("/api/check", [&service](const httplib::Request& request, httplib::Response& response) {
        respond(response, [&] { return service.check(request.params); });
    });
    server.Post("/api/check", [&service](const httplib::Request& request, httplib::Response& response) {
        respond(response, [&] { return service.check_many(request.body, request.get_header_value("Content-Type")); });
    });
    server.Get("/api/zones", [&service](const httplib::Request& request, httplib::Response& response) {
        respond(response, [&] { return service.zones(request.params); });
    });
    server.Get("/api/ranking", [&service](const httplib::Request& request, httplib::Response& response) {
        respond(response, [&] { return service.ranking(request.params); });
    });
    server.Get("/api/coverage", [&service](const httplib::Request& request, httplib::Response& response) {
        respond(response, [&] { return service.coverage(request.params); });
    });
    server.Get("/healthz", [&service](const httplib::Request&, httplib::Response& response) {
        respond(response, [&] { return service.health(); });
    });
    server.Post("/api/leads", [&service](const httplib::Request& request, httplib::Response& response) {
        respond(response, [&] { return service.record_lead(request.body, presented_token(request)); });
    });
    server.Get(R"(/|/index\.html|/static/.+)", [&service](const httplib::Request& request, httplib::Response& response) {
        respond(response, [&] {
            if (auto page = service.page(request.path)) return *page;
            throw RequestError(404, "no such file: " + request.path, "");
        });
    });
    // What cpp-httplib refuses itself (unknown path, body too large, bad
    // request line) still answers in JSON.
    server.set_error_handler([max_body](const httplib::Request& request, httplib::Response& response) {
        if (!response.body.empty()) return;
        Answer answer;
        switch (response.status) {
            case 404: answer = FieldService::error(404, "no such endpoint: " + request.method + " " + request.path); break;
            case 413:
                answer = FieldService::error(413, "request body larger than " + std::to_string(max_body) + " bytes", "body");
                break;
            default:
                answer = FieldService::error(response.status, "the request cannot be handled (HTTP " +
                                                                  std::to_string(response.status) + ")");
        }
        response.set_content(answer.body, answer.content_type.c_str());
    });

    // Debian's cpp-httplib listens with a backlog of 5: connections opened
    // together beyond that wait a second for their SYN to be resent. Widen it
    // on the listening socket once bound.
    // cpp-httplib's own options set SO_REUSEPORT, with which a second
    // service binds the same port and silently shares its requests. Only
    // SO_REUSEADDR: a restart may bind again at once, a port in use is refused.
    int listening_socket = -1;
    server.set_socket_options([&listening_socket](int socket) {
        listening_socket = socket;
        reuse_address(socket);
    });
    if (options.port == 0) {
        port_ = server.bind_to_any_port(options.bind);
    } else {
        port_ = server.bind_to_port(options.bind, options.port) ? options.port : -1;
    }
    if (port_ <= 0)
        throw InputError("cannot listen on " + options.bind + ":" + std::to_string(options.port) +
                         " (address in use, or not an address of this machine)");
    if (listening_socket >= 0) ::listen(listening_socket, 1024);
    server.set_socket_options(reuse_address);
}

HttpServer::~HttpServer() = default;

void HttpServer::run() { impl_->server.listen_after_bind(); }

void HttpServer::stop() { impl_->server.stop(); }

}  // namespace coverplan::server
