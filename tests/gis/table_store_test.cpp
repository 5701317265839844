// gis::TableStore on a real GeoPackage: tables made once with their unique
// index, rows replaced by key in one transaction (a failure keeps the old
// rows), filters on text, dates and NULL, points; every outcome read back
// with plain GDAL and SQLite's own SQL.

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include "gis/error.h"
#include "gis/table_store.h"
#include "support/sql_value.h"
#include "support/temp_dir.h"

namespace coverplan::gis {
namespace {

const TableSpec kVisits{"visits",
                        {{"team", FieldType::String}, {"day", FieldType::Date}, {"customer", FieldType::String},
                         {"ports", FieldType::Integer}, {"share", FieldType::Real}},
                        GeometryType::None,
                        "",
                        {"team", "day", "customer"}};

Row visit(const std::string& team, const std::string& day, const std::string& customer, std::int64_t ports, double share) {
    return {team, day, customer, ports, share};
}

using test::sql_value;

TEST(TableStore, TablesAreMadeOnceWithTheirUniqueIndex) {
    test::TempDir dir;
    const std::string file = (dir / "store.gpkg").string();
    EXPECT_THROW(TableStore(file, file, TableStore::Mode::Update), InputError);  // no such file
    const TableSpec places{"places", {{"name", FieldType::String}}, GeometryType::Point, "EPSG:4326", {}};
    {
        TableStore store(file, file, TableStore::Mode::Create);
        EXPECT_FALSE(store.is_database());
        EXPECT_EQ(store.ensure_tables(std::vector{kVisits, places}), (std::vector<bool>{true, true}));
        EXPECT_EQ(store.ensure_tables(std::vector{kVisits, places}), (std::vector<bool>{false, false}));
    }
    EXPECT_EQ(sql_value(file, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'visits_key'"), "1");
    EXPECT_EQ(sql_value(file, "SELECT data_type FROM gpkg_contents WHERE table_name = 'visits'"), "attributes");
    EXPECT_EQ(sql_value(file, "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'places'"), "POINT");

    // A table of another shape is named with the field it lacks.
    TableSpec wider = kVisits;
    wider.fields.push_back({"note", FieldType::String});
    TableStore store(file, file, TableStore::Mode::Read);
    try {
        store.check_table(wider);
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_EQ(error.where().layer, "visits");
        EXPECT_EQ(error.where().field, "note");
    }
}

TEST(TableStore, ReplaceSwapsTheRowsOfAKeyAndAFailureKeepsThem) {
    test::TempDir dir;
    const std::string file = (dir / "store.gpkg").string();
    TableStore store(file, file, TableStore::Mode::Create);
    store.ensure_tables(std::span(&kVisits, 1));
    const std::vector<Row> first = {visit("Đội Trần Phú", "2026-10-31", "Nguyễn Văn An", 2, 0.1),
                                    visit("Đội Trần Phú", "2026-10-31", "Lê Thị Bình", 1, 0.2),
                                    visit("Đội Trần Phú", "2026-10-31", "O'Brien", 3, 1.0 / 3),
                                    visit("Đội Dĩnh Trì", "2026-10-31", "Trần Văn Cường", 4, 0.4)};
    store.insert(kVisits, first);
    const std::vector<Condition> team = {{"team", Condition::Op::Equal, std::string("Đội Trần Phú")}};
    const std::vector<Row> second = {visit("Đội Trần Phú", "2026-10-31", "Phạm Thu Dung", 5, 0.5)};
    EXPECT_EQ(store.replace(kVisits, team, second), 3);
    EXPECT_EQ(sql_value(file, "SELECT COUNT(*) FROM visits"), "2");
    EXPECT_EQ(sql_value(file, "SELECT customer FROM visits WHERE team = 'Đội Trần Phú'"), "Phạm Thu Dung");

    // Two rows of one key: the unique index refuses, nothing changes.
    const std::vector<Row> twice = {visit("Đội Trần Phú", "2026-11-30", "X", 1, 0), visit("Đội Trần Phú", "2026-11-30", "X", 2, 0)};
    EXPECT_THROW(store.replace(kVisits, team, twice), InputError);
    EXPECT_EQ(sql_value(file, "SELECT COUNT(*) FROM visits"), "2");
    EXPECT_EQ(sql_value(file, "SELECT customer FROM visits WHERE team = 'Đội Trần Phú'"), "Phạm Thu Dung");

    // A transaction that throws halfway keeps nothing of it.
    EXPECT_THROW(store.in_transaction([&] {
        store.remove(kVisits, {});
        throw std::runtime_error("stop");
    }),
                 std::runtime_error);
    EXPECT_EQ(sql_value(file, "SELECT COUNT(*) FROM visits"), "2");
}

TEST(TableStore, FiltersOnTextDatesAndNullAndValuesComeBackExactly) {
    test::TempDir dir;
    const std::string file = (dir / "store.gpkg").string();
    TableStore store(file, file, TableStore::Mode::Create);
    store.ensure_tables(std::span(&kVisits, 1));
    const std::vector<Row> rows = {visit("A", "2026-09-30", "O'Brien", 1, 1.0 / 3), visit("A", "2026-10-31", "b", 2, 0.2),
                                   visit("A", "2026-11-30", "c", 3, 0.3), Row{std::string("B"), std::string("2026-11-30"),
                                                                              std::string("d"), FieldValue(), FieldValue()}};
    store.insert(kVisits, rows);
    const std::vector<Condition> october_on = {{"day", Condition::Op::AtLeast, std::string("2026-10-01")},
                                               {"team", Condition::Op::Equal, std::string("A")}};
    EXPECT_EQ(store.select(kVisits, october_on).size(), 2u);
    const std::vector<Condition> until_october = {{"day", Condition::Op::AtMost, std::string("2026-10-31")}};
    EXPECT_EQ(store.select(kVisits, until_october).size(), 2u);
    const std::vector<Condition> quoted = {{"customer", Condition::Op::Equal, std::string("O'Brien")}};
    const std::vector<Row> found = store.select(kVisits, quoted);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0], rows[0]);  // the date as text, the real to the last bit
    const std::vector<Condition> no_ports = {{"ports", Condition::Op::Equal, FieldValue()}};
    const std::vector<Row> null_rows = store.select(kVisits, no_ports);
    ASSERT_EQ(null_rows.size(), 1u);
    EXPECT_EQ(null_rows[0], rows[3]);
    EXPECT_EQ(store.remove(kVisits, until_october), 2);
    EXPECT_EQ(sql_value(file, "SELECT COUNT(*) FROM visits"), "2");
}

TEST(TableStore, PointsAreStoredWithTheirCoordinates) {
    test::TempDir dir;
    const std::string file = (dir / "store.gpkg").string();
    const TableSpec places{"places", {{"name", FieldType::String}}, GeometryType::Point, "EPSG:4326", {}};
    {
        TableStore store(file, file, TableStore::Mode::Create);
        store.ensure_tables(std::span(&places, 1));
        const std::vector<Row> rows = {{std::string("Chợ Thương")}, {std::string("Ga Bắc Giang")}};
        const std::vector<std::array<double, 2>> points = {{106.19, 21.27}, {106.20, 21.28}};
        store.insert(places, rows, points);
    }
    EXPECT_EQ(sql_value(file, "SELECT ST_X(geom) FROM places WHERE name = 'Ga Bắc Giang'"), "106.2");
    EXPECT_EQ(sql_value(file, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'places'"), "4326");
}

TEST(TableStore, SqlLiteralsAndTheActiveSchema) {
    EXPECT_EQ(sql_literal("it's"), "'it''s'");
    EXPECT_EQ(sql_identifier("a\"b"), "\"a\"\"b\"");
    EXPECT_EQ(active_schema("PG:dbname=x active_schema=plans user=u"), "plans");
    EXPECT_EQ(active_schema("PG:dbname=x schemas=a,b"), "a");
    EXPECT_EQ(active_schema("PG:dbname=x"), "public");
    EXPECT_EQ(sql_filter(kVisits, std::vector<Condition>{{"team", Condition::Op::Equal, std::string("x'y")},
                                                         {"ports", Condition::Op::AtLeast, std::int64_t(3)}}),
              "\"team\" = 'x''y' AND \"ports\" >= 3");
}

}  // namespace
}  // namespace coverplan::gis
