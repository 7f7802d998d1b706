// Swagger UI puts a deep link inside each operation's toggle button (a control inside a control, which screen
// readers and axe reject). The button already opens the operation, so the inner link loses its href.
new MutationObserver(() => {
  for (const link of document.querySelectorAll('.opblock-summary-control a[href]')) link.removeAttribute('href');
}).observe(document.documentElement, { childList: true, subtree: true });
