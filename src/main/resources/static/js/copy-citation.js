// Copies a quote with its citation in one click. Without this script the button stays hidden and the text, which
// is selectable, is copied by hand; where the clipboard is refused, the text is selected and copied the older way.
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
    var byHand = function () {
      source.select();
      if (document.execCommand('copy')) {
        done();
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.value).then(done, byHand);
    } else {
      byHand();
    }
  });
});
