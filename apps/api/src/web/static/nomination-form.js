/* global document */
// Shows only the parts of the nomination form the chosen title needs. Without this script every
// part shows, and the server reads only the parts of the chosen title.
(function () {
  'use strict';
  var title = document.getElementById('title');
  if (!title) return;
  function update() {
    var option = title.options[title.selectedIndex];
    var kind = option ? option.getAttribute('data-kind') : null;
    var parts = document.querySelectorAll('[data-for-kinds]');
    for (var i = 0; i < parts.length; i++) {
      parts[i].hidden = Boolean(kind) && parts[i].getAttribute('data-for-kinds').split(' ').indexOf(kind) < 0;
    }
  }
  title.addEventListener('change', update);
  update();
})();
