#include "api/org_json.h"

#include "api/results_json.h"
#include "org/phone.h"

namespace janadhar::api {

std::string MaskEpic(const std::string& epic) {
  if (epic.size() < 7) return epic.empty() ? "" : std::string(epic.size(), '*');
  return epic.substr(0, 3) + std::string(epic.size() - 6, '*') +
         epic.substr(epic.size() - 3);
}

nlohmann::json PersonJson(const org::Person& p, bool unmask) {
  return {
      {"id", p.id},
      {"name_hi", p.name_hi},
      {"name_en", p.name_en},
      {"phone", unmask ? p.phone : org::MaskPhone(p.phone)},
      {"epic", p.epic.empty() ? nlohmann::json()
                              : nlohmann::json(unmask ? p.epic : MaskEpic(p.epic))},
      {"joined", p.joined},
      {"came_from", p.came_from.empty() ? nlohmann::json() : nlohmann::json(p.came_from)},
      {"status", org::PersonStatusName(p.status)},
      {"unit", p.unit},
      {"synthetic", p.synthetic}};
}

nlohmann::json PostJson(const org::Post& q) {
  return {
      {"id", q.id},     {"person", q.person},
      {"unit", q.unit}, {"role", org::RoleName(q.role)},
      {"from", q.from}, {"to", q.to.empty() ? nlohmann::json() : nlohmann::json(q.to)}};
}

nlohmann::json PersonWithPostsJson(const org::Person& p,
                                   const std::vector<org::Post>& posts, bool unmask) {
  nlohmann::json jp = nlohmann::json::array();
  for (const org::Post& q : posts) jp.push_back(PostJson(q));
  return {{"person", PersonJson(p, unmask)}, {"posts", std::move(jp)}};
}

std::string AcNameOf(const org::UnitTree& tree, int unit) {
  for (int p = tree.unit(unit).parent; p >= 0; p = tree.unit(p).parent) {
    if (tree.unit(p).level == org::UnitLevel::kAssembly) return tree.unit(p).name;
  }
  return "";
}

nlohmann::json CoverageJson(const service::OrgCoverageResult& r) {
  const org::UnitTree& tree = r.tree;
  const org::CoverageReport& rep = r.report;
  nlohmann::json units = nlohmann::json::array();
  for (const org::UnitCoverage& c : rep.units) {
    const org::Unit& u = tree.unit(c.unit);
    units.push_back({{"unit", u.code},
                     {"name", u.name},
                     {"level", org::UnitLevelName(u.level)},
                     {"depth", c.depth},
                     {"booths", c.booths},
                     {"covered", c.covered},
                     {"share", OrNull(c.share)}});
  }
  nlohmann::json uncovered = nlohmann::json::array();
  for (const org::UncoveredBooth& b : rep.uncovered) {
    const org::Unit& u = tree.unit(b.unit);
    nlohmann::json has = nlohmann::json::object();
    for (const org::Role role : org::kAllRoles) {
      if (rep.rules[role] > 0) has[std::string(org::RoleName(role))] = b.has[role];
    }
    uncovered.push_back({{"unit", u.code},
                         {"name", u.name},
                         {"ac", AcNameOf(tree, b.unit)},
                         {"has", std::move(has)},
                         {"lacks", rep.Lacks(b)}});
  }
  nlohmann::json rules = nlohmann::json::object();
  for (const org::Role role : org::kAllRoles) {
    if (rep.rules[role] > 0) rules[std::string(org::RoleName(role))] = rep.rules[role];
  }
  return {{"state", r.state},
          {"unit", tree.unit(rep.start).code},
          {"rules", std::move(rules)},
          {"booths", rep.total.booths},
          {"covered", rep.total.covered},
          {"share", OrNull(rep.total.share)},
          {"units", std::move(units)},
          {"uncovered", std::move(uncovered)},
          {"warnings", nlohmann::json::array()}};
}

nlohmann::json SearchJson(const service::OrgSearchRequest& request,
                          const std::vector<store::Store::PersonHit>& hits, bool unmask) {
  nlohmann::json people = nlohmann::json::array();
  for (const auto& h : hits) {
    nlohmann::json j = PersonJson(h.person, unmask);
    j["score"] = h.score;
    people.push_back(std::move(j));
  }
  return {
      {"query", request.query},
      {"unit", request.unit.empty() ? nlohmann::json() : nlohmann::json(request.unit)},
      {"people", std::move(people)},
      {"warnings", nlohmann::json::array()}};
}

}  // namespace janadhar::api
