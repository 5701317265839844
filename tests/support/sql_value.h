#pragma once
// One SQL answer read with plain GDAL, as an independent check of what a
// store or an output holds: the tests' own view, not the code under test's.

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <string>

namespace coverplan::test {

/// The first column of the first row `sql` returns on `source` (a file or a
/// PG: string) opened afresh, as text; "" when there is none. `update`
/// opens it for writing (for statements that change it).
inline std::string sql_value(const std::string& source, const std::string& sql, bool update = false) {
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(source.c_str(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : 0)));
    if (!dataset) return "";
    OGRLayer* result = dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (!result) return "";
    OGRFeatureUniquePtr feature(result->GetNextFeature());
    std::string value = feature && feature->GetFieldCount() > 0 ? feature->GetFieldAsString(0) : "";
    dataset->ReleaseResultSet(result);
    return value;
}

}  // namespace coverplan::test
