// Copies a permalink to the clipboard. Without this script, or without clipboard access, the link still opens the
// permalink, which the reader can copy from the address bar.
document.addEventListener('click', function (event) {
  var link = event.target.closest('a[data-copy]');
  if (!link || !navigator.clipboard || !window.isSecureContext) {
    return;
  }
  event.preventDefault();
  navigator.clipboard.writeText(link.dataset.copy).then(function () {
    var label = link.textContent;
    link.textContent = link.dataset.copied;
    link.setAttribute('aria-live', 'polite');
    setTimeout(function () { link.textContent = label; }, 2000);
  }, function () {
    window.location.href = link.href;
  });
});
