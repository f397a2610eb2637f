/* The student page's script: follow the counsellor, keep every keystroke, send when possible.
 *
 * Everything typed is written to localStorage at once and sent to the laptop a few seconds
 * later (a draft) or when the student presses Send. Each save carries a revision number,
 * so a retry or an old save arriving late can never overwrite something newer. When the
 * laptop cannot be reached, the page says so calmly and retries with backoff. Storage,
 * requests, the cookie and joining come from device.js (Belong), loaded first.
 * No build step, no libraries; written for old tablets (no ?. or ??).
 */
(function () {
  "use strict";

  var B = window.Belong;
  var app = document.getElementById("app");
  var T = JSON.parse(document.getElementById("texts").textContent);
  var state = JSON.parse(document.getElementById("initial-state").textContent);

  var PARTICIPANT_KEY = "belong.participant"; // wiped by "next student" and resets
  var DRAFT_DELAY_MS = 2500;
  var POLL_MS = 2000;
  var MAX_BACKOFF_MS = B.MAX_BACKOFF_MS;

  function $(id) { return document.getElementById(id); }
  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  }

  // -- local storage -----------------------------------------------------------------

  var readJSON = B.readJSON;
  var writeJSON = B.writeJSON;

  var token = app.dataset.token;
  var link = app.dataset.link;
  var me = { token: token, credentials: "same-origin" };

  var ORPHAN_KEY = "belong.unsent"; // an earlier participant's unsent answers on this device
  var local = readJSON(PARTICIPANT_KEY);
  if (local && local.token !== token && hasPending(local)) {
    // This device was given a new participant (a new scan, a lost cookie) while the old
    // one still had unsent answers: keep them aside and send them under the old token.
    writeJSON(ORPHAN_KEY, local);
  }
  if (!local || local.token !== token) {
    local = { token: token, pid: state.participant_id, epoch: state.session.epoch, answers: {} };
  }
  // The server's copy fills in what this device does not have (another browser tab,
  // or localStorage cleared); the device's own newer copy wins.
  state.answers.forEach(function (a) {
    var mine = local.answers[a.step_id];
    if (!mine || mine.rev < a.revision) {
      local.answers[a.step_id] = {
        text: a.draft !== null ? a.draft : a.text,
        sentText: a.text,
        choice: a.choice,
        share: a.share,
        rev: a.revision,
        ackRev: a.revision,
        sendRev: 0,
        status: a.status,
        late: a.status === "draft_at_close"
      };
    }
  });
  saveLocal();
  ensureCookie();

  function saveLocal() {
    var ended = state.session.state === "ended" || state.session.state === "exported";
    if (!ended || pendingSteps().length) { writeJSON(PARTICIPANT_KEY, local); }
  }
  function ensureCookie() {
    if (!B.hasCookie()) { B.setCookie(token); }
  }
  function answerFor(stepId) {
    if (!local.answers[stepId]) {
      local.answers[stepId] = {
        text: "", sentText: null, choice: null, share: null,
        rev: 0, ackRev: 0, sendRev: 0, status: null, late: false
      };
    }
    return local.answers[stepId];
  }
  function pendingIn(data) {
    return Object.keys(data.answers || {}).filter(function (id) {
      var a = data.answers[id];
      return a.rev > a.ackRev && !a.refused;
    });
  }
  function hasPending(data) { return pendingIn(data).length > 0; }
  function pendingSteps() { return pendingIn(local); }

  // -- network -----------------------------------------------------------------------

  var online = true;
  var backoff = 1000;
  var syncTimer = null;
  var syncing = false;

  function setOnline(value) {
    if (online === value) { return; }
    online = value;
    var net = $("net");
    if (!value) {
      net.textContent = pendingSteps().length ? T.offline : T.offline_idle;
      net.hidden = false;
    } else {
      net.textContent = T.online_again;
      net.hidden = false;
      window.setTimeout(function () { if (online) { net.hidden = true; } }, 3000);
    }
    render();
  }

  function scheduleSync(delay) {
    if (syncTimer !== null) { window.clearTimeout(syncTimer); }
    syncTimer = window.setTimeout(function () { syncTimer = null; sync(); }, delay);
  }

  // The request that brings the laptop up to date with one answer: a pressed Send first
  // (with the text as it was then), else the newest draft.
  function requestFor(a) {
    var submitting = a.sendRev > a.ackRev;
    var body = { revision: submitting ? a.sendRev : a.rev, submit: submitting };
    if (a.choice !== null && a.choice !== undefined && a.kind === "poll") {
      body.choice = a.choice;
    } else {
      body.text = submitting ? a.sendText : a.text;
      if (a.kind === "letter" && a.share !== null && a.share !== undefined) {
        body.share = a.share;
      }
    }
    return body;
  }

  function sync() {
    if (syncing) { return Promise.resolve(); }
    var ids = pendingSteps();
    if (!ids.length) { return Promise.resolve(); }
    syncing = true;
    var id = ids[0];
    var a = local.answers[id];
    var body = requestFor(a);
    var submitting = body.submit;
    var revision = body.revision;
    return B.api("PUT", "/api/answers/" + encodeURIComponent(id), body, me).then(function (r) {
      syncing = false;
      // 410: the laptop is starting up again and not yet open to devices; try again.
      if (r.status >= 500 || r.status === 410) { throw new Error("server " + r.status); }
      setOnline(true);
      backoff = 1000;
      if (r.status === 200) {
        var ack = r.data.answer;
        a.ackRev = Math.max(a.ackRev, revision);
        a.status = ack.status;
        a.sentText = ack.text;
        a.late = r.data.late;
        if (submitting && a.sendRev === revision) { a.sendRev = 0; }
      } else {
        a.refused = r.data.code || String(r.status);
        a.refusedDetail = r.data.detail || "";
      }
      saveLocal();
      if (!pendingSteps().length && $("net").textContent === T.offline) { $("net").hidden = true; }
      render();
      if (pendingSteps().length) { scheduleSync(0); }
    }).catch(function () {
      syncing = false;
      setOnline(false);
      scheduleSync(backoff + Math.random() * 500);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    });
  }

  function flushOrphan() {
    var orphan = readJSON(ORPHAN_KEY);
    var ids = orphan ? pendingIn(orphan) : [];
    if (!ids.length) {
      B.remove(ORPHAN_KEY);
      return;
    }
    var a = orphan.answers[ids[0]];
    var body = requestFor(a);
    // The old token, and not this participant's cookie.
    var them = { token: orphan.token, credentials: "omit" };
    B.api("PUT", "/api/answers/" + encodeURIComponent(ids[0]), body, them).then(function (r) {
      if (r.status >= 500 || r.status === 410) { throw new Error("later"); }
      // Stored, or refused for good (e.g. the old session is not served here): done.
      a.ackRev = Math.max(a.ackRev, body.revision);
      if (body.submit) { a.sendRev = 0; }
      if (r.status !== 200) { a.refused = String(r.status); }
      writeJSON(ORPHAN_KEY, orphan);
      flushOrphan();
    }).catch(function () { window.setTimeout(flushOrphan, MAX_BACKOFF_MS); });
  }

  // -- following the counsellor ------------------------------------------------------

  var shownKey = null;
  var pollTimer = null;
  var source = null;
  var resetting = false;

  function applyPublic(publicState) {
    state.session = publicState.session;
    state.step = publicState.step;
    if (publicState.session.epoch > local.epoch) { startOver(true); return; }
    render();
  }

  function refreshState() {
    return B.api("GET", "/api/state", undefined, me).then(function (r) {
      if (r.status === 200) {
        setOnline(true);
        if (r.data.reset) { startOver(true); return; }
        applyPublic(r.data);
      } else if (r.status === 401 || r.status === 410) {
        // The laptop no longer serves this session (it ended, or a new one started):
        // stop asking, and show the end with the way to the next code.
        setOnline(true);
        if (source) { source.close(); }
        stopPolling();
        state.session.state = "ended";
        state.step = null;
        render();
      } else if (r.status >= 500) {
        setOnline(false);
      }
    }).catch(function () { setOnline(false); });
  }

  function startPolling() {
    if (pollTimer !== null) { return; }
    pollTimer = window.setInterval(refreshState, POLL_MS);
  }
  function stopPolling() {
    if (pollTimer !== null) { window.clearInterval(pollTimer); pollTimer = null; }
  }

  function follow() {
    if (!window.EventSource) { startPolling(); return; }
    source = new window.EventSource("/api/events");
    source.addEventListener("state", function (event) {
      stopPolling();
      setOnline(true);
      applyPublic(JSON.parse(event.data));
      if (pendingSteps().length) { scheduleSync(0); }
    });
    source.addEventListener("error", function () {
      // EventSource reconnects by itself; poll meanwhile so a step change is not missed.
      startPolling();
    });
  }

  // -- rendering ---------------------------------------------------------------------

  function show(viewId) {
    ["view-waiting", "view-look", "view-poll", "view-write", "view-closing"].forEach(function (id) {
      $(id).hidden = id !== viewId;
    });
  }

  function render() {
    var session = state.session;
    var step = state.step;
    var key = session.state + ":" + (step ? step.id : "");
    var changed = key !== shownKey;
    shownKey = key;
    if (session.state === "ended" || session.state === "exported") {
      show("view-closing");
      $("closing-heading").textContent = T.ended;
      if (changed && step === null) { $("closing-text").textContent = ""; }
      renderClosing();
      return;
    }
    if (session.state !== "running" || !step) { show("view-waiting"); return; }
    if (step.kind === "message" || step.kind === "video") {
      show("view-look");
      $("look-text").textContent = step.text;
    } else if (step.kind === "poll") {
      show("view-poll");
      if (changed) { buildPoll(step); }
      renderPoll(step);
    } else if (step.kind === "reflection" || step.kind === "letter") {
      show("view-write");
      if (changed) { buildWrite(step); }
      renderWrite(step);
    } else {
      show("view-closing");
      $("closing-heading").textContent = T.closing_heading;
      $("closing-text").textContent = step.text;
      renderClosing();
    }
  }

  function buildPoll(step) {
    $("poll-text").textContent = step.text;
    var box = $("poll-options");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var a = answerFor(step.id);
    step.options.forEach(function (option, index) {
      var label = document.createElement("label");
      label.className = "choice";
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "choice";
      input.value = String(index);
      input.checked = a.choice === index;
      var span = document.createElement("span");
      span.textContent = option;
      label.appendChild(input);
      label.appendChild(document.createTextNode(" "));
      label.appendChild(span);
      box.appendChild(label);
    });
  }

  function renderPoll(step) {
    var a = answerFor(step.id);
    var status = "";
    if (a.refused === "closed") { status = T.poll_closed; }
    else if (a.rev > a.ackRev) { status = online ? T.saved_local : T.offline; }
    else if (a.status === "submitted") { status = T.poll_saved; }
    $("poll-status").textContent = status;
  }

  function buildWrite(step) {
    var a = answerFor(step.id);
    a.kind = step.kind;
    $("write-text").textContent = step.text;
    $("write-label").textContent = step.kind === "letter" ? T.letter_label : T.text_label;
    $("write-heading").textContent = step.kind === "letter" ? T.letter_heading : T.write_heading;
    $("write-input").value = a.text || "";
    var letter = step.kind === "letter";
    $("share-box").hidden = !letter;
    $("share-text").textContent = letter ? (step.consent || "") : "";
    var radios = document.querySelectorAll("input[name=share]");
    for (var i = 0; i < radios.length; i++) {
      radios[i].checked = a.share === (radios[i].value === "yes") && a.share !== null;
    }
  }

  function renderWrite(step) {
    var a = answerFor(step.id);
    var length = ($("write-input").value || "").length;
    $("write-counter").textContent = fmt(T.counter, {
      n: length.toLocaleString(state.session.language),
      max: state.max_length.toLocaleString(state.session.language)
    });
    var edited = a.sentText !== null && a.sentText !== undefined && a.text !== a.sentText;
    $("write-send").textContent = a.sentText !== null && a.sentText !== undefined ? T.send_changes : T.send;
    var status = "";
    if (a.refused === "too_long") { status = fmt(T.too_long, { max: state.max_length }); }
    else if (a.refused) { status = fmt(T.error, { reason: a.refusedDetail || a.refused }); }
    else if (a.late) { status = T.closed_draft; }
    else if (!online && a.rev > a.ackRev) { status = T.offline; }
    else if (a.sendRev > a.ackRev) { status = T.saved_local; }
    else if (edited) { status = T.sent_edited; }
    else if (a.status === "submitted") { status = T.sent; }
    else if (a.rev > 0 && a.rev === a.ackRev) { status = T.saved_draft; }
    else if (a.rev > 0) { status = T.saved_local; }
    $("write-status").textContent = status;
  }

  function renderClosing() {
    var pending = pendingSteps().length;
    $("closing-status").textContent = pending ? T.next_student_wait : "";
    $("closing-status").hidden = !pending;
    var ended = state.session.state === "ended" || state.session.state === "exported";
    if (ended && !pending) {
      // Everything is on the laptop: nothing written stays on a shared device.
      B.remove(PARTICIPANT_KEY);
    }
  }

  // -- input -------------------------------------------------------------------------

  $("write-input").addEventListener("input", function () {
    var step = state.step;
    if (!step) { return; }
    var a = answerFor(step.id);
    a.kind = step.kind;
    a.text = $("write-input").value;
    a.rev += 1;
    a.refused = null;
    saveLocal();
    renderWrite(step);
    scheduleSync(DRAFT_DELAY_MS);
  });

  document.querySelectorAll("input[name=share]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      var step = state.step;
      if (!step) { return; }
      var a = answerFor(step.id);
      a.share = radio.value === "yes";
      a.rev += 1;
      saveLocal();
      renderWrite(step);
      scheduleSync(DRAFT_DELAY_MS);
    });
  });

  $("write-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var step = state.step;
    if (!step) { return; }
    var a = answerFor(step.id);
    a.kind = step.kind;
    a.text = $("write-input").value;
    if (!a.text.trim()) { $("write-status").textContent = T.empty; return; }
    if (a.text.length > state.max_length) {
      $("write-status").textContent = fmt(T.too_long, { max: state.max_length });
      return;
    }
    if (step.kind === "letter" && (a.share === null || a.share === undefined)) {
      $("write-status").textContent = T.share_pick;
      $("share-box").querySelector("input").focus();
      return;
    }
    a.rev += 1;
    a.sendRev = a.rev;
    a.sendText = a.text;
    a.refused = null;
    saveLocal();
    renderWrite(step);
    scheduleSync(0);
  });

  $("poll-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var step = state.step;
    if (!step) { return; }
    var picked = document.querySelector("input[name=choice]:checked");
    if (!picked) { $("poll-status").textContent = T.poll_pick; return; }
    var a = answerFor(step.id);
    a.kind = "poll";
    a.choice = parseInt(picked.value, 10);
    a.rev += 1;
    a.sendRev = a.rev;
    a.refused = null;
    saveLocal();
    renderPoll(step);
    scheduleSync(0);
  });

  // -- next student and resets -------------------------------------------------------

  function waitUntilSynced() {
    return new Promise(function (resolve) {
      (function check() {
        if (!pendingSteps().length) { resolve(); return; }
        renderClosing();
        sync().then(function () { window.setTimeout(check, pendingSteps().length ? backoff : 0); });
      })();
    });
  }

  function startOver(byReset) {
    if (resetting) { return; }
    resetting = true;
    if (byReset) { $("net").textContent = T.reset; $("net").hidden = false; }
    waitUntilSynced().then(function () {
      // Long enough to read why the page starts over.
      return new Promise(function (resolve) { window.setTimeout(resolve, byReset ? 2000 : 0); });
    }).then(function () {
      if (source) { source.close(); }
      stopPolling();
      B.remove(PARTICIPANT_KEY);
      B.clearCookie();
      // A new join (another student): a fresh join key, sent again by every retry.
      return B.join({ link: link }, {
        fresh: true,
        onWaiting: function () { $("net").textContent = T.offline_idle; $("net").hidden = false; }
      });
    }).then(function (result) {
      // Refused (the session ended, or the laptop serves another one): the code page.
      window.location.replace(result.ok ? "/s" : "/");
    }).catch(function () { window.location.replace("/"); });
  }

  $("next-student").addEventListener("click", function () { startOver(false); });

  window.addEventListener("online", function () { scheduleSync(0); refreshState(); });

  render();
  follow();
  if (pendingSteps().length) { scheduleSync(0); }
  flushOrphan();
}());
