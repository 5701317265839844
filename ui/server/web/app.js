// The field page: find an address as it is typed (suggestions from
// /api/search) or take a location (typed in any form the service reads,
// tapped on the map, or the phone's own), show the answer large and
// coloured, and record a prospect where the network cannot serve yet.
// Talks only to the service that served it.
// Everything from the data or an answer is shown as text (textContent, DOM
// nodes), never parsed as HTML.
"use strict";

const TEXT = {
  vi: {
    title: "Kiểm tra vùng phục vụ",
    address: "Địa chỉ",
    address_placeholder: "Ví dụ: 12 Ngô Quyền, Trần Phú",
    no_address_layer: "Dự án chưa có lớp địa chỉ: hãy nhập vĩ độ, kinh độ bên dưới hoặc chạm vào bản đồ.",
    no_address_placeholder: "Chưa có dữ liệu địa chỉ",
    no_match: "Không tìm thấy địa chỉ nào khớp",
    searching: "Đang tìm…",
    search_failed: "Không tìm được: {reason}",
    location: "Hoặc vị trí (vĩ độ, kinh độ)",
    technology: "Công nghệ",
    any: "Tất cả",
    use_location: "Dùng vị trí của tôi",
    check: "Kiểm tra",
    tap_hint: "Hoặc chạm vào bản đồ để chọn vị trí.",
    zone: "Khu vực",
    team: "Đơn vị phụ trách",
    nodes: "Node phục vụ vị trí này",
    node: "Node",
    tech_short: "CN",
    node_status: "Trạng thái",
    spare: "Cổng trống",
    record_title: "Ghi nhận khách hàng tiềm năng",
    record_hint: "Chưa bán được ở đây? Ghi lại để bộ phận kỹ thuật thấy nhu cầu.",
    customer_name: "Tên khách hàng",
    phone: "Số điện thoại",
    note: "Ghi chú (nhu cầu)",
    recorded_by: "Người ghi nhận",
    token: "Mã ghi nhận",
    record: "Ghi nhận",
    status_available: "CÓ THỂ BÁN",
    status_full: "HẾT CỔNG",
    status_planned: "ĐANG CÓ KẾ HOẠCH",
    status_not_covered: "NGOÀI VÙNG PHỤC VỤ",
    detail_available: "Node {node} còn {spare} cổng trống",
    detail_full: "Các node phục vụ vị trí này đã hết cổng",
    detail_planned: "Dự kiến sẵn sàng {date} (node {node})",
    detail_planned_nodate: "Đã có kế hoạch, chưa có ngày (node {node})",
    detail_not_covered: "Node gần nhất {node} cách {distance}",
    detail_nothing: "Chưa có node nào của công nghệ này",
    outside: "Ngoài các khu vực",
    live: "đang chạy",
    planned: "kế hoạch",
    unknown: "không rõ",
    none: "—",
    bad_location: "Nhập vĩ độ và kinh độ, ví dụ 21.2731, 106.2014 hoặc 21,2731 106,2014 hoặc 21°16'23\"N 106°12'05\"E",
    no_geolocation: "Không lấy được vị trí của máy: {reason}",
    geolocation_secure: "trình duyệt chỉ cho lấy vị trí qua https hoặc trên chính máy chủ",
    checking: "Đang kiểm tra…",
    failed: "Không kiểm tra được: {reason}",
    data_as_of: "Số liệu ngày {as_of} (phiên bản {version})",
    stale: "Chưa đọc được số liệu mới (lúc {at}); đang trả lời theo số liệu đọc trước đó.",
    recorded: "Đã ghi nhận: {id}",
    duplicate: "Đã ghi nhận trước đó: {id} (không lưu lần hai)",
    record_failed: "Chưa ghi nhận được: {reason}",
    queued: "Chưa gửi được ({reason}): đã lưu trên máy, sẽ tự gửi khi kết nối lại.",
    queue_title: "Đang chờ gửi ({count})",
    queue_item: "{tech} · {who} · ghi lúc {at}",
    queue_sent: "Đã gửi khách hàng đang chờ: {id}",
    queue_refused: "Máy chủ không nhận khách hàng đang chờ ({who}): {reason}",
    send_now: "Gửi ngay",
    no_name: "(không tên)",
    from_cache: "Không kết nối được máy chủ: đây là kết quả lưu trên máy, lấy lúc {at}.",
    offline_data: "Không có kết nối: số liệu ngày {as_of}, lưu lúc {at}",
    error_network: "không kết nối được máy chủ",
    error_token_missing: "cần nhập mã ghi nhận",
    error_token_wrong: "mã ghi nhận không đúng",
    error_role_forbidden: "tài khoản này không được ghi nhận khách hàng tiềm năng (chỉ bán hàng và kế hoạch)",
    error_recording_off: "máy chủ chưa bật ghi nhận khách hàng tiềm năng",
    error_location_servable: "vị trí này phục vụ được ngay, không cần ghi nhận",
    error_key_reused: "mã phiếu đã dùng cho khách hàng khác; hãy ghi nhận lại",
    error_store_unavailable: "máy chủ chưa lưu được lúc này",
    error_unknown_technology: "công nghệ này không có trong dự án",
    error_location_too_far: "vị trí nằm quá xa khu vực của dự án",
    error_busy: "máy chủ đang bận, hãy thử lại sau ít phút",
    error_server: "máy chủ gặp lỗi (mã {status})",
    zoom_in: "Phóng to để xem vùng phục vụ ({count} vùng trong khung nhìn).",
    coverage_legend: "Xanh lá: còn cổng · Cam: hết cổng · Xanh dương: kế hoạch",
  },
  en: {
    title: "Serviceability check",
    address: "Address",
    address_placeholder: "E.g. 12 Ngô Quyền, Trần Phú",
    no_address_layer: "This project has no address layer: type latitude and longitude below, or tap the map.",
    no_address_placeholder: "No address data",
    no_match: "No address matches",
    searching: "Searching…",
    search_failed: "Cannot search: {reason}",
    location: "Or a location (latitude, longitude)",
    technology: "Technology",
    any: "Any",
    use_location: "Use my location",
    check: "Check",
    tap_hint: "Or tap the map to pick a location.",
    zone: "Zone",
    team: "Responsible team",
    nodes: "Nodes covering this location",
    node: "Node",
    tech_short: "Tech",
    node_status: "Status",
    spare: "Spare ports",
    record_title: "Record a prospect",
    record_hint: "Could not sell here? Record it so the technical side sees the demand.",
    customer_name: "Customer name",
    phone: "Phone",
    note: "Note (need)",
    recorded_by: "Recorded by",
    token: "Recording token",
    record: "Record",
    status_available: "AVAILABLE",
    status_full: "FULL",
    status_planned: "PLANNED",
    status_not_covered: "NOT COVERED",
    detail_available: "Node {node} has {spare} spare ports",
    detail_full: "The nodes covering this location have no spare ports",
    detail_planned: "Expected ready {date} (node {node})",
    detail_planned_nodate: "Planned, no date yet (node {node})",
    detail_not_covered: "Nearest node {node} is {distance} away",
    detail_nothing: "No node of this technology yet",
    outside: "Outside every zone",
    live: "live",
    planned: "planned",
    unknown: "unknown",
    none: "—",
    bad_location: "Type latitude and longitude, e.g. 21.2731, 106.2014 or 21,2731 106,2014 or 21°16'23\"N 106°12'05\"E",
    no_geolocation: "Cannot get this device's location: {reason}",
    geolocation_secure: "browsers give the location only over https or on the server itself",
    checking: "Checking…",
    failed: "Cannot check: {reason}",
    data_as_of: "Data as of {as_of} (version {version})",
    stale: "The latest data could not be read (at {at}); answers come from the data read before.",
    recorded: "Recorded: {id}",
    duplicate: "Already recorded: {id} (not stored twice)",
    record_failed: "Not recorded: {reason}",
    queued: "Not sent ({reason}): kept on this phone, sent when the connection returns.",
    queue_title: "Waiting to be sent ({count})",
    queue_item: "{tech} · {who} · recorded {at}",
    queue_sent: "Sent a waiting prospect: {id}",
    queue_refused: "The service refused a waiting prospect ({who}): {reason}",
    send_now: "Send now",
    no_name: "(no name)",
    from_cache: "The service cannot be reached: this answer was saved on this phone, fetched {at}.",
    offline_data: "Offline: data as of {as_of}, saved {at}",
    error_network: "the service cannot be reached",
    error_token_missing: "the recording token is needed",
    error_token_wrong: "wrong recording token",
    error_role_forbidden: "this user may not record prospects (sales and planners may)",
    error_recording_off: "recording prospects is off on this service",
    error_location_servable: "this location can be served now: there is nothing to record",
    error_key_reused: "this prospect's key was used for another one; record it again",
    error_store_unavailable: "the service cannot store it now",
    error_unknown_technology: "the project has no such technology",
    error_location_too_far: "the location is too far from the project's area",
    error_busy: "the service is busy; try again in a few minutes",
    error_server: "the service failed (code {status})",
    zoom_in: "Zoom in to see coverage ({count} areas in view).",
    coverage_legend: "Green: spare ports · Orange: full · Blue: planned",
  },
};

const state = {
  lang: localStorage.getItem("coverplan-lang") || "vi",  // the sales staff's language; EN is one tap away
  answer: null,
  address: null,  // the address picked from the suggestions, shown with its answer
  marker: null,
  map: null,
  zonesLayer: null,
  coverageLayer: null,
  technologies: [],
  checksAsked: 0,  // answers arrive out of order on a phone: only the latest question's is shown
};

const $ = (id) => document.getElementById(id);
const t = (key, values = {}) =>
  (TEXT[state.lang][key] || key).replace(/\{(\w+)\}/g, (_, name) => (name in values ? values[name] : ""));

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = "Coverplan — " + t("title");
  for (const element of document.querySelectorAll("[data-i18n]")) element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll("[data-i18n-placeholder]")) element.placeholder = t(element.dataset.i18nPlaceholder);
  showSearchAvailability();
  $("lang").textContent = state.lang === "vi" ? "EN" : "VI";
  if (state.answer) showAnswer(state.answer);
  showMapNote();
  showDataNote();
  showQueue();
}

function formatNumber(value) {
  return new Intl.NumberFormat(state.lang === "vi" ? "vi-VN" : "en-GB").format(value);
}

function formatDistance(metres) {
  if (metres >= 1000) return formatNumber(Math.round(metres / 100) / 10) + " km";
  return formatNumber(Math.round(metres)) + " m";
}

/// A link's "#21.2653106,106.2019717[,ftth]" (the form this page writes) -> {lat, lon, tech}, or null.
function locationInLink(hash) {
  const parts = decodeURIComponent(hash.replace(/^#/, "")).split(",");
  if (parts.length < 2 || parts.length > 3) return null;
  const [lat, lon] = parts.slice(0, 2).map((part) => (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(part) ? Number(part) : NaN));
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  return { lat, lon, tech: (parts[2] || "").trim().toLowerCase() };
}

function checkLinkedLocation() {
  const linked = locationInLink(location.hash);
  if (!linked) return;
  if (state.technologies.includes(linked.tech)) $("tech").value = linked.tech;
  else if (!linked.tech) $("tech").value = "";
  check(linked.lat, linked.lon, true);
}

/// Fetches JSON; `seen`, when given, learns whether the answer came from the
/// phone's cache (the service worker, sw.js) and when it was fetched. A
/// refusal throws an Error with the service's status, parameter and code;
/// no answer at all throws one without a status.
async function getJson(url, options, seen) {
  let response;
  try {
    response = await fetch(url, options);
  } catch (_) {
    throw new Error(t("error_network"));
  }
  if (seen) {
    seen.cached = response.headers.get("X-Coverplan-From-Cache") === "1";
    seen.fetchedAt = response.headers.get("X-Coverplan-Fetched-At") || "";
  }
  noteDataVersion(response.headers);
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = { error: "HTTP " + response.status };
  }
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error : "HTTP " + response.status);
    error.parameter = body && body.parameter;
    error.code = body && body.code;
    error.status = response.status;
    error.message = errorText(error);
    throw error;
  }
  return body;
}

/// A refusal in the page's language: the service's code (or status) names
/// what went wrong; its English message is kept only for what the page does
/// not know.
function errorText(error) {
  if (error.code && TEXT[state.lang]["error_" + error.code]) return t("error_" + error.code);
  if (error.parameter === "tech" || error.parameter === "technology") return t("error_unknown_technology");
  if (error.status === 429 || error.status === 503) return t("error_busy");
  if (error.status >= 500) return t("error_server", { status: error.status });
  return error.message;
}

// Every answer says which data it comes from: the service rereads the data
// when it changes, so the page shows the version it is answering from.
function noteDataVersion(headers) {
  const version = headers.get("X-Coverplan-Data-Version");
  if (!version) return;
  state.data = { version, as_of: headers.get("X-Coverplan-As-Of") || "" };
  showDataNote();
}

function showDataNote() {
  const note = $("data-note");
  if (!note) return;
  const stale = state.health && state.health.status === "stale";
  const cached = state.healthSeen && state.healthSeen.cached;
  note.className = stale || cached ? "stale" : "";
  note.textContent = cached && state.data
                   ? t("offline_data", { as_of: formatDay(state.data.as_of), at: formatMoment(state.healthSeen.fetchedAt) })
                   : stale ? t("stale", { at: formatMoment(state.health.problem_at || "") })
                   : state.data ? t("data_as_of", { version: state.data.version, as_of: formatDay(state.data.as_of) }) : "";
}

function locale() {
  return state.lang === "vi" ? "vi-VN" : "en-GB";
}

// "2026-11-30" as the reader writes a date: 30/11/2026 in Vietnamese (and in British English).
function formatDay(iso) {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  if (!parts) return iso || "";
  return new Intl.DateTimeFormat(locale(), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3])));
}

// A moment ("2026-11-30T07:05:00Z") in the phone's time, as the reader writes it: "14:05 30/11/2026".
function formatMoment(iso) {
  const moment = new Date(iso);
  if (!iso || isNaN(moment)) return iso || "";
  return new Intl.DateTimeFormat(locale(), { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit",
                                             minute: "2-digit" }).format(moment);
}

async function followHealth() {
  try {
    const seen = {};
    state.health = await getJson("/healthz", undefined, seen);
    state.healthSeen = seen;
    showDataNote();
  } catch (_) {
    // The next answer tells; nothing to show for a missed poll.
  }
}

function statusDetail(answer) {
  const node = answer.serving_node || (answer.nearest_node && answer.nearest_node.node_id) || "";
  switch (answer.status) {
    case "available": {
      const serving = answer.nodes.find((n) => n.node_id === answer.serving_node);
      const spare = serving && serving.spare !== null ? formatNumber(serving.spare) : t("unknown");
      return t("detail_available", { node, spare });
    }
    case "full":
      return t("detail_full");
    case "planned":
      return answer.planned_date ? t("detail_planned", { node, date: formatDay(answer.planned_date) })
                                 : t("detail_planned_nodate", { node });
    default:
      return answer.nearest_node
        ? t("detail_not_covered", { node, distance: formatDistance(answer.nearest_node.distance_m) })
        : t("detail_nothing");
  }
}

function showAnswer(answer) {
  state.answer = answer;
  $("answer").hidden = false;
  const status = $("status");
  status.dataset.status = answer.status;
  showStatusLine(status, t("status_" + answer.status), answer.technology);
  $("answer-cache").textContent = state.answerSeen && state.answerSeen.cached
    ? t("from_cache", { at: formatMoment(state.answerSeen.fetchedAt) }) : "";
  $("answer-cache").hidden = !$("answer-cache").textContent;
  $("status-detail").textContent = statusDetail(answer);
  $("zone").textContent = answer.zone_id ? answer.zone_name + " (" + answer.zone_id + ")" : t("outside");
  const address = state.address;
  $("address-found").textContent = address ? addressLine(address) : "";
  $("address-found").hidden = $("address-found-label").hidden = !address;
  $("team").textContent = answer.team || t("none");

  const perTech = $("per-tech");
  perTech.replaceChildren();
  for (const one of answer.technologies || []) {
    const chip = document.createElement("span");
    chip.className = "chip";
    chip.dataset.status = one.status;
    chip.textContent = one.technology.toUpperCase() + ": " + t("status_" + one.status);
    chip.title = statusDetail(one);
    perTech.append(chip);
  }

  const rows = $("nodes").querySelector("tbody");
  rows.replaceChildren();
  for (const node of answer.nodes) {
    const row = document.createElement("tr");
    const cells = [node.node_id, (node.technology || "").toUpperCase(), t(node.status),
      node.spare === null ? t("unknown") : formatNumber(node.spare)];
    cells.forEach((text, i) => {
      const cell = document.createElement("td");
      cell.textContent = text;
      if (i === 3) cell.className = "number";
      row.append(cell);
    });
    rows.append(row);
  }
  $("nodes").hidden = answer.nodes.length === 0;
  $("nodes-title").hidden = answer.nodes.length === 0;
  showProspectForm(answer);
}

/// "NGOÀI VÙNG PHỤC VỤ · FTTH": the verdict's last word and the technology
/// are one unbreakable piece, so a narrow screen never leaves the
/// technology alone on a line.
function showStatusLine(element, verdict, technology) {
  if (!technology) {
    element.textContent = verdict;
    return;
  }
  const split = verdict.lastIndexOf(" ");
  const piece = document.createElement("span");
  piece.className = "nowrap";
  piece.textContent = verdict.slice(split + 1) + " · " + technology.toUpperCase();
  element.replaceChildren(verdict.slice(0, split + 1), piece);
}

/// Prospects are for technologies the location cannot get now.
function showProspectForm(answer) {
  const refusable = (s) => s === "full" || s === "not_covered";
  const choices = answer.technology
    ? (refusable(answer.status) ? [answer.technology] : [])
    : (answer.technologies || []).filter((one) => refusable(one.status)).map((one) => one.technology);
  const select = $("prospect-tech");
  const previous = select.value;
  select.replaceChildren(...choices.map((name) => new Option(name.toUpperCase(), name)));
  if (choices.includes(previous)) select.value = previous;
  $("prospect").hidden = choices.length === 0;
  $("record-result").textContent = "";
}

/// Checks a location; `focus` brings the map to it (typed, found or located,
/// not tapped); `address` is the address it was found as, if any.
async function check(lat, lon, focus = false, address = null) {
  $("where").value = lat.toFixed(6) + ", " + lon.toFixed(6);
  placeMarker(lat, lon, focus);
  await runCheck(new URLSearchParams({ lat: lat.toFixed(7), lon: lon.toFixed(7) }), focus, address);
}

/// Checks a location as typed: the service reads it (decimal commas,
/// degrees-minutes-seconds: the one parser the command line uses too).
async function checkTyped(text) {
  if (!text.trim()) {
    $("form-error").textContent = t("bad_location");
    return;
  }
  await runCheck(new URLSearchParams({ at: text }), true, null);
}

async function runCheck(params, focus, address) {
  $("form-error").textContent = "";
  const status = $("status");
  if (!$("answer").hidden) status.textContent = t("checking");
  if ($("tech").value) params.set("tech", $("tech").value);
  const asked = ++state.checksAsked;
  try {
    const seen = {};
    const answer = await getJson("/api/check?" + params, undefined, seen);
    if (asked !== state.checksAsked) return;  // a later tap or typed place is being answered
    const { lat, lon } = answer.location;
    $("where").value = lat.toFixed(6) + ", " + lon.toFixed(6);
    placeMarker(lat, lon, focus);
    state.address = address;
    state.answerSeen = seen;
    newProspect();
    showAnswer(answer);
    bringAnswerIntoView(focus);
    // The address bar now links to this answer: bookmark it, or send it to a colleague.
    history.replaceState(null, "", "#" + lat.toFixed(7) + "," + lon.toFixed(7) +
                         (params.has("tech") ? "," + params.get("tech") : ""));
  } catch (error) {
    if (asked !== state.checksAsked) return;
    if (!$("answer").hidden && state.answer) showAnswer(state.answer);  // not "checking…" for ever
    // The service's own words on an unreadable location are English: shown on the English page only.
    $("form-error").textContent = error.code === "location_unreadable"
      ? t("bad_location") + (state.lang === "en" ? " — " + error.message : "")
      : t("failed", { reason: error.message });
  }
}

/// On a phone the answer sits above the forms: status, zone, team and nodes
/// fit the screen from the top, so the page goes back there (and the
/// keyboard away) when the answer to a typed, found or linked place arrives.
/// Not for a tap on the map: the answer shows just under it, and the page
/// must not move under a finger that may already be elsewhere.
function bringAnswerIntoView(focus) {
  document.body.dataset.answered = "true";
  if (state.map) state.map.invalidateSize();
  if (!focus || !window.matchMedia("(max-width: 899px)").matches) return;
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  window.scrollTo(0, 0);
}

/// "12 Ngô Quyền, Phường Trần Phú, TP. Bắc Giang" (ward and district when known).
function addressLine(address) {
  return [address.text, address.ward, address.district].filter(Boolean).join(", ");
}

// Address search: suggestions as the user types, a moment after the last
// key (not one request per letter), the newest answer only.
const search = { timer: null, asked: 0, shown: [], active: -1 };

function showSearchAvailability() {
  const input = $("address");
  if (!input || !state.health) return;
  const available = state.health.addresses !== null && state.health.addresses !== undefined;
  input.disabled = !available;
  if (!available) {
    input.placeholder = t("no_address_placeholder");
    $("search-note").textContent = t("no_address_layer");
  }
}

function hideSuggestions() {
  $("suggestions").hidden = true;
  $("suggestions").replaceChildren();
  $("address").setAttribute("aria-expanded", "false");
  $("address").removeAttribute("aria-activedescendant");
  search.shown = [];
  search.active = -1;
}

function showSuggestions(found) {
  const list = $("suggestions");
  search.shown = found;
  search.active = -1;
  if (found.length === 0) {
    const item = document.createElement("li");
    item.className = "empty";
    item.textContent = t("no_match");
    list.replaceChildren(item);
  } else {
    list.replaceChildren(...found.map((address, i) => {
      const item = document.createElement("li");
      item.id = "suggestion-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      const text = document.createElement("span");
      text.className = "text";
      text.textContent = address.text;
      const where = document.createElement("span");
      where.className = "where";
      where.textContent = [address.ward, address.district].filter(Boolean).join(" · ");
      item.append(text, where);
      // pointerdown, before the input loses focus, so the list is still there to be picked from
      item.addEventListener("pointerdown", (event) => {
        event.preventDefault();
        pickAddress(i);
      });
      return item;
    }));
  }
  list.hidden = false;
  $("address").setAttribute("aria-expanded", "true");
}

function highlight(index) {
  const items = $("suggestions").querySelectorAll("li[role=option]");
  if (items.length === 0) return;
  search.active = (index + items.length) % items.length;
  items.forEach((item, i) => item.setAttribute("aria-selected", i === search.active ? "true" : "false"));
  $("address").setAttribute("aria-activedescendant", items[search.active].id);
  items[search.active].scrollIntoView({ block: "nearest" });
}

async function suggest() {
  const text = $("address").value;
  const asked = ++search.asked;
  if (!text.trim()) {
    hideSuggestions();
    $("search-note").textContent = "";
    return;
  }
  $("search-note").textContent = t("searching");
  try {
    const found = await getJson("/api/search?" + new URLSearchParams({ q: text, limit: "8" }));
    if (asked !== search.asked) return;  // the user typed on: a newer question is on its way
    $("search-note").textContent = "";
    showSuggestions(found);
  } catch (error) {
    if (asked !== search.asked) return;
    hideSuggestions();
    $("search-note").textContent = t("search_failed", { reason: error.message });
  }
}

function pickAddress(index) {
  const address = search.shown[index];
  if (!address) return;
  $("address").value = address.text;
  hideSuggestions();
  $("search-note").textContent = "";
  check(address.lat, address.lon, true, address);
}

function placeMarker(lat, lon, focus) {
  if (!state.map) return;
  if (state.marker) state.marker.setLatLng([lat, lon]);
  else state.marker = L.marker([lat, lon]).addTo(state.map);
  // Close enough to see the service areas around the customer.
  if (focus || !state.map.getBounds().contains([lat, lon])) state.map.setView([lat, lon], Math.max(state.map.getZoom(), 14));
}

/// The prospect's idempotency key: one per prospect as filled in, so a
/// double tap or a resend carries the same key and is stored once; a new
/// key once the form is changed or another place is checked.
function prospectKey() {
  if (!state.prospectKey) state.prospectKey = offline.uuid();
  return state.prospectKey;
}

function sendProspect(body) {
  const token = localStorage.getItem("coverplan-token") || "";
  return getJson("/api/leads", {
    method: "POST",
    // Percent-encoded: a browser sends no UTF-8 in a header, and a token may be any Unicode text.
    headers: { "Content-Type": "application/json", "X-Coverplan-Token-Encoded": encodeURIComponent(token) },
    body: JSON.stringify(body),
  });
}

function recordedText(recorded) {
  return t(recorded.status === "duplicate" ? "duplicate" : "recorded", { id: recorded.id });
}

/// Records the prospect on screen: queued first (so nothing typed is lost
/// if the connection is not there), then sent; it stays queued when the
/// service cannot be reached, and goes with the next flush.
async function recordProspect() {
  const answer = state.answer;
  const button = $("record");
  if (!answer || button.disabled) return;
  // A second tap does nothing until the form changes or another place is
  // checked: the prospect is recorded (or queued) once.
  button.disabled = true;
  const result = $("record-result");
  result.className = "";
  localStorage.setItem("coverplan-token", $("token").value.trim());
  localStorage.setItem("coverplan-recorded-by", $("recorded-by").value.trim());
  const body = {
    lat: answer.location.lat,
    lon: answer.location.lon,
    technology: $("prospect-tech").value,
    note: $("note").value.trim(),
    customer_name: $("customer-name").value.trim(),
    phone: $("phone").value.trim(),
    recorded_by: $("recorded-by").value.trim(),
    idempotency_key: prospectKey(),
  };
  offline.enqueue(body);
  showQueue();
  try {
    const outcome = await offline.sendOne({ key: body.idempotency_key, body }, sendProspect);
    if (outcome.sent) {
      result.textContent = recordedText(outcome.sent);
      result.className = "ok";
    } else if (outcome.waiting && outcome.error.status === undefined) {
      result.textContent = t("queued", { reason: outcome.error.message });
      result.className = "queued";
    } else {
      // Refused: the form stays as typed to be corrected (a prospect still
      // queued, say for a wrong token, goes again with the same key).
      result.textContent = t("record_failed", { reason: outcome.error.message });
      result.className = "error";
      offline.remove(body.idempotency_key);  // the user is here to correct it and tap again
      button.disabled = false;
      return;
    }
    for (const field of ["note", "customer-name", "phone"]) $(field).value = "";
    state.prospectKey = null;
  } finally {
    showQueue();
  }
}

/// The form was changed, or another place checked: the next tap records another prospect.
function newProspect() {
  state.prospectKey = null;
  $("record").disabled = false;
}

/// The prospects waiting on this phone, with a button to send them now.
function showQueue() {
  const waiting = offline.waiting();
  $("queue").hidden = waiting.length === 0;
  $("queue-title").textContent = t("queue_title", { count: formatNumber(waiting.length) });
  $("queue-list").replaceChildren(...waiting.map((item) => {
    const line = document.createElement("li");
    line.textContent = t("queue_item", { tech: (item.body.technology || "").toUpperCase(),
                                         who: item.body.customer_name || item.body.phone || t("no_name"),
                                         at: formatMoment(item.queued_at) });
    return line;
  }));
}

async function sendWaiting() {
  if (offline.waiting().length === 0) return;
  await offline.flush(sendProspect, (item, outcome) => {
    const who = item.body.customer_name || item.body.phone || t("no_name");
    if (outcome.sent) $("queue-note").textContent = t("queue_sent", { id: outcome.sent.id });
    else if (outcome.error.status !== undefined)
      $("queue-note").textContent = t("queue_refused", { who, reason: outcome.error.message });
  });
  showQueue();
}

function coverageStyle(feature) {
  const p = feature.properties;
  if (p.status === "planned") return { color: "#2563c9", weight: 1, dashArray: "4 3", fillOpacity: 0.12 };
  if (p.spare !== null && p.spare >= 1) return { color: "#1b873f", weight: 1, fillOpacity: 0.15 };
  return { color: "#d9730d", weight: 1, fillOpacity: 0.15 };
}

let coverageInfo = { count: 0, truncated: false };
function showMapNote() {
  $("map-note").textContent = coverageInfo.truncated
    ? t("zoom_in", { count: formatNumber(coverageInfo.count) })
    : t("coverage_legend");
}

let refreshTimer = null;
function refreshLayers() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(async () => {
    const b = state.map.getBounds();
    const clamp = (v, low, high) => Math.min(high, Math.max(low, v));
    const bbox = [clamp(b.getWest(), -180, 179.9), clamp(b.getSouth(), -90, 89.9),
      clamp(b.getEast(), -179.9, 180), clamp(b.getNorth(), -89.9, 90)].map((v) => v.toFixed(5)).join(",");
    const tech = $("tech").value;
    try {
      const [zones, coverage] = await Promise.all([
        getJson("/api/zones?max=3000&bbox=" + bbox),
        getJson("/api/coverage?bbox=" + bbox + (tech ? "&tech=" + encodeURIComponent(tech) : "")),
      ]);
      state.zonesLayer.clearLayers().addData(zones);
      state.coverageLayer.clearLayers().addData(coverage);
      coverageInfo = { count: coverage.count, truncated: coverage.truncated };
      showMapNote();
    } catch (error) {
      $("map-note").textContent = error.message;
    }
  }, 250);
}

/// A zone's name as a text node: Leaflet puts a string given as tooltip
/// content in as HTML, and names come from the operator's data.
function zoneLabel(properties) {
  const label = document.createElement("span");
  label.textContent = properties.zone_name + " (" + properties.zone_id + ")";
  return label;
}

function setUpMap(extent, basemap) {
  if (typeof L === "undefined") return;  // Leaflet missing on the server: the page works without a map
  state.map = L.map("map", { preferCanvas: true, zoomControl: true, attributionControl: false });
  // The project's own street tiles ([basemap]), from this service: no other server is reached.
  // Past the tileset's deepest zoom its tiles are enlarged; a little above its shallowest, shrunk.
  if (basemap) {
    const [west, south, east, north] = basemap.bounds;
    state.basemapLayer = L.tileLayer(basemap.tiles, {
      tileSize: basemap.tile_size, minNativeZoom: basemap.min_zoom, maxNativeZoom: basemap.max_zoom,
      minZoom: Math.max(0, basemap.min_zoom - 2), maxZoom: basemap.max_zoom + 3, bounds: [[south, west], [north, east]],
    }).addTo(state.map);
  }
  state.zonesLayer = L.geoJSON(null, {
    style: { color: "#56606a", weight: 1, fill: false },
    onEachFeature: (f, layer) => layer.bindTooltip(() => zoneLabel(f.properties), { sticky: true }),
    interactive: false,
  }).addTo(state.map);
  state.coverageLayer = L.geoJSON(null, { style: coverageStyle, interactive: false }).addTo(state.map);
  if (extent) state.map.fitBounds([[extent[1], extent[0]], [extent[3], extent[2]]]);
  else state.map.setView([21.03, 105.85], 10);
  state.map.on("moveend", refreshLayers);
  state.map.on("click", (event) => check(event.latlng.lat, event.latlng.lng));
  refreshLayers();
}

async function start() {
  $("lang").addEventListener("click", () => {
    state.lang = state.lang === "vi" ? "en" : "vi";
    localStorage.setItem("coverplan-lang", state.lang);
    applyLanguage();
  });
  $("check-form").addEventListener("submit", (event) => {
    event.preventDefault();
    checkTyped($("where").value);
  });
  $("address").addEventListener("input", () => {
    clearTimeout(search.timer);
    search.timer = setTimeout(suggest, 250);
  });
  $("address").addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      highlight(search.active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Escape") {
      hideSuggestions();
    }
  });
  $("address").addEventListener("blur", () => setTimeout(hideSuggestions, 150));
  $("search-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    // Enter: the highlighted suggestion, else the best match of what is typed.
    clearTimeout(search.timer);
    if (search.active < 0) await suggest();
    pickAddress(Math.max(search.active, 0));
  });
  $("locate").addEventListener("click", () => {
    if (!navigator.geolocation || !window.isSecureContext) {
      $("form-error").textContent = t("no_geolocation", { reason: t("geolocation_secure") });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => check(position.coords.latitude, position.coords.longitude, true),
      (error) => ($("form-error").textContent = t("no_geolocation", { reason: error.message })),
      { enableHighAccuracy: true, timeout: 15000 });
  });
  $("tech").addEventListener("change", () => {
    if (state.map) refreshLayers();
    if (state.answer) check(state.answer.location.lat, state.answer.location.lon, false, state.address);
  });
  $("record").addEventListener("click", recordProspect);
  for (const field of ["prospect-tech", "customer-name", "phone", "note", "token"])
    $(field).addEventListener("input", newProspect);
  $("send-queue").addEventListener("click", sendWaiting);
  // Waiting prospects go when the phone says it is back online, and every
  // 15 s anyway (a phone can be "online" on a network that reaches nothing).
  window.addEventListener("online", sendWaiting);
  setInterval(sendWaiting, 15000);
  offline.register();
  showQueue();
  $("token").value = localStorage.getItem("coverplan-token") || "";
  $("recorded-by").value = localStorage.getItem("coverplan-recorded-by") || "";
  applyLanguage();

  try {
    const seen = {};
    const health = await getJson("/healthz", undefined, seen);
    state.health = health;
    state.healthSeen = seen;
    showDataNote();
    showSearchAvailability();
    setInterval(followHealth, 60000);
    $("project").textContent = health.project;
    state.technologies = health.technologies;
    for (const name of health.technologies) $("tech").append(new Option(name.toUpperCase(), name));
    document.body.dataset.ready = "true";
    setUpMap(health.extent, health.basemap);
    checkLinkedLocation();
    window.addEventListener("hashchange", checkLinkedLocation);
    sendWaiting();
  } catch (error) {
    $("form-error").textContent = t("failed", { reason: error.message });
  }
}

start();
