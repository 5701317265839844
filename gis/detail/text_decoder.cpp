#include "gis/detail/text_decoder.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "gis/error.h"
#include "gis/utf8.h"

namespace coverplan::gis::detail {

TextDecoder::TextDecoder(const std::string& from) : cd_(iconv_open("UTF-8", from.c_str())) {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) throw Error("iconv cannot decode " + from);
}

TextDecoder::~TextDecoder() { iconv_close(cd_); }

std::string TextDecoder::operator()(std::string_view raw) const {
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);  // reset the shift state
    std::string out(raw.size() * 4 + 16, '\0');
    char* in_ptr = const_cast<char*>(raw.data());
    std::size_t in_left = raw.size();
    char* out_ptr = out.data();
    std::size_t out_left = out.size();
    while (in_left > 0) {
        if (iconv(cd_, &in_ptr, &in_left, &out_ptr, &out_left) != static_cast<std::size_t>(-1)) break;
        if (errno != EILSEQ && errno != EINVAL) break;
        // An undecodable byte: keep going with U+FFFD rather than drop the value.
        ++in_ptr;
        --in_left;
        if (out_left >= 3) {
            std::memcpy(out_ptr, "\xEF\xBF\xBD", 3);
            out_ptr += 3;
            out_left -= 3;
        }
    }
    iconv(cd_, nullptr, nullptr, &out_ptr, &out_left);  // flush the pending letter
    out.resize(out.size() - out_left);
    return out;
}

std::string shapefile_code_page_to_decode(const std::string& path) {
    const std::string lower = lowercase(path);
    if (lower.size() < 4 || lower.substr(lower.size() - 4) != ".shp") return "";
    std::ifstream cpg(path.substr(0, path.size() - 4) + ".cpg");
    std::string text;
    std::getline(cpg, text);
    return text.find("1258") != std::string::npos ? "CP1258" : "";
}

}  // namespace coverplan::gis::detail
