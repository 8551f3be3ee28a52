// Hearth booking widget, inside its frame: keeps the host page's iframe exactly as tall as this page, tells the
// host page when a call is booked, and hands Escape and focus requests across the frame boundary. Messages go
// only to the origin the server accepted for this frame (data-parent-origin); without one it stays silent.
(function () {
  'use strict';
  var VERSION = 1;
  var body = document.body;
  var parentOrigin = body.getAttribute('data-parent-origin');
  var color = body.getAttribute('data-primary-color');

  if (color) {
    document.documentElement.style.setProperty('--accent', color);
  }

  // Pages outside the booking flow (privacy notice, manage link) cannot be framed: open them in a new tab.
  document.querySelectorAll('a[href]').forEach(function (link) {
    if (link.origin !== location.origin || link.pathname.indexOf('/embed/') !== 0) {
      link.target = '_blank';
      link.rel = 'noopener';
    }
  });

  if (!parentOrigin || window.parent === window) {
    return;
  }

  function send(type, fields) {
    var message = { source: 'hearth', type: type, version: VERSION };
    Object.keys(fields || {}).forEach(function (key) { message[key] = fields[key]; });
    window.parent.postMessage(message, parentOrigin);
  }

  // Height: measured on the body (a block formatting context, so margins count), rounded up so a fractional
  // height never leaves a one-pixel scrollbar, debounced, and sent only when it changed. Nothing here depends on
  // the frame's own height, so setting it cannot trigger another change.
  var lastHeight = -1;
  var timer = 0;
  function measure() {
    timer = 0;
    var height = Math.ceil(body.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      send('hearth:resize', { height: height });
    }
  }
  function schedule() {
    if (!timer) {
      timer = setTimeout(function () { window.requestAnimationFrame(measure); }, 40);
    }
  }
  if (window.ResizeObserver) {
    new ResizeObserver(schedule).observe(body);
  }
  window.addEventListener('load', schedule);
  measure();

  // The confirmation is a page of its own (post/redirect/get), so it may be reloaded: announce each booking once,
  // with its reference and time only.
  var booked = document.querySelector('[data-booked]');
  if (booked) {
    var reference = booked.getAttribute('data-booked-reference');
    var announced = false;
    try {
      announced = window.sessionStorage.getItem('hearth:booked:' + reference) === '1';
      window.sessionStorage.setItem('hearth:booked:' + reference, '1');
    } catch (e) {
      announced = false; // storage refused (privacy settings): announcing twice beats never
    }
    if (!announced) {
      send('hearth:booked', { reference: reference, start: booked.getAttribute('data-booked-start') });
    }
  }

  // Escape pressed inside the frame never reaches the host page; ask it to close its dialog (button mode).
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      send('hearth:close');
    }
  });

  // The host page moves keyboard focus into the frame when its dialog opens or focus wraps around.
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== parentOrigin || event.source !== window.parent || !data || data.source !== 'hearth'
        || data.version !== VERSION || data.type !== 'hearth:focus') {
      return;
    }
    var target;
    if (data.at === 'last') {
      var all = document.querySelectorAll('a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea');
      target = all[all.length - 1];
    }
    (target || document.querySelector('h1') || document.getElementById('main')).focus();
  });
  var heading = document.querySelector('h1');
  if (heading && !heading.hasAttribute('tabindex')) {
    heading.setAttribute('tabindex', '-1');
  }
  // A new step of the flow (not the first page, which must not pull focus away from the host page): start
  // keyboard and screen-reader users at its heading, unless site.js already focused a list of errors.
  var fromFlow = document.referrer && new URL(document.referrer).origin === location.origin;
  if (heading && fromFlow && !document.querySelector('[data-focus-first]')) {
    heading.focus({ preventScroll: true });
  }
  send('hearth:ready');
})();
