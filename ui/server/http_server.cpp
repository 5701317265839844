#include "ui/server/http_server.h"

#include <sys/resource.h>

#include <array>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "ui/server/router.h"

namespace coverplan::server {

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

/// After an answer that closes the connection, what the client still sends
/// (the rest of a refused body) is read and dropped for this long, or this
/// many bytes, before closing: closing on unread data would reset the
/// connection and the client could lose the answer.
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr std::size_t kLingerBytes = 16 * 1024 * 1024;

/// The page may run only its own scripts and talk only to this service:
/// even a name from the data that slipped into HTML could not run code.
constexpr const char* kPagePolicy =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Open connections, in all and per client address.
class ConnectionBounds {
public:
    ConnectionBounds(std::size_t total, std::size_t per_client) : max_total_(total), max_per_client_(per_client) {}

    /// 0 when a new connection from `client` may stay (its place is taken
    /// until release()), else the status refusing it.
    int admit(const net::ip::address& client) {
        std::lock_guard lock(mutex_);
        if (total_ >= max_total_) return 503;
        auto it = per_client_.find(client);
        if (it != per_client_.end() && it->second >= max_per_client_) return 429;
        ++per_client_[client];
        ++total_;
        return 0;
    }
    void release(const net::ip::address& client) {
        std::lock_guard lock(mutex_);
        auto it = per_client_.find(client);
        if (it == per_client_.end()) return;
        if (--it->second == 0) per_client_.erase(it);
        --total_;
    }
    std::size_t max_total() const { return max_total_; }
    std::size_t max_per_client() const { return max_per_client_; }

private:
    std::mutex mutex_;
    std::size_t max_total_, max_per_client_;
    std::size_t total_ = 0;
    std::map<net::ip::address, std::size_t> per_client_;
};

/// What every connection shares.
struct Shared {
    FieldService& service;
    ListenOptions options;
    ConnectionBounds bounds;
    net::thread_pool* workers = nullptr;
};

bool is_http_error(const beast::error_code& ec) {
    return &ec.category() == &http::make_error_code(http::error::bad_target).category();
}

/// One client connection: reads a request (header, then body, each within
/// its time), hands it to a worker, writes the answer, and either reads the
/// next request or closes. All of it runs on the connection's strand,
/// except the endpoint itself.
class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(tcp::socket socket, Shared& shared)
        : stream_(std::move(socket)), executor_(stream_.get_executor()), shared_(shared) {}
    ~Connection() {
        if (admitted_) shared_.bounds.release(client_);
    }

    void start(const net::ip::address& client) {
        net::dispatch(executor_, [self = shared_from_this(), client] { self->admit(client); });
    }

private:
    const ListenOptions& options() const { return shared_.options; }

    void admit(const net::ip::address& client) {
        client_ = client;
        switch (shared_.bounds.admit(client)) {
            case 0:
                admitted_ = true;
                read_header();
                return;
            case 429:
                return refuse(FieldService::error(
                    429, "too many open connections from " + client.to_string() + " (at most " +
                             std::to_string(shared_.bounds.max_per_client()) + " at once); close some and try again"));
            default:
                return refuse(FieldService::error(503, "the service has too many open connections (" +
                                                           std::to_string(shared_.bounds.max_total()) +
                                                           "); try again shortly"));
        }
    }

    void read_header() {
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(options().max_header_bytes));
        parser_->body_limit(shared_.service.max_body_bytes());
        stream_.expires_after(options().header_timeout);
        http::async_read_header(stream_, buffer_, *parser_,
                                beast::bind_front_handler(&Connection::on_header, shared_from_this()));
    }

    void on_header(beast::error_code ec, std::size_t) {
        if (ec) return on_read_error(ec);
        stream_.expires_after(options().body_timeout);
        // A client that asks first (Expect: 100-continue) sends its body
        // only when told to; a body too large was refused with the header.
        if (beast::iequals(parser_->get()[http::field::expect], "100-continue")) {
            static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
            net::async_write(stream_, net::buffer(kContinue), [self = shared_from_this()](beast::error_code e, std::size_t) {
                if (e) return self->close();
                self->read_body();
            });
            return;
        }
        read_body();
    }

    void read_body() {
        http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Connection::on_request, shared_from_this()));
    }

    /// A request that could not be read: answered when the client can still
    /// hear it, else the connection is closed.
    void on_read_error(const beast::error_code& ec) {
        if (ec == http::error::header_limit)
            return refuse(FieldService::error(
                431, "request header larger than " + std::to_string(options().max_header_bytes) + " bytes", "header"));
        if (ec == http::error::body_limit)
            return refuse(FieldService::error(
                413, "request body larger than " + std::to_string(shared_.service.max_body_bytes()) + " bytes", "body"));
        // The client went away, or was too slow (the stream is closed then).
        if (ec == http::error::end_of_stream || ec == http::error::partial_message || !is_http_error(ec))
            return close();
        return refuse(FieldService::error(400, "the request is not valid HTTP/1.1 (" + ec.message() + ")"));
    }

    void on_request(beast::error_code ec, std::size_t) {
        if (ec) return on_read_error(ec);
        http::request<http::string_body> message = parser_->release();
        Request request;
        request.method = std::string(message.method_string());
        request.target = std::string(message.target());
        request.content_type = std::string(message[http::field::content_type]);
        request.authorization = std::string(message[http::field::authorization]);
        request.token = std::string(message["X-Coverplan-Token"]);
        request.token_encoded = std::string(message["X-Coverplan-Token-Encoded"]);
        request.body = std::move(message.body());
        head_ = message.method() == http::verb::head;
        version_ = message.version();
        keep_alive_ = message.keep_alive() && ++requests_ < options().max_requests_per_connection;
        // The endpoint runs on a worker; the I/O thread goes on serving
        // everyone else meanwhile.
        net::post(*shared_.workers, [self = shared_from_this(), request = std::move(request)] {
            Answer answer = answer_request(self->shared_.service, request);
            net::post(self->executor_, [self, answer = std::move(answer)]() mutable { self->write(std::move(answer)); });
        });
    }

    /// Answers and closes (a refused connection or an unreadable request).
    void refuse(Answer answer) {
        keep_alive_ = false;
        head_ = false;
        write(std::move(answer));
    }

    void write(Answer answer) {
        response_ = {};
        response_.version(version_);
        response_.result(static_cast<unsigned>(answer.status));
        response_.set(http::field::content_type, answer.content_type);
        response_.set("X-Content-Type-Options", "nosniff");
        for (const auto& [name, value] : answer.headers) response_.set(name, value);
        if (answer.content_type.rfind("text/html", 0) == 0) response_.set("Content-Security-Policy", kPagePolicy);
        response_.keep_alive(keep_alive_);
        response_.body() = std::move(answer.body);
        response_.prepare_payload();
        if (head_) response_.body().clear();  // the length stays what GET would send
        stream_.expires_after(options().write_timeout);
        http::async_write(stream_, response_, beast::bind_front_handler(&Connection::on_write, shared_from_this()));
    }

    void on_write(beast::error_code ec, std::size_t) {
        if (ec) return close();
        if (!keep_alive_) return linger();
        read_header();
    }

    void linger() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream_.expires_after(kLingerTime);
        drain();
    }

    void drain() {
        stream_.async_read_some(net::buffer(discard_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
            self->drained_ += n;
            if (ec || self->drained_ > kLingerBytes) return self->close();
            self->drain();
        });
    }

    void close() {
        beast::error_code ignored;
        stream_.socket().close(ignored);
    }

    beast::tcp_stream stream_;
    const beast::tcp_stream::executor_type executor_;
    Shared& shared_;
    net::ip::address client_;
    bool admitted_ = false;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    http::response<http::string_body> response_;
    unsigned version_ = 11;
    bool head_ = false;
    bool keep_alive_ = false;
    unsigned requests_ = 0;
    std::array<char, 16 * 1024> discard_{};
    std::size_t drained_ = 0;
};

/// Room for `connections` open sockets: the soft limit on open files raised
/// towards the hard one. Returns how many connections fit.
std::size_t make_room_for(std::size_t connections) {
    constexpr std::size_t kOtherFiles = 64;  // data sources, the prospect store, logs
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return connections;
    const rlim_t wanted = connections + kOtherFiles;
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = std::min(limit.rlim_max, wanted);
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur > kOtherFiles ? std::min<std::size_t>(connections, limit.rlim_cur - kOtherFiles) : 1;
}

}  // namespace

struct HttpServer::Impl {
    Impl(FieldService& service, const ListenOptions& options)
        : shared{service, options,
                 ConnectionBounds(make_room_for(options.max_connections), options.max_connections_per_client)},
          ioc(std::max(1, options.io_threads)), acceptor(ioc), retry(ioc),
          workers(static_cast<std::size_t>(std::max(1, options.workers))) {
        shared.workers = &workers;
    }

    void accept() {
        acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted) return;
            if (ec) {
                // Out of file descriptors, say: try again shortly rather
                // than spin or stop serving those already connected.
                if (!accept_failing) std::cerr << "warning: cannot accept connections: " << ec.message() << "\n";
                accept_failing = true;
                retry.expires_after(std::chrono::milliseconds(100));
                retry.async_wait([this](beast::error_code e) {
                    if (!e) accept();
                });
                return;
            }
            accept_failing = false;
            beast::error_code ignored;
            socket.set_option(tcp::no_delay(true), ignored);  // else Nagle and delayed ACKs hold each answer ~40 ms
            const tcp::endpoint peer = socket.remote_endpoint(ignored);
            if (!ignored) std::make_shared<Connection>(std::move(socket), shared)->start(peer.address());
            accept();
        });
    }

    /// Runs the I/O until stop(); a failure escaping a handler is logged and
    /// the loop goes on (that connection is dropped, nobody else is).
    void run_io() {
        for (;;) {
            try {
                ioc.run();
                return;
            } catch (const std::exception& error) {
                std::cerr << "error in the HTTP layer: " << error.what() << "\n";
            }
        }
    }

    // Declared in this order so that connections, destroyed with the
    // io_context, still find `shared`, and the workers are joined before
    // the io_context their answers are posted to goes.
    Shared shared;
    net::io_context ioc;
    tcp::acceptor acceptor;
    net::steady_timer retry;
    bool accept_failing = false;
    net::thread_pool workers;
};

HttpServer::HttpServer(FieldService& service, const ListenOptions& options)
    : impl_(std::make_unique<Impl>(service, options)) {
    tcp::acceptor& acceptor = impl_->acceptor;
    beast::error_code ec;
    tcp::resolver resolver(impl_->ioc);
    const auto endpoints = resolver.resolve(options.bind, std::to_string(options.port), tcp::resolver::passive, ec);
    for (const auto& entry : endpoints) {
        acceptor.open(entry.endpoint().protocol(), ec);
        if (ec) continue;
        // SO_REUSEADDR only: a restart binds again at once, while a port
        // another service holds is refused (SO_REUSEPORT would share it and
        // silently split the requests between both).
        acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
        acceptor.bind(entry.endpoint(), ec);
        if (!ec) acceptor.listen(1024, ec);  // many phones may connect at once
        if (!ec) break;
        beast::error_code ignored;
        acceptor.close(ignored);
    }
    if (!acceptor.is_open())
        throw InputError("cannot listen on " + options.bind + ":" + std::to_string(options.port) +
                         " (address in use, or not an address of this machine)");
    port_ = acceptor.local_endpoint().port();
    impl_->accept();
}

HttpServer::~HttpServer() = default;

void HttpServer::run() {
    std::vector<std::thread> more;
    for (int i = 1; i < impl_->shared.options.io_threads; ++i) more.emplace_back([this] { impl_->run_io(); });
    impl_->run_io();
    for (auto& thread : more) thread.join();
}

void HttpServer::stop() { impl_->ioc.stop(); }

}  // namespace coverplan::server
