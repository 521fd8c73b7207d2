/* global document, window */
// The submit form's similar ideas, asked while the citizen writes. Without JavaScript the server shows them as a step before sending.
(function () {
  'use strict';
  var form = document.querySelector('form[action="/submit"]');
  var live = document.getElementById('similar-live');
  if (!form || !live || !window.fetch || !window.URLSearchParams) return;
  var box = live.querySelector('.similar-live-box');
  var list = live.querySelector('ul');
  var checked = document.getElementById('similarChecked');
  // The list is shown here as the citizen writes: the step before sending would only repeat it.
  if (checked) checked.value = '1';
  var fields = form.elements;
  var timer = null;
  var asked = '';

  function show(items) {
    list.textContent = '';
    items.forEach(function (item) {
      var entry = document.createElement('li');
      var link = document.createElement('a');
      link.href = '/public/ideas/' + encodeURIComponent(item.publicCode);
      link.textContent = item.title;
      var status = document.createElement('span');
      status.className = 'similar-status';
      var label = live.getAttribute('data-status-' + item.status) || item.status;
      var supports = typeof item.supports === 'number' ? live.getAttribute('data-supports-label') + ': ' + item.supports + ', ' : '';
      status.textContent = ' (' + live.getAttribute('data-status-label') + ': ' + label + ', ' + supports + item.publicCode + ')';
      entry.appendChild(link);
      entry.appendChild(status);
      // The way to support it instead of sending the same idea again.
      if (item.supportUrl) {
        var support = document.createElement('a');
        support.href = item.supportUrl;
        support.className = 'similar-support';
        support.textContent = live.getAttribute('data-support-instead').replace('{code}', item.publicCode);
        entry.appendChild(document.createTextNode(' '));
        entry.appendChild(support);
      }
      list.appendChild(entry);
    });
    box.hidden = items.length === 0;
  }

  function ask() {
    var text = (fields.title.value + ' ' + fields.description.value).trim();
    if (text.length < 4) return show([]);
    var params = new URLSearchParams({ text: text.slice(0, 2000) });
    if (fields.district.value) params.set('district', fields.district.value);
    if (fields.category.value) params.set('category', fields.category.value);
    var query = params.toString();
    if (query === asked) return;
    asked = query;
    fetch('/public/ideas/similar?' + query, { headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.ok ? response.json() : { items: [] };
      })
      .then(function (body) {
        if (query === asked) show(body.items || []);
      })
      .catch(function () {
        // No list is no harm: the idea can be sent all the same.
      });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, 400);
  }

  ['title', 'description', 'district', 'category'].forEach(function (name) {
    fields[name].addEventListener(name === 'title' || name === 'description' ? 'input' : 'change', later);
  });
  ask();
})();
