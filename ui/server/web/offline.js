// What lets the field page work on a weak connection, apart from its looks
// (app.js draws them): the service worker that keeps the page and the last
// answers (sw.js), and the queue of prospects recorded while the service
// could not be reached. Each prospect carries an idempotency key made on the
// phone, so sending it again (a retry, a double tap, an answer lost on the
// way back) stores it once: the service answers a repeated key with the
// prospect it stored first.
"use strict";

const offline = (() => {
  const QUEUE_KEY = "coverplan-queue";

  /// A random (version 4) UUID; crypto.randomUUID exists only on https and localhost.
  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /// The prospects waiting to be sent, oldest first: {key, body, queued_at}.
  function waiting() {
    try {
      const list = JSON.parse(localStorage.getItem(QUEUE_KEY) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (_) {
      return [];
    }
  }

  function save(list) {
    localStorage.setItem(QUEUE_KEY, JSON.stringify(list));
  }

  /// Queues `body` under its idempotency key, once however often it is asked.
  function enqueue(body) {
    const list = waiting();
    if (!list.some((item) => item.key === body.idempotency_key))
      list.push({ key: body.idempotency_key, body, queued_at: new Date().toISOString() });
    save(list);
  }

  function remove(key) {
    save(waiting().filter((item) => item.key !== key));
  }

  /// Whether a failed send may succeed later: no answer at all (no
  /// connection), the service busy or failing, or a token the user can
  /// still correct. Any other refusal is final.
  function worthRetrying(error) {
    return error.status === undefined || error.status >= 500 || error.status === 408 || error.status === 429 ||
           error.status === 401 || error.status === 403;
  }

  /// Sends one queued prospect with `send(body)` (which throws an Error with
  /// .status for an HTTP refusal, without for no answer). Returns
  /// {sent: answer} or {error, waiting: whether it stays queued}.
  async function sendOne(item, send) {
    try {
      const answer = await send(item.body);
      remove(item.key);
      return { sent: answer };
    } catch (error) {
      const keep = worthRetrying(error);
      if (!keep) remove(item.key);
      return { error, waiting: keep };
    }
  }

  let flushing = null;
  /// Sends every queued prospect in turn; one flush at a time (a second
  /// call while one runs waits for it). `each(item, outcome)` hears each.
  function flush(send, each) {
    if (!flushing)
      flushing = (async () => {
        try {
          for (const item of waiting()) {
            const outcome = await sendOne(item, send);
            each(item, outcome);
            if (outcome.waiting && outcome.error.status === undefined) break;  // still no connection: try later
          }
        } finally {
          flushing = null;
        }
      })();
    return flushing;
  }

  /// Installs the service worker (browsers allow it on https and on the
  /// server's own machine; elsewhere the page works online as before).
  function register() {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return false;
    navigator.serviceWorker.register("/sw.js").catch(() => {});
    return true;
  }

  return { uuid, waiting, enqueue, remove, sendOne, flush, register };
})();
