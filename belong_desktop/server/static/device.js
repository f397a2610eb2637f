/* What the join page and the student page share: local storage, requests to the laptop,
 * the token cookie, and joining with a key made on this device.
 *
 * A join sends a random key, made once per join and kept in localStorage until the join
 * succeeded: when the laptop's reply is lost, the retry sends the same key and gets the
 * same participant back instead of a second one (also after a reload or a new scan).
 * When many devices join from one address (a school network behind one router) the
 * laptop may ask this one to wait (429 too_many_joins): the page says so and tries again
 * after the seconds it was told.
 * The cookie's name and lifetime come from the server (data attributes on <body>).
 * No build step, no libraries; written for old tablets (no ?. or ??). Defines one
 * global, Belong.
 */
var Belong = (function () {
  "use strict";

  var REQUEST_TIMEOUT_MS = 10000;
  var MAX_BACKOFF_MS = 15000;
  var JOIN_KEY = "belong.join_key";

  // -- local storage -----------------------------------------------------------------

  function readJSON(key) {
    try { return JSON.parse(window.localStorage.getItem(key) || "null"); }
    catch (e) { return null; }
  }
  function writeJSON(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); return true; }
    catch (e) { return false; }
  }
  function remove(key) {
    try { window.localStorage.removeItem(key); } catch (e) { /* private mode */ }
  }
  // Every key of ours ("belong.…") in one of the browser's stores.
  function removeOurs(store) {
    var keys = [];
    var i;
    for (i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key && key.indexOf("belong.") === 0) { keys.push(key); }
    }
    for (i = 0; i < keys.length; i++) { store.removeItem(keys[i]); }
  }
  // The session is over and everything reached the laptop: nothing of it stays in the
  // browser (participant and its token, drafts, unsent saves, join key, the cookie).
  function forgetAll() {
    try { removeOurs(window.localStorage); } catch (e) { /* private mode */ }
    try { removeOurs(window.sessionStorage); } catch (e) { /* private mode */ }
    clearCookie();
  }

  // -- the token cookie --------------------------------------------------------------

  var body = document.body;
  var COOKIE = body.getAttribute("data-cookie");
  var COOKIE_MAX_AGE = body.getAttribute("data-cookie-max-age");

  function setCookie(token) {
    document.cookie = COOKIE + "=" + token + "; path=/; SameSite=Strict; max-age=" + COOKIE_MAX_AGE;
  }
  function clearCookie() {
    document.cookie = COOKIE + "=; path=/; SameSite=Strict; max-age=0";
  }
  function hasCookie() {
    return (" " + document.cookie).indexOf(" " + COOKIE + "=") !== -1;
  }

  // -- requests ----------------------------------------------------------------------

  // ``auth``: { token: the participant's token or null, credentials: "same-origin" | "omit" }.
  // Resolves { status, data, retryAfter } for any HTTP answer (retryAfter: seconds, or 0);
  // rejects when the laptop was not reached.
  function api(method, path, data, auth) {
    var headers = { "Accept": "application/json" };
    if (auth.token) { headers["X-Belong-Token"] = auth.token; }
    var options = {
      method: method,
      headers: headers,
      credentials: auth.credentials,
      cache: "no-store"
    };
    if (data !== undefined) {
      headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(data);
    }
    var controller = window.AbortController ? new window.AbortController() : null;
    if (controller) {
      options.signal = controller.signal;
      window.setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    }
    return fetch(path, options).then(function (response) {
      var retryAfter = parseInt(response.headers.get("Retry-After") || "0", 10) || 0;
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, data: json, retryAfter: retryAfter };
      });
    });
  }

  // -- joining -----------------------------------------------------------------------

  var keptKey = null; // when localStorage cannot keep it, this page still can

  function randomKey() {
    var bytes = [];
    var i;
    var cryptoObject = window.crypto || window.msCrypto;
    if (cryptoObject && cryptoObject.getRandomValues && window.Uint8Array) {
      var random = new window.Uint8Array(16);
      cryptoObject.getRandomValues(random);
      for (i = 0; i < random.length; i++) { bytes.push(random[i]); }
    } else {
      for (i = 0; i < 16; i++) { bytes.push(Math.floor(Math.random() * 256)); }
    }
    return bytes.map(function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  // The key of the join under way: the one kept from an attempt whose reply never came,
  // or a new one. ``fresh`` starts a new join (another student) whatever was kept.
  function joinKey(fresh) {
    var kept = fresh ? null : (readJSON(JOIN_KEY) || keptKey);
    if (typeof kept === "string" && /^[0-9a-f]{32}$/.test(kept)) { return kept; }
    keptKey = randomKey();
    writeJSON(JOIN_KEY, keptKey);
    return keptKey;
  }
  function joinDone() {
    keptKey = null;
    remove(JOIN_KEY);
  }

  // Answers that mean "not now" rather than "no": the laptop sheds load (5xx, 503 busy)
  // or the request did not arrive whole in time (408 too_slow). The page tries again.
  function later(status) { return status >= 500 || status === 408; }

  // POST /api/join with ``request`` ({code} or {link}) and the join key; the laptop sets
  // the cookie. Network failures and 5xx are retried with backoff (``onWaiting`` is called
  // each time), and "wait, many are joining" after the seconds the laptop asks for
  // (``onBusy`` gets its sentence), so this resolves only with the laptop's answer:
  // { ok, status, data }.
  function join(request, options) {
    var key = joinKey(options.fresh);
    var backoff = 1000;
    var payload = { join_key: key };
    Object.keys(request).forEach(function (name) { payload[name] = request[name]; });

    function retryIn(seconds) {
      var delay = seconds * 1000 + Math.random() * 1000;
      return new Promise(function (resolve) { window.setTimeout(resolve, delay); }).then(attempt);
    }

    function attempt() {
      return api("POST", "/api/join", payload, { token: null, credentials: "same-origin" })
        .then(function (r) {
          if (later(r.status)) { throw new Error("server " + r.status); }
          if (r.status === 429 && r.data.code === "too_many_joins") {
            if (options.onBusy) { options.onBusy(r.data.detail || ""); }
            return retryIn(Math.max(1, r.retryAfter));
          }
          if (r.status === 200) { joinDone(); }
          return { ok: r.status === 200, status: r.status, data: r.data };
        })
        .catch(function () {
          if (options.onWaiting) { options.onWaiting(); }
          var delay = backoff + Math.random() * 500;
          backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
          return new Promise(function (resolve) { window.setTimeout(resolve, delay); })
            .then(attempt);
        });
    }
    return attempt();
  }

  return {
    MAX_BACKOFF_MS: MAX_BACKOFF_MS,
    readJSON: readJSON,
    writeJSON: writeJSON,
    remove: remove,
    forgetAll: forgetAll,
    setCookie: setCookie,
    clearCookie: clearCookie,
    hasCookie: hasCookie,
    api: api,
    later: later,
    join: join
  };
}());
