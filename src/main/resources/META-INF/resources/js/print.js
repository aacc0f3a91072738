// The review page's "Print" button (the page prints fine without it: this only saves a menu trip).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
