#include "gis/gdal_setup.h"

#include <gdal_priv.h>

#include <mutex>

namespace coverplan::gis {

void register_gdal_drivers() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

}  // namespace coverplan::gis
