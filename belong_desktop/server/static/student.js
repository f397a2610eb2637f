/* The student page's script: follow the counsellor, keep every keystroke, send when possible.
 *
 * Everything typed is written to localStorage at once. Where the pack keeps drafts
 * (state.drafts "keep", the default) it is also sent to the laptop a few seconds later as
 * a draft, and the page says so above the field before anything is typed; where it does
 * not ("device_only") a text leaves the device only when the student presses Send. Each
 * save carries a revision number, so a retry or an old save arriving late can never
 * overwrite something newer. When the laptop cannot be reached, the page says so calmly
 * and retries with backoff, and sends at once when it answers again; when it is reached
 * but cannot store (507 not_saved: its disk is full) the page says "not saved yet, keep
 * this page open", keeps the text and retries. When the session ends, the page sends
 * what it still holds; once everything is on the laptop it removes everything of the
 * session from the browser and closes its event stream (which tells the laptop it may
 * stop); text that could not be sent stays, and the page says so.
 *
 * Each writing step gets its own form and field, keyed by the step's id and bound to it:
 * when the counsellor moves on, the old one is removed, focus moves to the new step's
 * heading and the change is announced, so typing never runs on from a reflection into
 * the letter. Storage, requests, the cookie and joining come from device.js (Belong),
 * loaded first. No build step, no libraries; written for old tablets (ES5: no ?. or ??,
 * no arrow functions, no NodeList.forEach).
 */
(function () {
  "use strict";

  var B = window.Belong;
  var app = document.getElementById("app");
  var T = JSON.parse(document.getElementById("texts").textContent);
  var state = JSON.parse(document.getElementById("initial-state").textContent);

  var PARTICIPANT_KEY = "belong.participant"; // wiped by "next student" and resets
  var FRESH_KEY = "belong.fresh"; // sessionStorage: why the page starts over ("next"/"reset")
  var DRAFT_DELAY_MS = 2500;
  var POLL_MS = 2000;
  var MAX_BACKOFF_MS = B.MAX_BACKOFF_MS;

  function $(id) { return document.getElementById(id); }
  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  }
  function each(list, fn) {
    for (var i = 0; i < list.length; i++) { fn(list[i], i); }
  }
  function clear(element) {
    while (element.firstChild) { element.removeChild(element.firstChild); }
  }
  function isSet(value) { return value !== null && value !== undefined; }

  // A step's text as the server split it: plain parts and web addresses. Only http(s)
  // addresses become links (the server makes no others), opened in a new tab.
  function showParts(element, parts, text) {
    clear(element);
    if (!parts || !parts.length) { parts = [{ text: text || "", href: null }]; }
    each(parts, function (part) {
      if (part.href && /^https?:\/\//i.test(part.href)) {
        var a = document.createElement("a");
        a.setAttribute("href", part.href);
        a.setAttribute("target", "_blank");
        a.setAttribute("rel", "noopener noreferrer");
        a.textContent = part.text;
        element.appendChild(a);
      } else {
        element.appendChild(document.createTextNode(part.text));
      }
    });
  }

  // -- local storage -----------------------------------------------------------------

  var readJSON = B.readJSON;
  var writeJSON = B.writeJSON;

  var token = app.getAttribute("data-token");
  var link = app.getAttribute("data-link");
  var me = { token: token, credentials: "same-origin" };
  var keepDrafts = state.drafts !== "device_only";

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
  local.drafts = state.drafts;
  // The server's copy fills in what this device does not have (another browser tab,
  // or localStorage cleared); the device's own newer copy wins.
  each(state.answers, function (a) {
    var mine = local.answers[a.step_id];
    if (!mine || mine.rev < a.revision) {
      local.answers[a.step_id] = {
        kind: a.kind,
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
  function answerFor(stepId, kind) {
    if (!local.answers[stepId]) {
      local.answers[stepId] = {
        kind: kind, text: "", sentText: null, choice: null, share: null,
        rev: 0, ackRev: 0, sendRev: 0, status: null, late: false
      };
    }
    if (kind) { local.answers[stepId].kind = kind; }
    return local.answers[stepId];
  }
  // What still has to reach the laptop: a pressed Send, and, where drafts are kept, a
  // newer draft. Where they are not, unsent text stays on the device and is not pending.
  function pendingIn(data) {
    var keep = data.drafts !== "device_only";
    return Object.keys(data.answers || {}).filter(function (id) {
      var a = data.answers[id];
      if (a.refused) { return false; }
      return a.sendRev > a.ackRev || (keep && a.rev > a.ackRev);
    });
  }
  function hasPending(data) { return pendingIn(data).length > 0; }
  function pendingSteps() { return pendingIn(local); }

  // -- network -----------------------------------------------------------------------

  var online = true;
  // The laptop answered but could not store (its disk is full, 507 not_saved): the text
  // stays here and the page tries again; the student is asked to keep the page open.
  var notSaved = false;
  var NOT_SAVED_WAIT_MS = 5000;
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
      // The laptop answers again: what waited for it goes now, not after the backoff.
      backoff = 1000;
      if (pendingSteps().length) { scheduleSync(0); }
    }
    render();
  }

  function setNotSaved(value) {
    if (notSaved === value) { return; }
    notSaved = value;
    var net = $("net");
    if (value) {
      net.textContent = T.not_saved_keep_open;
      net.hidden = false;
    } else if (net.textContent === T.not_saved_keep_open) {
      net.hidden = true;
    }
    render();
  }

  // A 507: nothing was stored. Keep everything pending and try again, slower each time
  // (at least the laptop's Retry-After), until the counsellor has freed some space.
  function notStored() {
    setOnline(true);
    setNotSaved(true);
    scheduleSync(Math.max(NOT_SAVED_WAIT_MS, backoff) + Math.random() * 500);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }

  function scheduleSync(delay) {
    if (syncTimer !== null) { window.clearTimeout(syncTimer); }
    syncTimer = window.setTimeout(function () { syncTimer = null; sync(); }, delay);
  }

  // The request that brings the laptop up to date with one answer: a pressed Send first
  // (with the text as it was then), else the newest draft (only where drafts are kept).
  function requestFor(a) {
    var submitting = a.sendRev > a.ackRev;
    var body = { revision: submitting ? a.sendRev : a.rev, submit: submitting };
    if (a.kind === "poll") {
      body.choice = a.choice;
    } else {
      body.text = submitting ? a.sendText : a.text;
      if (a.kind === "letter" && isSet(a.share)) { body.share = a.share; }
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
      if (r.status === 507) { notStored(); return; }
      // 410: the laptop is starting up again and not yet open to devices; try again.
      if (B.later(r.status) || r.status === 410) { throw new Error("server " + r.status); }
      setOnline(true);
      setNotSaved(false);
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
      if (shownKey !== null) { render(); } // an ended page may now let go of everything
      return;
    }
    var a = orphan.answers[ids[0]];
    var body = requestFor(a);
    // The old token, and not this participant's cookie.
    var them = { token: orphan.token, credentials: "omit" };
    B.api("PUT", "/api/answers/" + encodeURIComponent(ids[0]), body, them).then(function (r) {
      if (B.later(r.status) || r.status === 410) { throw new Error("later"); }
      // Stored, or refused for good (e.g. the old session is not served here): done.
      a.ackRev = Math.max(a.ackRev, body.revision);
      if (body.submit) { a.sendRev = 0; }
      if (r.status !== 200) { a.refused = String(r.status); }
      writeJSON(ORPHAN_KEY, orphan);
      flushOrphan();
    }).catch(function () { window.setTimeout(flushOrphan, MAX_BACKOFF_MS); });
  }

  // -- following the counsellor ------------------------------------------------------

  var pollTimer = null;
  var source = null;
  var resetting = false;

  function applyPublic(publicState) {
    state.session = publicState.session;
    state.step = publicState.step;
    if (publicState.content_language) { state.content_language = publicState.content_language; }
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
      } else if (B.later(r.status)) {
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
    if (finished) { return; } // opened after the end, with nothing left to send
    if (!window.EventSource) { startPolling(); return; }
    source = new window.EventSource("/api/events");
    source.addEventListener("state", function (event) {
      stopPolling();
      setOnline(true);
      applyPublic(JSON.parse(event.data));
    });
    source.addEventListener("replaced", function () {
      // A newer page of this device (another tab) took the stream: follow by polling,
      // so the tabs do not take the stream from each other in turn.
      source.close();
      startPolling();
    });
    source.addEventListener("error", function () {
      // EventSource reconnects by itself; poll meanwhile so a step change is not missed.
      startPolling();
    });
  }

  // -- rendering ---------------------------------------------------------------------

  var VIEWS = ["view-waiting", "view-look", "view-video", "view-poll", "view-write", "view-closing"];
  var shownKey = null; // which session state and step the page shows
  var shownStep = null; // that step (null: none)
  var writing = null; // the open writing step's own elements (see buildWrite)
  var pollStepId = null; // the step the poll's options were built for

  function show(viewId) {
    each(VIEWS, function (id) { $(id).hidden = id !== viewId; });
    if (viewId === "view-video") { document.body.className = "dark"; }
    else { document.body.className = ""; }
  }

  function render() {
    var session = state.session;
    var step = state.step;
    var key = session.state + ":" + (step ? step.id : "");
    var changed = key !== shownKey;
    var first = shownKey === null;
    var previous = shownStep;
    shownKey = key;
    shownStep = step;
    if (changed) {
      hideConfirm(false);
      parkNotice();
    }
    var heading;
    var question = false;
    if (session.state === "ended" || session.state === "exported") {
      show("view-closing");
      heading = $("closing-heading");
      heading.textContent = T.ended;
      // The support contacts of the closing step stay in view after the end.
      if (changed && !(previous && previous.kind === "closing")) { clear($("closing-text")); }
      renderClosing();
    } else if (session.state !== "running" || !step) {
      show("view-waiting");
      heading = $("waiting-heading");
    } else if (step.kind === "message") {
      show("view-look");
      heading = $("look-heading");
      showParts($("look-text"), step.parts, step.text);
    } else if (step.kind === "video") {
      // One calm line on a dark page: the class looks at the screen, not the phone.
      show("view-video");
      heading = $("video-heading");
      heading.textContent = step.text || T.look;
      heading.setAttribute("lang", step.text ? contentLanguage() : pageLanguage());
      renderTranscript(step);
    } else if (step.kind === "poll") {
      show("view-poll");
      heading = $("poll-heading");
      question = true;
      if (changed) { buildPoll(step); }
      renderPoll();
    } else if (step.kind === "reflection" || step.kind === "letter") {
      show("view-write");
      question = true;
      if (changed) { buildWrite(step); }
      heading = writing.heading;
      renderWrite();
    } else {
      show("view-closing");
      heading = $("closing-heading");
      heading.textContent = T.closing_heading;
      showParts($("closing-text"), step.parts, step.text);
      renderClosing();
    }
    if (changed && writing && (!step || writing.stepId !== step.id)) { dropWrite(); }
    if (changed && !first) { stepChanged(heading, question, previous); }
  }

  // A new step has started while the page was open: move focus to its heading (so keys
  // typed on go nowhere), say so to screen readers, and for a question show it plainly.
  function stepChanged(heading, question, previous) {
    var notice = $("step-notice");
    if (question) {
      var moved = previous && (previous.kind === "reflection" || previous.kind === "letter") &&
        local.answers[previous.id] && local.answers[previous.id].text;
      $("step-notice-moved").hidden = !moved;
      heading.parentNode.insertBefore(notice, heading.nextSibling);
      notice.hidden = false;
    } else {
      notice.hidden = true;
    }
    $("fresh").hidden = true;
    window.scrollTo(0, 0); // the new step from its top: the class, the heading, the notice
    heading.focus();
    var announce = $("announce");
    announce.textContent = "";
    // A moment later, so the same words said twice are still announced.
    window.setTimeout(function () {
      announce.textContent = fmt(T.announce, { heading: heading.textContent });
    }, 100);
    // Where drafts are kept, what was typed in the step just left goes to that step now.
    if (pendingSteps().length) { scheduleSync(0); }
  }

  // -- the video's transcript ----------------------------------------------------------

  // What is said in the video, behind a button (closed on every new video): for students
  // who cannot hear the room. In the page's language when the pack has subtitles in it.
  var transcriptFor = null; // the step whose transcript is in the box
  function renderTranscript(step) {
    var lines = step.transcript || [];
    $("transcript-box").hidden = !lines.length;
    if (!lines.length) { transcriptFor = null; return; }
    if (transcriptFor === step.id) { return; } // the same video: leave it open or closed
    transcriptFor = step.id;
    var box = $("transcript-text");
    clear(box);
    box.setAttribute("lang", step.transcript_language || contentLanguage());
    each(lines, function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      box.appendChild(p);
    });
    openTranscript(false);
  }
  function openTranscript(open) {
    $("transcript").hidden = !open;
    $("transcript-toggle").setAttribute("aria-expanded", open ? "true" : "false");
  }
  $("transcript-toggle").addEventListener("click", function () {
    openTranscript($("transcript").hidden);
  });

  function hideNotice() { $("step-notice").hidden = true; }
  // Back to its place outside the views, before the view it was shown in is rebuilt.
  function parkNotice() {
    var notice = $("step-notice");
    notice.hidden = true;
    if (notice.parentNode !== app) { app.appendChild(notice); }
  }

  function setStatus(element, message, isProblem) {
    element.textContent = message;
    element.className = isProblem ? "status problem" : "status";
  }

  // Marks the chosen option of a group of radio buttons, for browsers without :has().
  function markChosen(container) {
    each(container.querySelectorAll("label.choice"), function (label) {
      var input = label.querySelector("input");
      label.className = input && input.checked ? "choice chosen" : "choice";
    });
  }

  // -- the poll ----------------------------------------------------------------------

  function buildPoll(step) {
    pollStepId = step.id;
    showParts($("poll-text"), step.parts, step.text);
    var box = $("poll-options");
    clear(box);
    var a = answerFor(step.id, "poll");
    each(step.options, function (option, index) {
      var label = document.createElement("label");
      label.className = "choice";
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "choice";
      input.value = String(index);
      input.checked = a.choice === index;
      input.addEventListener("change", function () { markChosen(box); hideNotice(); });
      var span = document.createElement("span");
      span.textContent = option;
      label.appendChild(input);
      label.appendChild(document.createTextNode(" "));
      label.appendChild(span);
      box.appendChild(label);
    });
    markChosen(box);
    setStatus($("poll-status"), "", false);
  }

  function renderPoll() {
    if (pollStepId === null) { return; }
    var a = answerFor(pollStepId, "poll");
    var status = "";
    var problem = false;
    if (a.refused === "closed") { status = T.poll_closed; problem = true; }
    else if (a.refused) { status = fmt(T.error, { reason: a.refusedDetail || a.refused }); problem = true; }
    else if (a.sendRev > a.ackRev && notSaved) { status = T.not_saved_keep_open; problem = true; }
    else if (a.sendRev > a.ackRev) { status = online ? T.saved_local : T.offline; }
    else if (a.status === "submitted") { status = T.poll_saved; }
    else if ($("poll-status").className === "status problem") { return; } // keep the hint
    setStatus($("poll-status"), status, problem);
  }

  $("poll-form").addEventListener("submit", function (event) {
    event.preventDefault();
    if (pollStepId === null || !state.step || state.step.id !== pollStepId) { return; }
    var picked = $("poll-options").querySelector("input:checked");
    if (!picked) {
      setStatus($("poll-status"), T.poll_pick, true);
      var firstOption = $("poll-options").querySelector("input");
      if (firstOption) { firstOption.focus(); }
      return;
    }
    var a = answerFor(pollStepId, "poll");
    a.choice = parseInt(picked.value, 10);
    a.rev += 1;
    a.sendRev = a.rev;
    a.refused = null;
    saveLocal();
    setStatus($("poll-status"), "", false);
    renderPoll();
    scheduleSync(0);
  });

  // -- writing: one form per step ----------------------------------------------------

  function part(root, className) { return root.querySelector("." + className); }

  // Builds the open writing step's own section from the template: its heading, prompt,
  // field and Send button carry the step's id and every handler is bound to that id,
  // never to "the current step", so a keystroke can only ever change its own step.
  function buildWrite(step) {
    var stepId = step.id;
    var letter = step.kind === "letter";
    var a = answerFor(stepId, step.kind);
    var template = $("write-template");
    var copyFrom = template.content || template; // old browsers: the children themselves
    var section = copyFrom.querySelector(".write-step").cloneNode(true);
    section.id = "write-" + stepId;
    section.setAttribute("data-step", stepId);

    var heading = part(section, "write-heading");
    heading.id = "heading-" + stepId;
    heading.textContent = letter ? T.letter_heading : T.write_heading;
    var prompt = part(section, "write-prompt");
    prompt.id = "prompt-" + stepId;
    showParts(prompt, step.parts, step.text);
    var form = part(section, "write-form");
    form.id = "form-" + stepId;
    var field = section.querySelector("textarea");
    field.id = "text-" + stepId;
    field.name = "text-" + stepId;
    field.value = a.text || "";
    var label = part(section, "write-label");
    label.setAttribute("for", field.id);
    label.textContent = letter ? T.letter_label : T.text_label;
    var counter = part(section, "write-counter");
    counter.id = "counter-" + stepId;
    var status = part(section, "write-status");
    status.id = "status-" + stepId;
    var disclosure = part(section, "disclosure");
    disclosure.id = "disclosure-" + stepId;
    var letterNote = part(section, "letter-only");
    if (letter) { letterNote.hidden = false; }
    else { letterNote.parentNode.removeChild(letterNote); }
    field.setAttribute("aria-describedby", disclosure.id + " " + counter.id + " " + status.id);
    var send = part(section, "write-send");
    send.id = "send-" + stepId;
    var shareBox = part(section, "share-box");
    shareBox.id = "share-" + stepId;
    shareBox.hidden = !letter;
    var radios = shareBox.querySelectorAll("input");
    if (letter) {
      part(shareBox, "share-text").textContent = step.consent || "";
      each(radios, function (radio) {
        radio.name = "share-" + stepId;
        radio.id = "share-" + stepId + "-" + radio.value;
        radio.checked = isSet(a.share) && a.share === (radio.value === "yes");
        radio.addEventListener("change", function () {
          var mine = answerFor(stepId, step.kind);
          mine.share = radio.value === "yes";
          mine.rev += 1;
          saveLocal();
          markChosen(shareBox);
          renderWrite();
          if (keepDrafts) { scheduleSync(DRAFT_DELAY_MS); }
        });
      });
      markChosen(shareBox);
    } else {
      shareBox.parentNode.removeChild(shareBox); // no hidden radios in a reflection
    }

    field.addEventListener("input", function () {
      var mine = answerFor(stepId, step.kind);
      mine.text = field.value;
      mine.rev += 1;
      mine.refused = null;
      saveLocal();
      if (writing && writing.stepId === stepId) {
        hideNotice();
        renderWrite();
      }
      if (keepDrafts) { scheduleSync(DRAFT_DELAY_MS); }
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!state.step || state.step.id !== stepId) { return; } // the step has closed
      var mine = answerFor(stepId, step.kind);
      mine.text = field.value;
      if (!mine.text.trim()) { setStatus(status, T.empty, true); field.focus(); return; }
      if (mine.text.length > state.max_length) {
        setStatus(status, fmt(T.too_long, { max: state.max_length }), true);
        field.focus();
        return;
      }
      if (letter && !isSet(mine.share)) {
        setStatus(status, T.share_pick, true);
        radios[0].focus();
        return;
      }
      mine.rev += 1;
      mine.sendRev = mine.rev;
      mine.sendText = mine.text;
      mine.refused = null;
      saveLocal();
      renderWrite();
      scheduleSync(0);
    });

    var view = $("view-write");
    clear(view);
    view.appendChild(section);
    writing = {
      stepId: stepId, section: section, heading: heading, field: field,
      counter: counter, status: status, send: send
    };
  }

  // The step was left: its section goes, with its field (keys typed on go nowhere).
  function dropWrite() {
    if (writing && writing.section.parentNode) {
      writing.section.parentNode.removeChild(writing.section);
    }
    writing = null;
  }

  // Where the open step's text is, in words: on this device, on the counsellor's
  // computer but not sent, or sent (see texts.py).
  function writeStatus(a) {
    var sent = isSet(a.sentText);
    var unsentEdit = sent && a.text !== a.sentText;
    if (a.refused === "too_long") { return [fmt(T.too_long, { max: state.max_length }), true]; }
    if (a.refused === "drafts_off") { return [a.text ? T.saved_device_only : "", false]; }
    if (a.refused) { return [fmt(T.error, { reason: a.refusedDetail || a.refused }), true]; }
    if (a.late) { return [T.closed_draft, false]; }
    if (notSaved && (a.sendRev > a.ackRev || (keepDrafts && a.rev > a.ackRev))) {
      return [T.not_saved_keep_open, true];
    }
    if (a.sendRev > a.ackRev) { return [online ? T.saved_local : T.offline, false]; }
    if (!keepDrafts) {
      if (unsentEdit) { return [T.sent_edited_local, false]; }
      if (sent) { return [T.sent, false]; }
      return [a.text ? T.saved_device_only : "", false];
    }
    if (a.rev > a.ackRev) {
      if (!online) { return [T.offline, false]; }
      return [unsentEdit ? T.sent_edited_local : T.saved_local, false];
    }
    if (unsentEdit) { return [T.sent_edited, false]; }
    if (sent) { return [T.sent, false]; }
    if (a.rev > 0 && a.text) { return [T.saved_draft, false]; }
    return ["", false];
  }

  function renderWrite() {
    if (!writing) { return; }
    var a = answerFor(writing.stepId);
    var length = (writing.field.value || "").length;
    writing.counter.textContent = fmt(T.counter, {
      n: length.toLocaleString(pageLanguage()),
      max: state.max_length.toLocaleString(pageLanguage())
    });
    writing.send.textContent = isSet(a.sentText) ? T.send_changes : T.send;
    var said = writeStatus(a);
    // A hint (write something, choose yes or no) stays until the student acts on it.
    if (!said[0] && writing.status.className === "status problem") { return; }
    setStatus(writing.status, said[0], said[1]);
  }

  // -- the end -----------------------------------------------------------------------

  // The letter this student wrote but did not send (or changed after sending): say so on
  // the closing page, and what it means here (kept as a draft, or only on this device).
  function unsentLetter() {
    var ids = Object.keys(local.answers);
    for (var i = 0; i < ids.length; i++) {
      var a = local.answers[ids[i]];
      if (a.kind !== "letter" || !a.text || !a.text.trim()) { continue; }
      if (a.status === "draft_at_close" || (!isSet(a.sentText) && keepDrafts)) {
        return T.letter_unsent_keep; // on the laptop, marked as not sent
      }
      if (!isSet(a.sentText)) { return T.letter_unsent_device_only; }
      if (a.text !== a.sentText) { return T.letter_edits_unsent; }
    }
    return "";
  }

  // Text the laptop refused for a reason other than the rules of the step (a poll that
  // closed, a session that keeps no drafts): it never arrived, so it is not let go of.
  function stuck() {
    return Object.keys(local.answers).filter(function (id) {
      var r = local.answers[id].refused;
      return r && r !== "closed" && r !== "drafts_off";
    });
  }

  function renderClosing() {
    var ended = state.session.state === "ended" || state.session.state === "exported";
    var held = pendingSteps().length > 0 || (ended && stuck().length > 0);
    if (!resetting && !finished) {
      // After the end, text not yet on the laptop stays here and the page says so.
      $("closing-status").textContent = held ? (ended ? T.ended_unsent : T.next_student_wait) : "";
      $("closing-status").hidden = !held;
    }
    var unsent = unsentLetter();
    $("letter-unsent").hidden = !unsent;
    $("letter-unsent-text").textContent = unsent;
    if (ended && !held) { finish(); }
  }

  // The session has ended and everything this device held is on the laptop: nothing
  // written stays on a shared device (storage, drafts, unsent saves, the token and its
  // cookie), and the stream is closed, which tells the laptop this page is done. Text
  // that could not be sent (also an earlier participant's, kept aside) keeps it all here.
  var finished = false;
  function finish() {
    var orphan = readJSON(ORPHAN_KEY);
    if (finished || (orphan && hasPending(orphan))) { return; }
    finished = true;
    if (source) { source.close(); }
    stopPolling();
    if (syncTimer !== null) { window.clearTimeout(syncTimer); syncTimer = null; }
    B.forgetAll();
    $("closing-status").hidden = true;
    $("ended-cleared").hidden = false;
  }

  // -- next student and resets -------------------------------------------------------

  function showConfirm() {
    $("next-student").hidden = true;
    $("next-detail").hidden = true;
    $("next-confirm").hidden = false;
    $("next-yes").focus();
  }
  function hideConfirm(refocus) {
    if ($("next-confirm").hidden) { return; }
    $("next-confirm").hidden = true;
    $("next-student").hidden = false;
    $("next-detail").hidden = false;
    if (refocus) { $("next-student").focus(); }
  }

  function waitUntilSynced() {
    return new Promise(function (resolve) {
      (function check() {
        if (!pendingSteps().length) { resolve(); return; }
        renderClosing();
        sync().then(function () { window.setTimeout(check, pendingSteps().length ? backoff : 0); });
      })();
    });
  }

  function remember(why) {
    try { window.sessionStorage.setItem(FRESH_KEY, why); } catch (e) { /* private mode */ }
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
      remember(byReset ? "reset" : "next");
      // A new join (another student): a fresh join key, sent again by every retry.
      return B.join({ link: link }, {
        fresh: true,
        onWaiting: function () { $("net").textContent = T.offline_idle; $("net").hidden = false; },
        onBusy: function (sentence) { $("net").textContent = sentence; $("net").hidden = false; }
      });
    }).then(function (result) {
      // Refused (the session ended, or the laptop serves another one): the code page.
      window.location.replace(result.ok ? "/s" : "/");
    }).catch(function () { window.location.replace("/"); });
  }

  // After "next student" or a reset the page was loaded anew for a new participant:
  // say so once, so the new student sees the device was cleared.
  function sayFresh() {
    var why = null;
    try {
      why = window.sessionStorage.getItem(FRESH_KEY);
      window.sessionStorage.removeItem(FRESH_KEY);
    } catch (e) { why = null; }
    if (why) {
      $("fresh").textContent = why === "reset" ? T.reset : T.next_student_done;
      $("fresh").hidden = false;
    }
  }

  $("next-student").addEventListener("click", showConfirm);
  $("next-no").addEventListener("click", function () { hideConfirm(true); });
  $("next-confirm").addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc" || event.keyCode === 27) { hideConfirm(true); }
  });
  $("next-yes").addEventListener("click", function () {
    $("next-yes").disabled = true;
    $("next-no").disabled = true;
    $("closing-status").textContent = T.next_student_working;
    $("closing-status").hidden = false;
    startOver(false);
  });

  // A student typing on after a step change types "into" the new heading: a space there
  // would scroll the page away from the new question. Keys on a heading do nothing.
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var space = event.key === " " || event.key === "Spacebar" || event.keyCode === 32;
    if (space && target && target.tagName === "H1" && target.getAttribute("tabindex") === "-1") {
      event.preventDefault();
    }
  });

  window.addEventListener("online", function () { scheduleSync(0); refreshState(); });

  // -- the page's language -----------------------------------------------------------

  // The page's own words are in the language its student chose (state.language); pack
  // texts in state.content_language (the session's when the pack lacks that language).
  function pageLanguage() { return state.language || state.session.language; }
  function contentLanguage() { return state.content_language || state.session.language; }

  // A choice is stored for this participant on the laptop, then the page loads again in
  // it (everything typed is in localStorage already), with focus back on the picker.
  var LANGUAGE_FOCUS_KEY = "belong.language_focus"; // sessionStorage, for one reload
  var choosing = false;
  function chooseLanguage(code) {
    if (choosing) { return; }
    if (code === pageLanguage()) { return; }
    choosing = true;
    B.api("PUT", "/api/language", { language: code }, me).then(function (r) {
      choosing = false;
      if (r.status === 200) {
        saveLocal();
        try { window.sessionStorage.setItem(LANGUAGE_FOCUS_KEY, code); } catch (e) { /* private */ }
        window.location.reload();
        return;
      }
      say(r.data.detail || T.language_failed);
    }).catch(function () {
      choosing = false;
      say(T.language_failed);
    });
    function say(message) {
      $("net").textContent = message;
      $("net").hidden = false;
    }
  }
  each(document.querySelectorAll("#languages button[data-language]"), function (button) {
    button.addEventListener("click", function () {
      chooseLanguage(button.getAttribute("data-language"));
    });
  });
  function refocusLanguage() {
    var code = null;
    try {
      code = window.sessionStorage.getItem(LANGUAGE_FOCUS_KEY);
      window.sessionStorage.removeItem(LANGUAGE_FOCUS_KEY);
    } catch (e) { code = null; }
    if (!code) { return; }
    var button = document.querySelector('#languages button[data-language="' + code + '"]');
    if (button) { button.focus(); }
  }

  sayFresh();
  render();
  refocusLanguage();
  follow();
  if (pendingSteps().length) { scheduleSync(0); }
  flushOrphan();
}());
