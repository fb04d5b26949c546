import { BANNER_CATALOGS } from './consent-banner.messages.js';

/**
 * The consent banner websites embed with one `<script src="…/p/<slug>/consent.js" async>`. Plain browser
 * JavaScript, kept as text: the route serves it as one static string per tenant (its slug and the banner's words
 * filled in), so there is no bundler and nothing is evaluated from data. At run time it fetches the live notice
 * (`/p/<slug>/consents/notice`, from the script's own origin) so that the text it shows, and whose hash it sends,
 * is always the live one in the language the endpoint negotiated; builds the bar and the settings dialog in a shadow
 * root with DOM calls and `textContent` only (no markup from data, no eval, no inline handlers: a strict CSP holds);
 * records each choice through `POST /p/<slug>/consents`; and runs the page's blocked scripts and frames once their
 * purpose is granted. Its words (`BANNER_CATALOGS`) are picked by the notice's language.
 */
const SOURCE = String.raw`(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var slug = __NOTICEBOARD_SLUG__;
  var words = __NOTICEBOARD_WORDS__;
  var origin = new URL(script.src).origin;
  var base = origin + '/p/' + encodeURIComponent(slug);
  var storageKey = 'noticeboard.consent.' + slug;
  var SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'];
  var gpc = navigator.globalPrivacyControl === true;
  var w = words.en;
  var notice = null;
  var choices = {};
  var listeners = [];
  var host = null, root = null, bar = null, dialog = null;
  var barReturn = null, dialogReturn = null;
  var readyResolve;
  var ready = new Promise(function (resolve) { readyResolve = resolve; });

  function warn(message) { if (window.console) console.warn('Noticeboard consent banner: ' + message); }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function load() {
    try {
      var stored = JSON.parse(localStorage.getItem(storageKey) || 'null');
      return stored && typeof stored === 'object' && stored.v === 1 ? stored : {};
    } catch (e) {
      return {};
    }
  }
  function save(state) {
    try { localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { warn('the choice could not be kept in this browser'); }
  }
  var stored = load();
  var subjectId = typeof stored.subjectId === 'string' && stored.subjectId ? stored.subjectId : uuid();

  function gtag() {
    if (typeof window.gtag === 'function') window.gtag.apply(window, arguments);
  }
  function signals() {
    var state = {};
    SIGNALS.forEach(function (signal) {
      var mapped = notice ? notice.purposes.filter(function (p) { return p.consentMode.indexOf(signal) >= 0; }) : [];
      state[signal] = mapped.length && mapped.every(function (p) { return choices[p.id] === true; }) ? 'granted' : 'denied';
    });
    return state;
  }
  var denied = signals();
  denied.wait_for_update = 500;
  gtag('consent', 'default', denied);

  function blockedBy(el) { return (el.getAttribute('data-consent') || '').split(/\s+/).filter(Boolean); }
  function allowed(el) {
    var keys = blockedBy(el);
    return keys.length > 0 && keys.every(function (k) { return choices[k] === true; });
  }
  function activate() {
    document.querySelectorAll('script[type="text/plain"][data-consent]').forEach(function (old) {
      if (!allowed(old)) return;
      var run = document.createElement('script');
      Array.prototype.forEach.call(old.attributes, function (a) {
        if (a.name !== 'type' && a.name !== 'data-consent') run.setAttribute(a.name, a.value);
      });
      var type = old.getAttribute('data-type');
      if (type) run.type = type;
      if (old.nonce) run.nonce = old.nonce;
      run.setAttribute('data-consent-granted', old.getAttribute('data-consent'));
      if (!old.src) run.text = old.text;
      old.parentNode.replaceChild(run, old);
    });
    document.querySelectorAll('iframe[data-consent]').forEach(function (frame) {
      var src = frame.getAttribute('data-consent-src');
      if (src && allowed(frame)) {
        frame.setAttribute('src', src);
        frame.removeAttribute('data-consent-src');
      } else if (!src && frame.getAttribute('src') && !allowed(frame)) {
        frame.setAttribute('data-consent-src', frame.getAttribute('src'));
        frame.removeAttribute('src');
      }
    });
  }
  new MutationObserver(function () { if (notice) activate(); }).observe(document.documentElement, { childList: true, subtree: true });

  function current() {
    var out = {};
    if (notice) notice.purposes.forEach(function (p) { out[p.id] = choices[p.id] === true; });
    return out;
  }
  function changed() {
    activate();
    gtag('consent', 'update', signals());
    var now = current();
    listeners.slice().forEach(function (fn) {
      try { fn(now); } catch (e) { warn('an onChange listener failed: ' + e); }
    });
  }

  function refusedBySignal(p) { return gpc && p.saleOrSharing; }

  function record(answer) {
    var body = {
      subjectId: subjectId,
      granted: answer.granted || [],
      refused: answer.refused || [],
      withdrawn: answer.withdrawn || [],
      method: 'BANNER',
      noticeHash: notice.hash,
      idempotencyKey: uuid(),
      language: notice.language
    };
    if (/^https?:$/.test(location.protocol)) body.pageUrl = location.origin + location.pathname;
    if (gpc) body.gpc = true;
    return fetch(base + '/consents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit'
    }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  function choose(granted) {
    var answer = { granted: [], refused: [] };
    // What the signal refuses is left to it: the event's gpc refuses it, recorded as refused by the signal.
    notice.purposes.forEach(function (p) {
      if (!refusedBySignal(p)) (granted[p.id] === true ? answer.granted : answer.refused).push(p.id);
    });
    return record(answer).then(function () {
      choices = {};
      notice.purposes.forEach(function (p) { choices[p.id] = answer.granted.indexOf(p.id) >= 0; });
      save({ v: 1, subjectId: subjectId, hash: notice.hash, choices: choices });
      if (dialog) dialog.close();
      hideBar();
      changed();
    }, function (e) {
      warn('the choice was not recorded (' + e.message + ')');
      var alert = (dialog || bar) && (dialog || bar).querySelector('.failed');
      if (alert) alert.textContent = w.failed;
      throw e;
    });
  }
  function all(value) {
    var out = {};
    notice.purposes.forEach(function (p) { out[p.id] = value; });
    return out;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, attrs[name]); });
    (children || []).forEach(function (child) {
      if (child != null) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  function button(label, onClick) {
    var b = el('button', { type: 'button' }, [label]);
    b.addEventListener('click', function () { onClick().catch(function () {}); });
    return b;
  }

  var CSS = ':host{all:initial}' +
    '*{box-sizing:border-box}' +
    '.bar,dialog{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}' +
    '.bar{position:fixed;left:0;right:0;bottom:0;z-index:2147483000;border-top:3px solid #1f3a5f;box-shadow:0 -2px 12px rgba(0,0,0,.25);padding:16px}' +
    '.bar:focus{outline:none}' +
    '.inner{max-width:960px;margin:0 auto}' +
    'h2{font-size:1.125rem;line-height:1.3;margin:0 0 8px}' +
    '.text{white-space:pre-wrap;max-height:30vh;overflow:auto;margin:0 0 8px}' +
    '.links{margin:0}.links a{margin-right:24px}' +
    'a{color:#1f3a5f;text-decoration:underline}' +
    '.buttons{display:flex;flex-wrap:wrap;gap:12px;margin-top:12px}' +
    // The three answers of the bar share one width, whatever the language (equally prominent).
    '.bar .buttons{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));max-width:44em}' +
    '@media (max-width:540px){.bar .buttons{grid-template-columns:1fr}}' +
    'button{font:inherit;font-weight:600;min-width:11em;min-height:44px;padding:8px 16px;border:2px solid #1f3a5f;border-radius:4px;background:#1f3a5f;color:#fff;cursor:pointer}' +
    'button:hover{background:#142a46}' +
    'a:focus-visible,button:focus-visible,input:focus-visible,.text:focus-visible{outline:3px solid #1f3a5f;outline-offset:3px}' +
    'dialog{width:calc(100% - 32px);max-width:640px;max-height:calc(100% - 32px);overflow:auto;border:0;border-radius:8px;padding:24px}' +
    'dialog::backdrop{background:rgba(0,0,0,.55)}' +
    'ul{list-style:none;margin:0;padding:0}' +
    'li{border-top:1px solid #8a8f98;padding:12px 0}' +
    'label{display:flex;gap:12px;align-items:center;font-weight:600;cursor:pointer}' +
    'input{width:22px;height:22px;margin:0;accent-color:#1f3a5f;flex:none}' +
    'li p,dl{margin:4px 0 0 34px}dt{font-weight:600}dd{margin:0 0 4px}' +
    '.note{font-style:italic}' +
    '.failed{color:#a4000f;font-weight:600;margin:8px 0 0}.failed:empty{display:none}';

  function mount() {
    if (root) return;
    host = el('div', { 'data-noticeboard-consent': '' });
    document.body.appendChild(host);
    root = host.attachShadow({ mode: 'open' });
    // A constructed sheet is not an inline style, so a CSP without style-src 'unsafe-inline' allows it.
    if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      var style = el('style', {}, [CSS]);
      if (script.nonce) style.nonce = script.nonce;
      root.appendChild(style);
    }
  }

  function focusBack(target) {
    if (target && target.isConnected && typeof target.focus === 'function') target.focus();
  }
  function deepActive() {
    var active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  function showBar() {
    mount();
    if (bar) return;
    barReturn = deepActive();
    var withdrawUrl = base + '/consents/withdraw?lang=' + encodeURIComponent(notice.language);
    bar = el('div', { role: 'region', 'aria-label': w.title, tabindex: '-1', class: 'bar', lang: notice.language }, [
      el('div', { class: 'inner' }, [
        el('h2', {}, [w.title]),
        el('p', { class: 'text' }, [notice.text]),
        el('p', { class: 'links' }, [
          el('a', { href: notice.policyUrl, target: '_blank', rel: 'noopener' }, [w.policy]),
          el('a', { href: withdrawUrl, target: '_blank', rel: 'noopener' }, [w.withdraw])
        ]),
        el('div', { class: 'buttons' }, [
          button(w.acceptAll, function () { return choose(all(true)); }),
          button(w.rejectAll, function () { return choose(all(false)); }),
          button(w.settings, function () { return Promise.resolve(openSettingsNow()); })
        ]),
        el('p', { class: 'failed', role: 'alert' })
      ])
    ]);
    root.appendChild(bar);
    // A long notice scrolls: keyboard users then need to reach it to scroll it.
    var text = bar.querySelector('.text');
    if (text.scrollHeight > text.clientHeight) text.setAttribute('tabindex', '0');
    bar.focus();
  }
  function hideBar() {
    if (!bar) return;
    var hadFocus = root.activeElement && bar.contains(root.activeElement);
    bar.remove();
    bar = null;
    if (hadFocus) focusBack(barReturn);
  }

  function openSettingsNow() {
    mount();
    if (dialog) return;
    dialogReturn = deepActive();
    var list = el('ul', {});
    notice.purposes.forEach(function (p, i) {
      var id = 'nb-p' + i;
      var blocked = refusedBySignal(p);
      var box = el('input', { type: 'checkbox', role: 'switch', id: id, name: p.id, 'aria-describedby': id + '-d' });
      box.checked = !blocked && choices[p.id] === true;
      box.disabled = blocked;
      var details = el('div', { id: id + '-d' }, [
        p.description ? el('p', {}, [p.description]) : null,
        blocked ? el('p', { class: 'note' }, [w.gpc]) : null,
        p.dataCategories.length || p.recipients.length
          ? el('dl', {}, [
              p.dataCategories.length ? el('dt', {}, [w.dataCategories]) : null,
              p.dataCategories.length ? el('dd', {}, [p.dataCategories.join(', ')]) : null,
              p.recipients.length ? el('dt', {}, [w.recipients]) : null,
              p.recipients.length ? el('dd', {}, [p.recipients.join(', ')]) : null
            ])
          : null
      ]);
      list.appendChild(el('li', {}, [el('label', { for: id }, [box, p.name]), details]));
    });
    dialog = el('dialog', { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'nb-settings', lang: notice.language }, [
      el('h2', { id: 'nb-settings' }, [w.settingsTitle]),
      el('p', {}, [w.settingsIntro]),
      list,
      el('p', { class: 'failed', role: 'alert' }),
      el('div', { class: 'buttons' }, [
        button(w.save, function () {
          var granted = {};
          dialog.querySelectorAll('input[type=checkbox]').forEach(function (box) { granted[box.name] = box.checked; });
          return choose(granted);
        }),
        button(w.close, function () { dialog.close(); return Promise.resolve(); })
      ])
    ]);
    // A modal dialog keeps the page inert, but Tab would still leave it for the browser's own controls.
    dialog.addEventListener('keydown', function (e) {
      if (e.key !== 'Tab') return;
      var items = Array.prototype.filter.call(dialog.querySelectorAll('button, input'), function (x) { return !x.disabled; });
      var edge = e.shiftKey ? items[0] : items[items.length - 1];
      if (root.activeElement === edge || !dialog.contains(root.activeElement)) {
        e.preventDefault();
        (e.shiftKey ? items[items.length - 1] : items[0]).focus();
      }
    });
    dialog.addEventListener('close', function () {
      dialog.remove();
      dialog = null;
      focusBack(dialogReturn);
    });
    root.appendChild(dialog);
    dialog.showModal();
    var first = dialog.querySelector('input:not([disabled])') || dialog.querySelector('button');
    first.focus();
  }

  function start(loaded) {
    notice = loaded;
    w = words[notice.language] || words.en;
    var known = stored.hash === notice.hash && stored.choices && typeof stored.choices === 'object';
    if (known) {
      notice.purposes.forEach(function (p) {
        if (stored.choices[p.id] === true && !refusedBySignal(p)) choices[p.id] = true;
        else if (stored.choices[p.id] === false) choices[p.id] = false;
      });
    }
    readyResolve();
    changed();
    if (!known) {
      if (document.body) showBar();
      else document.addEventListener('DOMContentLoaded', showBar);
    }
  }

  window.Noticeboard = window.Noticeboard || {};
  window.Noticeboard.consent = {
    get: current,
    onChange: function (fn) {
      if (typeof fn !== 'function') throw new TypeError('onChange takes a function');
      listeners.push(fn);
      return function () { listeners = listeners.filter(function (f) { return f !== fn; }); };
    },
    openSettings: function () { return ready.then(openSettingsNow); },
    /** As the bar's "Accept all" (a site's own button, or a cookie scan acting as a visitor who accepts). */
    acceptAll: function () { return ready.then(function () { return choose(all(true)); }); },
    /** As the bar's "Reject all". */
    rejectAll: function () { return ready.then(function () { return choose(all(false)); }); },
    withdraw: function () {
      return ready.then(function () {
        var granted = notice.purposes.filter(function (p) { return choices[p.id] === true; }).map(function (p) { return p.id; });
        var done = function () {
          choices = {};
          save({ v: 1, subjectId: subjectId });
          changed();
          showBar();
        };
        return granted.length ? record({ withdrawn: granted }).then(done) : done();
      });
    }
  };

  var lang = script.getAttribute('data-lang');
  fetch(base + '/consents/notice' + (lang ? '?lang=' + encodeURIComponent(lang) : ''), { credentials: 'omit' })
    .then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    })
    .then(start, function (e) {
      warn('the notice could not be loaded (' + e.message + '): nothing that needs consent runs');
    });
})();
`;

/** The banner script for the tenant at `slug`, its words in every language the product writes. */
export function consentBannerScript(slug: string): string {
  return SOURCE.replace('__NOTICEBOARD_SLUG__', () => JSON.stringify(slug)).replace('__NOTICEBOARD_WORDS__', () =>
    JSON.stringify(BANNER_CATALOGS),
  );
}

/** What a tenant without a live policy gets: a script that does nothing and says why in the console. */
export function inertBannerScript(slug: string): string {
  const message = `Noticeboard consent banner: ${slug} has not published a privacy policy yet, so no consent banner is shown and nothing that needs consent runs.`;
  return `/* ${message.replace(/\*\//g, '')} */\nif (window.console) console.warn(${JSON.stringify(message)});\n`;
}
