#pragma once
// The field page's own files (ui/server/web/), compiled into the program so
// `coverplan serve` needs nothing beside it but Debian's Leaflet.

#include <map>
#include <string_view>

namespace coverplan::server {

/// File name under ui/server/web/ ("index.html", "app.js", ...) -> bytes.
const std::map<std::string_view, std::string_view>& web_assets();

}  // namespace coverplan::server
