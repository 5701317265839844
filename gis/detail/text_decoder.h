#pragma once
// Decoding Shapefile text that GDAL cannot be trusted to decode. Internal to gis/.

#include <iconv.h>

#include <string>
#include <string_view>

namespace coverplan::gis::detail {

/// Decodes text GDAL hands over undecoded. GDAL 3.6 recodes Shapefile text
/// through iconv without flushing it, so stateful code pages such as CP1258
/// (Vietnamese: base letter + combining tone mark) lose the last letter of
/// every value; for those we ask GDAL for raw bytes and decode here.
class TextDecoder {
public:
    /// Throws Error when iconv does not know `from`.
    explicit TextDecoder(const std::string& from);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    /// UTF-8 of `raw`; an undecodable byte becomes U+FFFD.
    std::string operator()(std::string_view raw) const;

private:
    iconv_t cd_;
};

/// The code page a Shapefile's .cpg names, when GDAL cannot be trusted to
/// decode it (see TextDecoder); empty otherwise (and for other formats).
std::string shapefile_code_page_to_decode(const std::string& path);

}  // namespace coverplan::gis::detail
