#pragma once
// What Qt needs before anything is drawn: a QGuiApplication (offscreen when
// the program has none, so the CLI and the server render without a display)
// and the map font, Noto Sans, which covers Vietnamese (every precomposed
// letter with its diacritics) and is embedded in the PDFs we write.

#include <QString>

namespace coverplan::carto {

/// Creates an offscreen QGuiApplication when the process has no Qt
/// application yet, and registers the map font. Safe to call repeatedly;
/// call it from the main thread before rendering. Throws coverplan::Error
/// when no font with Vietnamese letters can be found (install
/// fonts-noto-core).
void ensure_gui_session();

/// The family every map and report text uses ("Noto Sans").
QString map_font_family();

}  // namespace coverplan::carto
