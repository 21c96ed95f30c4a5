// The configurator: every change of the form re-draws the preview with the kit's real
// elements and re-writes the snippet. User text only ever goes through setAttribute and
// textContent, never through HTML.
import {setLocale, detectProvider, parseBookingHref, PROVIDER_NAMES} from '/dist/spa-scar-kit.js';
import {buildSnippet} from './snippet.js';

const form = document.getElementById('settings');
const preview = document.getElementById('preview');
const snippetCode = document.getElementById('snippet');
const hrefStatus = document.getElementById('href-status');
const copyStatus = document.getElementById('copy-status');

const DEFAULT_THEME = {
  '--spa-color-primary': '#1d5c57',
  '--spa-color-text': '#2a2a2a',
  '--spa-radius': '8px',
  '--spa-font-family': '',
};

const value = (name) => form.elements.namedItem(name).value.trim();
const checked = (name) => form.elements.namedItem(name).checked;

/** Only what differs from the element's default goes into the snippet. */
function unlessDefault(current, fallback) {
  return current === fallback ? '' : current;
}

function readSettings() {
  const show = value('show');
  const wants = (element) => show === 'all' || show === element;
  const href = value('href');
  const theme = {};
  for (const [name, fallback] of Object.entries(DEFAULT_THEME)) {
    const raw = name === '--spa-radius' ? `${value(name)}px` : value(name);
    if (raw !== fallback) theme[name] = raw;
  }
  return {
    src: value('src') || '/spa-scar-kit.js',
    locale: value('locale'),
    theme,
    book: wants('book') && {
      href,
      linkText: value('label') || 'Book now',
      attributes: {
        target: unlessDefault(value('target'), 'new-tab'),
        variant: unlessDefault(value('variant'), 'primary'),
        size: unlessDefault(value('size'), 'md'),
        floating: checked('floating'),
        analytics: checked('analytics') ? '' : 'off',
      },
    },
    explainer: wants('explainer') && {
      attributes: {
        layout: unlessDefault(value('layout'), 'tabs'),
        'hide-alternatives': checked('hide-alternatives'),
      },
    },
    estimator: wants('estimator') && {
      attributes: {
        price: value('price'),
        currency: unlessDefault(value('currency'), 'USD'),
        'package-size': value('package-size'),
        'package-price': value('package-price'),
        'interval-weeks': value('interval-weeks'),
        'max-sessions': value('max-sessions'),
        'hide-screening': checked('hide-screening'),
      },
    },
  };
}

/** The kit's own element, with the same attributes the snippet shows. */
function element(tag, attributes, link) {
  const el = document.createElement(tag);
  for (const [name, attributeValue] of Object.entries(attributes)) {
    if (attributeValue === true) el.setAttribute(name, '');
    else if (attributeValue) el.setAttribute(name, attributeValue);
  }
  if (link?.href) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.linkText;
    el.append(a);
  }
  return el;
}

function describeLink(href) {
  if (!href) return 'Add your booking page so the button has somewhere to go.';
  const url = parseBookingHref(href, location.href);
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\//i.test(href)) {
    return 'That does not look like a web address. It should start with https://';
  }
  const provider = detectProvider(url);
  return provider === 'generic'
    ? `Booking page on ${url.hostname}.`
    : `Detected: ${PROVIDER_NAMES[provider]}.`;
}

function render() {
  const settings = readSettings();
  for (const fieldset of form.querySelectorAll('fieldset[data-for]')) {
    fieldset.hidden = !settings[fieldset.dataset.for];
  }
  hrefStatus.textContent = settings.book ? describeLink(settings.book.href) : '';
  document.getElementById('radius-value').textContent = `${value('--spa-radius')}px`;

  for (const [name, token] of Object.entries({...DEFAULT_THEME, ...settings.theme})) {
    if (token) preview.style.setProperty(name, token);
    else preview.style.removeProperty(name);
  }
  const elements = [];
  if (settings.explainer) elements.push(element('spa-scar-explainer', settings.explainer.attributes));
  if (settings.estimator) elements.push(element('spa-session-estimator', settings.estimator.attributes));
  if (settings.book) elements.push(element('spa-book-button', settings.book.attributes, settings.book));
  preview.replaceChildren(...elements);
  void setLocale(settings.locale);

  snippetCode.textContent = buildSnippet(settings);
  copyStatus.textContent = '';
}

async function copySnippet() {
  try {
    await navigator.clipboard.writeText(snippetCode.textContent);
    copyStatus.textContent = 'Copied. Paste it into your site builder\u2019s HTML or embed block.';
  } catch {
    // No clipboard access (an old browser, or a page that forbids it): select the text instead.
    getSelection().selectAllChildren(snippetCode);
    copyStatus.textContent = 'Press Ctrl+C (\u2318C on a Mac) to copy the selected snippet.';
  }
}

form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('copy').addEventListener('click', copySnippet);
render();
