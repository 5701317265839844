// Which HTTP library should `coverplan serve` use? The same endpoint
// (GET /api/check?lat=..&lon=..&tech=.., the real check and its JSON) served by
// Qt's QHttpServer (qt6-httpserver-dev 6.4) or by cpp-httplib
// (libcpp-httplib-dev 0.11); load it from a second process with wrk.
//
//   http_library_choice qt|httplib PROJECT PORT
//   wrk -t2 -c50 -d20s --latency -s bench/wrk_check.lua http://127.0.0.1:PORT
//
// See docs/benchmarks.md ("The field service") for the figures and the choice.
// `coverplan serve` itself now runs on Boost.Beast; it was measured against
// its cpp-httplib version as whole services (same wrk load, and
// bench/slow_clients_bench.py for idle and slow connections), and this
// program stays as the record of the first comparison.

#include <gdal_priv.h>
#include <httplib.h>

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QUrlQuery>
#include <sys/socket.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "gis/crs.h"
#include "planner/project.h"
#include "planner/service_check.h"
#include "ui/export/check_results.h"

using namespace coverplan;

namespace {

/// The check behind both servers: parse, convert, check, serialise.
struct CheckEndpoint {
    planner::Dataset data;
    std::unique_ptr<planner::ServiceChecker> checker;

    std::string answer(const std::string& lat_text, const std::string& lon_text, const std::string& tech_text,
                       int& status) const {
        const double lat = std::atof(lat_text.c_str()), lon = std::atof(lon_text.c_str());
        const auto tech = planner::find_technology(data, tech_text);
        if (!tech) {
            status = 400;
            return R"({"error":"unknown technology","parameter":"tech"})";
        }
        thread_local std::unique_ptr<gis::LonLatConverter> converter;
        if (!converter) converter = std::make_unique<gis::LonLatConverter>(data.working_crs);
        const auto [x, y] = converter->to_crs(lon, lat);
        status = 200;
        return exporting::check_json(data, checker->check(x, y, *tech), lat, lon).dump();
    }
};

int serve_with_qt(int argc, char** argv, const CheckEndpoint& endpoint, quint16 port) {
    QCoreApplication app(argc, argv);
    QHttpServer server;
    server.route("/api/check", [&](const QHttpServerRequest& request) {
        const QUrlQuery query = request.query();
        int status = 200;
        const std::string body = endpoint.answer(query.queryItemValue("lat").toStdString(),
                                                 query.queryItemValue("lon").toStdString(),
                                                 query.queryItemValue("tech").toStdString(), status);
        return QHttpServerResponse("application/json", QByteArray::fromStdString(body),
                                   static_cast<QHttpServerResponder::StatusCode>(status));
    });
    if (server.listen(QHostAddress::LocalHost, port) == 0) {
        std::cerr << "cannot listen on port " << port << "\n";
        return 1;
    }
    std::cout << "qt: listening on 127.0.0.1:" << port << std::endl;
    return app.exec();
}

int serve_with_httplib(const CheckEndpoint& endpoint, int port) {
    httplib::Server server;
    // One thread per open connection (keep-alive): 50 load connections need 50.
    server.new_task_queue = [] { return new httplib::ThreadPool(64); };
    server.set_keep_alive_max_count(1000000);
    server.set_tcp_nodelay(true);  // else Nagle + delayed ACK hold each answer ~40 ms
    server.Get("/api/check", [&](const httplib::Request& request, httplib::Response& response) {
        int status = 200;
        const std::string body = endpoint.answer(request.get_param_value("lat"), request.get_param_value("lon"),
                                                 request.get_param_value("tech"), status);
        response.status = status;
        response.set_content(body, "application/json");
    });
    // Debian's build listens with a backlog of 5: 50 connections opened at
    // once overflow it and the dropped ones wait a second for the SYN to be
    // resent. Capture the socket and widen the backlog after bind.
    int listening_socket = -1;
    server.set_socket_options([&](int sock) {
        listening_socket = sock;
        httplib::default_socket_options(sock);
    });
    if (!server.bind_to_port("127.0.0.1", port)) return 1;
    if (!std::getenv("NARROW_BACKLOG")) ::listen(listening_socket, 1024);  // NARROW_BACKLOG=1: Debian's 5
    std::cout << "httplib: listening on 127.0.0.1:" << port << std::endl;
    return server.listen_after_bind() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: http_library_choice qt|httplib PROJECT PORT\n";
        return 2;
    }
    GDALAllRegister();
    CheckEndpoint endpoint;
    endpoint.data = planner::load_network(planner::load_project(argv[2], planner::today_iso()));
    endpoint.checker = std::make_unique<planner::ServiceChecker>(endpoint.data);
    const std::string library = argv[1];
    const int port = std::atoi(argv[3]);
    if (library == "qt") return serve_with_qt(argc, argv, endpoint, static_cast<quint16>(port));
    if (library == "httplib") return serve_with_httplib(endpoint, port);
    std::cerr << "unknown library '" << library << "'\n";
    return 2;
}
