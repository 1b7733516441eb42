-- Mixed traffic for bench/scale-out.sh. The shell signs the demo users in first and passes their cookies and tokens
-- in environment variables; each request picks one of the routes below by weight.
local env = os.getenv
local caseworker = env("TIO_CASEWORKER_COOKIE")
local parent = env("TIO_PARENT_COOKIE")
local board = env("TIO_BOARD_COOKIE")
local signin_cookie = env("TIO_SIGNIN_COOKIE")
local signin_token = env("TIO_SIGNIN_TOKEN")
local message_cookie = env("TIO_MESSAGE_COOKIE")
local message_token = env("TIO_MESSAGE_TOKEN")
local case_id = env("TIO_CASE_ID")
local child_case = env("TIO_FAMILY_CASE_ID")

local form = "application/x-www-form-urlencoded"
local routes = {
  -- weight, method, path, cookie, body, name
  { 4, "GET", "/cases/" .. case_id, caseworker, nil, "case" },
  { 3, "GET", "/work", caseworker, nil, "work" },
  { 3, "GET", "/family", parent, nil, "family" },
  { 2, "GET", "/family/cases/" .. child_case, parent, nil, "family-case" },
  { 2, "GET", "/dashboard", board, nil, "dashboard" },
  { 4, "GET", "/openreferral/services?per_page=20", nil, nil, "oruk" },
  { 2, "GET", "/local-offer?q=autism", nil, nil, "local-offer" },
  { 1, "POST", "/sign-in", signin_cookie,
    "Email=caseworker%40northshire.example&Password=Demo-password-1&__RequestVerificationToken=" .. signin_token, "sign-in" },
  { 1, "POST", "/cases/" .. case_id .. "/messages?handler=Send", message_cookie,
    "topic=General&body=Load+test+message&__RequestVerificationToken=" .. message_token, "message" },
}
local total = 0
for _, r in ipairs(routes) do total = total + r[1] end

local threads = {}
function setup(thread) table.insert(threads, thread) end

-- wrk calls request() and response() without telling which request a response answers (several connections share a
-- thread), so routes are counted as sent and errors by status only; the shell counts messages in the database.
function init(args)
  counts = {}
  errors = {}
end

function request()
  local pick = math.random(total)
  for _, r in ipairs(routes) do
    pick = pick - r[1]
    if pick <= 0 then
      counts[r[6]] = (counts[r[6]] or 0) + 1
      local headers = {}
      if r[4] then headers["Cookie"] = r[4] end
      if r[5] then headers["Content-Type"] = form end
      return wrk.format(r[2], r[3], headers, r[5])
    end
  end
end

function response(status, headers, body)
  -- A message or a sign-in answers 302 when it worked, a page 200: anything 4xx or 5xx is an error.
  if status >= 400 then
    errors[tostring(status)] = (errors[tostring(status)] or 0) + 1
  end
end

function done(summary, latency, requests)
  local by_route, by_error = {}, {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts") or {}) do by_route[k] = (by_route[k] or 0) + v end
    for k, v in pairs(t:get("errors") or {}) do by_error[k] = (by_error[k] or 0) + v end
  end
  io.write("\n--- scale-out summary ---\n")
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("socket_errors connect=%d read=%d write=%d timeout=%d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("http_errors %d\n", summary.errors.status))
  io.write(string.format("p50_ms %.1f\np99_ms %.1f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  for k, v in pairs(by_route) do io.write(string.format("sent %s %d\n", k, v)) end
  for k, v in pairs(by_error) do io.write(string.format("status %s %d\n", k, v)) end
end
