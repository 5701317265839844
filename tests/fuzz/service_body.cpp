// The body of POST /api/check: the fuzzer's bytes as a JSON body and as a
// CSV body (the content type chooses the parser, so every input meets both).

#include "fuzz/service_fixture.h"

using namespace coverplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const server::FieldService& service = fuzz::ServiceFixture::service();
    const std::string body(fuzz::as_text(data, size));
    fuzz::expect_answer("POST /api/check (JSON)", [&] { return service.check_many(body, "application/json"); });
    fuzz::expect_answer("POST /api/check (CSV)", [&] { return service.check_many(body, "text/csv; charset=utf-8"); });
    return 0;
}
