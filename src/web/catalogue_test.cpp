// The message catalogues (assets/i18n/en.json and hi.json): the same keys in
// both, every message non-empty, and every key the app's JavaScript asks for
// (t("key") or t('key')) present in both. A missing translation fails here,
// not in front of a district president.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "web/assets.h"

namespace janadhar::web {
namespace {

nlohmann::json Catalogue(const char* path) {
  const Asset* a = FindAsset(path);
  if (a == nullptr) return nullptr;
  return nlohmann::json::parse(a->bytes, nullptr, /*allow_exceptions=*/false);
}

// Keys used by the JavaScript: t("…") and t('…') with a literal key.
std::set<std::string> KeysUsedByScripts() {
  static const std::regex call(R"re(\bt\(\s*["']([A-Za-z0-9_.\-]+)["'])re");
  std::set<std::string> keys;
  for (const Asset& a : AllAssets()) {
    if (!a.path.ends_with(".js")) continue;
    const std::string text(a.bytes);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), call);
         it != std::sregex_iterator(); ++it) {
      keys.insert((*it)[1].str());
    }
  }
  return keys;
}

// Keys the HTML names in data-i18n="…" attributes.
std::set<std::string> KeysUsedByHtml() {
  static const std::regex attr(R"re(data-i18n="([A-Za-z0-9_.\-]+)")re");
  std::set<std::string> keys;
  const Asset* a = FindAsset("index.html");
  if (a == nullptr) return keys;
  const std::string text(a->bytes);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), attr);
       it != std::sregex_iterator(); ++it) {
    keys.insert((*it)[1].str());
  }
  return keys;
}

TEST(WebCatalogue, BothLanguagesParseAsFlatObjectsOfText) {
  for (const char* path : {"i18n/en.json", "i18n/hi.json"}) {
    SCOPED_TRACE(path);
    const nlohmann::json c = Catalogue(path);
    ASSERT_TRUE(c.is_object()) << "not a JSON object";
    EXPECT_GT(c.size(), 50u);
    for (const auto& [key, value] : c.items()) {
      ASSERT_TRUE(value.is_string()) << key;
      EXPECT_FALSE(value.get<std::string>().empty()) << key;
    }
  }
}

TEST(WebCatalogue, EnglishAndHindiHaveTheSameKeys) {
  const nlohmann::json en = Catalogue("i18n/en.json");
  const nlohmann::json hi = Catalogue("i18n/hi.json");
  ASSERT_TRUE(en.is_object() && hi.is_object());
  for (const auto& [key, value] : en.items()) {
    EXPECT_TRUE(hi.contains(key)) << "hi.json lacks '" << key << "'";
  }
  for (const auto& [key, value] : hi.items()) {
    EXPECT_TRUE(en.contains(key)) << "en.json lacks '" << key << "'";
  }
}

TEST(WebCatalogue, HindiIsInDevanagari) {
  const nlohmann::json hi = Catalogue("i18n/hi.json");
  ASSERT_TRUE(hi.is_object());
  int devanagari = 0;
  for (const auto& [key, value] : hi.items()) {
    // U+0900–U+097F is E0 A4 80 – E0 A5 BF in UTF-8.
    const std::string s = value.get<std::string>();
    if (s.find("\xE0\xA4") != std::string::npos ||
        s.find("\xE0\xA5") != std::string::npos) {
      ++devanagari;
    }
  }
  EXPECT_GT(devanagari * 10, static_cast<int>(hi.size()) * 9)
      << "fewer than 90% of the Hindi messages have Devanagari in them";
}

TEST(WebCatalogue, EveryKeyTheAppUsesIsInBothLanguages) {
  const nlohmann::json en = Catalogue("i18n/en.json");
  const nlohmann::json hi = Catalogue("i18n/hi.json");
  ASSERT_TRUE(en.is_object() && hi.is_object());
  std::set<std::string> used = KeysUsedByScripts();
  ASSERT_GT(used.size(), 50u) << "the regex finds too few t(\"…\") calls";
  for (const std::string& k : KeysUsedByHtml()) used.insert(k);
  for (const std::string& key : used) {
    EXPECT_TRUE(en.contains(key)) << "en.json lacks '" << key << "', used by the app";
    EXPECT_TRUE(hi.contains(key)) << "hi.json lacks '" << key << "', used by the app";
  }
}

}  // namespace
}  // namespace janadhar::web
