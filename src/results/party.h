// Parties and the matching of party names as files write them.
//
// Names are matched by NameKey (case-, space- and punctuation-insensitive), then
// through a user-editable alias table. A short abbreviation (ECI's, "BJP") is
// what users type in --party; the full name is what files carry.
//
// PartyDirectory is an in-memory index; build it from the store's parties and
// aliases. Thread-compatible (const methods are safe to call concurrently).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace janadhar::results {

struct Party {
  int64_t id = 0;               // store id; 0 for a party not yet stored
  std::string abbreviation;     // "BJP"; may be empty for small parties
  std::string name;             // "Bharatiya Janata Party"
  bool is_independent = false;  // "Independent": each candidate stands alone
  bool is_nota = false;         // "None of the Above"
};

// A party the project knows without any import, with spellings seen in ECI
// files other than its name.
struct KnownParty {
  std::string_view abbreviation;
  std::string_view name;
  std::vector<std::string_view> aliases;
};
const std::vector<KnownParty>& KnownParties();

struct PartyAlias {
  std::string alias;  // as the user typed it
  int64_t party_id = 0;
};

class PartyDirectory {
 public:
  PartyDirectory() = default;
  PartyDirectory(std::vector<Party> parties, const std::vector<PartyAlias>& aliases);

  // The party a name, abbreviation or alias refers to; nullptr if none.
  const Party* Resolve(std::string_view name_or_abbreviation) const;
  const Party* FindById(int64_t id) const;
  const std::vector<Party>& parties() const { return parties_; }
  // Every name and abbreviation, for "did you mean" suggestions.
  std::vector<std::string> AllNames() const;

 private:
  std::vector<Party> parties_;
  std::unordered_map<std::string, std::size_t> by_key_;  // NameKey → index
  std::unordered_map<int64_t, std::size_t> by_id_;
};

}  // namespace janadhar::results
