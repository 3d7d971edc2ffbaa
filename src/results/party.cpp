#include "results/party.h"

#include "base/text.h"

namespace janadhar::results {

const std::vector<KnownParty>& KnownParties() {
  // ECI abbreviations of national and state parties, and the spellings files
  // use besides the name (matching is by NameKey, so case, spaces and
  // punctuation never need an alias).
  static const std::vector<KnownParty> kParties = {
      {"BJP", "Bharatiya Janata Party", {}},
      {"INC", "Indian National Congress", {"Congress"}},
      {"BSP", "Bahujan Samaj Party", {}},
      {"AITC", "All India Trinamool Congress", {"TMC", "Trinamool Congress"}},
      {"SP", "Samajwadi Party", {}},
      {"AIADMK", "All India Anna Dravida Munnetra Kazhagam", {"ADMK"}},
      {"CPM", "Communist Party of India (Marxist)", {"CPI(M)"}},
      {"IND", "Independent", {}},
      {"TDP", "Telugu Desam", {"Telugu Desam Party"}},
      {"YSRCP", "Yuvajana Sramika Rythu Congress Party", {"YSR Congress Party"}},
      {"AAP", "Aam Aadmi Party", {}},
      {"SHS", "Shivsena", {}},
      {"DMK", "Dravida Munnetra Kazhagam", {}},
      {"BJD", "Biju Janata Dal", {}},
      {"NCP", "Nationalist Congress Party", {}},
      {"RJD", "Rashtriya Janata Dal", {}},
      {"TRS", "Telangana Rashtra Samithi", {"BRS"}},
      {"NOTA", "None of the Above", {}},
      {"JD(U)", "Janata Dal (United)", {}},
      {"CPI", "Communist Party of India", {}},
      {"JD(S)", "Janata Dal (Secular)", {}},
      {"SAD", "Shiromani Akali Dal", {}},
      {"INLD", "Indian National Lok Dal", {}},
      {"AIUDF", "All India United Democratic Front", {}},
      {"LJP", "Lok Jan Shakti Party", {}},
      {"DMDK", "Desiya Murpokku Dravida Kazhagam", {}},
      {"PMK", "Pattali Makkal Katchi", {}},
      {"RSP", "Revolutionary Socialist Party", {}},
      {"JMM", "Jharkhand Mukti Morcha", {}},
      {"JVM(P)", "Jharkhand Vikas Morcha (Prajatantrik)", {"JVM"}},
      {"MDMK", "Marumalarchi Dravida Munnetra Kazhagam", {}},
      {"AIFB", "All India Forward Bloc", {}},
      {"SWP", "Swabhimani Paksha", {}},
      {"IUML", "Indian Union Muslim League", {"Muslim League Kerala State Committee"}},
      {"RLSP", "Rashtriya Lok Samta Party", {}},
      {"CPI(ML)L", "Communist Party of India (Marxist-Leninist) (Liberation)", {}},
      {"NPF", "Naga Peoples Front", {}},
      {"AD", "Apna Dal", {}},
      {"BMUP", "Bahujan Mukti Party", {}},
      {"JKPDP", "Jammu & Kashmir Peoples Democratic Party", {"PDP"}},
      {"MNS", "Maharashtra Navnirman Sena", {}},
      {"HJC(BL)", "Haryana Janhit Congress (BL)", {"HJC"}},
      {"RLD", "Rashtriya Lok Dal", {}},
      {"AIMIM", "All India Majlis-E-Ittehadul Muslimeen", {"MIM"}},
      {"VCK", "Viduthalai Chiruthaigal Katchi", {}},
      {"AGP", "Asom Gana Parishad", {}},
      {"NPEP", "National Peoples Party", {"NPP"}},
      {"SUCI", "Socialist Unity Centre of India (Communist)", {"SUCI(C)"}},
      {"PECP", "Peace Party", {}},
      {"AJSUP", "AJSU Party", {"AJSU"}},
      {"KEC(M)", "Kerala Congress (M)", {}},
      {"JKNC", "Jammu & Kashmir National Conference", {"National Conference"}},
      {"SDPI", "Social Democratic Party of India", {}},
      {"QED", "Qaumi Ekta Dal", {}},
      {"BOPF", "Bodoland Peoples Front", {"BPF"}},
      {"AINRC", "All India N.R. Congress", {}},
      {"SDF", "Sikkim Democratic Front", {}},
      {"MNF", "Mizo National Front", {}},
  };
  return kParties;
}

PartyDirectory::PartyDirectory(std::vector<Party> parties,
                               const std::vector<PartyAlias>& aliases)
    : parties_(std::move(parties)) {
  for (std::size_t i = 0; i < parties_.size(); ++i) {
    by_id_.emplace(parties_[i].id, i);
    by_key_.emplace(NameKey(parties_[i].name), i);
  }
  // Abbreviations after names: a full name wins over another's abbreviation.
  for (std::size_t i = 0; i < parties_.size(); ++i) {
    if (!parties_[i].abbreviation.empty()) {
      by_key_.emplace(NameKey(parties_[i].abbreviation), i);
    }
  }
  for (const auto& a : aliases) {
    auto it = by_id_.find(a.party_id);
    if (it != by_id_.end()) by_key_.emplace(NameKey(a.alias), it->second);
  }
}

const Party* PartyDirectory::Resolve(std::string_view name_or_abbreviation) const {
  auto it = by_key_.find(NameKey(name_or_abbreviation));
  return it == by_key_.end() ? nullptr : &parties_[it->second];
}

const Party* PartyDirectory::FindById(int64_t id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &parties_[it->second];
}

std::vector<std::string> PartyDirectory::AllNames() const {
  std::vector<std::string> out;
  for (const auto& p : parties_) {
    if (!p.abbreviation.empty()) out.push_back(p.abbreviation);
    out.push_back(p.name);
  }
  return out;
}

}  // namespace janadhar::results
