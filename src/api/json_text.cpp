#include "api/json_text.h"

namespace janadhar::api {

void AppendJsonObject(std::string& out, std::initializer_list<JsonField> fields,
                      bool first) {
  out += first ? "[\n    {" : ",\n    {";
  bool first_field = true;
  for (const JsonField& f : fields) {
    out += first_field ? "\n      " : ",\n      ";
    first_field = false;
    out += nlohmann::json(f.key).dump();
    out += ": ";
    switch (f.type) {
      case JsonField::Type::kNull: out += "null"; break;
      case JsonField::Type::kInt: out += std::to_string(f.integer); break;
      case JsonField::Type::kNumber: out += nlohmann::json(f.number).dump(); break;
      case JsonField::Type::kString:
        out += nlohmann::json(f.text).dump(-1, ' ', false,
                                           nlohmann::json::error_handler_t::replace);
        break;
    }
  }
  out += "\n    }";
}

void CloseJsonArray(std::string& out) {
  out += out.empty() ? "[]" : "\n  ]";
}

std::string DumpWithMembers(const nlohmann::json& doc, const JsonTextMembers& members,
                            int indent) {
  std::string text =
      doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
  const bool pretty = indent >= 0;
  for (const auto& [key, value] : members) {
    text.pop_back();  // the closing brace
    while (!text.empty() && text.back() == '\n') text.pop_back();
    const bool empty = text.back() == '{';
    if (pretty) {
      text += empty ? "\n" : ",\n";
      text += std::string(static_cast<std::size_t>(indent), ' ');
    } else if (!empty) {
      text += ",";
    }
    text += nlohmann::json(key).dump() + (pretty ? ": " : ":") + value +
            (pretty ? "\n}" : "}");
  }
  return text;
}

}  // namespace janadhar::api
