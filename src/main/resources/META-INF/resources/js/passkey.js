// Passkey ceremonies on the staff pages. A form marked data-passkey="register" or "authenticate" carries the
// server's challenge and relying party in data- attributes; on submit this script asks the browser's authenticator,
// puts its answer (base64url) in the form's hidden fields and sends the form as usual, form token included. Without
// WebAuthn support the forms stay hidden and the password, code and recovery-code forms do everything else.
(function () {
  'use strict';

  function toBytes(text) {
    var padded = text.replace(/-/g, '+').replace(/_/g, '/');
    while (padded.length % 4) {
      padded += '=';
    }
    var binary = atob(padded);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  function toText(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function credentials(list) {
    return (list || '').split(' ').filter(Boolean).map(function (id) {
      return { type: 'public-key', id: toBytes(id) };
    });
  }

  function put(form, name, value) {
    var field = form.querySelector('input[name="' + name + '"]');
    if (field) {
      field.value = value;
    }
  }

  function register(form) {
    var d = form.dataset;
    return navigator.credentials.create({ publicKey: {
      challenge: toBytes(d.challenge),
      rp: { id: d.rpId, name: d.rpName },
      user: { id: toBytes(d.userHandle), name: d.userName, displayName: d.userName },
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }, { type: 'public-key', alg: -257 }],
      excludeCredentials: credentials(d.credentials),
      authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
      attestation: 'none',
      timeout: 120000
    } }).then(function (credential) {
      put(form, 'clientDataJSON', toText(credential.response.clientDataJSON));
      put(form, 'attestationObject', toText(credential.response.attestationObject));
      put(form, 'transports', credential.response.getTransports ? credential.response.getTransports().join(' ') : '');
    });
  }

  function authenticate(form) {
    var d = form.dataset;
    return navigator.credentials.get({ publicKey: {
      challenge: toBytes(d.challenge),
      rpId: d.rpId,
      allowCredentials: credentials(d.credentials),
      userVerification: d.userVerification || 'preferred',
      timeout: 120000
    } }).then(function (credential) {
      put(form, 'credentialId', toText(credential.rawId));
      put(form, 'clientDataJSON', toText(credential.response.clientDataJSON));
      put(form, 'authenticatorData', toText(credential.response.authenticatorData));
      put(form, 'signature', toText(credential.response.signature));
      put(form, 'userHandle', credential.response.userHandle ? toText(credential.response.userHandle) : '');
    });
  }

  function start() {
    if (!window.PublicKeyCredential || !navigator.credentials) {
      return;
    }
    document.querySelectorAll('form[data-passkey]').forEach(function (form) {
      form.hidden = false;
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var status = form.querySelector('[data-passkey-status]');
        var ceremony = form.dataset.passkey === 'register' ? register(form) : authenticate(form);
        ceremony.then(function () {
          form.submit();
        }, function () {
          if (status) {
            status.textContent = 'The passkey was not used. Try again, or use another way to sign in.';
            status.hidden = false;
          }
        });
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
