/* global document */
// The receipt's copy button: shown only where JavaScript runs; without it the link is there to select and copy.
(function () {
  'use strict';
  var button = document.getElementById('copy-link');
  if (!button || !navigator.clipboard) return;
  var link = document.getElementById(button.getAttribute('data-copy'));
  var status = document.getElementById('copy-status');
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(link.href).then(function () {
      status.textContent = button.getAttribute('data-copied');
    });
  });
})();
