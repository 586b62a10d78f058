/**
 * /embed.js: put `<div id="perspectiefbot"></div><script src="https://<host>/embed.js" async></script>`
 * on a page and the widget appears in that container, as an iframe of this server's chat page.
 * Only the allowed origins get it (the page's frame-ancestors enforces the same in the browser).
 */
export function renderEmbedScript(allowedOrigins: readonly string[], frameTitle: string): string {
  return `(function () {
  var allowed = ${JSON.stringify(allowedOrigins)};
  var script = document.currentScript;
  if (!script || (allowed.indexOf('*') < 0 && allowed.indexOf(window.location.origin) < 0)) {
    if (window.console) window.console.warn('perspectiefbot: this site may not embed the chat');
    return;
  }
  var page = new URL('/', script.src).href;
  function mount() {
    var container = document.getElementById('perspectiefbot');
    if (!container || container.querySelector('iframe')) return;
    var frame = document.createElement('iframe');
    frame.src = page;
    frame.title = ${JSON.stringify(frameTitle)};
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = 'width:100%;height:100%;min-height:480px;border:0;display:block';
    container.appendChild(frame);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
`;
}
