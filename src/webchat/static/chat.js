/* global window, document, sessionStorage, fetch, URL */
/**
 * The chat page: gets a Direct Line token (or refreshes the one this tab already has, so a reload
 * continues the same conversation) and renders Web Chat with its own Direct Line client.
 */
(function () {
  'use strict';
  var root = document.getElementById('chat');
  var mode = root.dataset.mode;
  var domain = new URL(root.dataset.domain, window.location.href).href.replace(/\/$/, '');
  var tokenUrl = root.dataset.tokenUrl;
  var KEY = 'perspectiefbot.session';

  function load() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || 'null');
    } catch {
      return null;
    }
  }

  function save(session) {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  }

  function postForJson(url, token) {
    return fetch(url, { method: 'POST', headers: token ? { Authorization: 'Bearer ' + token } : {} }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  /** The tab's conversation with a fresh token, or a new conversation. */
  function session() {
    var kept = load();
    var fresh = function () {
      return postForJson(tokenUrl).then(function (body) {
        return { token: body.token, conversationId: body.conversationId, resumed: false };
      });
    };
    if (!kept || !kept.token) return fresh();
    return postForJson(domain + '/tokens/refresh', kept.token).then(
      function (body) {
        return { token: body.token, conversationId: kept.conversationId, resumed: true };
      },
      function () {
        sessionStorage.removeItem(KEY);
        return fresh();
      },
    );
  }

  function start(current) {
    save(current);
    // This server resumes a conversation from its token; Azure's Direct Line needs the conversation id.
    var options = { domain: domain, token: current.token };
    if (mode === 'azure' && current.resumed) options.conversationId = current.conversationId;
    var directLine = window.WebChat.createDirectLine(options);
    var keep = function () {
      save({ token: directLine.token || current.token, conversationId: directLine.conversationId || current.conversationId });
    };
    window.setInterval(keep, 60 * 1000);
    window.addEventListener('pagehide', keep);
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        locale: 'nl-NL',
        // Plain, informal Dutch ("je"), from content/messages/webchat.yaml.
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: root.dataset.placeholder },
        styleOptions: {
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          bubbleMaxWidth: 600,
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        },
      },
      root,
    );
  }

  session().then(start, function () {
    root.setAttribute('role', 'alert');
    root.textContent = root.dataset.error;
  });
})();
