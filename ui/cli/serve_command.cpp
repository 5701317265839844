// coverplan serve PROJECT: the HTTP API and the field page for sales staff.

#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "gis/redact.h"
#include "ui/cli/commands.h"
#include "ui/cli/pipeline.h"
#include "ui/server/http_server.h"
#include "ui/server/lead_recorder.h"

namespace coverplan::cli {

namespace {

int run(const Arguments& args) {
    server::ListenOptions listen;
    listen.bind = args.value("--bind").value_or("127.0.0.1");
    listen.port = static_cast<int>(args.integer("--port").value_or(8080));
    if (listen.port < 0 || listen.port > 65535) throw UsageError("--port must be 0..65535 (0: any free port)");
    if (auto threads = args.integer("--threads")) {
        if (*threads < 1 || *threads > 256) throw UsageError("--threads must be 1..256");
        listen.workers = static_cast<int>(*threads);
    }
    if (auto most = args.integer("--max-connections")) {
        if (*most < 1 || *most > 100000) throw UsageError("--max-connections must be 1..100000");
        listen.max_connections = static_cast<std::size_t>(*most);
    }
    if (auto most = args.integer("--max-connections-per-client")) {
        if (*most < 1 || *most > 100000) throw UsageError("--max-connections-per-client must be 1..100000");
        listen.max_connections_per_client = static_cast<std::size_t>(*most);
    }

    // SIGINT and SIGTERM are taken by one thread (below) that stops the
    // server; every other thread, the HTTP workers included, blocks them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGUSR1);  // "stop waiting": sent when the server ends on its own
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    const auto start = std::chrono::steady_clock::now();
    const std::string project_file = args.positional()[0];
    planner::LiveOptions live_options;
    live_options.follow = !args.flag("--no-follow");
    planner::LiveProject live([project_file] { return load_project_data(project_file); }, live_options);
    const planner::Dataset& data = *live.view()->data;  // the first load's, for the banner
    server::ServiceOptions options;
    options.token = data.project.serve.token;
    if (const char* token = std::getenv("COVERPLAN_TOKEN"); token && *token) options.token = token;
    if (const char* leaflet = std::getenv("COVERPLAN_LEAFLET_DIR"); leaflet && *leaflet) options.leaflet_dir = leaflet;
    server::FieldService service(live, options);
    server::HttpServer http(service, listen);
    const double loaded_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    const std::string store = gis::redact_secrets(data.project.serve.leads_store.display_name);
    const std::string url = "http://" + (listen.bind == "0.0.0.0" ? std::string("127.0.0.1") : listen.bind) + ":" +
                            std::to_string(http.port()) + "/";
    std::cout << "Coverplan field service: " << data.project.name << " (" << data.zones.size() << " zones, "
              << data.nodes.size() << " nodes; loaded in " << format_seconds(loaded_s) << ")\n"
              << "  field page   " << url << "\n"
              << "  check        " << url << "api/check?lat=..&lon=..[&tech=..]\n"
              << "  prospects    "
              << (service.records_leads() ? "recorded in " + store + " (layer " + data.project.serve.leads_store.layer + ")"
                                          : std::string("off: set [serve] users or token in the project, or COVERPLAN_TOKEN"))
              << "\n";
    std::cout << "  data         "
              << (live_options.follow ? "followed: the project file and its sources are read again when they change"
                                      : std::string("read once (--no-follow)"))
              << "\n";
    for (const std::string& problem : live.status().not_followed) std::cout << "  not followed " << problem << "\n";
    if (const server::LeadRecorder* recorder = service.recorder())
        std::cout << "  users        " << recorder->users() << " may sign in ("
                  << (data.project.serve.users_file.empty() ? std::string("workspace users table and token")
                                                            : data.project.serve.users_file.filename().string())
                  << "); every write is in the audit log of " << gis::redact_secrets(recorder->audit_store()) << "\n";
    if (listen.bind != "127.0.0.1" && listen.bind != "localhost" && listen.bind != "::1")
        std::cout << "  note: listening on " << listen.bind << ", reachable from other machines (no TLS)\n";
    std::cout << "Listening on " << url << " (Ctrl+C stops)" << std::endl;

    std::thread stopper([&] {
        int received = 0;
        sigwait(&signals, &received);
        if (received != SIGUSR1) std::cout << "Stopping." << std::endl;
        http.stop();
    });
    http.run();
    pthread_kill(stopper.native_handle(), SIGUSR1);
    stopper.join();
    return kSuccess;
}

}  // namespace

Command serve_command() {
    return {{"serve",
             "PROJECT [--port P] [--bind ADDR] [--threads N] [--max-connections N] [--max-connections-per-client N]",
             "HTTP API and the field page: serviceability checks, zones, rankings, coverage, prospects",
             "Loads the project once, then answers on http://ADDR:P/ until stopped (Ctrl+C or SIGTERM):\n"
             "  /                     the field page (phone-friendly, Vietnamese and English)\n"
             "  GET  /api/check       ?lat=..&lon=..[&tech=..] the check JSON of `coverplan check --json`\n"
             "  POST /api/check       a JSON array or CSV of points (at most 10,000) -> results in order\n"
             "  GET  /api/zones       zones as GeoJSON with KPIs, scores, ranks and reasons [?bbox=W,S,E,N]\n"
             "  GET  /api/ranking     ?for=investment|sales[&top=N]\n"
             "  GET  /api/coverage    ?bbox=W,S,E,N[&tech=..] service areas in view, simplified\n"
             "  GET  /healthz         the data version and as-of date answers come from, and any problem reading it\n"
             "  POST /api/leads       record a prospect where the answer is full or not covered\n"
             "                        (needs a user's token: [serve] users, or [serve] token / COVERPLAN_TOKEN;\n"
             "                        a repeat within 10 m and 10 minutes is stored once: 200 with duplicate_of)\n"
             "Follows the data: when the project file or a source changes (a file rewritten; a PostgreSQL table\n"
             "whose change counter `coverplan db init --project` installed), it is read again in the background\n"
             "and swapped in whole; meanwhile, and when the new data cannot be read, answers come from the\n"
             "previous data (/healthz says which). Every answer carries X-Coverplan-Data-Version and\n"
             "X-Coverplan-As-Of. A prospect recorded through POST /api/leads counts in /api/ranking at once.\n"
             "Binds to 127.0.0.1 unless --bind says otherwise; --port 0 picks a free port.\n"
             "A connection must send its request header within 10 s (also the idle time of a kept-alive\n"
             "connection) and its body within 30 s; at most 1000 requests per connection. Behind a proxy or\n"
             "a shared NAT every phone has the same address: raise --max-connections-per-client.",
             {{"--port", "", "P", "port to listen on (default 8080; 0: any free port)"},
              {"--bind", "", "ADDR", "address to listen on (default 127.0.0.1: this machine only)"},
              {"--no-follow", "", "", "read the data once; do not follow changes"},
              {"--threads", "", "N", "threads answering requests (default 4; connections are served apart from them)"},
              {"--max-connections", "", "N", "open connections at once (default 1000); more get a 503"},
              {"--max-connections-per-client", "", "N",
               "open connections from one address (default 64); more get a 429"}},
             1,
             1},
            run};
}

}  // namespace coverplan::cli
