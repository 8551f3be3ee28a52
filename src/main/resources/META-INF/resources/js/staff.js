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

// Times on staff pages are in the therapist's zone; say so when the browser sits in another one.
(function () {
  var notice = document.getElementById('zone-notice');
  if (!notice || !window.Intl) {
    return;
  }
  var browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (browserZone && browserZone !== notice.getAttribute('data-therapist-zone')) {
    notice.hidden = false;
  }
})();

// Copy buttons (the calendar-feed address on the profile page): the address is in a read-only field either way;
// with JavaScript a button copies it and says so.
(function () {
  var buttons = document.querySelectorAll('[data-copy-from]');
  Array.prototype.forEach.call(buttons, function (button) {
    var field = document.getElementById(button.getAttribute('data-copy-from'));
    var status = document.getElementById(button.getAttribute('data-copy-status'));
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = 'Copied.';
        }
      }, function () {
        field.select();
      });
    });
  });
})();
