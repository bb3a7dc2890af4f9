// The quick exit on victims' pages: leaves with location.replace, so this page is no longer in the history and Back
// does not bring it back. A file rather than an onclick attribute: the pages' Content-Security-Policy allows no
// inline script. Without JavaScript the link still leaves, as a plain link.
document.getElementById("quick-exit")?.addEventListener("click", function (event) {
  event.preventDefault();
  window.location.replace(this.href);
});
