// CSV injection: text a spreadsheet would run as a formula is quoted, numbers
// stay numbers, and every CSV VectorWriter writes follows the rule.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <vector>

#include "gis/spreadsheet_text.h"
#include "gis/vector_writer.h"
#include "test_support.h"

namespace coverplan::gis {
namespace {

TEST(SpreadsheetText, FormulasGetAQuote) {
    for (const std::string text : {"=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx",
                                   "\r=1", "=", "-", "+", "--1", "-1-", "+.", "-e5", "-1e", "=1"}) {
        EXPECT_TRUE(reads_as_formula(text)) << text;
        EXPECT_EQ(spreadsheet_text(text), "'" + text);
    }
}

TEST(SpreadsheetText, NumbersAndPlainTextStay) {
    for (const std::string text : {"", "-12.5", "+3", "-1e-3", "-.5", "-5.", "+1E+10", "12abc", "Dĩnh Kế", " =1",
                                   "a=b", "'=already quoted", "x@y.vn"}) {
        EXPECT_FALSE(reads_as_formula(text)) << text;
        EXPECT_EQ(spreadsheet_text(text), text);
    }
}

TEST(SpreadsheetText, EveryCsvCellAndHeaderAndNoOtherFormat) {
    test::register_gdal();
    test::TempDir dir;
    const std::vector<FieldDef> fields = {{"note", FieldType::String}, {"=cmd", FieldType::String},
                                          {"balance", FieldType::Real}, {"count", FieldType::Integer}};
    const std::vector<FieldValue> row = {std::string("=HYPERLINK(\"http://x\",\"y\")"), std::string("-12.5"), -7.25,
                                         std::int64_t(-3)};
    for (const char* name : {"out.csv", "out.gpkg"}) {
        VectorWriter writer((dir / name).string(), "EPSG:4326");
        writer.create_layer("t", GeometryType::None, fields).add_row(row);
        writer.commit();
    }
    EXPECT_EQ(test::read_bytes(dir / "out.csv"),
              "note,'=cmd,balance,count\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"-12.5\",-7.25,\"-3\"\n");
    // A GeoPackage is no spreadsheet: the text is kept as it is.
    GDALDatasetUniquePtr gpkg(GDALDataset::Open((dir / "out.gpkg").c_str(), GDAL_OF_VECTOR));
    ASSERT_TRUE(gpkg);
    const OGRFeatureUniquePtr feature(gpkg->GetLayer(0)->GetNextFeature());
    ASSERT_TRUE(feature);
    EXPECT_STREQ(feature->GetFieldAsString("note"), "=HYPERLINK(\"http://x\",\"y\")");
    EXPECT_STREQ(feature->GetDefnRef()->GetFieldDefn(1)->GetNameRef(), "=cmd");
}

}  // namespace
}  // namespace coverplan::gis
