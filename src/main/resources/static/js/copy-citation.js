// Copies a quote with its citation in one click. Without this script the button stays hidden and the text, which
// is selectable, is copied by hand.
document.querySelectorAll('button[data-copy-from]').forEach(function (button) {
  var source = document.getElementById(button.dataset.copyFrom);
  if (!source) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var label = button.textContent;
    var done = function () {
      button.textContent = button.dataset.copied;
      button.setAttribute('aria-live', 'polite');
      setTimeout(function () { button.textContent = label; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.value).then(done, function () { source.select(); });
    } else {
      source.select();
      if (document.execCommand('copy')) {
        done();
      }
    }
  });
});
