#include "service/org_people.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "org/phone.h"

namespace janadhar::service {

namespace {

org::AuditEntry Entry(const OrgActor& actor, std::string action, std::string subject,
                      std::string before, std::string after, std::string reason = "") {
  return AuditEntryBy(actor, std::move(action), std::move(subject), std::move(before),
                      std::move(after), std::move(reason));
}

std::string PostJson(const org::Post& q) {
  nlohmann::ordered_json j = {{"id", q.id},     {"person", q.person},
                              {"unit", q.unit}, {"role", org::RoleName(q.role)},
                              {"from", q.from}, {"to", q.to}};
  if (q.id == 0) j.erase("id");  // not stored yet: the entry's subject names it
  return j.dump();
}

std::string SessionJson(const org::TrainingSession& s) {
  nlohmann::ordered_json j = {{"id", s.id},           {"unit", s.unit},
                              {"date", s.date},       {"topic", s.topic},
                              {"trainer", s.trainer}, {"induction", s.induction}};
  if (s.id == 0) j.erase("id");
  return j.dump();
}

// Applies the typed fields to `p`, normalising them.
Status ApplyFields(const PersonFields& f, org::Person* p) {
  if (f.name_hi) p->name_hi = CollapseSpaces(*f.name_hi);
  if (f.name_en) p->name_en = CollapseSpaces(*f.name_en);
  if (f.phone) {
    JANADHAR_ASSIGN_OR_RETURN(p->phone, org::NormalizePhone(*f.phone));
  }
  if (f.epic) {
    if (CollapseSpaces(*f.epic).empty()) {
      p->epic.clear();
    } else {
      JANADHAR_ASSIGN_OR_RETURN(p->epic, org::NormalizeEpic(*f.epic));
    }
  }
  if (f.joined) {
    JANADHAR_ASSIGN_OR_RETURN(p->joined, org::CheckDate(CollapseSpaces(*f.joined)));
  }
  if (f.came_from) p->came_from = CollapseSpaces(*f.came_from);
  if (f.unit) p->unit = CollapseSpaces(*f.unit);
  return Status::Ok();
}

Status CheckUnitExists(store::Store& store, const std::string& code) {
  return StoredUnit(store, code).status();
}

Result<std::string> DateOrToday(const std::string& date) {
  if (date.empty()) return org::Today();
  return org::CheckDate(date);
}

std::string Subject(const org::Person& p) {
  return "person " + std::to_string(p.id);
}

std::string Describe(const org::Person& p) {
  return Subject(p) + " (" + org::DisplayName(p) + ")";
}

std::string Departed(org::PersonStatus s) {  // "a person who left", "… was expelled"
  return s == org::PersonStatus::kExpelled ? "was expelled" : "left";
}

}  // namespace

org::AuditEntry AuditEntryBy(const OrgActor& actor, std::string action,
                             std::string subject, std::string before, std::string after,
                             std::string reason) {
  org::AuditEntry e;
  e.actor = actor.user.empty() ? "unknown" : actor.user;
  e.actor_unit = actor.unit;
  e.action = std::move(action);
  e.subject = std::move(subject);
  e.before = std::move(before);
  e.after = std::move(after);
  e.reason = std::move(reason);
  return e;
}

std::string PersonJson(const org::Person& p) {
  // The object as nlohmann::ordered_json would dump it, each value quoted by
  // the library, without building the object (an import makes 100,000).
  const auto quoted = [](std::string_view text) { return nlohmann::json(text).dump(); };
  std::string out = "{";
  if (p.id != 0) out += "\"id\":" + std::to_string(p.id) + ",";
  out += "\"name_hi\":" + quoted(p.name_hi);
  out += ",\"name_en\":" + quoted(p.name_en);
  out += ",\"phone\":" + quoted(p.phone);
  out += ",\"epic\":" + quoted(p.epic);
  out += ",\"joined\":" + quoted(p.joined);
  out += ",\"came_from\":" + quoted(p.came_from);
  out += ",\"status\":" + quoted(org::PersonStatusName(p.status));
  out += ",\"unit\":" + quoted(p.unit);
  out += "}";
  return out;
}

Result<org::Person> FindPerson(store::Store& store, const std::string& who) {
  const std::string text = CollapseSpaces(who);
  std::string id_text = text;
  if (!id_text.empty() && id_text[0] == '#') id_text.erase(0, 1);
  const bool digits = !id_text.empty() && id_text.size() <= 9 &&
                      std::all_of(id_text.begin(), id_text.end(),
                                  [](char c) { return c >= '0' && c <= '9'; });
  if (digits) {
    JANADHAR_ASSIGN_OR_RETURN(auto p, store.GetPerson(std::stoll(id_text)));
    if (!p) return Status::NotFound("no person " + id_text);
    return *p;
  }
  if (auto phone = org::NormalizePhone(text); phone.ok()) {
    JANADHAR_ASSIGN_OR_RETURN(auto p, store.FindPersonByPhone(*phone));
    if (!p) return Status::NotFound("no person has the phone " + *phone);
    return *p;
  }
  if (auto epic = org::NormalizeEpic(text); epic.ok()) {
    JANADHAR_ASSIGN_OR_RETURN(auto p, store.FindPersonByEpic(*epic));
    if (!p) return Status::NotFound("no person has the EPIC " + *epic);
    return *p;
  }
  return Status::InvalidArgument("'" + who +
                                 "' names no person: give a mobile number, an EPIC "
                                 "number or a person's id (#12)");
}

Result<org::Person> AddPerson(store::Store& store, const PersonFields& fields,
                              const OrgActor& actor) {
  org::Person p;
  p.joined = org::Today();
  if (!fields.phone) return Status::InvalidArgument("a person needs a phone number");
  if (!fields.unit) return Status::InvalidArgument("a person needs a unit");
  JANADHAR_RETURN_IF_ERROR(ApplyFields(fields, &p));
  JANADHAR_RETURN_IF_ERROR(org::CheckPerson(p));
  JANADHAR_RETURN_IF_ERROR(CheckUnitExists(store, p.unit));
  JANADHAR_ASSIGN_OR_RETURN(
      p.id, store.AddPerson(p, Entry(actor, "person.add", "", "", PersonJson(p))));
  return p;
}

Result<org::Person> EditPerson(store::Store& store, const std::string& who,
                               const PersonFields& changes, const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(org::Person before, FindPerson(store, who));
  org::Person p = before;
  JANADHAR_RETURN_IF_ERROR(ApplyFields(changes, &p));
  JANADHAR_RETURN_IF_ERROR(org::CheckPerson(p));
  if (p.unit != before.unit) JANADHAR_RETURN_IF_ERROR(CheckUnitExists(store, p.unit));
  JANADHAR_RETURN_IF_ERROR(store.UpdatePerson(
      p, {Entry(actor, "person.edit", Subject(p), PersonJson(before), PersonJson(p))}));
  return p;
}

Result<org::Person> RemovePerson(store::Store& store, const std::string& who,
                                 org::PersonStatus status, const std::string& date,
                                 const std::string& reason, const OrgActor& actor) {
  if (status == org::PersonStatus::kActive) {
    return Status::Internal("RemovePerson needs left or expelled");
  }
  JANADHAR_ASSIGN_OR_RETURN(std::string day, DateOrToday(date));
  JANADHAR_ASSIGN_OR_RETURN(org::Person before, FindPerson(store, who));
  if (before.status != org::PersonStatus::kActive) {
    return Status::FailedPrecondition(Describe(before) + " is already " +
                                      std::string(org::PersonStatusName(before.status)));
  }
  org::Person p = before;
  p.status = status;
  std::vector<org::AuditEntry> audit = {
      Entry(actor, status == org::PersonStatus::kLeft ? "person.leave" : "person.expel",
            Subject(p), PersonJson(before), PersonJson(p), reason)};
  JANADHAR_ASSIGN_OR_RETURN(auto posts, store.LoadPersonPosts(p.id, true));
  for (const org::Post& q : posts) {
    if (day < q.from) {
      return Status::InvalidArgument("the date " + day + " is before post " +
                                     std::to_string(q.id) + " began (" + q.from + ")");
    }
    org::Post ended = q;
    ended.to = day;
    audit.push_back(Entry(actor, "post.end", "post " + std::to_string(q.id), PostJson(q),
                          PostJson(ended), reason));
  }
  JANADHAR_RETURN_IF_ERROR(store.UpdatePerson(p, audit, day));
  return p;
}

Result<org::Person> ReadmitPerson(store::Store& store, const std::string& who,
                                  const std::string& reason, const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(org::Person before, FindPerson(store, who));
  if (before.status == org::PersonStatus::kActive) {
    return Status::FailedPrecondition(Describe(before) + " is active");
  }
  JANADHAR_ASSIGN_OR_RETURN(org::OrgSettings settings, LoadSettings(store));
  const std::string level(org::UnitLevelName(settings.readmit_level));
  const std::string status = Departed(before.status);
  if (actor.unit.empty()) {
    return Status::PermissionDenied(
        Describe(before) + " " + status + "; only a unit at " + level +
        " level or above may readmit them: say which "
        "unit you act for (--for UNIT) and why (--reason TEXT)");
  }
  if (CollapseSpaces(reason).empty()) {
    return Status::PermissionDenied("readmitting " + Describe(before) +
                                    " needs a reason for the record (--reason TEXT)");
  }
  JANADHAR_ASSIGN_OR_RETURN(auto acting, store.FindOrgUnit(actor.unit));
  if (!acting) return NoSuchUnit(store, actor.unit);
  if (static_cast<int>(acting->level) > static_cast<int>(settings.readmit_level)) {
    return Status::PermissionDenied(
        actor.unit + " is a " + std::string(org::UnitLevelName(acting->level)) +
        " unit; readmitting a person who " + status + " is for a unit at " + level +
        " level or above (the setting readmit.level)");
  }
  JANADHAR_ASSIGN_OR_RETURN(auto home, store.FindOrgUnit(before.unit));
  // The national unit is above every state's tree.
  bool contains = acting->level == org::UnitLevel::kNational;
  if (!contains && home && home->state == acting->state) {
    JANADHAR_ASSIGN_OR_RETURN(org::UnitTree tree, store.LoadOrgUnits(home->state));
    for (const int id : tree.PathToRoot(home->id)) contains |= id == acting->id;
  }
  if (!contains) {
    return Status::PermissionDenied(actor.unit + " does not contain " + before.unit +
                                    ", the unit of " + Describe(before) +
                                    "; a unit above it must readmit them");
  }
  org::Person p = before;
  p.status = org::PersonStatus::kActive;
  JANADHAR_RETURN_IF_ERROR(store.UpdatePerson(
      p, {Entry(actor, "person.readmit", Subject(p), PersonJson(before), PersonJson(p),
                CollapseSpaces(reason))}));
  return p;
}

Result<org::Post> AssignPost(store::Store& store, const std::string& who,
                             const std::string& unit, org::Role role,
                             const std::string& from, const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(org::Person p, FindPerson(store, who));
  JANADHAR_ASSIGN_OR_RETURN(std::string day, DateOrToday(from));
  if (p.status != org::PersonStatus::kActive) {
    return Status::FailedPrecondition(Describe(p) + " " + Departed(p.status) +
                                      " and holds no post unless readmitted");
  }
  JANADHAR_ASSIGN_OR_RETURN(auto u, store.FindOrgUnit(unit));
  if (!u) return NoSuchUnit(store, unit);
  const bool booth = u->level == org::UnitLevel::kBooth;
  if (booth != org::IsBoothRole(role)) {
    return Status::InvalidArgument(
        std::string("a ") + std::string(org::RoleWords(role)) + " is a post of " +
        (booth ? "a unit above the booth" : "a booth") + "; " + unit + " is a " +
        std::string(org::UnitLevelName(u->level)));
  }
  if (day < p.joined) {
    return Status::InvalidArgument("the post would begin on " + day + ", before " +
                                   Describe(p) + " joined (" + p.joined + ")");
  }
  if (!p.came_from.empty()) {
    JANADHAR_ASSIGN_OR_RETURN(auto sessions, store.LoadAttended(p.id));
    const bool inducted =
        std::any_of(sessions.begin(), sessions.end(),
                    [&](const auto& s) { return s.induction && s.date <= day; });
    if (!inducted) {
      return Status::FailedPrecondition(
          Describe(p) + " came from " + p.came_from +
          " and has not attended an induction session" +
          (sessions.empty() ? "" : " by " + day) +
          "; record it first (janadhar org training attend SESSION " + p.phone + ")");
    }
  }
  org::Post q;
  q.person = p.id;
  q.unit = unit;
  q.role = role;
  q.from = day;
  JANADHAR_ASSIGN_OR_RETURN(
      q.id, store.AddPost(q, Entry(actor, "post.assign", "", "", PostJson(q))));
  return q;
}

Result<org::Post> EndPost(store::Store& store, int64_t post, const std::string& to,
                          const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(std::string day, DateOrToday(to));
  JANADHAR_ASSIGN_OR_RETURN(auto q, store.GetPost(post));
  if (!q) return Status::NotFound("no post " + std::to_string(post));
  if (!q->to.empty()) {
    return Status::FailedPrecondition("post " + std::to_string(post) + " ended on " +
                                      q->to);
  }
  if (day < q->from) {
    return Status::InvalidArgument("post " + std::to_string(post) + " began on " +
                                   q->from + "; it cannot end before, on " + day);
  }
  org::Post ended = *q;
  ended.to = day;
  JANADHAR_RETURN_IF_ERROR(
      store.EndPost(post, day,
                    Entry(actor, "post.end", "post " + std::to_string(post), PostJson(*q),
                          PostJson(ended))));
  return ended;
}

Result<org::TrainingSession> AddTrainingSession(store::Store& store,
                                                org::TrainingSession session,
                                                const OrgActor& actor) {
  JANADHAR_ASSIGN_OR_RETURN(session.date, DateOrToday(session.date));
  session.topic = CollapseSpaces(session.topic);
  session.trainer = CollapseSpaces(session.trainer);
  if (session.topic.empty()) {
    session.topic = session.induction ? "Induction" : "";
    if (session.topic.empty()) return Status::InvalidArgument("a session needs a topic");
  }
  if (session.trainer.empty())
    return Status::InvalidArgument("a session needs a trainer");
  JANADHAR_RETURN_IF_ERROR(CheckUnitExists(store, session.unit));
  JANADHAR_ASSIGN_OR_RETURN(
      session.id, store.AddTrainingSession(session, Entry(actor, "training.session", "",
                                                          "", SessionJson(session))));
  return session;
}

Result<AttendanceReport> RecordAttendance(store::Store& store, int64_t session,
                                          const std::vector<std::string>& who,
                                          const OrgActor& actor) {
  AttendanceReport report;
  JANADHAR_ASSIGN_OR_RETURN(auto s, store.GetTrainingSession(session));
  if (!s) return Status::NotFound("no training session " + std::to_string(session));
  report.session = *s;
  if (who.empty())
    return Status::InvalidArgument("name at least one person who attended");
  std::vector<org::Person> people;
  for (const std::string& w : who) {
    JANADHAR_ASSIGN_OR_RETURN(org::Person p, FindPerson(store, w));
    people.push_back(std::move(p));
  }
  std::vector<int64_t> ids;
  std::vector<org::AuditEntry> audit;
  for (const org::Person& p : people) {
    JANADHAR_ASSIGN_OR_RETURN(auto attended, store.LoadAttended(p.id));
    const bool before = std::any_of(attended.begin(), attended.end(),
                                    [&](const auto& a) { return a.id == session; });
    if (before || std::find(ids.begin(), ids.end(), p.id) != ids.end()) {
      report.already.push_back(p);
      continue;
    }
    ids.push_back(p.id);
    report.added.push_back(p);
    nlohmann::ordered_json j = {{"session", session}, {"person", p.id}};
    audit.push_back(Entry(actor, "training.attend", Subject(p), "", j.dump()));
  }
  if (!ids.empty()) {
    JANADHAR_RETURN_IF_ERROR(store.AddAttendance(session, ids, audit).status());
  }
  return report;
}

}  // namespace janadhar::service
