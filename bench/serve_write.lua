-- wrk script of bench/serve's write phase: POST /api/org/posts, each request
-- a distinct (person, booth) pair of the file in $JANADHAR_PAIRS ("person
-- booth" a line), in order, split between wrk's threads (thread i takes
-- lines i, i+T, i+2T, …); the bearer token in $JANADHAR_TOKEN. Each thread
-- keeps the post ids of the answers that were 200 and counts the others;
-- done() writes the ids to $JANADHAR_ACKED, one a line, and the counts to
-- stdout as "acked N", "refused N", "unsent N".
local threads = {}
local nthreads = tonumber(os.getenv("JANADHAR_WRK_THREADS"))

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  pairs_ = {}
  local i = 0
  for line in io.lines(os.getenv("JANADHAR_PAIRS")) do
    if i % nthreads == index then
      local person, booth = line:match("^(%S+) (%S+)$")
      pairs_[#pairs_ + 1] = '{"person":"#' .. person .. '","unit":"' .. booth ..
                            '","role":"polling_agent"}'
    end
    i = i + 1
  end
  next_ = 1
  acked = {}
  refused = 0
  unsent = 0
  headers_ = {["Content-Type"] = "application/json",
              ["Authorization"] = "Bearer " .. os.getenv("JANADHAR_TOKEN")}
end

function request()
  local body = pairs_[next_]
  if body == nil then  -- out of pairs: a GET that writes nothing
    unsent = unsent + 1
    return wrk.format("GET", "/api/health")
  end
  next_ = next_ + 1
  return wrk.format("POST", "/api/org/posts", headers_, body)
end

function response(status, headers, body)
  if status == 200 then
    local id = body:match('"id"%s*:%s*(%d+)')
    if id ~= nil then
      acked[#acked + 1] = id
    end
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local out = io.open(os.getenv("JANADHAR_ACKED"), "w")
  local n, bad, spare = 0, 0, 0
  for _, t in ipairs(threads) do
    for _, id in ipairs(t:get("acked")) do
      out:write(id, "\n")
      n = n + 1
    end
    bad = bad + t:get("refused")
    spare = spare + t:get("unsent")
  end
  out:close()
  io.write("acked ", n, "\nrefused ", bad, "\nunsent ", spare, "\n")
end
