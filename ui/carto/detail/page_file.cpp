#include "ui/carto/detail/page_file.h"

#include "gis/error.h"
#include "gis/vector_writer.h"

namespace coverplan::carto::detail {

PageFile::PageFile(const std::filesystem::path& target)
    : target_(target), temporary_(gis::temporary_path_beside(target.string())) {}

PageFile::~PageFile() {
    if (committed_) return;
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
}

void PageFile::commit() {
    if (!std::filesystem::exists(temporary_))
        throw InputError(Location{target_.string(), "", "", "", 0}, "the file was not written");
    gis::move_into_place(temporary_.string(), target_.string());
    committed_ = true;
}

}  // namespace coverplan::carto::detail
