#include "gis/memory_file.h"

#include <cpl_vsi.h>

#include <atomic>
#include <cstring>

#include "gis/error.h"

namespace coverplan::gis {

MemoryFile::MemoryFile(std::string_view bytes, const std::string& name) {
    // A folder per file: GDAL names a CSV's layer after the file, so the
    // name stays the caller's while two requests never share a path.
    static std::atomic<unsigned long long> next{0};
    folder_ = "/vsimem/coverplan-" + std::to_string(++next);
    path_ = folder_ + "/" + name;
    // GDAL owns the copy (bTakeOwnership) and frees it at VSIUnlink.
    auto* copy = static_cast<GByte*>(VSIMalloc(bytes.empty() ? 1 : bytes.size()));
    if (!copy) throw Error("out of memory holding " + std::to_string(bytes.size()) + " bytes for " + name);
    if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
    VSILFILE* file = VSIFileFromMemBuffer(path_.c_str(), copy, bytes.size(), TRUE);
    if (!file) throw Error("cannot hold " + name + " in memory for GDAL");
    VSIFCloseL(file);
}

MemoryFile::~MemoryFile() {
    VSIUnlink(path_.c_str());
    VSIRmdir(folder_.c_str());
}

}  // namespace coverplan::gis
