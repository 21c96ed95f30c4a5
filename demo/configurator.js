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
const contrastStatus = document.getElementById('contrast-status');
const typesStatus = document.getElementById('types-status');
const estimatorStatus = document.getElementById('estimator-status');

/** The tokens the owner sets here, at the kit's own defaults. */
const KIT_DEFAULTS = {
  '--spa-color-primary': '#1d5c57',
  '--spa-color-on-primary': '#ffffff',
  '--spa-color-surface': '#ffffff',
  '--spa-color-text': '#2a2a2a',
  '--spa-radius': '8px',
  '--spa-font-family': '',
};
const OWNER_TOKENS = ['--spa-color-primary', '--spa-color-text', '--spa-radius', '--spa-font-family'];

/** README's "Dark pages" recipe (test/configurator.test.ts checks that the two agree). */
const DARK_PAGE = {
  'color-scheme': 'dark',
  '--spa-color-primary': '#8fd5cb',
  '--spa-color-on-primary': '#0f2624',
  '--spa-color-surface': '#1b1f24',
  '--spa-color-text': '#ecebe8',
  '--spa-color-muted': '#b4bbc4',
  '--spa-color-border': '#7d8692',
  '--spa-color-good': '#7ad694',
  '--spa-color-caution': '#f0c060',
  '--spa-color-stop': '#ff9a8f',
  '--spa-focus-ring': '3px solid #9ec5ff',
};
const THEME_PROPERTIES = [...new Set([...Object.keys(KIT_DEFAULTS), ...Object.keys(DARK_PAGE)])];

/** What the widgets use when the owner picks nothing, on the chosen page background. */
const startingTheme = (page) => (page === 'dark' ? {...KIT_DEFAULTS, ...DARK_PAGE} : KIT_DEFAULTS);

const value = (name) => form.elements.namedItem(name).value.trim();
const checked = (name) => form.elements.namedItem(name).checked;

/** The explainer's ticked types: none written while all are ticked (the default), nor when none is. */
function chosenTypes() {
  const boxes = [...form.querySelectorAll('input[name="types"]')];
  const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
  return ticked.length === boxes.length ? '' : ticked.join(' ');
}

/** Only what differs from the element's default goes into the snippet. */
function unlessDefault(current, fallback) {
  return current === fallback ? '' : current;
}

function readSettings() {
  const show = value('show');
  const wants = (element) => show === 'all' || show === element;
  const href = value('href');
  const page = value('page');
  const starting = startingTheme(page);
  const theme = page === 'dark' ? {...DARK_PAGE} : {};
  for (const name of OWNER_TOKENS) {
    const raw = name === '--spa-radius' ? `${value(name)}px` : value(name);
    if (raw !== starting[name]) theme[name] = raw;
  }
  return {
    page,
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
        types: chosenTypes(),
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
  if (/^https?:\/\/[^/?#]*@/i.test(href)) {
    return 'Remove the name@ in front of the address: it hides where the link really goes.';
  }
  const url = parseBookingHref(href, location.href);
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\//i.test(href)) {
    return 'That does not look like a web address. It should start with https://';
  }
  const provider = detectProvider(url);
  const found = provider === 'generic' ? `Booking page on ${url.hostname}.` : `Detected: ${PROVIDER_NAMES[provider]}.`;
  // The button asks for https in its dialog anyway (see the README's dialog target).
  return url.protocol === 'http:'
    ? `${found} Write https:// rather than http://: browsers mark http pages "Not secure", and a secure site cannot show one in its booking dialog.`
    : found;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** What the chosen colours make hard to read (WCAG AA asks 4.5:1 for text). */
function contrastProblems(colours) {
  const surface = colours['--spa-color-surface'];
  const checks = [
    [colours['--spa-color-text'], surface, 'The text colour is hard to read on the widgets\u2019 background'],
    [colours['--spa-color-primary'], surface, 'The main colour is hard to read as text on the background'],
    [colours['--spa-color-primary'], colours['--spa-color-on-primary'], 'The button\u2019s text is hard to read on the main colour'],
  ];
  return checks
    .map(([a, b, problem]) => [contrast(a, b), problem])
    .filter(([ratio]) => ratio < 4.5)
    // Rounded down, as WCAG does not round up: 4.48:1 fails, and "4.5:1" beside it would not say so.
    .map(([ratio, problem]) => `${problem} (${(Math.floor(ratio * 10) / 10).toFixed(1)}:1; text needs 4.5:1).`);
}

function render() {
  const settings = readSettings();
  for (const fieldset of form.querySelectorAll('fieldset[data-for]')) {
    fieldset.hidden = !settings[fieldset.dataset.for];
  }
  hrefStatus.textContent = settings.book ? describeLink(settings.book.href) : '';
  const noType = !form.querySelector('input[name="types"]:checked');
  typesStatus.textContent = noType ? 'Tick at least one type. With none ticked, all eight are shown.' : '';
  document.getElementById('radius-value').textContent = `${value('--spa-radius')}px`;

  for (const name of THEME_PROPERTIES) {
    const token = settings.theme[name];
    if (token) preview.style.setProperty(name, token);
    else preview.style.removeProperty(name);
  }
  preview.classList.toggle('dark', settings.page === 'dark');
  const colours = {...startingTheme(settings.page), ...settings.theme};
  const problems = contrastProblems(colours);
  // A light text colour on the white cards usually means the page is dark.
  if (settings.page === 'light' && problems.length && contrast(colours['--spa-color-text'], '#000000') > 10) {
    problems.push('Is your page dark? Choose \u201cDark\u201d as its background.');
  }
  contrastStatus.textContent = problems.join(' ') || 'These colours are easy to read.';
  contrastStatus.classList.toggle('warning', problems.length > 0);
  const elements = [];
  if (settings.explainer) elements.push(element('spa-scar-explainer', settings.explainer.attributes));
  if (settings.estimator) elements.push(element('spa-session-estimator', settings.estimator.attributes));
  if (settings.book) elements.push(element('spa-book-button', settings.book.attributes, settings.book));
  preview.replaceChildren(...elements);
  void showIgnoredSettings(preview.querySelector('spa-session-estimator'));
  void setLocale(settings.locale);

  snippetCode.textContent = buildSnippet(settings);
  copyStatus.textContent = '';
}

/**
 * What the preview's estimator would ignore on the owner's site (a price of 249.999, "4 to 6"
 * weeks), in the words of the kit's own console warnings, which owners do not read. The kit
 * passes the element after the text, so only the current preview's warnings count, and the
 * rules stay in the kit.
 */
const heardAbout = new WeakMap();
const consoleWarn = console.warn;
console.warn = (...args) => {
  const [message, element] = args;
  if (typeof message === 'string' && heardAbout.has(element)) {
    heardAbout.get(element).push(message.replace(/^<[\w-]+>/, 'The estimator').replace(/ Using none\.$/, ''));
  }
  consoleWarn.apply(console, args);
};

async function showIgnoredSettings(estimator) {
  if (!estimator) {
    estimatorStatus.textContent = '';
    return;
  }
  heardAbout.set(estimator, []);
  await estimator.updateComplete;
  // A newer preview has replaced this one meanwhile: its own call reports.
  if (!estimator.isConnected) return;
  const paragraph = (text) => Object.assign(document.createElement('p'), {textContent: text});
  estimatorStatus.replaceChildren(...heardAbout.get(estimator).map(paragraph));
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

// A new page background starts the colours from that background's theme.
form.elements.namedItem('page').addEventListener('input', () => {
  const starting = startingTheme(value('page'));
  for (const name of ['--spa-color-primary', '--spa-color-text']) form.elements.namedItem(name).value = starting[name];
});
form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('copy').addEventListener('click', copySnippet);
render();
