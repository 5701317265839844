#include "names.h"

namespace coverplan::datasets::names {

const std::vector<std::string> kWards = {
    // Bắc Giang city
    "Trần Phú", "Lê Lợi", "Hoàng Văn Thụ", "Ngô Quyền", "Trần Nguyên Hãn", "Mỹ Độ", "Thọ Xương", "Xương Giang",
    "Đa Mai", "Dĩnh Kế", "Song Mai", "Tân Mỹ", "Đồng Sơn", "Tân Tiến", "Hoàng Hoa Thám", "Lê Hồng Phong",
    // streets and heroes found in many cities
    "Quang Trung", "Nguyễn Trãi", "Hùng Vương", "Lý Thường Kiệt", "Trần Hưng Đạo", "Phan Bội Châu", "Hai Bà Trưng",
    "Đống Đa", "Tân Thịnh", "Quyết Thắng", "Nguyễn Du", "Lê Quý Đôn", "Bà Triệu", "Minh Khai", "Điện Biên",
    "Trưng Vương", "Phan Đình Phùng", "Tô Hiệu", "Nguyễn Huệ", "Lý Tự Trọng", "Võ Thị Sáu", "Cao Thắng",
    "Hoàng Diệu", "Chi Lăng", "Bạch Đằng", "Lam Sơn", "Hồng Hải", "Tân Lập", "Quang Hanh", "Cẩm Thịnh",
};

const std::vector<std::string> kCommunes = {
    "Dĩnh Trì", "Song Khê", "Tân Dĩnh", "Xuân Hương", "Tiền Phong", "Nội Hoàng", "Đồng Phúc", "Tư Mại",
    "Lão Hộ", "Tân Liễu", "Quang Thịnh", "Dương Đức", "Thái Đào", "Đại Lâm", "Mỹ Thái", "Xương Lâm",
    "Tân Hưng", "Tân Thanh", "Hương Sơn", "Hương Lạc", "Yên Mỹ", "An Hà", "Nghĩa Hòa", "Nghĩa Hưng",
    "Quế Nham", "Việt Lập", "Liên Chung", "Ngọc Châu", "Ngọc Thiện", "Song Vân", "Cao Xá", "Lam Cốt",
    "Phúc Hòa", "Hợp Đức", "Quang Châu", "Vân Trung", "Vân Hà", "Tăng Tiến", "Hoàng Ninh", "Hồng Thái",
    "Tự Lạn", "Việt Tiến", "Thượng Lan", "Minh Đức", "Nghĩa Trung", "Tiên Sơn", "Ninh Sơn", "Quảng Minh",
    "Trung Sơn", "Hương Mai", "Cảnh Thụy", "Tiến Dũng", "Đức Giang", "Đồng Việt", "Yên Lư", "Nham Sơn",
    "Thắng Cương", "Lãng Sơn", "Trí Yên", "Xuân Phú", "Đào Mỹ", "Tiên Lục", "Phi Mô", "Mỹ Hà",
};

const std::vector<std::string> kFirstSyllables = {
    "Tân",  "Đông",  "Tây",  "Nam",  "Bắc",  "Hòa",  "Phú",   "Xuân", "Thanh", "An",    "Bình", "Hưng", "Quang",
    "Minh", "Đức",   "Hương", "Mỹ",  "Yên",  "Vĩnh", "Phúc",  "Thái", "Hồng",  "Trung", "Ngọc", "Lạc",  "Kim",
    "Cẩm",  "Đại",   "Tiên", "Song", "Hoàng", "Long", "Thượng", "Hạ",  "Nghĩa", "Lam",   "Việt", "Quế",  "Châu",
    "Hợp",  "Liên",  "Đồng", "Cao",  "Tam",  "Vân",  "Lương", "Phong", "Tiến", "Hải",  "Sơn",  "Khánh", "Định",
};

const std::vector<std::string> kSecondSyllables = {
    "Sơn",   "Lâm",  "Hà",   "Hải",  "Phong", "Thịnh", "Hòa",  "Bình",  "Lợi",  "Mỹ",   "Yên",  "Tiến",
    "Lộc",   "Hưng", "Thành", "Phúc", "Trung", "Giang", "Khê",  "Trì",   "Đồng", "Lương", "Quang", "Vân",
    "Xuân",  "Châu", "Thủy", "Tân",  "Điền", "Lập",  "Nghĩa", "Đức",   "Hiệp", "Thuận", "Định", "An",
    "Cường", "Kiều", "Mai",  "Tường", "Ninh", "Dũng", "Liễu",  "Thái",  "Long", "Nhân",  "Hợp",  "Khánh",
};

const std::vector<std::string> kCities = {
    "Bắc Giang", "Bắc Ninh",  "Thái Nguyên", "Hải Dương", "Hưng Yên",  "Phủ Lý",   "Nam Định", "Thái Bình",
    "Ninh Bình", "Lạng Sơn",  "Cao Bằng",    "Tuyên Quang", "Yên Bái", "Việt Trì", "Vĩnh Yên", "Hòa Bình",
    "Sơn La",    "Lào Cai",   "Hà Giang",    "Bắc Kạn",   "Hạ Long",   "Móng Cái", "Uông Bí",  "Cẩm Phả",
    "Thanh Hóa", "Vinh",      "Hà Tĩnh",     "Đồng Hới",  "Tam Điệp",  "Từ Sơn",   "Chí Linh", "Sông Công",
    "Phổ Yên",   "Sơn Tây",   "Phúc Yên",    "Bỉm Sơn",   "Sầm Sơn",   "Hoàng Mai", "Thái Hòa", "Kỳ Anh",
};

const std::vector<std::string> kIndustrialParks = {
    "Đình Trám", "Quang Châu", "Song Khê – Nội Hoàng", "Vân Trung", "Hòa Phú", "Việt Hàn", "Yên Lư",
    "Tân Hưng",  "Châu Minh",  "Xuân Cẩm", "Quế Võ",  "Yên Phong", "Tiên Sơn", "VSIP", "Điềm Thụy", "Sông Công",
    "Phú Hà",    "Đồng Văn",   "Hòa Mạc", "Phố Nối", "Thăng Long II", "Minh Quang", "Đại An", "Nam Sách",
};

const std::vector<std::string> kFamily = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ",  "Phan", "Đặng",
                                          "Bùi",    "Đỗ",   "Hồ", "Ngô",  "Dương", "Lý",  "Giáp", "Thân"};
const std::vector<std::string> kMiddle = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Hữu", "Thu", "Xuân"};
const std::vector<std::string> kGiven = {"Hùng", "Dũng", "Hương", "Lan",  "Tuấn", "Hà",   "Thảo", "Quỳnh", "Phong",
                                         "Hải",  "Nga",  "Cường", "Bích", "Đạt",  "Yến",  "Khánh", "Trang", "Sơn",
                                         "Vinh", "Huyền", "Nam",  "Giang", "Thắng", "Hạnh", "Lộc",  "Mai",  "Tùng"};

const std::vector<std::string> kLeadNotes = {
    "Hộ gia đình, cần lắp cáp quang gói 150 Mbps",
    "Khách đang dùng nhà mạng khác, hết hợp đồng tháng sau",
    "Cửa hàng kinh doanh, cần internet ổn định",
    "Quán cà phê, cần wifi mạnh cho khách",
    "Khách hẹn khảo sát vào thứ Bảy",
    "Nhà mới xây, muốn lắp trước khi vào ở",
    "Giới thiệu từ khách hàng cũ",
    "Khách hỏi gói combo internet và truyền hình",
    "Văn phòng nhỏ, cần IP tĩnh",
    "Học sinh học trực tuyến, cần đường truyền khỏe",
};
const std::vector<std::string> kLeadNotesFull = {
    "Khu phố đông, khách phản ánh chờ lắp đã lâu",
    "Nhân viên kỹ thuật báo tủ cáp gần nhất chưa còn cổng",
    "Khách sẵn sàng ký hợp đồng ngay khi lắp được",
};
const std::vector<std::string> kLeadNotesUncovered = {
    "Khu dân cư mới, chưa có hạ tầng",
    "Thôn xa, khách hỏi bao giờ có cáp quang",
    "Khu tái định cư mới bàn giao",
};
const std::vector<std::string> kLeadNotesIndustrial = {
    "Nhà trọ công nhân khu công nghiệp, 12 phòng",
    "Chủ nhà trọ muốn lắp wifi cho công nhân thuê",
    "Doanh nghiệp trong khu công nghiệp, cần kênh riêng",
};

std::string complaint_text(const std::string& category, Rng& rng) {
    static const std::vector<std::string> weak = {"Sóng yếu trong nhà", "Gọi điện hay bị rớt cuộc gọi",
                                                  "Mất sóng khi vào phòng trong"};
    static const std::vector<std::string> slow = {"Mạng chậm vào buổi tối", "Tốc độ không đạt như cam kết",
                                                  "Xem video bị giật"};
    static const std::vector<std::string> outage = {"Mất kết nối từ sáng", "Mất mạng cả khu phố",
                                                    "Đứt cáp, chưa khắc phục"};
    static const std::vector<std::string> billing = {"Cước tháng này cao bất thường", "Bị trừ tiền hai lần",
                                                     "Chưa nhận được hóa đơn điện tử"};
    static const std::vector<std::string> install = {"Hẹn lắp đặt nhưng nhân viên không đến",
                                                     "Lắp đặt chậm so với hẹn"};
    static const std::vector<std::string> service = {"Tổng đài phản hồi chậm", "Nhân viên thái độ chưa tốt"};
    if (category == "weak_signal") return rng.pick(weak);
    if (category == "slow_speed") return rng.pick(slow);
    if (category == "outage") return rng.pick(outage);
    if (category == "billing") return rng.pick(billing);
    if (category == "installation") return rng.pick(install);
    return rng.pick(service);
}

std::string PlacePool::next(Rng& rng) {
    while (next_fixed_ < fixed_.size()) {
        const std::string& name = fixed_[next_fixed_++];
        if (used_.insert(name).second) return name;
    }
    // Generated combinations; after a bounded number of misses accept a
    // repeat (real data repeats names across districts too).
    std::string name;
    for (int attempt = 0; attempt < 200; ++attempt) {
        const std::string& a = rng.pick(kFirstSyllables);
        const std::string& b = rng.pick(kSecondSyllables);
        if (a == b) continue;
        name = a + " " + b;
        if (used_.insert(name).second) return name;
    }
    return name;
}

std::string person(Rng& rng) {
    return rng.pick(kFamily) + " " + rng.pick(kMiddle) + " " + rng.pick(kGiven);
}

}  // namespace coverplan::datasets::names
