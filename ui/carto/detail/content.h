#pragma once
// Internal: the content drawing of map_content.h on an Ink the caller
// already holds, so the page renderer shares its Ink (and its record of
// missing glyphs) with the labels.

#include "ui/carto/detail/ink.h"
#include "ui/carto/map_content.h"

namespace coverplan::carto::detail {

/// As draw_map_content, without saving the painter's state or setting its
/// render hints; clips to the frame and restores the clip.
ContentResult draw_content(const MapDescription& map, const Ink& ink, const MapView& view,
                           const ContentOptions& options);

}  // namespace coverplan::carto::detail
