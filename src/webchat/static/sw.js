/* global self, caches, Response */
/**
 * The service worker of the push reminder (only registered when the young person asks for it):
 * shows the reminder on the agreed day, and a tap opens their private link, which the page handed
 * it and which stays on this device only.
 */
'use strict';
var CACHE = 'perspectiefbot-return';
var LINK = '/return-link';

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('message', function (event) {
  if (!event.data || typeof event.data.link !== 'string') return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.put(LINK, new Response(event.data.link));
  }));
});

self.addEventListener('push', function (event) {
  var data;
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  event.waitUntil(self.registration.showNotification(data.title || 'Perspectiefbot', { body: data.body || '', tag: 'follow-up' }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  event.waitUntil(
    caches.open(CACHE)
      .then(function (cache) { return cache.match(LINK); })
      .then(function (response) { return response ? response.text() : '/'; })
      .then(function (url) { return self.clients.openWindow(url); }),
  );
});
