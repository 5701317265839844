-- wrk script: GET /api/check, either at locations read from a CSV (X = longitude,
-- Y = latitude, then the technology; e.g. leads exported with ogr2ogr
-- -t_srs EPSG:4326 -lco GEOMETRY=AS_XY) or at random locations inside a box.
--   wrk -t2 -c50 -d30s --latency -s bench/wrk_check.lua URL -- points FILE.csv
--   wrk -t2 -c50 -d30s --latency -s bench/wrk_check.lua URL -- box SOUTH WEST NORTH EAST [TECH]
-- Each wrk thread draws its own reproducible sequence of locations.
local points = {}
local south, west, north, east, tech
local counter = 0
local next_point = 1

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(seed or 1)
  if args[1] == "points" then
    local file = assert(io.open(args[2], "r"))
    file:read("*l")  -- header
    for line in file:lines() do
      local x, y, t = line:match("^([^,]+),([^,]+),?([^,]*)")
      if x then points[#points + 1] = string.format("/api/check?lat=%s&lon=%s%s", y, x, t ~= "" and ("&tech=" .. t) or "") end
    end
    file:close()
    next_point = math.random(#points)
  else
    south = tonumber(args[2] or "21.15")
    west = tonumber(args[3] or "106.05")
    north = tonumber(args[4] or "21.45")
    east = tonumber(args[5] or "106.45")
    tech = args[6]
  end
end

function request()
  if #points > 0 then
    next_point = next_point % #points + 1
    return wrk.format("GET", points[next_point])
  end
  local lat = south + (north - south) * math.random()
  local lon = west + (east - west) * math.random()
  local path = string.format("/api/check?lat=%.6f&lon=%.6f", lat, lon)
  if tech then path = path .. "&tech=" .. tech end
  return wrk.format("GET", path)
end
