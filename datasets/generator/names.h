#pragma once
// Vietnamese names for the synthetic province: places, teams, people, notes.
// All text is UTF-8 in NFC (precomposed), the form GDAL and Qt expect.

#include <set>
#include <string>
#include <vector>

#include "random.h"

namespace coverplan::datasets::names {

/// Wards (phường) of the sample's provincial city, then more ward names for
/// other cities (streets and heroes; every Vietnamese city has a few of these).
extern const std::vector<std::string> kWards;
/// Communes (xã) around the sample's city.
extern const std::vector<std::string> kCommunes;
/// Syllables for generated two-syllable place names.
extern const std::vector<std::string> kFirstSyllables, kSecondSyllables;
/// Provincial cities used as further city centres at the larger scales.
extern const std::vector<std::string> kCities;
/// Industrial parks (khu công nghiệp), the sample's first.
extern const std::vector<std::string> kIndustrialParks;
/// People: family names, middle names, given names.
extern const std::vector<std::string> kFamily, kMiddle, kGiven;
/// Sales notes for leads and complaint descriptions per category.
extern const std::vector<std::string> kLeadNotes, kLeadNotesFull, kLeadNotesUncovered, kLeadNotesIndustrial;
std::string complaint_text(const std::string& category, Rng& rng);

/// Hands out place names: first from a fixed list in order, then generated
/// two-syllable combinations, never the same name twice while unused
/// combinations remain.
class PlacePool {
public:
    explicit PlacePool(std::vector<std::string> fixed) : fixed_(std::move(fixed)) {}
    std::string next(Rng& rng);
    /// Marks a name as taken (names handed out by other pools).
    void reserve(const std::string& name) { used_.insert(name); }

private:
    std::vector<std::string> fixed_;
    std::size_t next_fixed_ = 0;
    std::set<std::string> used_;
};

std::string person(Rng& rng);

}  // namespace coverplan::datasets::names
