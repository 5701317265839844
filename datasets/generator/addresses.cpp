#include "addresses.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#include "names.h"

namespace coverplan::datasets {

namespace {

/// Streets of a Vietnamese provincial city: national heroes, scholars and
/// the places the city is named after (Bắc Giang has most of these).
const std::vector<std::string> kStreets = {
    "Ngô Quyền",    "Nguyễn Văn Cừ", "Xương Giang",   "Hùng Vương",   "Lê Lợi",          "Trần Phú",
    "Nguyễn Thị Minh Khai", "Giáp Hải", "Thân Nhân Trung", "Lê Duẩn", "Ngô Gia Tự",    "Nguyễn Văn Linh",
    "Trần Quang Khải", "Lý Thái Tổ",  "Quang Trung",   "Hoàng Văn Thụ", "Nguyễn Du",      "Trần Nguyên Hãn",
    "Lê Lai",       "Võ Nguyên Giáp", "Hoàng Hoa Thám", "Nguyễn Khắc Nhu", "Đào Sư Tích", "Tiền Giang",
    "Nghĩa Long",   "Lê Hồng Phong", "Dương Quảng Hàm", "Nguyễn Trãi",  "Minh Khai",      "Hai Bà Trưng",
};
/// Hamlets (thôn) of the communes.
const std::vector<std::string> kHamlets = {"Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Chùa",
                                           "Đình", "Mới", "Giữa", "Cầu", "Đồng", "Hậu", "Tiền", "Ngoài"};

constexpr double kHouseSpacing_m = 24;  ///< between house numbers along a street, each side
constexpr double kSetback_m = 12;       ///< from the street's centre line to a house

std::string district_name(const std::string& name) {
    for (const char* kind : {"Thành phố ", "Thị xã ", "Huyện "})
        if (name.rfind(kind, 0) == 0) return name;
    return "Huyện " + name;
}

class Builder {
public:
    Builder(const Province& province, const std::function<void(const AddressRow&)>& sink)
        : province_(province), sink_(sink), rng_(province.seed, "addresses") {}

    void zone(std::size_t z) {
        const Zone& zone = province_.zones[z];
        ward_ = zone.name;
        district_ = district_name(province_.districts[static_cast<std::size_t>(zone.district)].name);
        zone_ = static_cast<int>(z);
        const double size = std::sqrt(zone.area_m2);
        if (zone.kind_label == "Xã") {
            const int hamlets = 1 + static_cast<int>(rng_.below(2));
            for (int h = 0; h < hamlets; ++h) hamlet(zone, size);
            return;
        }
        const int streets = zone.kind_label == "Thị trấn" ? 3 : 2 + static_cast<int>(rng_.below(2));
        const double first = rng_.uniform(0, std::numbers::pi);
        std::vector<std::string> taken;
        for (int s = 0; s < streets; ++s) {
            std::string name;
            do name = rng_.pick(kStreets);
            while (std::find(taken.begin(), taken.end(), name) != taken.end());
            taken.push_back(name);
            // Some data writes the kind of street too.
            const std::string written = rng_.chance(0.2) ? "Đường " + name : name;
            const double angle = first + s * std::numbers::pi / 2 + rng_.uniform(-0.25, 0.25);
            const Pt centre{zone.seed.x + rng_.uniform(-0.2, 0.2) * size, zone.seed.y + rng_.uniform(-0.2, 0.2) * size};
            street(written, centre, angle, 0.45 * size);
        }
    }

    std::int64_t count() const { return count_; }

private:
    void emit(const Pt& p, const std::string& number, const std::string& street) {
        if (province_.zone_at(p) != zone_) return;
        char id[32];
        std::snprintf(id, sizeof id, "DC-%06lld", static_cast<long long>(++count_));
        sink_({p, id, number, street, ward_, district_});
    }

    /// Houses along a straight street through `centre`: odd numbers on the
    /// left, even on the right, counted from one end; some plots empty, a
    /// few "12A" beside 12 and alleys "12/1", "12/2", ... behind them.
    void street(const std::string& name, const Pt& centre, double angle, double half_length) {
        const double dx = std::cos(angle), dy = std::sin(angle);
        const int stations = static_cast<int>(2 * half_length / kHouseSpacing_m);
        for (int k = 0; k < stations; ++k) {
            const double along = -half_length + k * kHouseSpacing_m;
            for (int side = 0; side < 2; ++side) {
                if (rng_.chance(0.4)) continue;  // an empty plot, a shop without a number
                const double normal = side == 0 ? kSetback_m : -kSetback_m;
                const Pt p{centre.x + along * dx - normal * dy, centre.y + along * dy + normal * dx};
                const int number = 2 * k + 1 + side;
                emit(p, std::to_string(number), name);
                if (rng_.chance(0.04))
                    emit({p.x + 0.4 * kHouseSpacing_m * dx, p.y + 0.4 * kHouseSpacing_m * dy}, std::to_string(number) + "A",
                         name);
                if (rng_.chance(0.03)) {
                    const int houses = 2 + static_cast<int>(rng_.below(4));
                    for (int a = 1; a <= houses; ++a) {
                        const double depth = normal + (normal > 0 ? 1 : -1) * a * 15.0;
                        emit({centre.x + along * dx - depth * dy, centre.y + along * dy + depth * dx},
                             std::to_string(number) + "/" + std::to_string(a), name);
                    }
                }
            }
        }
    }

    /// A hamlet: houses numbered 1, 2, ... scattered around its centre.
    void hamlet(const Zone& zone, double size) {
        const std::string name = "Thôn " + rng_.pick(kHamlets);
        const Pt centre{zone.seed.x + rng_.uniform(-0.25, 0.25) * size, zone.seed.y + rng_.uniform(-0.25, 0.25) * size};
        const int houses = 20 + static_cast<int>(rng_.below(30));
        for (int h = 1; h <= houses; ++h) {
            const double r = 250 * std::sqrt(rng_.uniform()), a = rng_.uniform(0, 2 * std::numbers::pi);
            emit({centre.x + r * std::cos(a), centre.y + r * std::sin(a)}, std::to_string(h), name);
        }
    }

    const Province& province_;
    const std::function<void(const AddressRow&)>& sink_;
    Rng rng_;
    std::string ward_, district_;
    int zone_ = -1;
    std::int64_t count_ = 0;
};

}  // namespace

std::vector<gis::FieldDef> address_fields() {
    using gis::FieldType;
    return {{"ma_dc", FieldType::String},
            {"so_nha", FieldType::String},
            {"ten_duong", FieldType::String},
            {"phuong_xa", FieldType::String},
            {"quan_huyen", FieldType::String}};
}

std::int64_t generate_addresses(const Province& province, const std::function<void(const AddressRow&)>& sink) {
    Builder builder(province, sink);
    for (std::size_t z = 0; z < province.zones.size(); ++z) builder.zone(z);
    return builder.count();
}

}  // namespace coverplan::datasets
