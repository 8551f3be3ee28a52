// Progressive enhancement for /intake/{slug}: the form works without this file.
// 1. Conditional questions: hide (and disable, so nothing hidden is sent) questions whose condition fails.
// 2. "Save and finish later" saves in place and shows the private resume link, without leaving the page.
// 3. Moves focus to the error summary so keyboard and screen-reader users hear what to fix.
(function () {
  'use strict';
  var form = document.getElementById('intake-form');
  if (!form) { return; }

  function currentValues(name) {
    var values = [];
    var fields = form.querySelectorAll('[name="' + name + '"], [name="' + name + '.agreed"]');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.disabled) { continue; }
      if ((f.type === 'radio' || f.type === 'checkbox')) {
        if (f.checked) { values.push(f.value); }
      } else if (f.value) {
        values.push(f.value);
      }
    }
    return values;
  }

  function applyConditions() {
    // document order: a question's condition is always on an earlier question, so chains settle in one pass
    var wrappers = form.querySelectorAll('[data-show-if]');
    for (var i = 0; i < wrappers.length; i++) {
      var wrap = wrappers[i];
      var wanted = wrap.getAttribute('data-show-values').split(' ');
      var have = currentValues(wrap.getAttribute('data-show-if'));
      var show = have.some(function (v) { return wanted.indexOf(v) >= 0; });
      wrap.hidden = !show;
      var inputs = wrap.querySelectorAll('input, textarea, select');
      for (var j = 0; j < inputs.length; j++) { inputs[j].disabled = !show; }
      var hint = wrap.querySelector('.condition');
      if (hint) { hint.hidden = true; }
    }
  }

  form.addEventListener('change', applyConditions);
  applyConditions();

  var status = document.getElementById('draft-status');
  var save = document.getElementById('save-draft');
  if (save && window.fetch && window.FormData && window.URLSearchParams) {
    save.addEventListener('click', function (event) {
      event.preventDefault();
      var data = new URLSearchParams(new FormData(form));
      data.set('_action', 'save');
      status.textContent = 'Saving…';
      fetch(form.action, {
        method: 'POST', body: data, credentials: 'same-origin', referrerPolicy: 'no-referrer',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (result) {
        if (!result.ok) {
          status.textContent = result.body.error || 'Some answers need checking before they can be saved. '
              + 'Press "Save and finish later" again after reloading, or send the form to see what to fix.';
          return;
        }
        form.querySelector('[name="_draft"]').value = result.body.draftToken;
        status.textContent = 'Saved. Keep this private link to come back within 14 days: ';
        var link = document.createElement('a');
        link.href = result.body.resumeUrl;
        link.id = 'resume-link';
        link.textContent = result.body.resumeUrl;
        status.appendChild(link);
      }).catch(function () {
        status.textContent = 'Saving did not work. Check your connection and try again.';
      });
    });
  }

  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
})();
