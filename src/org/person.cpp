#include "org/person.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "base/text.h"
#include "org/phone.h"

namespace janadhar::org {
namespace {

struct RoleInfo {
  Role role;
  std::string_view name;
  std::string_view words;
  std::string_view hindi;
};

constexpr std::array<RoleInfo, kRoleCount> kRoles = {{
    {Role::kPresident, "president", "president", "अध्यक्ष"},
    {Role::kGeneralSecretary, "general_secretary", "general secretary", "महामंत्री"},
    {Role::kElectionCommitteeMember, "election_committee_member",
     "election management committee member", "चुनाव प्रबंधन समिति सदस्य"},
    {Role::kBoothPresident, "booth_president", "booth president", "बूथ अध्यक्ष"},
    {Role::kBoothCommitteeMember, "booth_committee_member", "booth committee member",
     "बूथ समिति सदस्य"},
    {Role::kPollingAgent, "polling_agent", "polling agent", "पोलिंग एजेंट"},
    {Role::kPageInCharge, "page_in_charge", "page-in-charge", "पन्ना प्रमुख"},
}};

const RoleInfo& Info(Role role) {
  return kRoles[static_cast<size_t>(role)];
}

std::string Quote(std::string_view text) {
  return "'" + std::string(text) + "'";
}

// The code point at `s[i]`, advancing i; U+FFFD for a bad byte.
char32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  int extra = 0;
  char32_t cp = c;
  if (c >= 0xF0) {
    extra = 3;
    cp = c & 0x07;
  } else if (c >= 0xE0) {
    extra = 2;
    cp = c & 0x0F;
  } else if (c >= 0xC0) {
    extra = 1;
    cp = c & 0x1F;
  } else if (c >= 0x80) {
    ++i;
    return 0xFFFD;
  }
  ++i;
  for (int k = 0; k < extra; ++k, ++i) {
    if (i >= s.size()) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  }
  return cp;
}

bool IsDevanagari(char32_t cp) {
  return cp >= 0x0900 && cp <= 0x097F;
}
bool IsLatinLetter(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) ||
         (cp >= 0x1E00 && cp <= 0x1EFF);
}

// "" when `name` is written in the expected script, else what is wrong.
std::string CheckScript(std::string_view name, bool devanagari) {
  bool letters = false;
  for (size_t i = 0; i < name.size();) {
    const char32_t cp = NextCodePoint(name, i);
    if (IsDevanagari(cp)) {
      if (!devanagari) return "has Devanagari letters; give them as name_hi";
      letters = true;
    } else if (IsLatinLetter(cp)) {
      if (devanagari) return "has Latin letters; give them as name_en";
      letters = true;
    } else if (cp == 0xFFFD) {
      return "is not UTF-8 text";
    }
  }
  if (!letters) {
    return devanagari ? "has no Devanagari letters" : "has no Latin letters";
  }
  return "";
}

bool IsLeap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

std::string Format(const char* format, const std::tm& tm) {
  char buffer[32];
  const size_t n = std::strftime(buffer, sizeof buffer, format, &tm);
  return std::string(buffer, n);
}

std::tm UtcNow() {
  const std::time_t t =
      std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm;
}

// Letters only, lower-cased: "Booth-President" → "boothpresident".
std::string Squeeze(std::string_view text) {
  std::string s;
  for (const char c : text) {
    if (c == ' ' || c == '_' || c == '-') continue;
    s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return s;
}

}  // namespace

std::string_view RoleName(Role role) {
  return Info(role).name;
}
std::string_view RoleWords(Role role) {
  return Info(role).words;
}
std::string_view RoleHindi(Role role) {
  return Info(role).hindi;
}

bool IsBoothRole(Role role) {
  return role == Role::kBoothPresident || role == Role::kBoothCommitteeMember ||
         role == Role::kPollingAgent || role == Role::kPageInCharge;
}

Result<Role> ParseRole(std::string_view text) {
  for (const RoleInfo& r : kRoles) {  // the stored spelling: no work
    if (text == r.name) return r.role;
  }
  const std::string key = Squeeze(CollapseSpaces(text));
  if (key == "pannapramukh") return Role::kPageInCharge;
  if (key == "agent") return Role::kPollingAgent;
  std::vector<std::string> names;
  for (const RoleInfo& r : kRoles) {
    if (key == Squeeze(r.name) || key == Squeeze(r.words) || key == Squeeze(r.hindi)) {
      return r.role;
    }
    names.emplace_back(r.name);
  }
  std::string message = "unknown role " + Quote(text) + "; the roles are ";
  for (size_t i = 0; i < names.size(); ++i) {
    message += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  }
  const std::string hint = DidYouMean(text, names);
  if (!hint.empty()) message += "; " + hint;
  return Status::InvalidArgument(message);
}

std::string_view PersonStatusName(PersonStatus status) {
  switch (status) {
    case PersonStatus::kActive: return "active";
    case PersonStatus::kLeft: return "left";
    case PersonStatus::kExpelled: return "expelled";
  }
  return "unknown";
}

Result<PersonStatus> ParsePersonStatus(std::string_view text) {
  const std::string key = Squeeze(text);
  if (key == "active") return PersonStatus::kActive;
  if (key == "left") return PersonStatus::kLeft;
  if (key == "expelled") return PersonStatus::kExpelled;
  return Status::InvalidArgument("unknown status " + Quote(text) +
                                 "; a person is active, left or expelled");
}

const std::string& DisplayName(const Person& p) {
  return p.name_hi.empty() ? p.name_en : p.name_hi;
}

Status CheckPerson(const Person& p) {
  if (CollapseSpaces(p.name_hi).empty() && CollapseSpaces(p.name_en).empty()) {
    return Status::InvalidArgument(
        "a person needs a name: name_hi (Devanagari) or name_en (Latin letters)");
  }
  if (!p.name_hi.empty()) {
    if (const std::string bad = CheckScript(p.name_hi, true); !bad.empty()) {
      return Status::InvalidArgument("name_hi " + Quote(p.name_hi) + " " + bad);
    }
  }
  if (!p.name_en.empty()) {
    if (const std::string bad = CheckScript(p.name_en, false); !bad.empty()) {
      return Status::InvalidArgument("name_en " + Quote(p.name_en) + " " + bad);
    }
  }
  auto phone = NormalizePhone(p.phone);
  if (!phone.ok()) return phone.status();
  if (*phone != p.phone) {
    return Status::InvalidArgument("phone " + Quote(p.phone) + " is not normalised (" +
                                   *phone + ")");
  }
  if (!p.epic.empty()) {
    auto epic = NormalizeEpic(p.epic);
    if (!epic.ok()) return epic.status();
    if (*epic != p.epic) {
      return Status::InvalidArgument("EPIC " + Quote(p.epic) + " is not normalised (" +
                                     *epic + ")");
    }
  }
  if (auto date = CheckDate(p.joined); !date.ok()) {
    return Status::InvalidArgument("joined: " + date.status().message());
  }
  if (p.unit.empty()) return Status::InvalidArgument("a person needs a unit");
  return Status::Ok();
}

Result<std::string> CheckDate(std::string_view text) {
  const auto bad = [&](const std::string& why) {
    return Status::InvalidArgument("date " + Quote(text) + " " + why);
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return bad("is not written YYYY-MM-DD (2024-03-15)");
  }
  int part[3] = {0, 0, 0};
  const size_t start[3] = {0, 5, 8};
  const size_t length[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = start[k]; i < start[k] + length[k]; ++i) {
      if (text[i] < '0' || text[i] > '9') {
        return bad("is not written YYYY-MM-DD (2024-03-15)");
      }
      part[k] = part[k] * 10 + (text[i] - '0');
    }
  }
  const int year = part[0], month = part[1], day = part[2];
  if (year < 1900 || year > 2199) return bad("has a year outside 1900–2199");
  if (month < 1 || month > 12) return bad("has no month " + std::to_string(month));
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int days = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  if (day < 1 || day > days) {
    return bad("has no day " + std::to_string(day) + " (the month has " +
               std::to_string(days) + ")");
  }
  return std::string(text);
}

std::string Today() {
  return Format("%Y-%m-%d", UtcNow());
}

std::string NowUtc() {
  return Format("%Y-%m-%dT%H:%M:%SZ", UtcNow());
}

}  // namespace janadhar::org
