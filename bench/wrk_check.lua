-- wrk script: GET /api/check at random locations inside a box.
--   wrk -t2 -c50 -d20s --latency -s bench/wrk_check.lua URL -- SOUTH WEST NORTH EAST [TECH]
-- Each wrk thread draws its own reproducible sequence of locations.
local south, west, north, east, tech
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  south = tonumber(args[1] or "21.15")
  west = tonumber(args[2] or "106.05")
  north = tonumber(args[3] or "21.45")
  east = tonumber(args[4] or "106.45")
  tech = args[5]
  math.randomseed(seed or 1)
end

function request()
  local lat = south + (north - south) * math.random()
  local lon = west + (east - west) * math.random()
  local path = string.format("/api/check?lat=%.6f&lon=%.6f", lat, lon)
  if tech then path = path .. "&tech=" .. tech end
  return wrk.format("GET", path)
end
