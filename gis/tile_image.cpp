#include "gis/tile_image.h"

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <gdalwarper.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <atomic>
#include <cmath>

#include "gis/crs.h"
#include "gis/detail/gdal_fields.h"
#include "gis/error.h"
#include "gis/gdal_setup.h"

namespace coverplan::gis {

namespace {

constexpr double kWorld = 20037508.342789244;  // half the Web Mercator world, metres

struct DatasetCloser {
    void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr memory_raster(int width, int height, int bands) {
    GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
    DatasetPtr dataset(memory->Create("", width, height, bands, GDT_Byte, nullptr));  // zeroed: transparent
    if (!dataset) throw Error("cannot make a " + std::to_string(width) + " x " + std::to_string(height) + " raster");
    return dataset;
}

/// Decodes one stored tile (PNG, JPEG, WebP; paletted, grey, RGB, with or
/// without alpha) into `mosaic` at pixel (left, top) as RGBA; false when it
/// is not an image of the tileset's size (left transparent).
bool paste_tile(const std::string& bytes, GDALDataset& mosaic, int left, int top, int size) {
    static std::atomic<unsigned> counter{0};
    const std::string name = "/vsimem/coverplan_tile_" + std::to_string(counter++);
    VSILFILE* file = VSIFileFromMemBuffer(name.c_str(), reinterpret_cast<GByte*>(const_cast<char*>(bytes.data())),
                                          bytes.size(), FALSE);
    VSIFCloseL(file);
    // Only the image formats tiles are stored in: a tile is a picture, never a dataset to probe.
    const char* const drivers[] = {"PNG", "JPEG", "WEBP", nullptr};
    DatasetPtr tile(GDALDataset::Open(name.c_str(), GDAL_OF_RASTER | GDAL_OF_INTERNAL, drivers));
    bool pasted = false;
    if (tile && tile->GetRasterXSize() == size && tile->GetRasterYSize() == size) {
        const int bands = tile->GetRasterCount();
        std::vector<GByte> pixels(std::size_t(size) * size), rgba(std::size_t(size) * size * 4, 255);
        GDALRasterBand* first = tile->GetRasterBand(1);
        const GDALColorTable* palette = first->GetColorTable();
        for (int b = 1; b <= bands && b <= 4; ++b) {
            if (tile->GetRasterBand(b)->RasterIO(GF_Read, 0, 0, size, size, pixels.data(), size, size, GDT_Byte, 0, 0,
                                                 nullptr) != CE_None)
                break;
            for (std::size_t i = 0; i < pixels.size(); ++i) {
                const GByte v = pixels[i];
                if (b == 1 && palette) {
                    const GDALColorEntry* entry = palette->GetColorEntry(v);
                    if (entry) rgba[4 * i] = GByte(entry->c1), rgba[4 * i + 1] = GByte(entry->c2),
                               rgba[4 * i + 2] = GByte(entry->c3), rgba[4 * i + 3] = GByte(entry->c4);
                } else if (b == 1 && bands <= 2) {  // grey
                    rgba[4 * i] = rgba[4 * i + 1] = rgba[4 * i + 2] = v;
                } else if (b == 2 && bands == 2) {  // grey and alpha
                    rgba[4 * i + 3] = v;
                } else {
                    rgba[4 * i + b - 1] = v;
                }
            }
        }
        pasted = mosaic.RasterIO(GF_Write, left, top, size, size, rgba.data(), size, size, GDT_Byte, 4, nullptr, 4,
                                 std::int64_t(size) * 4, 1, nullptr) == CE_None;
    }
    tile.reset();
    VSIUnlink(name.c_str());
    return pasted;
}

}  // namespace

TileImage render_tiles(const TileSource& source, const std::string& crs, double minx, double miny, double maxx,
                       double maxy, int width, int height, int max_tiles) {
    register_gdal_drivers();
    TileImage out;
    out.width = width, out.height = height;
    out.rgba.assign(std::size_t(width) * height * 4, 0);
    if (width <= 0 || height <= 0 || !(maxx > minx) || !(maxy > miny)) return out;
    const auto target_srs = make_srs(crs);
    OGRSpatialReference mercator;
    mercator.importFromEPSG(3857);
    mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    // The map's box in Web Mercator: its edges sampled, as they bend.
    const auto to_mercator = make_transform(*target_srs, mercator);
    double mx0 = INFINITY, my0 = INFINITY, mx1 = -INFINITY, my1 = -INFINITY;
    for (int i = 0; i <= 20; ++i)
        for (const auto& [fx, fy] : {std::pair{i / 20.0, 0.0}, {i / 20.0, 1.0}, {0.0, i / 20.0}, {1.0, i / 20.0}}) {
            double x = minx + fx * (maxx - minx), y = miny + fy * (maxy - miny);
            if (to_mercator && !to_mercator->Transform(1, &x, &y)) continue;  // null: the map is in Web Mercator
            mx0 = std::min(mx0, x), mx1 = std::max(mx1, x), my0 = std::min(my0, y), my1 = std::max(my1, y);
        }
    // Only where the tileset has tiles.
    const TileSetInfo& info = source.info();
    const double bx0 = kWorld * info.west / 180, bx1 = kWorld * info.east / 180;
    const double by0 = 6378137.0 * std::asinh(std::tan(info.south * M_PI / 180));
    const double by1 = 6378137.0 * std::asinh(std::tan(info.north * M_PI / 180));
    const double cx0 = std::max({mx0, bx0, -kWorld}), cx1 = std::min({mx1, bx1, kWorld});
    const double cy0 = std::max({my0, by0, -kWorld}), cy1 = std::min({my1, by1, kWorld});
    if (!(cx1 > cx0) || !(cy1 > cy0)) return out;
    // The zoom whose pixels are nearest the picture's, within the tileset's.
    const double metres_per_pixel = std::min((mx1 - mx0) / width, (my1 - my0) / height);
    int z = static_cast<int>(std::lround(std::log2(2 * kWorld / (info.tile_size * metres_per_pixel))));
    z = std::clamp(z, info.min_zoom, info.max_zoom);
    int x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    for (;; --z) {
        const double tile_m = 2 * kWorld / std::ldexp(1.0, z);
        const int last = (1 << z) - 1;
        x0 = std::clamp(static_cast<int>(std::floor((cx0 + kWorld) / tile_m)), 0, last);
        x1 = std::clamp(static_cast<int>(std::floor((cx1 + kWorld) / tile_m)), 0, last);
        y0 = std::clamp(static_cast<int>(std::floor((kWorld - cy1) / tile_m)), 0, last);
        y1 = std::clamp(static_cast<int>(std::floor((kWorld - cy0) / tile_m)), 0, last);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) <= max_tiles || z == info.min_zoom) break;
    }
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > max_tiles) return out;  // even the shallowest zoom is too many tiles
    // The mosaic of those tiles in Web Mercator.
    const int size = info.tile_size;
    const double tile_m = 2 * kWorld / std::ldexp(1.0, z);
    DatasetPtr mosaic = memory_raster((x1 - x0 + 1) * size, (y1 - y0 + 1) * size, 4);
    double mosaic_transform[6] = {-kWorld + x0 * tile_m, tile_m / size, 0, kWorld - y0 * tile_m, 0, -tile_m / size};
    mosaic->SetGeoTransform(mosaic_transform);
    mosaic->SetSpatialRef(&mercator);
    mosaic->GetRasterBand(4)->SetColorInterpretation(GCI_AlphaBand);
    for (int x = x0; x <= x1; ++x)
        for (int y = y0; y <= y1; ++y)
            if (const auto bytes = source.tile(z, x, y))
                out.tiles += paste_tile(*bytes, *mosaic, (x - x0) * size, (y - y0) * size, size) ? 1 : 0;
    out.zoom = z;
    // Warped into the map's CRS and box.
    DatasetPtr picture = memory_raster(width, height, 4);
    double picture_transform[6] = {minx, (maxx - minx) / width, 0, maxy, 0, -(maxy - miny) / height};
    picture->SetGeoTransform(picture_transform);
    picture->SetSpatialRef(target_srs.get());
    GDALWarpOptions* options = GDALCreateWarpOptions();
    options->hSrcDS = mosaic.get();
    options->hDstDS = picture.get();
    options->nBandCount = 3;
    options->panSrcBands = static_cast<int*>(CPLMalloc(sizeof(int) * 3));
    options->panDstBands = static_cast<int*>(CPLMalloc(sizeof(int) * 3));
    for (int b = 0; b < 3; ++b) options->panSrcBands[b] = options->panDstBands[b] = b + 1;
    options->nSrcAlphaBand = 4;
    options->nDstAlphaBand = 4;
    options->eResampleAlg = GRA_Bilinear;
    options->pTransformerArg = GDALCreateGenImgProjTransformer2(mosaic.get(), picture.get(), nullptr);
    options->pfnTransformer = GDALGenImgProjTransform;
    CPLErrorReset();
    GDALWarpOperation warp;
    const bool warped = options->pTransformerArg && warp.Initialize(options) == CE_None &&
                        warp.ChunkAndWarpImage(0, 0, width, height) == CE_None;
    if (options->pTransformerArg) GDALDestroyGenImgProjTransformer(options->pTransformerArg);
    GDALDestroyWarpOptions(options);
    if (!warped) throw Error("cannot warp the basemap's tiles to " + crs + ": " + detail::gdal_message());
    if (picture->RasterIO(GF_Read, 0, 0, width, height, out.rgba.data(), width, height, GDT_Byte, 4, nullptr, 4,
                          std::int64_t(width) * 4, 1, nullptr) != CE_None)
        throw Error("cannot read the warped basemap: " + detail::gdal_message());
    return out;
}

}  // namespace coverplan::gis
