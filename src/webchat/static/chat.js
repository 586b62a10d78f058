/* global window, document, sessionStorage, localStorage, navigator, Notification, fetch, URL */
/**
 * The chat page: gets a Direct Line token (or refreshes the one this tab already has, so a reload
 * continues the same conversation) and renders Web Chat with its own Direct Line client.
 *
 * Coming back: a private link (/terug/<token>) opens a new conversation that continues the link's
 * one. Only when the young person ticks "onthoud mij op dit toestel" is the link kept in
 * localStorage, so this device opens it next time; untick it and it is gone. With push reminders
 * configured, the page offers one for the agreed follow-up day.
 */
(function () {
  'use strict';
  var root = document.getElementById('chat');
  var mode = root.dataset.mode;
  var domain = new URL(root.dataset.domain, window.location.href).href.replace(/\/$/, '');
  var tokenUrl = root.dataset.tokenUrl;
  var KEY = 'perspectiefbot.session';
  var REMEMBER = 'perspectiefbot.return';
  var remember = document.getElementById('remember');
  var notice = document.getElementById('notice');
  var optionsBar = remember.closest('.page-options');
  /** The private link's token this page got from the bot (or opened), never stored unless ticked. */
  var currentLink = null;
  var LINK_TOKEN = /^[2-9A-HJKMNP-Z]{9}[A-Za-z0-9_-]{32}$/;
  var linkInPath = /^\/terug\/([A-Za-z0-9_-]{41})$/.exec(window.location.pathname);

  function remembered() {
    try {
      return localStorage.getItem(REMEMBER);
    } catch {
      return null;
    }
  }

  function keepLink() {
    try {
      if (remember.checked && currentLink) localStorage.setItem(REMEMBER, currentLink);
      if (!remember.checked) localStorage.removeItem(REMEMBER);
    } catch {
      // Storage switched off: nothing is remembered.
    }
  }

  function say(text) {
    notice.textContent = text;
    notice.hidden = false;
  }

  remember.checked = remembered() !== null;
  remember.addEventListener('change', keepLink);

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

  /** A new conversation continuing the private link's one; null when the link does not work. */
  function openLink(link) {
    return fetch(domain + '/tokens/return', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ link: link }),
    }).then(function (response) {
      if (!response.ok) return null;
      return response.json().then(function (body) {
        currentLink = link;
        return { token: body.token, conversationId: body.conversationId, resumed: true };
      });
    });
  }

  /** The tab's conversation with a fresh token, a link's conversation, or a new conversation. */
  function session() {
    var kept = load();
    var link = linkInPath ? linkInPath[1] : !kept ? remembered() : null;
    if (linkInPath) window.history.replaceState(null, '', '/');
    if (link && mode === 'self') {
      sessionStorage.removeItem(KEY);
      return openLink(link).then(function (opened) {
        if (opened) return opened;
        if (link === remembered()) localStorage.removeItem(REMEMBER);
        say(root.dataset.linkWrong);
        return freshSession();
      });
    }
    if (!kept || !kept.token) return freshSession();
    return refreshed(kept);
  }

  function freshSession() {
    return postForJson(tokenUrl).then(function (body) {
      return { token: body.token, conversationId: body.conversationId, resumed: false };
    });
  }

  function refreshed(kept) {
    return postForJson(domain + '/tokens/refresh', kept.token).then(
      function (body) {
        return { token: body.token, conversationId: kept.conversationId, resumed: true };
      },
      function () {
        sessionStorage.removeItem(KEY);
        return freshSession();
      },
    );
  }

  /** The Push API wants the VAPID key as bytes. */
  function keyBytes(base64url) {
    var base64 = (base64url + '==='.slice((base64url.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    var raw = window.atob(base64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  /** Asks the browser for a push subscription and hands it to the bot with the link. */
  function subscribe(link, button) {
    button.disabled = true;
    Notification.requestPermission()
      .then(function (permission) {
        if (permission !== 'granted') throw new Error('no permission');
        return navigator.serviceWorker.register('/sw.js');
      })
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function (registration) {
        return registration.pushManager
          .subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(root.dataset.pushKey) })
          .then(function (subscription) {
            return fetch('/api/push/subscribe', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ link: link, subscription: subscription.toJSON() }),
            });
          })
          .then(function (response) {
            if (!response.ok) throw new Error('HTTP ' + response.status);
            if (registration.active) registration.active.postMessage({ link: window.location.origin + '/terug/' + link });
          });
      })
      .then(
        function () {
          button.remove();
          say(root.dataset.pushDone);
        },
        function () {
          button.disabled = false;
          say(root.dataset.pushFailed);
        },
      );
  }

  /** The push offer, once, when the bot agreed a follow-up day and gave its link. */
  function offerPush(link) {
    if (!root.dataset.pushKey || !('serviceWorker' in navigator) || !('PushManager' in window) || document.getElementById('push')) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.id = 'push';
    button.textContent = root.dataset.push;
    button.addEventListener('click', function () {
      subscribe(link, button);
    });
    optionsBar.appendChild(button);
  }

  /** Watches the bot's messages for the way back (channelData.returnPass). */
  function watch() {
    return function (next) {
      return function (action) {
        var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' ? action.payload.activity : null;
        var pass = activity && activity.from && activity.from.role === 'bot' && activity.channelData && activity.channelData.returnPass;
        // After a reload the history has the link redacted: only a real token counts.
        if (pass && typeof pass.link === 'string' && LINK_TOKEN.test(pass.link)) {
          currentLink = pass.link;
          keepLink();
          if (pass.pushDay) offerPush(pass.link);
        }
        return next(action);
      };
    };
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
    if (currentLink) keepLink();
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: window.WebChat.createStore({}, watch),
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
