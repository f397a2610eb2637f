/* The join pages: join by the typed code or, on the join link's page, at once by the link.
 *
 * The join goes through Belong.join (device.js): it carries this device's join key and
 * retries by itself when the laptop's reply is lost. A refusal shows the laptop's own
 * sentence. Without script the form is posted as it is (no key: each post joins anew).
 * On the code page, a device that joined before but lost its cookie gets it back once.
 * The link's page joins only once it is shown to someone: a page the browser prerenders
 * (or opens hidden) waits until it is really shown, so a prefetch asks for nothing.
 */
(function () {
  "use strict";
  var B = window.Belong;
  var form = document.getElementById("join-form");
  var link = form.elements.link ? form.elements.link.value : "";
  var codeInput = form.elements.code || null;

  if (!link && restoreOnce()) { return; }

  function restoreOnce() {
    var saved = B.readJSON("belong.participant");
    var tried = false;
    try { tried = window.sessionStorage.getItem("belong.restored") === "1"; } catch (e) { tried = true; }
    if (!saved || !saved.token || tried) { return false; }
    try { window.sessionStorage.setItem("belong.restored", "1"); } catch (e) { return false; }
    B.setCookie(saved.token);
    window.location.replace("/s");
    return true;
  }

  var status = document.getElementById("join-status");
  var problem = document.getElementById("join-error");
  var joining = false;

  function say(element, message) {
    element.textContent = message;
    element.hidden = !message;
  }

  function submit() {
    if (joining) { return; }
    joining = true;
    say(problem, "");
    problem.removeAttribute("role");
    var request = link ? { link: link } : { code: codeInput.value };
    // The language picked on this page (empty: the session's) stays the student's.
    var language = form.elements.language ? form.elements.language.value : "";
    if (language) { request.language = language; }
    B.join(request, {
      fresh: false,
      onWaiting: function () { say(status, form.getAttribute("data-waiting")); },
      onBusy: function (sentence) { say(status, sentence); }
    }).then(function (result) {
      joining = false;
      if (result.ok) { window.location.replace("/s"); return; }
      say(status, "");
      problem.setAttribute("role", "alert");
      say(problem, result.data.detail || String(result.status));
      focusCode();
      // The link's session ended or is full: a new code on the screen is the way in.
      var byCode = document.getElementById("join-by-code");
      if (byCode) { byCode.hidden = false; }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submit();
  });
  // Back in the field after a refusal, with the typed code selected: typing replaces it,
  // an arrow key keeps it to fix one digit.
  function focusCode() {
    if (!codeInput) { return; }
    codeInput.focus();
    if (codeInput.value && codeInput.select) { codeInput.select(); }
  }

  // Runs ``then`` once the page is shown: not while prerendered, not while hidden.
  function whenShown(then) {
    if (document.prerendering) {
      document.addEventListener("prerenderingchange", function () { whenShown(then); });
      return;
    }
    if (document.visibilityState === "hidden") {
      var onChange = function () {
        if (document.visibilityState === "hidden") { return; }
        document.removeEventListener("visibilitychange", onChange);
        then();
      };
      document.addEventListener("visibilitychange", onChange);
      return;
    }
    then();
  }

  if (link) { whenShown(submit); }
  else if (codeInput && (!codeInput.value || !problem.hidden)) { focusCode(); }
}());
