// The field service's query parameters: the fuzzer's bytes as a query string
// ("lat=20.8&lon=105.0&tech=ftth"), split at '&' and the first '=' into the
// multimap the HTTP layer hands over (bytes as they are: any percent-decoded
// value is among them), given to every GET endpoint that reads parameters.

#include "fuzz/service_fixture.h"

using namespace coverplan;

namespace {

server::Query split_query(std::string_view text) {
    server::Query query;
    while (true) {
        const std::size_t end = text.find('&');
        const std::string_view pair = text.substr(0, end);
        const std::size_t equals = pair.find('=');
        if (!pair.empty())
            query.emplace(std::string(pair.substr(0, equals)),
                          equals == std::string_view::npos ? std::string() : std::string(pair.substr(equals + 1)));
        if (end == std::string_view::npos) return query;
        text.remove_prefix(end + 1);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const server::FieldService& service = fuzz::ServiceFixture::service();
    const server::Query query = split_query(fuzz::as_text(data, size));
    fuzz::expect_answer("GET /api/check", [&] { return service.check(query); });
    fuzz::expect_answer("GET /api/search", [&] { return service.search(query); });
    fuzz::expect_answer("GET /api/zones", [&] { return service.zones(query); });
    fuzz::expect_answer("GET /api/ranking", [&] { return service.ranking(query); });
    fuzz::expect_answer("GET /api/coverage", [&] { return service.coverage(query); });
    return 0;
}
