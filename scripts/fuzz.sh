#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for N seconds (default
# 30), seeded with the shipped data. A crash leaves its input in fuzz-corpus/
# and fails the script.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
scripts/install-deps.sh clang libclang-rt-14-dev
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJANADHAR_FUZZ=ON -DJANADHAR_TESTS=OFF >/dev/null
cmake --build build-fuzz

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(csv results_file geography_files form20_file booths_long_file column_map
           turnout_file scenario_file region_file roster_file units_file)
fi

seed() {  # seed corpus for a target
  local name=$1 dir=fuzz-corpus/$1
  mkdir -p "$dir"
  [ -n "$(ls -A "$dir")" ] && return
  case $name in
    form20_file)
      for f in 1 102 145 403; do zcat data/ls2014/form20-up/$f.csv.gz > "$dir/$f.csv"; done ;;
    results_file|csv)
      head -n 40 data/ls2014/candidates.csv > "$dir/candidates.csv" ;;
    geography_files)
      head -n 40 data/reference/ac-pc-2008.csv > "$dir/ac-pc.csv"
      head -n 40 data/reference/ac-electors-2014.csv > "$dir/electors.csv" ;;
    booths_long_file)
      # (zcat stops early when head has its lines: not an error)
      { zcat data/ls2014/booths-long-gujarat-pc1.csv.gz || true; } | head -n 60 > "$dir/long.csv" ;;
    turnout_file)
      head -n 40 data/ls2014/pc-turnout.csv > "$dir/turnout.csv" ;;
    region_file)
      head -n 40 data/reference/up-ac-districts.csv > "$dir/up.csv"
      printf 'State,PC No,Zone\nUttar Pradesh,1,West\nBihar,1,North\n' > "$dir/pc.csv" ;;
    roster_file)
      cp data/examples/roster.csv "$dir/roster.csv"
      printf 'नाम\tमोबाइल\tइकाई\tपद\nराम कुमार\t98765 43210\tS24/AC173/B45A\tबूथ अध्यक्ष\n' > "$dir/tabs.csv" ;;
    units_file)
      cp data/examples/units.csv "$dir/units.csv"
      printf 'code;parent;level;name;state;ac;part\nS24;;state;UP;UP;;\nS24/AC173/B12;S24/AC173/SK3;booth;School;S24;173;12a\n' > "$dir/semicolons.csv" ;;
    column_map)
      printf 'delimiter = ";"\nheader = false\n[columns]\nstate = 4\nvotes = "Votes"\n' > "$dir/map.toml"
      printf '{"delimiter": ",", "columns": {"party": 2}}' > "$dir/map.json" ;;
    scenario_file)
      cat > "$dir/scenario.toml" <<'TOML'
base = "ls2014"
simulations = 100000
seed = 7
majority = 272
threads = 0
swing_mode = "uniform"
[sigma]
national = 2.0
state = 2.0
seat = 3.0
[swings]
BJP = -3.0
INC = 2.5
"Samajwadi Party" = 1
[swings.S24]
SP = 4.0
[[alliance]]
name = "UPA"
parties = ["INC", "RJD", "NCP"]
transfer = 0.8
transfer_from = { RJD = 0.9 }
fielded = { "S04-5" = "RJD", "S24:Varanasi" = "INC" }
[[alliance]]
name = "NDA"
parties = ["BJP", "AD"]
[swings.UP.WEST]
RLD = 2.5
[[regions]]
file = "up.csv"
state = "UP"
column = "SUB_REGION"
TOML
      printf 'base = "ls2014"\n' > "$dir/short.toml" ;;
  esac
}

for t in "${targets[@]}"; do
  seed "$t"
  echo "== fuzz_$t for ${seconds}s =="
  max_len=8192
  [ "$t" = form20_file ] && max_len=65536  # a header and a few rows of a wide file
  build-fuzz/src/importers/fuzz/fuzz_$t -max_total_time="$seconds" -max_len=$max_len \
    -print_final_stats=1 -artifact_prefix="fuzz-corpus/$t-" "fuzz-corpus/$t" 2>&1 |
    grep -E "stat::number_of_executed_units|ERROR|SUMMARY|crash" || true
  if compgen -G "fuzz-corpus/$t-crash-*" >/dev/null || compgen -G "fuzz-corpus/$t-leak-*" >/dev/null ||
     compgen -G "fuzz-corpus/$t-timeout-*" >/dev/null; then
    echo "fuzz_$t found a problem: see fuzz-corpus/$t-*"; exit 1
  fi
done
