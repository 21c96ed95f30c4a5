/**
 * A visitor and a page doing many things in a random (seeded, so repeatable) order: clicks,
 * real key presses, attributes good and bad, language changes, window sizes from a small phone
 * to a desktop, elements moved, added, cloned and removed.
 * After every step the kit must still hold together as a visitor sees it. Each invariant is a
 * bug this walk found, or one a page would show at once if it broke: a dialog left open as a
 * plain box after a move (and the next click throwing), a page left scroll-locked, an element
 * wider than the window.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {SpaScarExplainer} from '../src/components/scar-explainer/scar-explainer.js';
import type {SpaSessionEstimator} from '../src/components/session-estimator/session-estimator.js';
import type {BookClickDetail} from '../src/components/book-button/book-button.js';
import {nextFrame, overflowingBelow, spillingOut, targetsIn, targetsTooSmall} from './helpers.js';
import {sendKeys, setViewport} from '@web/test-runner-commands';

const FRAME = `${location.origin}/test/fixtures/fake-booking-frame.html`;

/** Values the page may set, good and bad, per element and attribute. */
const VALUES: Record<string, Record<string, string[]>> = {
  'spa-book-button': {
    href: [FRAME, '/book', 'javascript:alert(1)', 'calendly.com/x'],
    target: ['self', 'new-tab', 'dialog', 'bogus'],
    label: ['Book', '', 'Réservez'],
    variant: ['primary', 'outline', 'text', 'huge'],
    floating: [''],
    estimator: ['est', 'nope'],
    size: ['sm', 'lg', 'xl'],
    provider: ['calendly', 'generic', 'bogus'],
    analytics: ['off', 'no'],
  },
  'spa-scar-explainer': {
    types: ['rolling', 'icepick pie', 'bogus', 'rolling boxcar-deep keloid'],
    selected: ['rolling', 'pie', 'keloid', 'bogus'],
    layout: ['tabs', 'cards', 'x'],
    'hide-alternatives': [''],
  },
  'spa-session-estimator': {
    for: ['nope', 'x'],
    'scar-type': ['rolling', 'icepick', 'pie', 'x'],
    severity: ['1', '3', '4', '9'],
    price: ['250', '249.50', 'x'],
    'package-size': ['3', 'x'],
    'package-price': ['650'],
    currency: ['EUR', 'JPY', 'XXX'],
    'max-sessions': ['2', '50', '0'],
    'interval-weeks': ['4', '4-6', '1', '8-12', '6-4', 'x'],
    'hide-screening': [''],
  },
};
const TAGS = Object.keys(VALUES);

/** A small seeded generator (a linear congruential one): the same seed walks the same way. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return {next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]};
}

const settle = async () => {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve));
};

/** The element a link attribute names by id, else the only one of `tag` on the page. */
function linkedTo(id: string | null, tag: string): Element | null {
  if (id != null) {
    const named = document.getElementById(id);
    return named?.localName === tag ? named : null;
  }
  const all = document.querySelectorAll(tag);
  return all.length === 1 ? all[0] : null;
}

/** Text as it reads, without the word joiners that keep names on one line. */
const readable = (text: string | null | undefined) => (text ?? '').replace(/[\s\u2060]+/g, ' ').trim();

/** What a screen reader or a visitor would find wrong inside one element, or null. */
function brokenInside(el: Element): string | null {
  const root = el.shadowRoot!;
  // Names and controls point at ids in the same shadow root, or a screen reader reads nothing.
  for (const node of root.querySelectorAll('[aria-labelledby], [aria-controls], [aria-describedby]')) {
    for (const name of ['aria-labelledby', 'aria-controls', 'aria-describedby']) {
      const ids = node.getAttribute(name)?.split(/\s+/).filter(Boolean) ?? [];
      if (ids.some((id) => !root.getElementById(id))) return `<${el.localName}> ${name}="${node.getAttribute(name)}" names nothing`;
    }
  }
  if (el.localName === 'spa-scar-explainer') {
    const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    const options = [...root.querySelectorAll<HTMLElement>('[role="option"]')];
    const items = tabs.length ? tabs : options;
    if (items.length && items.filter((item) => item.tabIndex === 0).length !== 1) return 'the explainer has not one tab stop among its types';
    if (tabs.length) {
      const chosen = tabs.filter((tab) => tab.getAttribute('aria-selected') === 'true');
      if (chosen.length !== 1) return `the explainer has ${chosen.length} selected tabs`;
      const selected = el.getAttribute('selected');
      if (selected && tabs.some((tab) => tab.dataset.type === selected) && chosen[0].dataset.type !== selected) {
        return `the explainer's selected="${selected}" shows the ${chosen[0].dataset.type} tab`;
      }
      const title = root.querySelector('[role="tabpanel"] h3')?.textContent;
      if (readable(title) !== readable(chosen[0].textContent)) return `the ${readable(chosen[0].textContent)} tab shows "${readable(title)}"`;
    }
  }
  if (el.localName === 'spa-session-estimator') {
    const {estimate} = el as SpaSessionEstimator;
    const checked = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null;
    const shown = `${checked('type')} ${checked('grade')}`;
    const held = `${estimate?.scarType ?? null} ${estimate?.severity ?? null}`;
    if (shown !== held) return `the estimator shows the answers ${shown} but its estimate is for ${held}`;
    // What it writes is what it holds (and what travels with a booking): the counts and the price.
    if (!root.querySelector('.stopped') && estimate?.sessions) {
      const {sessions, intervalWeeks} = estimate;
      const range = ({min, max}: {min: number; max: number}) => (min === max ? [min] : [min, max]);
      const counts = sessions.max === 1 ? [1] : [...range(sessions), ...(intervalWeeks!.max === 1 ? [] : range(intervalWeeks!))];
      const headline = readable(root.querySelector('.headline')?.textContent);
      if (`${headline.match(/\d+/g)}` !== `${counts}`) return `the estimator writes "${headline}" for ${JSON.stringify(estimate)}`;
      const price = readable(root.querySelector('[part="price"] strong')?.textContent);
      const {price: charged} = estimate;
      const cents = charged && !(Number.isInteger(charged.min) && Number.isInteger(charged.max));
      const digits = charged ? range(charged).map((amount) => (cents ? amount.toFixed(2) : `${amount}`).replace('.', '')).join('') : '';
      if (price.replace(/\D/g, '') !== digits) return `the estimator writes "${price}" for the price ${JSON.stringify(charged)}`;
    }
  }
  if (el.localName === 'spa-book-button') {
    const link = root.querySelector('a[part="base"]');
    if (!link) return 'the book button has no link';
    const href = link.getAttribute('href');
    if ((href === null) !== (link.getAttribute('aria-disabled') === 'true')) return `the book button's link href=${href} aria-disabled=${link.getAttribute('aria-disabled')}`;
    // URL.parse gives null rather than throwing on a relative href: that too is a wrong link.
    if (href !== null && !['https:', 'http:'].includes(URL.parse(href)?.protocol ?? '')) return `the book button links to ${href}`;
    // Its link is its `href`, else its own link's: whichever is a web address or a site path.
    const usable = (value: string | null | undefined) =>
      value != null && /^(https?:\/\/|\/(?!\/))/.test(value) ? new URL(value, document.baseURI).href : null;
    const expected = usable(el.getAttribute('href')) ?? usable(el.querySelector('a')?.getAttribute('href'));
    if (href !== expected) return `the book button links to ${href}, not ${expected}`;
    // An open dialog shows that page (a new `href` loads in it); provider="calendly" adds
    // Calendly's embed parameters, over https.
    const frame = root.querySelector<HTMLIFrameElement>('dialog[open] iframe');
    const page = (url: string | null) => (url ? `${new URL(url).host}${new URL(url).pathname}` : null);
    if (frame && page(frame.src) !== page(href)) return `the open dialog shows ${frame.src}, not ${href}`;
  }
  return null;
}

/** What a visitor would see go wrong, or null. */
function brokenPromise(elements: Element[], lastClick: {button: Element; detail: BookClickDetail} | null): string | null {
  const dialogs = elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('dialog')]);
  if (dialogs.some((dialog) => dialog.open && !dialog.matches(':modal'))) return 'a dialog is open as a plain box in the page';
  const locked = document.documentElement.style.overflow === 'hidden';
  if (locked !== dialogs.some((dialog) => dialog.matches(':modal'))) return `page scroll locked: ${locked}, with no dialog or the reverse`;
  for (const el of elements) {
    // Inside the window, and an in-page element inside its column (the floating one is the window's).
    const box = el.shadowRoot!.querySelector('[part="base"]')?.getBoundingClientRect();
    const column = el.hasAttribute('floating') ? null : el.closest('section')?.getBoundingClientRect();
    if (box?.width && (box.right > innerWidth + 1 || box.left < -1)) return `<${el.localName}> spills out of the window: ${box.left}-${box.right} of ${innerWidth}`;
    if (box?.width && column && (box.right > column.right + 1 || box.left < column.left - 1)) {
      return `<${el.localName}> spills out of its column: ${box.left}-${box.right} of ${column.left}-${column.right}`;
    }
    if (!el.shadowRoot!.querySelector('[part="base"]')) return `<${el.localName}> rendered nothing`;
    // Nothing shown inside spills out of it: text, a list, a picture.
    const spilling = box?.width ? spillingOut(el) : [];
    if (spilling.length) return `<${el.localName}>'s ${spilling[0]} spills out of it`;
    // Nor below its own box, over the next answer (WebKit left answers too short after a narrower window).
    const below = overflowingBelow(el);
    if (below.length) return `<${el.localName}>'s ${below[0]} runs out below`;
    if (el.shadowRoot!.querySelector('img, script')) return `<${el.localName}> rendered attribute text as HTML`;
    // Every target big enough to hit, or far enough from the others (WCAG 2.5.8), at any width
    // and text size. (An open dialog's are target-size.test.ts's: the page behind is inert.)
    const tooSmall = el.shadowRoot!.querySelector('dialog[open]') ? [] : targetsTooSmall(targetsIn(el.shadowRoot!));
    if (tooSmall.length) return `<${el.localName}>'s ${tooSmall[0]}`;
    const broken = brokenInside(el);
    if (broken) return broken;
  }
  if (lastClick) {
    const estimator = linkedTo(lastClick.button.getAttribute('estimator'), 'spa-session-estimator') as SpaSessionEstimator | null;
    const carried = JSON.stringify(lastClick.detail.estimate);
    if (carried !== JSON.stringify(estimator?.estimate ?? null)) return `the click carried ${carried}, not its estimator's estimate`;
  }
  return null;
}

describe('random visits: a visitor and a page in any order', () => {
  // 15: the explainer's sources opened with one-line links side by side (their spacing).
  // 1001: a bad `href` set on a button with a link of its own, which it then uses.
  for (const seed of [1, 2, 3, 4, 15, 1001]) {
    it(`seed ${seed}: 120 steps, and after each the kit still holds together`, async function () {
      this.timeout(30000);
      const random = randomFrom(seed);
      const page = await fixture<HTMLDivElement>(html`<div>
        <section><spa-book-button href=${FRAME} target="dialog"><a href=${FRAME}>Book a consultation</a></spa-book-button></section>
        <section><spa-scar-explainer></spa-scar-explainer></section>
        <section><spa-session-estimator scar-type="rolling" severity="3" price="250" package-size="3" package-price="650"></spa-session-estimator></section>
        <section><spa-book-button href=${FRAME} target="new-tab"></spa-book-button></section>
        <spa-book-button floating target="dialog" href=${FRAME}></spa-book-button>
      </div>`);
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      let lastClick: {button: Element; detail: BookClickDetail} | null = null;
      // Dialogs open for real; the other targets would leave the test page.
      const onBookClick = (event: Event) => {
        const {detail} = event as CustomEvent<BookClickDetail>;
        lastClick = {button: event.target as Element, detail};
        if (detail.target !== 'dialog') event.preventDefault();
      };
      page.addEventListener('spa-book-click', onBookClick);
      // Nor do links to a new tab (the dialog's own): the tab would take the foreground.
      const keepTabsShut = (event: Event) => {
        if ((event.composedPath()[0] as Element).closest?.('a[target="_blank"]')) event.preventDefault();
      };
      page.addEventListener('click', keepTabsShut);
      // The kit's own news, heard this step: only a visitor's act makes any (SPEC.md).
      let heard: {type: string; target: Element; detail: unknown}[] = [];
      const onNews = (event: Event) => heard.push({type: event.type, target: event.target as Element, detail: (event as CustomEvent).detail});
      for (const type of ['spa-estimate-change', 'spa-scar-select']) page.addEventListener(type, onNews);
      const pageLang = document.documentElement.lang;
      const warn = console.warn;
      console.warn = () => {}; // Bad values warn by design; fuzz-attributes.test.ts checks those.
      const steps: string[] = [];
      const elements = () => [...page.querySelectorAll(TAGS.join(', '))];
      const headlines = new Map<Element, string>();
      try {
        for (let step = 0; step < 120; step++) {
          const el = random.pick(elements());
          // The kit's element that has focus: no step of the page's takes it away (see below).
          let holder = elements().find((other) => other.shadowRoot!.activeElement);
          const tag = el.localName;
          const roll = random.next();
          lastClick = null;
          heard = [];
          let keyPressed = false;
          let typesKey = false;
          const selectedBefore = (el as SpaScarExplainer).selected;
          let visitorActed = false;
          if (roll < 0.35) {
            const attribute = random.pick(Object.keys(VALUES[tag]));
            if (random.next() < 0.3) el.removeAttribute(attribute);
            else el.setAttribute(attribute, random.pick(VALUES[tag][attribute]));
            steps.push(`${tag} ${attribute}=${el.getAttribute(attribute)}`);
          } else if (roll < 0.6) {
            // A visitor reaches only what a modal dialog leaves them: the dialog itself. (A
            // script's click() reaches inert content too, and opened one modal on another.)
            const underModal = elements().some((other) => other.shadowRoot!.querySelector('dialog:modal'));
            const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, button, [role="option"], summary, a[part="base"]')]
              .filter((target) => !underModal || target.closest('dialog:modal'));
            if (targets.length) {
              const target = random.pick(targets);
              target.click();
              visitorActed = true;
              steps.push(`${tag} click ${target.localName} ${target.textContent!.trim().slice(0, 24)}`);
            }
          } else if (roll < 0.8) {
            const focusable = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[tabindex="0"], input, button')];
            if (focusable.length) {
              const key = random.pick(['ArrowRight', 'ArrowLeft', 'Home', 'End', ' ', 'Enter', 'Escape']);
              const focused = random.pick(focusable);
              focused.focus();
              // Judged only where the key went to the kit: a control inside a closed dialog, or
              // behind an open one, takes no focus, and the key goes to the page.
              keyPressed = el.shadowRoot!.activeElement === focused;
              typesKey = keyPressed && focused.matches('[data-type]') && ['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(key);
              await sendKeys({press: key});
              visitorActed = true;
              steps.push(`${tag} key ${key}${keyPressed ? '' : ' (to the page)'}`);
            }
          } else if (roll < 0.85 && random.next() < 0.5) {
            const [width, height] = random.pick([[390, 800], [800, 600], [1280, 800], [320, 568], [700, 400]]);
            await setViewport({width, height});
            steps.push(`viewport ${width}x${height}`);
          } else if (roll < 0.85 && random.next() < 0.5) {
            // The page's direction, its text size, or the width of the column an element is in.
            const what = random.pick(['dir', 'text size', 'column']);
            const root = document.documentElement;
            if (what === 'dir') root.dir = random.pick(['rtl', 'ltr']);
            if (what === 'text size') root.style.fontSize = random.pick(['100%', '200%', '75%']);
            const column = random.pick([...page.querySelectorAll('section')]);
            if (what === 'column') column.style.width = random.pick(['240px', '300px', '100%', '']);
            steps.push(`${what}: dir=${root.dir} font-size=${root.style.fontSize} column=${column.style.width}`);
          } else if (roll < 0.85) {
            document.documentElement.lang = random.pick(['en', 'es-MX', 'fr', 'de']);
            steps.push(`lang ${document.documentElement.lang}`);
          } else if (roll < 0.9) {
            random.pick([...page.querySelectorAll('section')]).append(el);
            if (el === holder) holder = undefined; // A moved element loses focus: the page's doing.
            steps.push(`${tag} moved`);
          } else if (roll < 0.95) {
            const added = document.createElement(random.pick(TAGS));
            for (const [name, values] of Object.entries(VALUES[added.localName])) {
              if (random.next() < 0.3) added.setAttribute(name, random.pick(values));
            }
            if (random.next() < 0.3) added.id = random.pick(['est', 'x']);
            random.pick([...page.querySelectorAll('section')]).append(added);
            steps.push(`added <${added.localName} ${[...added.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`);
          } else if (elements().filter((other) => other.localName === tag).length > 1) {
            el.remove();
            steps.push(`${tag} removed`);
          }
          await settle();
          const broken = brokenPromise(elements(), lastClick);
          expect(broken, `after: ${steps.slice(-6).join(' | ')}`).to.equal(null);
          // Neither a key nor the page's changes under focus drop the keyboard's place (a screen
          // reader's too): focus stays on something shown.
          if (keyPressed || holder?.isConnected) {
            let focused = document.activeElement;
            while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
            const where = focused === document.body || !focused ? 'the page' : focused.checkVisibility() ? null : `a hidden <${focused.localName}>`;
            expect(where, `focus after: ${steps.slice(-6).join(' | ')}`).to.equal(null);
            // Among the explainer's types the keys move focus, and the tab stop, with them.
            const stop = el.shadowRoot!.querySelector('[data-type][tabindex="0"]');
            if (typesKey && stop) expect(el.shadowRoot!.activeElement === stop, `focus on the tab stop after: ${steps.slice(-6).join(' | ')}`).to.equal(true);
          }
          if (!visitorActed) expect(heard.map(({type}) => type), `after: ${steps.slice(-6).join(' | ')}`).to.deep.equal([]);
          // A new headline is what a screen reader hears, whoever changed it (a page's new
          // price or language too): said once by the status region that stays in place.
          for (const estimator of page.querySelectorAll('spa-session-estimator')) {
            // As heard: the word joiners that keep "3–6" on one line are not read.
            const headline = readable(estimator.shadowRoot!.querySelector('.result .headline')?.textContent?.replace(/\u2060/g, ''));
            if (headlines.has(estimator) && headlines.get(estimator) !== headline) {
              const said = readable(estimator.shadowRoot!.querySelector('.status')?.textContent);
              expect(said, `the status region after: ${steps.slice(-6).join(' | ')}`).to.equal(headline);
            }
            headlines.set(estimator, headline);
          }
          // Each estimator's latest news is what it now holds.
          const latest = new Map(heard.filter(({type}) => type === 'spa-estimate-change').map(({target, detail}) => [target, detail]));
          for (const [estimator, detail] of latest) {
            expect(detail, `after: ${steps.slice(-6).join(' | ')}`).to.deep.equal((estimator as SpaSessionEstimator).estimate);
          }
          // A type the visitor picks in the explainer is the estimator's answer too. (One the
          // page sets is not: like every event of the kit, that one is the visitor's alone.)
          if (visitorActed && tag === 'spa-scar-explainer' && (el as SpaScarExplainer).selected !== selectedBefore) {
            for (const estimator of page.querySelectorAll('spa-session-estimator')) {
              if (linkedTo(estimator.getAttribute('for'), 'spa-scar-explainer') !== el || !(el as SpaScarExplainer).selected) continue;
              const checked = estimator.shadowRoot!.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value;
              expect(checked, `after: ${steps.slice(-6).join(' | ')}`).to.equal((el as SpaScarExplainer).selected);
            }
          }
        }
        // Whatever state the walk ends in is accessible. Two estimators, or two explainers of the
        // same types, are two regions of one name (landmark-unique): the README's known limit.
        // Judged at rest: a floating button fading in or out (axe's scrolling can start it) is
        // pale for 200 ms on purpose.
        const atRest = document.createElement('style');
        atRest.textContent = 'spa-book-button::part(base) { transition: none; }';
        document.head.append(atRest);
        try {
          await expect(page).to.be.accessible({ignoredRules: ['landmark-unique']});
        } finally {
          atRest.remove();
        }
      } finally {
        console.warn = warn;
        window.removeEventListener('error', onError);
        page.removeEventListener('spa-book-click', onBookClick);
        for (const type of ['spa-estimate-change', 'spa-scar-select']) page.removeEventListener(type, onNews);
        page.removeEventListener('click', keepTabsShut);
        for (const el of page.querySelectorAll('*')) el.shadowRoot?.querySelector('dialog')?.close();
        document.documentElement.lang = pageLang;
        await setViewport({width: 800, height: 600});
        document.documentElement.dir = '';
        document.documentElement.style.fontSize = '';
      }
      expect(errors).to.deep.equal([]);
    });
  }
});
