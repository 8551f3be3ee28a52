// Hearth public site: small progressive enhancements. Everything works without this file.
(function () {
  'use strict';

  // Show booking times in the visitor's own zone: when the page was rendered in the server's default zone
  // (no "tz" in the address), reload it once with the zone the browser reports.
  function useVisitorZone() {
    var select = document.querySelector('[data-zone-select]');
    if (!select || !window.Intl || new URLSearchParams(location.search).has('tz')) {
      return;
    }
    var zone;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
      return;
    }
    if (!zone || zone === select.getAttribute('data-zone-current') || !/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) {
      return;
    }
    var params = new URLSearchParams(location.search);
    params.set('tz', zone);
    location.replace(location.pathname + '?' + params.toString());
  }

  // After a failed form post, move focus to the list of problems so it is announced and reachable.
  function focusErrors() {
    var summary = document.querySelector('[data-focus-first]');
    if (summary) {
      summary.focus();
    }
  }

  // Guard against double submission of booking forms (a second click would only replay the same answer).
  function guardForms() {
    document.querySelectorAll('form[method="post"]').forEach(function (form) {
      form.addEventListener('submit', function () {
        setTimeout(function () {
          form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.setAttribute('aria-disabled', 'true'); });
        }, 0);
      });
    });
  }

  function start() {
    useVisitorZone();
    focusErrors();
    guardForms();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
