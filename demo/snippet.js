// Builds the snippet a spa owner pastes into their site: the script tag, the chosen elements
// with their non-default attributes, and a style block with their theme. Pure, so it is tested
// on its own (test/configurator.test.ts).

/** Attribute text safe inside double quotes. */
export function escapeAttribute(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text safe between tags. */
export function escapeText(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<tag a="1" b>`, leaving out empty values; `true` is a boolean attribute. */
export function openTag(tag, attributes) {
  const parts = Object.entries(attributes)
    .filter(([, value]) => value !== '' && value != null && value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  return `<${[tag, ...parts].join(' ')}>`;
}

/**
 * A one-line button's height, padding (with its 2px border) and text, per size, as README's
 * "No layout shift" sets them. The top and bottom padding count at large text, where the line
 * is taller than the height.
 */
const BUTTON_SIZES = {
  sm: {height: '32px', pad: '14px', block: '6px', font: ' font-size: .875em;'},
  md: {height: '44px', pad: '22px', block: '8px', font: ''},
  lg: {height: '52px', pad: '30px', block: '8px', font: ' font-size: 1.125em;'},
};

/** Where a dialog button opens a new tab instead (SMALL_SCREEN in the book button). */
const SMALL_SCREEN = '@media (max-width: 640px), (max-height: 480px), (max-device-width: 640px), (max-device-height: 480px)';

/**
 * The page's styles for its button: the room it takes before the script arrives, so nothing
 * moves then (a new-tab button adds its icon after the text: 1em and a 6px gap). A floating
 * button takes none, as it will not be in the page's flow, and the page keeps the browser from
 * scrolling keyboard focus to just beneath it.
 */
function bookButtonStyles({size, target, floating}) {
  if (floating) {
    return ['  spa-book-button[floating]:not(:defined) { display: none; }', '  html { scroll-padding-bottom: 96px; }'];
  }
  const {height, pad, block, font} = BUTTON_SIZES[size] ?? BUTTON_SIZES.md;
  const withIcon = `calc(${pad} + 1em + 6px)`;
  const rules = [
    `  spa-book-button:not(:defined) { display: inline-flex; align-items: center; min-height: ${height}; }`,
    `  spa-book-button:not(:defined) > a { padding-block: ${block}; padding-inline: ${pad} ${target ? pad : withIcon}; font-weight: 600; line-height: 1.25;${font} }`,
  ];
  // On small screens (narrow, or short: a phone on its side) a dialog button opens a new tab,
  // so it shows the icon too. The screen's size counts as well as the window's: a phone lays a
  // page without a viewport meta tag out 980 px wide.
  if (target === 'dialog') {
    rules.push(
      `  ${SMALL_SCREEN} { spa-book-button:not(:defined) > a { padding-inline-end: ${withIcon}; } }`,
    );
  }
  return rules;
}

/**
 * @param {{src: string, book?: {attributes: object, linkText: string, href: string},
 *   explainer?: {attributes: object}, estimator?: {attributes: object},
 *   theme: Record<string, string>}} config
 */
export function buildSnippet({src, book, explainer, estimator, theme}) {
  const lines = [`<script type="module" src="${escapeAttribute(src)}"></script>`];
  const tokens = Object.entries(theme).filter(([, value]) => value !== '' && value != null);
  const tags = [book && 'spa-book-button', explainer && 'spa-scar-explainer', estimator && 'spa-session-estimator'].filter(Boolean);
  const reserve = [];
  // Room only where the script can run: with JavaScript off the elements never fill it.
  if (explainer) reserve.push('  @media (scripting: enabled) { spa-scar-explainer:not(:defined) { display: block; min-height: 40em; } }');
  if (estimator) reserve.push('  @media (scripting: enabled) { spa-session-estimator:not(:defined) { display: block; min-height: 56em; } }');
  if (book) reserve.push(...bookButtonStyles(book.attributes));
  if (tokens.length || reserve.length) {
    lines.push('<style>');
    if (tokens.length) {
      lines.push(`  ${tags.join(', ')} {`);
      for (const [name, value] of tokens) lines.push(`    ${name}: ${value};`);
      lines.push('  }');
    }
    lines.push(...reserve, '</style>');
  }
  if (explainer) lines.push(`${openTag('spa-scar-explainer', explainer.attributes)}</spa-scar-explainer>`);
  if (estimator) lines.push(`${openTag('spa-session-estimator', estimator.attributes)}</spa-session-estimator>`);
  if (book) {
    // The slotted link keeps booking working before (or without) the script.
    const link = book.href ? `\n  <a href="${escapeAttribute(book.href)}">${escapeText(book.linkText)}</a>\n` : '';
    lines.push(`${openTag('spa-book-button', book.attributes)}${link}</spa-book-button>`);
  }
  return lines.join('\n');
}
