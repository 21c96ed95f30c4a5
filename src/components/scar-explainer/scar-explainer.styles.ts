import {css} from 'lit';

export const scarExplainerStyles = css`
  .base {
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
  }

  /* Tabs: small pictures with names, in rows of four (two even rows for all eight types);
     three or two to a row when four would squeeze a name such as "Hypertrophic" mid-word.
     A tab's least width is its name's room (7.25em), its picture and its spacing (11em at a
     16 px font and the default 8 px space): in em alone, a page's larger --spa-space took
     the name's room and split "hypertrophiques". */
  .tabs {
    /* The tab's picture: its width and the room the columns leave for it. */
    --_tab-icon: 36px;
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(max(25% - var(--_space) * 0.75, 7.25em + var(--_tab-icon) + var(--_space) * 3), 1fr)
    );
    gap: var(--_space);
  }
  .tab,
  .card {
    --_gap: var(--_space);
    --_pad-block: var(--_gap);
    display: flex;
    align-items: center;
    gap: var(--_gap);
    margin: 0;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_box-radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375em;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  /* Hover looks only where the pointer hovers: on a touch screen the element last tapped keeps
     :hover, and would keep looking chosen (or pressed) after the finger left. */
  @media (hover: hover) {
    .tab:hover,
    .card:hover {
      border-color: var(--_primary);
    }
  }
  .tab[aria-selected='true'],
  .card[aria-selected='true'] {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 2px var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
    font-weight: 600;
  }
  .icon {
    flex: none;
  }
  .tab .icon {
    width: var(--_tab-icon);
    height: var(--_tab-icon);
  }
  /* Columns leave room for every whole word; should a translation or a wide font not fit,
     the word is hyphenated (where the browser can) rather than spilling out of its tab:
     see whole-words.ts. The name, and a card's rating, are never wider than their place, even
     where the card would size them to their longest word ("généralement" at 200% text on a
     zoomed page 320 px wide). */
  .tab-name,
  .card-name,
  .rating {
    min-width: 0;
    max-width: 100%;
  }

  /* Cards: a grid of larger pictures, each with its rating. 11.25em (180 px at a 16 px font)
     holds "hypertrophiques"; in px, 200% text split it in two on a wide screen. */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11.25em, 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  .card {
    flex-direction: column;
    align-items: flex-start;
    padding: calc(var(--_space) * 1.5);
  }
  .card .icon {
    width: 72px;
    height: 72px;
  }
  .card-name {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
  }

  /* Details of one type: drawing beside the facts, stacked when narrow. */
  .details {
    display: grid;
    grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  .figure {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .drawing {
    display: block;
    width: 100%;
    height: auto;
  }
  figcaption {
    display: grid;
    grid-template-columns: 3fr 2fr;
    color: var(--_muted);
    font-size: 0.8125em;
    text-align: center;
  }
  .facts {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .mark {
    justify-self: start;
    padding: 2px calc(var(--_space) * 1);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
    color: var(--_primary);
    font-size: 0.875em;
    font-weight: 600;
  }
  .aliases,
  .cite {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dl {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  dt {
    font-weight: 600;
  }
  /* Columns as narrow as their room, not their longest word (panel.styles' .base). */
  .facts,
  dl,
  .verdict {
    grid-auto-columns: minmax(0, 1fr);
  }
  .verdict {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_tone);
    border-radius: calc(var(--_box-radius) / 2);
    background: color-mix(in srgb, var(--_tone) 9%, var(--_surface));
  }
  .good {
    --_tone: var(--_good);
  }
  .fair,
  .poor {
    --_tone: var(--_caution);
  }
  .not-suitable {
    --_tone: var(--_stop);
  }
  .rating {
    color: var(--_tone);
    font-weight: 600;
  }
  .card .rating {
    font-size: 0.875em;
  }
  .verdict .rating {
    color: var(--_text);
  }
  .verdict .rating strong {
    color: var(--_tone);
  }
  h4 {
    font-size: 1em;
    font-weight: 600;
  }
  .alternatives {
    padding-inline-start: 1.25em;
  }
  .sources summary {
    cursor: pointer;
    font-weight: 600;
    width: fit-content;
    border-radius: 4px;
  }
  .sources ul {
    margin-block-start: var(--_space);
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }
  .sources a {
    color: var(--_primary);
  }
  /* Each source is its own link: a little room keeps them 24 px apart (WCAG 2.5.8), also in a
     page of small text. 1.5em is the theme's line height, which WebKit rounds down: 25px. */
  .sources li + li {
    margin-block-start: max(0.5em, 25px - 1.5em);
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Narrow containers: one column everywhere. 560 px at a 16 px font; in em, so that larger
     text gets one column until two have room for it. */
  @container (max-width: 35em) {
    .cards,
    .details {
      grid-template-columns: minmax(0, 1fr);
    }
    /* Two tabs a row while each gets 9.25em, what the longest name ("Cicatrices
       hypertrophiques") needs beside a smaller picture in a serif font (6.25em for the name, the
       rest picture and spacing, as above); one a row below that. More would cost phones their
       two columns; wider fonts fall back on hyphenation. */
    .tabs {
      --_tab-icon: 30px;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 6.25em + var(--_tab-icon) + var(--_space) * 2.25), 1fr));
    }
    .tab {
      --_gap: calc(var(--_space) * 0.75);
    }
    /* The picture beside the name, with the rating under the name: side by side, the two
       squeezed each other's words apart in a sidebar. */
    .card {
      display: grid;
      grid-template: 1fr auto auto 1fr / 48px minmax(0, 1fr);
      justify-items: start;
      row-gap: 2px;
    }
    /* The outer rows take what the picture adds, so the name and rating stay together. */
    .card .icon {
      grid-row: 1 / -1;
      width: 48px;
      height: 48px;
    }
    .card-name {
      grid-row: 2;
    }
    .card .rating {
      grid-row: 3;
    }
  }
`;
