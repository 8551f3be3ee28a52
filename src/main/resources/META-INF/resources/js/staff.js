// Staff pages: warn two minutes before the server ends an idle session (HEARTH_STAFF_IDLE_TIMEOUT), so nobody
// loses a half-written form. The server enforces the limit either way; this only gives notice.
(function () {
  var idle = Number(document.body.getAttribute('data-idle-seconds'));
  var warning = document.getElementById('idle-warning');
  if (!idle || !warning) {
    return;
  }
  var lead = Math.min(120, idle / 2);
  window.setTimeout(function () {
    warning.hidden = false;
  }, (idle - lead) * 1000);
})();
