#pragma once
// The field service on a tiny project, built once per fuzzing process, and
// the service's promise checked on each answer: a JSON answer, or a refusal
// (RequestError, a 4xx) that becomes a JSON error answer the way the HTTP
// layer makes it. Any other exception would be a 500: a finding.
//
// The project (EPSG:32648, metres from 500000, 2300000, i.e. about
// 105.0 E, 20.8 N): zones Z1 [0,1000]x[0,1000] and Z2 [1000,2000]x[0,1000];
// ftth nodes F1 (spare), F2 (full), F3 (planned); a 4g node G1; a few
// addresses (namesakes in both zones) for GET /api/search.

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

#include "fuzz/fuzz_support.h"
#include "planner/dataset.h"
#include "planner/plan.h"
#include "support/temp_dir.h"
#include "ui/server/field_service.h"

namespace coverplan::fuzz {

class ServiceFixture {
public:
    static const server::FieldService& service() {
        // Never destroyed: the service outlives every input, and is still
        // reachable at exit, so LeakSanitizer does not count it.
        static const ServiceFixture* fixture = new ServiceFixture();
        return *fixture->service_;
    }

private:
    ServiceFixture() {
        const test::TempDir dir;
        auto rectangle = [](double x0, double y0, double x1, double y1) {
            auto at = [](double x, double y) { return std::to_string(500000 + x) + " " + std::to_string(2300000 + y); };
            return "\"POLYGON((" + at(x0, y0) + "," + at(x1, y0) + "," + at(x1, y1) + "," + at(x0, y1) + "," +
                   at(x0, y0) + "))\"";
        };
        dir.write("zones.csv", "WKT,id,name\n" + rectangle(0, 0, 1000, 1000) + ",Z1,Phường Bắc\n" +
                                   rectangle(1000, 0, 2000, 1000) + ",Z2,Xã Nam\n");
        dir.write("coverage.csv", "WKT,id,tech,cap,used,status,ready\n" +
                                      rectangle(100, 100, 600, 600) + ",F1,ftth,10,4,live,\n" +
                                      rectangle(400, 400, 900, 900) + ",F2,ftth,8,8,live,\n" +
                                      rectangle(1200, 200, 1800, 800) + ",F3,ftth,32,,planned,2027-03-01\n" +
                                      rectangle(0, 0, 2000, 50) + ",G1,4g,100,50,live,\n");
        dir.write("subscribers.csv", "id,x,y\ns1,500010,2300010\n");
        dir.write("addresses.csv",
                  "id,x,y,number,street,ward,district\n"
                  "a1,500300,2300300,12,Ngô Quyền,Phường Bắc,Đ. Nam\n"
                  "a2,501300,2300300,12,Ngo\xCC\x82 Quye\xCC\x82\xCC\x80n,Xã Nam,TP. Bắc\n"
                  "a3,500700,2300700,12A/3,Đường Lê Lợi,P.12,Q.3\n");
        dir.write("project.toml", R"([project]
crs = "EPSG:32648"
as_of = "2026-11-30"
[layers.zones]
source = "zones.csv"
crs = "EPSG:32648"
id = "id"
name = "name"
[layers.coverage]
source = "coverage.csv"
crs = "EPSG:32648"
id = "id"
technology = "tech"
capacity = "cap"
used = "used"
status = "status"
planned_date = "ready"
[layers.subscribers]
source = "subscribers.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
[layers.addresses]
source = "addresses.csv"
x = "x"
y = "y"
crs = "EPSG:32648"
id = "id"
number = "number"
street = "street"
ward = "ward"
district = "district"
)");
        data_ = planner::load_dataset(planner::load_project(dir / "project.toml", "2026-11-30"));
        plan_ = planner::build_plan(data_, planner::PlanOptions(1));
        service_ = std::make_unique<server::FieldService>(data_, plan_, server::ServiceOptions{});
    }

    planner::Dataset data_;
    planner::Plan plan_;
    std::unique_ptr<server::FieldService> service_;
};

/// Runs one endpoint as the HTTP layer does and checks the answer.
inline void expect_answer(const std::string& endpoint, const std::function<server::Answer()>& call) {
    server::Answer answer;
    try {
        answer = call();
    } catch (const server::RequestError& error) {
        if (error.status() < 400 || error.status() > 499)
            finding(endpoint + " refused with status " + std::to_string(error.status()) + ": " + error.what());
        answer = server::FieldService::error(error.status(), error.what(), error.parameter());
    }
    if (!nlohmann::json::accept(answer.body)) finding(endpoint + " answered with a body that is not JSON: " + answer.body);
}

}  // namespace coverplan::fuzz
