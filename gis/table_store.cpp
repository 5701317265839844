#include "gis/table_store.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdio>
#include <filesystem>

#include "gis/crs.h"
#include "gis/detail/gdal_fields.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"
#include "gis/number_format.h"
#include "gis/utf8.h"

namespace coverplan::gis {

namespace {

/// GDAL's messages go into the exception the store throws, not to stderr too.
class QuietGdal {
public:
    QuietGdal() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
    QuietGdal(const QuietGdal&) = delete;
    QuietGdal& operator=(const QuietGdal&) = delete;
    static bool failed() { return CPLGetLastErrorType() >= CE_Failure; }
};

std::string value_text(const FieldValue& value, FieldType type) {
    return std::visit(
        [type](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return "NULL";
            else if constexpr (std::is_same_v<T, std::string>)
                return sql_literal(v);
            else if constexpr (std::is_same_v<T, std::int64_t>)
                return type == FieldType::String ? sql_literal(std::to_string(v)) : std::to_string(v);
            else
                return format_general(v, 17);
        },
        value);
}

}  // namespace

std::size_t TableSpec::field_index(std::string_view field) const {
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == field) return i;
    throw Error("table " + name + " has no field " + std::string(field));
}

std::string active_schema(std::string_view connection) {
    const std::string lower = lowercase(connection);
    for (const char* key : {"active_schema=", "schemas="}) {
        std::size_t at = lower.find(key);
        // A key, not the end of a longer one.
        while (at != std::string::npos && at > 0 && lower[at - 1] != ' ' && lower[at - 1] != ':')
            at = lower.find(key, at + 1);
        if (at == std::string::npos) continue;
        const std::size_t start = at + std::string_view(key).size();
        std::size_t end = start;
        while (end < connection.size() && connection[end] != ' ' && connection[end] != ',') ++end;
        if (end > start) return std::string(connection.substr(start, end - start));
    }
    return "public";
}

std::string sql_literal(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

std::string sql_identifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string sql_filter(const TableSpec& table, std::span<const Condition> where) {
    std::string sql;
    for (const Condition& condition : where) {
        const FieldType type = table.fields[table.field_index(condition.field)].type;
        if (!sql.empty()) sql += " AND ";
        sql += sql_identifier(condition.field);
        if (std::holds_alternative<std::monostate>(condition.value)) {
            if (condition.op != Condition::Op::Equal) throw Error("a NULL condition on " + condition.field + " compares with '='");
            sql += " IS NULL";
            continue;
        }
        sql += condition.op == Condition::Op::Equal ? " = " : condition.op == Condition::Op::AtLeast ? " >= " : " <= ";
        sql += value_text(condition.value, type);
    }
    return sql;
}

TableStore::TableStore(std::string source, std::string display_name, Mode mode)
    : source_(std::move(source)), display_name_(std::move(display_name)) {
    register_gdal_drivers();
    database_ = lowercase(source_.substr(0, 3)) == "pg:";
    if (database_) schema_ = active_schema(source_);
    const QuietGdal quiet;
    if (!database_ && !std::filesystem::exists(source_)) {
        if (mode != Mode::Create) fail("", "", "no such file");
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        if (!driver) throw Error("GDAL has no GPKG driver");
        dataset_ = driver->Create(source_.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
        if (!dataset_) fail("", "", "cannot create the GeoPackage: " + detail::gdal_message());
        return;
    }
    const unsigned flags = GDAL_OF_VECTOR | (mode == Mode::Read ? GDAL_OF_READONLY : GDAL_OF_UPDATE);
    const char* drivers[] = {database_ ? "PostgreSQL" : "GPKG", nullptr};
    dataset_ = static_cast<GDALDataset*>(GDALOpenEx(source_.c_str(), flags, drivers, nullptr, nullptr));
    if (!dataset_)
        fail("", "", std::string(database_ ? "cannot connect: " : "cannot open as a GeoPackage: ") + detail::gdal_message());
}

TableStore::~TableStore() {
    if (dataset_) GDALClose(dataset_);
}

void TableStore::fail(const std::string& table, const std::string& field, const std::string& reason) const {
    throw InputError(Location{display_name_, table, "", field, 0}, reason);
}

bool TableStore::has_table(const std::string& name) {
    std::lock_guard lock(mutex_);
    const QuietGdal quiet;
    return dataset_->GetLayerByName(name.c_str()) != nullptr;
}

OGRLayer* TableStore::layer_of(const TableSpec& table) {
    OGRLayer* layer = dataset_->GetLayerByName(table.name.c_str());
    if (!layer)
        fail(table.name, "",
             database_ ? "no such table in the store (was it set up with `coverplan db init`?)" : "no such table in the store");
    return layer;
}

std::vector<int> TableStore::field_indexes(const TableSpec& table, OGRLayer* layer) {
    std::vector<int> indexes;
    for (const FieldDef& field : table.fields) {
        const int index = layer->FindFieldIndex(field.name.c_str(), TRUE);
        if (index < 0) fail(table.name, field.name, "the table has no such field (a store made by another version?)");
        indexes.push_back(index);
    }
    return indexes;
}

void TableStore::check_table(const TableSpec& table) {
    std::lock_guard lock(mutex_);
    const QuietGdal quiet;
    field_indexes(table, layer_of(table));
}

void TableStore::start() {
    if (transaction_depth_++ > 0) return;
    if (dataset_->StartTransaction() != OGRERR_NONE) {
        transaction_depth_ = 0;
        fail("", "", "cannot start a transaction: " + detail::gdal_message());
    }
}

void TableStore::finish(bool commit) {
    if (--transaction_depth_ > 0) return;
    if (!commit) {
        dataset_->RollbackTransaction();
        return;
    }
    CPLErrorReset();
    // PostgreSQL may defer a failure (a table created lazily) to the flush.
    if (database_) dataset_->FlushCache();
    const bool deferred_failure = QuietGdal::failed();
    const std::string why = detail::gdal_message();
    if (deferred_failure || dataset_->CommitTransaction() != OGRERR_NONE) {
        const std::string reason = deferred_failure ? why : detail::gdal_message();
        dataset_->RollbackTransaction();
        fail("", "", "cannot commit: " + reason);
    }
}

void TableStore::in_transaction(const std::function<void()>& work) {
    std::lock_guard lock(mutex_);
    const QuietGdal quiet;
    start();
    try {
        work();
    } catch (...) {
        finish(false);
        throw;
    }
    finish(true);
}

void TableStore::create_unique_index(const TableSpec& table) {
    if (table.unique.empty()) return;
    std::string columns;
    for (const std::string& field : table.unique)
        columns += (columns.empty() ? "" : ", ") + sql_identifier(table.fields[table.field_index(field)].name);
    execute("CREATE UNIQUE INDEX IF NOT EXISTS " + sql_identifier(table.name + "_key") + " ON " + sql_identifier(table.name) +
            " (" + columns + ")");
}

std::vector<bool> TableStore::ensure_tables(std::span<const TableSpec> tables) {
    std::vector<bool> created;
    in_transaction([&] {
        for (const TableSpec& table : tables) {
            if (OGRLayer* existing = dataset_->GetLayerByName(table.name.c_str())) {
                // Made by an earlier version: the fields added since come in empty.
                for (const FieldDef& field : table.fields) {
                    if (existing->FindFieldIndex(field.name.c_str(), TRUE) >= 0) continue;
                    OGRFieldDefn defn(field.name.c_str(), OFTString);
                    detail::make_field(defn, field.type);
                    if (existing->CreateField(&defn) != OGRERR_NONE)
                        fail(table.name, field.name, "cannot add the field: " + detail::gdal_message());
                }
                create_unique_index(table);
                created.push_back(false);
                continue;
            }
            const auto srs = table.geometry == GeometryType::None ? nullptr : make_srs(table.crs);
            // In the connection's schema, named as the spec names it.
            const std::string schema_option = "SCHEMA=" + schema_;
            const char* options[] = {"FID=fid", "GEOMETRY_NAME=geom", database_ ? schema_option.c_str() : nullptr, nullptr};
            OGRLayer* layer = dataset_->CreateLayer(table.name.c_str(), srs.get(),
                                                    table.geometry == GeometryType::None ? wkbNone : wkbPoint,
                                                    const_cast<char**>(options));
            if (!layer) fail(table.name, "", "cannot create the table: " + detail::gdal_message());
            for (const FieldDef& field : table.fields) {
                OGRFieldDefn defn(field.name.c_str(), OFTString);
                detail::make_field(defn, field.type);
                if (layer->CreateField(&defn) != OGRERR_NONE)
                    fail(table.name, field.name, "cannot create the field: " + detail::gdal_message());
            }
            // The PostgreSQL driver creates a table lazily: now, before its index.
            dataset_->FlushCache();
            if (QuietGdal::failed()) fail(table.name, "", "cannot create the table: " + detail::gdal_message());
            create_unique_index(table);
            created.push_back(true);
        }
    });
    return created;
}

std::vector<Row> TableStore::select(const TableSpec& table, std::span<const Condition> where) {
    std::lock_guard lock(mutex_);
    const QuietGdal quiet;
    OGRLayer* layer = layer_of(table);
    const std::vector<int> indexes = field_indexes(table, layer);
    const std::string filter = sql_filter(table, where);
    if (layer->SetAttributeFilter(filter.empty() ? nullptr : filter.c_str()) != OGRERR_NONE)
        fail(table.name, "", "cannot filter the table: " + detail::gdal_message());
    std::vector<Row> rows;
    layer->ResetReading();
    while (OGRFeatureUniquePtr feature{layer->GetNextFeature()}) {
        Row row;
        row.reserve(indexes.size());
        for (std::size_t i = 0; i < indexes.size(); ++i)
            row.push_back(detail::read_field(*feature, indexes[i], table.fields[i].type));
        rows.push_back(std::move(row));
    }
    const bool failed = QuietGdal::failed();
    const std::string why = detail::gdal_message();
    layer->SetAttributeFilter(nullptr);
    if (failed) fail(table.name, "", "cannot read the table: " + why);
    return rows;
}

void TableStore::insert(const TableSpec& table, std::span<const Row> rows, std::span<const std::array<double, 2>> points) {
    if (!points.empty() && points.size() != rows.size())
        throw Error("inserting " + std::to_string(rows.size()) + " rows with " + std::to_string(points.size()) + " points");
    in_transaction([&] {
        OGRLayer* layer = layer_of(table);
        const std::vector<int> indexes = field_indexes(table, layer);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].size() != indexes.size())
                throw Error("a row of " + std::to_string(rows[r].size()) + " values for table " + table.name + " of " +
                            std::to_string(indexes.size()) + " fields");
            OGRFeature feature(layer->GetLayerDefn());
            for (std::size_t i = 0; i < indexes.size(); ++i) detail::set_field(feature, indexes[i], rows[r][i]);
            if (!points.empty()) feature.SetGeometryDirectly(new OGRPoint(points[r][0], points[r][1]));
            if (layer->CreateFeature(&feature) != OGRERR_NONE)
                fail(table.name, "", "cannot store a row: " + detail::gdal_message());
        }
    });
}

std::int64_t TableStore::remove(const TableSpec& table, std::span<const Condition> where) {
    std::int64_t removed = 0;
    in_transaction([&] {
        layer_of(table);
        const std::string filter = sql_filter(table, where);
        const std::string from = " FROM " + sql_identifier(table.name) + (filter.empty() ? "" : " WHERE " + filter);
        const std::vector<std::string> counted = execute("SELECT COUNT(*)" + from);
        removed = counted.empty() ? 0 : std::stoll(counted[0]);
        if (removed > 0) execute("DELETE" + from);
    });
    return removed;
}

std::int64_t TableStore::replace(const TableSpec& table, std::span<const Condition> where, std::span<const Row> rows) {
    std::int64_t removed = 0;
    in_transaction([&] {
        layer_of(table);
        if (database_) execute("LOCK TABLE " + sql_identifier(table.name) + " IN SHARE ROW EXCLUSIVE MODE");
        removed = remove(table, where);
        insert(table, rows);
    });
    return removed;
}

std::vector<std::string> TableStore::execute(const std::string& sql) {
    std::lock_guard lock(mutex_);
    const QuietGdal quiet;
    OGRLayer* result = dataset_->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    std::vector<std::string> values;
    if (result) {
        result->ResetReading();
        while (OGRFeatureUniquePtr feature{result->GetNextFeature()})
            values.emplace_back(feature->GetFieldCount() > 0 && feature->IsFieldSetAndNotNull(0) ? feature->GetFieldAsString(0)
                                                                                                : "");
    }
    const bool failed = QuietGdal::failed();
    const std::string why = detail::gdal_message();
    if (result) dataset_->ReleaseResultSet(result);
    if (failed) fail("", "", why);
    return values;
}

}  // namespace coverplan::gis
