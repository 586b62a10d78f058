/* global window, document */
/** The plan page's "Print of bewaar als PDF" button: shown only where scripts run; opens the browser's print dialog. */
(function () {
  'use strict';
  var button = document.getElementById('print-plan');
  if (button === null) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
