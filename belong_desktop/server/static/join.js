/* The join page: if this device joined before but lost its cookie, restore it once. */
(function () {
  "use strict";
  var saved = null;
  try { saved = JSON.parse(window.localStorage.getItem("belong.participant") || "null"); }
  catch (e) { saved = null; }
  var tried = false;
  try { tried = window.sessionStorage.getItem("belong.restored") === "1"; } catch (e) { tried = true; }
  if (saved && saved.token && !tried) {
    try { window.sessionStorage.setItem("belong.restored", "1"); } catch (e) { return; }
    document.cookie = "belong_token=" + saved.token + "; path=/; SameSite=Strict; max-age=43200";
    window.location.replace("/s");
    return;
  }
  var code = document.getElementById("code");
  if (code && !code.value) { code.focus(); }
}());
