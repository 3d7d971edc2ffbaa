#include "org/synth.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "org/synth_names.h"

namespace janadhar::org {
namespace {

constexpr int kDays = 5479;                      // 2010-01-01 .. 2024-12-31
constexpr int kFirstInduction = 365;             // sessions from 2011 …
constexpr int kLastInduction = kDays - 1 - 180;  // … to mid-2024
constexpr std::array<std::string_view, 4> kParties = {"INC", "BSP", "SP", "RLD"};
constexpr std::array<std::string_view, 5> kTopics = {
    "Booth management", "Polling day duties", "Voter list verification",
    "Page-in-charge duties", "Social media outreach"};
constexpr std::string_view kInductionTopic = "Induction";

// The finaliser of splitmix64: a bijective mix of 64 bits.
uint64_t Mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// splitmix64: small, fast, and the same numbers on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() { return Mix(state_ += 0x9E3779B97F4A7C15ULL); }
  // Uniform in [0, n) for 1 ≤ n < 2^32 (multiply-shift; bias below n / 2^32).
  uint32_t Below(uint64_t n) { return static_cast<uint32_t>(((Next() >> 32) * n) >> 32); }
  // Uniform in [lo, hi], lo ≤ hi.
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }

 private:
  uint64_t state_;
};

// A keyed permutation of [0, domain), domain ≤ 4^half_bits: a four-round
// Feistel network on 2 × half_bits bits, walked along its cycle until the value
// falls in the domain again (which keeps it a bijection of the domain).
struct Permutation {
  uint64_t domain = 0;
  int half_bits = 0;
  std::array<uint64_t, 4> keys{};

  uint64_t operator()(uint64_t x) const {
    const uint64_t mask = (uint64_t{1} << half_bits) - 1;
    do {
      uint64_t left = x >> half_bits;
      uint64_t right = x & mask;
      for (const uint64_t key : keys) {
        const uint64_t next = left ^ (Mix(right ^ key) & mask);
        left = right;
        right = next;
      }
      x = (left << half_bits) | right;
    } while (x >= domain);
    return x;
  }
};

// Writes `value` as `width` digits, with leading zeros, at `out`.
void PutDigits(uint64_t value, int width, char* out) {
  for (int i = width - 1; i >= 0; --i, value /= 10)
    out[i] = static_cast<char>('0' + value % 10);
}

// "2010-01-01", … one a day up to "2024-12-31".
std::vector<std::string> DateTable() {
  static constexpr int kMonthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  std::vector<std::string> dates;
  dates.reserve(kDays);
  char buf[10] = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0'};
  for (int y = 2010; y <= 2024; ++y) {
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    for (int m = 1; m <= 12; ++m) {
      const int days = kMonthDays[m - 1] + (m == 2 && leap ? 1 : 0);
      for (int d = 1; d <= days; ++d) {
        PutDigits(y, 4, buf);
        PutDigits(m, 2, buf + 5);
        PutDigits(d, 2, buf + 8);
        dates.emplace_back(buf, sizeof buf);
      }
    }
  }
  return dates;
}

Status CheckOptions(const SynthOptions& o) {
  const std::pair<const char*, double> shares[] = {
      {"empty_booth_share", o.empty_booth_share},
      {"thin_committee_share", o.thin_committee_share},
      {"booth_president_share", o.booth_president_share},
      {"polling_agent_share", o.polling_agent_share},
      {"second_agent_share", o.second_agent_share},
      {"page_in_charge_share", o.page_in_charge_share},
      {"other_party_share", o.other_party_share},
      {"not_inducted_share", o.not_inducted_share},
      {"departed_share", o.departed_share},
      {"epic_share", o.epic_share},
      {"female_share", o.female_share},
      {"muslim_share", o.muslim_share},
      {"post_holder_training_share", o.post_holder_training_share}};
  for (const auto& [name, share] : shares) {
    if (!(share >= 0.0 && share <= 1.0)) {
      return Status::InvalidArgument(std::string(name) + " " + std::to_string(share) +
                                     " is not a share from 0 to 1");
    }
  }
  if (o.empty_booth_share + o.thin_committee_share > 1.0) {
    return Status::InvalidArgument(
        "empty_booth_share + thin_committee_share is above 1: a booth is empty, thin "
        "or full");
  }
  if (o.other_party_share * o.not_inducted_share > 0.5 || o.departed_share > 0.5) {
    return Status::InvalidArgument(
        "other_party_share × not_inducted_share and departed_share must be at most 0.5 "
        "(most people drawn must hold their seat)");
  }
  return Status::Ok();
}

// The sessions of one training unit (an AC or the root): indices in
// SynthOrganisation::sessions.
struct Training {
  int first_induction = 0;
  int inductions = 0;
  int first_other = 0;
  int others = 0;
  int last_induction_day = 0;
};

class Synthesiser {
 public:
  Synthesiser(const UnitTree& tree, const SynthOptions& options)
      : tree_(tree), o_(options), rng_(Mix(options.seed ^ 0x4A414E414448ULL)) {
    phones_ = {
        4'000'000'000ULL, 16, {rng_.Next(), rng_.Next(), rng_.Next(), rng_.Next()}};
    epics_ = {
        175'760'000'000ULL, 19, {rng_.Next(), rng_.Next(), rng_.Next(), rng_.Next()}};
    const double open = 1.0 - o_.empty_booth_share;
    const auto given_open = [open](double share) {
      return open > 0 ? std::min(1.0, share / open) : 0.0;
    };
    president_ = given_open(o_.booth_president_share);
    thin_ = given_open(o_.thin_committee_share);
    agent_ = given_open(o_.polling_agent_share);
    pages_ = given_open(o_.page_in_charge_share);
  }

  SynthOrganisation Run() {
    Reserve();
    training_of_.resize(tree_.size());
    trainings_.resize(tree_.size());
    for (const Unit& u : tree_.units()) {
      const bool own = u.level == UnitLevel::kAssembly || u.parent < 0;
      training_of_[u.id] = own ? u.id : training_of_[u.parent];
      if (own) MakeSessions(u);
    }
    for (const Unit& u : tree_.units()) StaffUnit(u);
    std::sort(out_.attendance.begin(), out_.attendance.end());
    out_.attendance.erase(std::unique(out_.attendance.begin(), out_.attendance.end()),
                          out_.attendance.end());
    return std::move(out_);
  }

 private:
  void Reserve() {
    const std::vector<int> n = tree_.CountByLevel();
    const size_t booths = n[static_cast<int>(UnitLevel::kBooth)];
    const size_t others = tree_.size() - booths;
    const size_t people = booths * 15 + others * 3 + 64;  // ~14 a booth by default
    out_.people.reserve(people);
    out_.posts.reserve(people);
    out_.attendance.reserve(people * 2 / 5);
  }

  std::pair<std::string, std::string> MakeName() {
    const bool muslim = rng_.Chance(o_.muslim_share);
    const bool female = rng_.Chance(o_.female_share);
    const NameLists& lists = muslim ? MuslimNames() : HinduNames();
    const auto& given_list = female ? lists.female : lists.male;
    const NamePair& given = given_list[rng_.Below(given_list.size())];
    const NamePair& surname = lists.surnames[rng_.Below(lists.surnames.size())];
    const NamePair* middle = nullptr;
    if (!muslim && rng_.Chance(female ? 0.25 : 0.12)) {
      const auto middles = female ? FemaleMiddleNames() : MaleMiddleNames();
      middle = &middles[rng_.Below(middles.size())];
    }
    std::pair<std::string, std::string> name;
    for (int script = 0; script < 2; ++script) {
      const auto part = [script](const NamePair& n) { return script == 0 ? n.hi : n.en; };
      std::string& s = script == 0 ? name.first : name.second;
      s.reserve(part(given).size() + part(surname).size() + 2 +
                (middle ? part(*middle).size() + 1 : 0));
      s.append(part(given)).append(" ");
      if (middle) s.append(part(*middle)).append(" ");
      s.append(part(surname));
    }
    return name;
  }

  void MakeSessions(const Unit& u) {
    Training& t = trainings_[u.id];
    const bool ac = u.level == UnitLevel::kAssembly;
    t.inductions = ac ? 1 + (rng_.Chance(0.5) ? 1 : 0) : 1;
    t.others = ac ? 2 : 1;
    int days[2] = {rng_.Between(kFirstInduction, kLastInduction),
                   rng_.Between(kFirstInduction, kLastInduction)};
    std::sort(days, days + t.inductions);
    t.first_induction = static_cast<int>(out_.sessions.size());
    t.last_induction_day = days[t.inductions - 1];
    for (int i = 0; i < t.inductions; ++i) AddSession(u, days[i], kInductionTopic, true);
    t.first_other = static_cast<int>(out_.sessions.size());
    const uint32_t topic = rng_.Below(kTopics.size());
    for (int i = 0; i < t.others; ++i) {
      const uint32_t k =
          (topic + (i == 0 ? 0 : 1 + rng_.Below(kTopics.size() - 1))) % kTopics.size();
      AddSession(u, rng_.Between(0, kDays - 1), kTopics[k], false);
    }
  }

  void AddSession(const Unit& u, int day, std::string_view topic, bool induction) {
    TrainingSession s;
    s.unit = u.code;
    s.date = dates_[day];
    s.topic = topic;
    s.trainer = MakeName().second;
    s.induction = induction;
    s.synthetic = true;
    out_.sessions.push_back(std::move(s));
    session_days_.push_back(day);
  }

  void StaffUnit(const Unit& u) {
    switch (u.level) {
      case UnitLevel::kBooth: {
        if (rng_.Chance(o_.empty_booth_share)) return;
        if (rng_.Chance(president_)) FillSeats(u, Role::kBoothPresident, 1);
        const int committee =
            rng_.Chance(thin_)
                ? rng_.Between(2, 9)
                : 10 + static_cast<int>(std::min(rng_.Below(5), rng_.Below(5)));
        FillSeats(u, Role::kBoothCommitteeMember, committee);
        if (rng_.Chance(agent_)) {
          FillSeats(u, Role::kPollingAgent, rng_.Chance(o_.second_agent_share) ? 2 : 1);
        }
        if (rng_.Chance(pages_)) FillSeats(u, Role::kPageInCharge, rng_.Between(2, 4));
        return;
      }
      case UnitLevel::kShaktiKendra: FillSeats(u, Role::kPresident, 1); return;
      case UnitLevel::kNational:
      case UnitLevel::kState:
      case UnitLevel::kDistrict:
      case UnitLevel::kAssembly:
        FillSeats(u, Role::kPresident, 1);
        FillSeats(u, Role::kGeneralSecretary, 1);
        FillSeats(u, Role::kElectionCommitteeMember, rng_.Between(8, 12));
        return;
      case UnitLevel::kBlock:
      case UnitLevel::kMandal:
        FillSeats(u, Role::kPresident, 1);
        FillSeats(u, Role::kGeneralSecretary, 1);
        return;
    }
  }

  // A new person of unit `u` with name, phone and maybe an EPIC; no dates yet.
  Person& NewPerson(const Unit& u) {
    Person p;
    auto [hi, en] = MakeName();
    p.name_hi = std::move(hi);
    p.name_en = std::move(en);
    char phone[13] = {'+', '9', '1'};
    const uint64_t x = phones_(out_.people.size());
    phone[3] = static_cast<char>('6' + x / 1'000'000'000ULL);
    PutDigits(x % 1'000'000'000ULL, 9, phone + 4);
    p.phone.assign(phone, sizeof phone);
    if (rng_.Chance(o_.epic_share)) {
      const uint64_t e = epics_(epic_count_++);
      const uint64_t letters = e / 10'000'000ULL;
      char epic[10] = {static_cast<char>('A' + letters / 676),
                       static_cast<char>('A' + letters / 26 % 26),
                       static_cast<char>('A' + letters % 26)};
      PutDigits(e % 10'000'000ULL, 7, epic + 3);
      p.epic.assign(epic, sizeof epic);
    }
    p.unit = u.code;
    p.synthetic = true;
    out_.people.push_back(std::move(p));
    return out_.people.back();
  }

  // Fills `count` seats of `role` in `u`. People drawn who cannot hold a seat
  // (not inducted yet, or departed from an earlier term) are kept too.
  void FillSeats(const Unit& u, Role role, int count) {
    const Training& t = trainings_[training_of_[u.id]];
    for (int seat = 0; seat < count;) {
      const int index = static_cast<int>(out_.people.size());
      Person& p = NewPerson(u);
      int joined = 0;
      int from = 0;
      if (rng_.Chance(o_.other_party_share)) {
        p.came_from = kParties[rng_.Below(kParties.size())];
        if (rng_.Chance(o_.not_inducted_share)) {  // joined after the last induction
          p.joined = dates_[rng_.Between(t.last_induction_day + 1, kDays - 1)];
          continue;
        }
        const int session =
            t.first_induction + static_cast<int>(rng_.Below(t.inductions));
        const int day = session_days_[session];
        joined = rng_.Between(std::max(0, day - 1000), day - 1);
        from = rng_.Between(day + 1, std::min(kDays - 1, day + 700));
        out_.attendance.emplace_back(session, index);
      } else {
        joined = rng_.Between(0, kDays - 1);
        from = rng_.Between(joined, std::min(kDays - 1, joined + 1100));
      }
      p.joined = dates_[joined];
      Post post;
      post.person = index;
      post.unit = u.code;
      post.role = role;
      post.from = dates_[from];
      post.synthetic = true;
      if (rng_.Chance(o_.departed_share)) {  // an earlier holder of the seat
        p.status = rng_.Chance(0.7) ? PersonStatus::kLeft : PersonStatus::kExpelled;
        post.to = dates_[rng_.Between(from, kDays - 1)];
        out_.posts.push_back(std::move(post));
        continue;
      }
      out_.posts.push_back(std::move(post));
      ++seat;
      if (t.others > 0 && rng_.Chance(o_.post_holder_training_share)) {
        const int first = static_cast<int>(rng_.Below(t.others));
        for (int k = 0; k < t.others; ++k) {  // the first on or after joining
          const int session = t.first_other + (first + k) % t.others;
          if (session_days_[session] >= joined) {
            out_.attendance.emplace_back(session, index);
            break;
          }
        }
      }
    }
  }

  const UnitTree& tree_;
  const SynthOptions& o_;
  Rng rng_;
  Permutation phones_;
  Permutation epics_;
  uint64_t epic_count_ = 0;
  // Chances given that a booth is not empty.
  double president_ = 0, thin_ = 0, agent_ = 0, pages_ = 0;
  const std::vector<std::string> dates_ = DateTable();
  std::vector<int> training_of_;     // unit id → the id of its training unit
  std::vector<Training> trainings_;  // by unit id; set for training units
  std::vector<int> session_days_;    // by session index
  SynthOrganisation out_;
};

}  // namespace

Result<SynthOrganisation> SynthesiseOrganisation(const UnitTree& tree,
                                                 const SynthOptions& options) {
  if (tree.empty()) {
    return Status::InvalidArgument("the unit tree is empty: nothing to staff");
  }
  JANADHAR_RETURN_IF_ERROR(CheckOptions(options));
  return Synthesiser(tree, options).Run();
}

}  // namespace janadhar::org
