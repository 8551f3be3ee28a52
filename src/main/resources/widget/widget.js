/*
 * Hearth booking widget. One tag on any website:
 *   <script src="https://HOST/widget.js" data-therapist="SLUG or any" async></script>
 * or <div data-hearth-booking data-therapist="..."></div> placeholders plus the script once. Options:
 * data-mode (inline | button), data-primary-color (#rrggbb), data-locale, data-label (button text).
 * The booking pages run in an iframe from HOST; this script sizes the iframe to its content and re-dispatches
 * the frame's "booked" message as a DOM event, hearth:booked, on the widget's element (it bubbles to document).
 */
(function () {
  'use strict';
  var VERSION = 1;
  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  var hearth = new URL(script.src).origin;
  var widgets = [];

  function frameUrl(options) {
    var path = '/embed/book' + (options.therapist ? '/' + encodeURIComponent(options.therapist) : '');
    var query = ['origin=' + encodeURIComponent(location.origin)];
    if (options.primaryColor) {
      query.push('color=' + encodeURIComponent(options.primaryColor));
    }
    if (options.locale) {
      query.push('locale=' + encodeURIComponent(options.locale));
    }
    return hearth + path + '?' + query.join('&');
  }

  function createFrame(options) {
    var frame = document.createElement('iframe');
    frame.src = frameUrl(options);
    frame.title = 'Book a discovery call';
    frame.style.cssText = 'display:block;width:100%;border:0;height:480px;background:transparent;';
    return frame;
  }

  function inline(container, options) {
    var widget = { container: container, frame: createFrame(options) };
    container.appendChild(widget.frame);
    widgets.push(widget);
  }

  // Button mode: a modal dialog holding the frame. showModal makes the rest of the page inert; two invisible
  // sentinels wrap Tab and Shift+Tab around (close button <-> frame) so focus stays in the dialog.
  function button(container, options) {
    var opener = document.createElement('button');
    opener.type = 'button';
    opener.textContent = options.label || 'Book a free call';
    opener.setAttribute('aria-haspopup', 'dialog');
    if (options.primaryColor) {
      opener.style.cssText = 'background:' + options.primaryColor + ';color:#fff;border:0;border-radius:6px;'
        + 'padding:.6em 1.2em;font:inherit;cursor:pointer;';
    }
    container.appendChild(opener);
    var widget = { container: container, opener: opener, frame: null, dialog: null, focusWanted: null };
    widgets.push(widget);
    opener.addEventListener('click', function () { open(widget, options); });
  }

  function sentinel(onFocus) {
    var span = document.createElement('span');
    span.tabIndex = 0;
    span.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;';
    span.addEventListener('focus', onFocus);
    return span;
  }

  function open(widget, options) {
    if (!widget.dialog) {
      var dialog = document.createElement('dialog');
      dialog.setAttribute('aria-label', 'Book a discovery call');
      dialog.style.cssText = 'width:min(46rem,calc(100vw - 2rem));max-height:calc(100vh - 2rem);padding:0;'
        + 'border:0;border-radius:8px;overflow:auto;';
      var close = document.createElement('button');
      close.type = 'button';
      close.textContent = '\u00d7';
      close.setAttribute('aria-label', 'Close booking');
      close.style.cssText = 'float:right;font-size:1.6rem;line-height:1;background:none;border:0;padding:.4rem .7rem;'
        + 'cursor:pointer;';
      close.addEventListener('click', function () { dialog.close(); });
      widget.frame = createFrame(options);
      dialog.appendChild(sentinel(function () { focusFrame(widget, 'last'); }));
      dialog.appendChild(close);
      dialog.appendChild(widget.frame);
      dialog.appendChild(sentinel(function () { close.focus(); }));
      dialog.addEventListener('close', function () { widget.opener.focus(); });
      document.body.appendChild(dialog);
      widget.dialog = dialog;
    }
    widget.dialog.showModal();
    focusFrame(widget, 'first');
  }

  // Focus cannot be set inside another origin's document from here: focus the iframe and ask the frame to
  // focus its heading (or its last control); if the frame has not said it is ready yet, ask when it does.
  function focusFrame(widget, at) {
    widget.frame.focus();
    if (widget.ready) {
      post(widget, { type: 'hearth:focus', at: at });
    } else {
      widget.focusWanted = at;
    }
  }

  function post(widget, message) {
    message.source = 'hearth';
    message.version = VERSION;
    widget.frame.contentWindow.postMessage(message, hearth);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== hearth || !data || data.source !== 'hearth' || data.version !== VERSION) {
      return;
    }
    var widget = widgets.filter(function (w) { return w.frame && w.frame.contentWindow === event.source; })[0];
    if (!widget) {
      return;
    }
    if (data.type === 'hearth:ready') {
      widget.ready = true;
      if (widget.focusWanted && widget.dialog && widget.dialog.open) {
        post(widget, { type: 'hearth:focus', at: widget.focusWanted });
      }
      widget.focusWanted = null;
    } else if (data.type === 'hearth:resize' && typeof data.height === 'number' && data.height > 0) {
      widget.frame.style.height = Math.min(Math.ceil(data.height), 20000) + 'px';
    } else if (data.type === 'hearth:booked' && typeof data.reference === 'string') {
      widget.container.dispatchEvent(new CustomEvent('hearth:booked', {
        bubbles: true,
        detail: { reference: data.reference, start: data.start }
      }));
    } else if (data.type === 'hearth:close' && widget.dialog && widget.dialog.open) {
      widget.dialog.close();
    }
  });

  function options(element) {
    var d = element.dataset;
    return { therapist: d.therapist, mode: d.mode, primaryColor: d.primaryColor, locale: d.locale, label: d.label };
  }

  function mount(container, element) {
    element.setAttribute('data-hearth-ready', '');
    var chosen = options(element);
    if (chosen.mode === 'button') {
      button(container, chosen);
    } else {
      inline(container, chosen);
    }
  }

  function placeholders() {
    var found = document.querySelectorAll('[data-hearth-booking]:not([data-hearth-ready])');
    Array.prototype.forEach.call(found, function (element) { mount(element, element); });
    return found.length;
  }

  // The tag itself is a widget when it names a therapist or a mode, or when the page has no placeholders. Its
  // widget goes right after it, or at the end of the body when the tag sits in the head.
  function mountTag() {
    if (script.hasAttribute('data-hearth-ready')) {
      return;
    }
    var container = document.createElement('div');
    container.className = 'hearth-booking';
    if (script.parentNode && script.parentNode !== document.head) {
      script.parentNode.insertBefore(container, script.nextSibling);
    } else {
      document.body.appendChild(container);
    }
    mount(container, script);
  }
  var own = script.hasAttribute('data-therapist') || script.hasAttribute('data-mode');
  if (own && document.body && script.parentNode !== document.head) {
    mountTag();
  }
  function scan() {
    placeholders();
    if (own || !document.querySelector('[data-hearth-booking]')) {
      mountTag();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan);
  } else {
    scan();
  }
})();
