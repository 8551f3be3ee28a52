// Solves the booking form's proof-of-work puzzle (ALTCHA format) in the page itself: find the number n up to
// maxnumber for which SHA-256(salt + n) is the challenge. No third party is contacted. SHA-256 is computed here
// rather than with crypto.subtle, which plain-http pages lack and which is slow for many tiny hashes.
(function () {
  'use strict';
  var box = document.querySelector('[data-proof-of-work]');
  if (!box) {
    return;
  }
  var form = box.closest('form');
  var input = box.querySelector('input[name="proofOfWork"]');
  var status = box.querySelector('[data-proof-status]');
  var salt = box.getAttribute('data-salt');
  var challenge = box.getAttribute('data-challenge');
  var signature = box.getAttribute('data-signature');
  var max = parseInt(box.getAttribute('data-maxnumber'), 10);
  var solved = false;
  var submitWhenSolved = false;

  var K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];
  var W = new Array(64);

  // SHA-256 of an ASCII string (salt and digits only), as lower-case hex
  function sha256(text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
    var bits = bytes.length * 8;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) {
      bytes.push(0);
    }
    for (var s = 56; s >= 0; s -= 8) {
      bytes.push(s >= 32 ? 0 : (bits >>> s) & 0xff);
    }
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    for (var off = 0; off < bytes.length; off += 64) {
      for (var t = 0; t < 64; t++) {
        if (t < 16) {
          W[t] = (bytes[off + 4 * t] << 24) | (bytes[off + 4 * t + 1] << 16) | (bytes[off + 4 * t + 2] << 8)
            | bytes[off + 4 * t + 3];
        } else {
          var a = W[t - 15], b = W[t - 2];
          var s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
          var s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
          W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
        }
      }
      var A = h[0], B = h[1], C = h[2], D = h[3], E = h[4], F = h[5], G = h[6], H = h[7];
      for (var r = 0; r < 64; r++) {
        var S1 = ((E >>> 6) | (E << 26)) ^ ((E >>> 11) | (E << 21)) ^ ((E >>> 25) | (E << 7));
        var ch = (E & F) ^ (~E & G);
        var t1 = (H + S1 + ch + K[r] + W[r]) | 0;
        var S0 = ((A >>> 2) | (A << 30)) ^ ((A >>> 13) | (A << 19)) ^ ((A >>> 22) | (A << 10));
        var maj = (A & B) ^ (A & C) ^ (B & C);
        var t2 = (S0 + maj) | 0;
        H = G; G = F; F = E; E = (D + t1) | 0; D = C; C = B; B = A; A = (t1 + t2) | 0;
      }
      h[0] = (h[0] + A) | 0; h[1] = (h[1] + B) | 0; h[2] = (h[2] + C) | 0; h[3] = (h[3] + D) | 0;
      h[4] = (h[4] + E) | 0; h[5] = (h[5] + F) | 0; h[6] = (h[6] + G) | 0; h[7] = (h[7] + H) | 0;
    }
    var hex = '';
    for (var k = 0; k < 8; k++) {
      hex += ('00000000' + (h[k] >>> 0).toString(16)).slice(-8);
    }
    return hex;
  }

  function found(number) {
    input.value = btoa(JSON.stringify({algorithm: 'SHA-256', challenge: challenge, number: number, salt: salt,
      signature: signature}));
    solved = true;
    status.textContent = 'Ready to book.';
    if (submitWhenSolved) {
      form.submit();
    }
  }

  // a slice at a time, so the page stays responsive while the puzzle is solved
  function search(from) {
    var to = Math.min(max, from + 5000);
    for (var n = from; n <= to; n++) {
      if (sha256(salt + n) === challenge) {
        found(n);
        return;
      }
    }
    if (to < max) {
      setTimeout(function () { search(to + 1); }, 0);
    } else {
      status.textContent = 'This page has expired. Please reload it to book.';
    }
  }

  form.addEventListener('submit', function (event) {
    if (!solved) {
      event.preventDefault();
      submitWhenSolved = true;
      status.textContent = 'One moment: your browser is finishing a short check before booking.';
    }
  });
  status.textContent = 'Your browser is doing a short check that keeps automated bookings out.';
  search(0);
}());
