#pragma once
// Internal: a file written under a temporary name beside its target and
// renamed onto it by commit(); removed when abandoned (an exception), so a
// failed run never leaves half a PDF where the last good one was.

#include <filesystem>

namespace coverplan::carto::detail {

class PageFile {
public:
    /// Throws InputError naming the target when its folder does not exist.
    explicit PageFile(const std::filesystem::path& target);
    ~PageFile();
    PageFile(const PageFile&) = delete;
    PageFile& operator=(const PageFile&) = delete;

    const std::filesystem::path& temporary() const { return temporary_; }
    /// Renames the temporary file onto the target; throws InputError when
    /// the temporary file was not written or cannot be moved.
    void commit();

private:
    std::filesystem::path target_, temporary_;
    bool committed_ = false;
};

}  // namespace coverplan::carto::detail
