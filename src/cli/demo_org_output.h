// The organisation part of `janadhar demo`'s output: the tree, the synthetic
// organisation and the coverage of Uttar Pradesh, least-covered districts
// first. Main thread only.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "service/demo.h"

namespace janadhar::cli {

void PrintDemoOrganisation(const service::DemoReport& r, std::ostream& out);
nlohmann::json DemoOrganisationJson(const service::DemoReport& r);

}  // namespace janadhar::cli
