import {css, html} from 'lit';

/**
 * A short text, such as a scar type's name, whose words are hyphenated only when one alone
 * is wider than its line. Each word is an inline-block, so lines break between words; a word
 * that still does not fit wraps inside its own box, hyphenated where the browser has
 * dictionaries. Plain `hyphens: auto` hyphenates greedily: "Cicatrices hiper-/tróficas" in a
 * card with room for "hipertróficas" on the next line.
 */
export function wholeWords(text: string) {
  return text.split(' ').map((word, index) => html`${index ? ' ' : ''}<span class="word">${word}</span>`);
}

export const wholeWordsStyles = css`
  .word {
    display: inline-block;
    /* Without a hyphenation point, a word wider than the line still breaks (with no hyphen)
       rather than spilling out. */
    max-width: 100%;
    overflow-wrap: break-word;
    hyphens: auto;
    /* Only long words ("hypertrophiques"), never "box-car". */
    hyphenate-limit-chars: 10 4 4;
    -webkit-hyphenate-limit-before: 4;
    -webkit-hyphenate-limit-after: 4;
  }
`;
