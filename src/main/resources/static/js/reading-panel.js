// The reading panel is one <details>: folded into a bar on a phone, always shown beside the text on a desktop, where
// the stylesheet shows its content even when closed. Opening it there as well keeps it open for every tool (and for
// a reader who narrows the window afterwards); without scripts the page works the same.
(function () {
    var panel = document.querySelector('.reading-panel');
    if (panel && window.matchMedia('(min-width: 1024px)').matches) {
        panel.open = true;
    }
})();
