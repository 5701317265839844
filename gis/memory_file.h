#pragma once
// Bytes held in memory as a file GDAL can open (/vsimem/), so text that
// arrives over the network (the service's CSV upload) is read by the same
// readers as a file on disk, with no temporary file to clean up.

#include <string>
#include <string_view>

namespace coverplan::gis {

class MemoryFile {
public:
    /// Copies `bytes` into a new in-memory file named `name` (its extension
    /// picks GDAL's driver: "points.csv") in a folder of its own.
    MemoryFile(std::string_view bytes, const std::string& name);
    ~MemoryFile();
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    /// The path to give GDAL ("/vsimem/coverplan-17/points.csv").
    const std::string& path() const { return path_; }

private:
    std::string folder_, path_;
};

}  // namespace coverplan::gis
