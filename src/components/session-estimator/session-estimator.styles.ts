import {css} from 'lit';

export const sessionEstimatorStyles = css`
  .base {
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2.5);
  }
  /* The form and the result side by side. The result sticks within this box, not the whole
     element: scrolled past, it stops at the form's end instead of sliding over the disclaimer. */
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
  }
  .form {
    display: grid;
    gap: calc(var(--_space) * 2.5);
    align-content: start;
  }
  fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 700;
    font-size: 1.0625em;
  }
  .choices {
    display: grid;
    gap: var(--_space);
  }
  /* Wide enough, in em so that it grows with the font, for the longest word of any language
     ("hypertrophiques") beside its radio and picture, in a serif or an Arial-like font:
     names are not split mid-word. */
  .types .choices {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12.5em), 1fr));
  }
  .choice,
  .check {
    position: relative;
    display: flex;
    align-items: center;
    --_gap: var(--_space);
    --_pad-block: calc(var(--_space) * 0.75);
    gap: var(--_gap);
    padding: var(--_pad-block) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_box-radius);
    background: var(--_surface);
    line-height: 1.3;
    cursor: pointer;
  }
  /* Hover looks only where the pointer hovers: on a touch screen the element last tapped keeps
     :hover, and would keep looking chosen (or pressed) after the finger left. */
  @media (hover: hover) {
    .choice:hover,
    .check:hover {
      border-color: var(--_primary);
    }
  }
  .choice:has(:checked),
  .check:has(:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  .choice:has(:focus-visible),
  .check:has(:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  /* Radios, checkboxes and pictures in em: a visitor who reads at 200% gets them at 200% too,
     not 18 px circles beside 32 px words. Except on a phone with large text (see below). */
  input {
    flex: none;
    /* Its em is the words' (a control's own font is the browser's 13.33 px). */
    font-size: inherit;
    width: 1.125em;
    height: 1.125em;
    margin: 0;
    accent-color: var(--_primary);
  }
  input:focus-visible {
    outline: none;
  }
  .icon {
    flex: none;
    width: 1.75em;
    height: 1.75em;
  }
  /* Narrower than its longest word where it must be ("anticoagulantes" at 200 % in a sidebar):
     the word breaks rather than push past the panel's edge. */
  .choice > span,
  .check > span {
    min-width: 0;
  }
  .checks {
    display: grid;
    gap: var(--_space);
  }
  .check {
    font-size: 0.9375em;
  }
  .hint,
  .cite,
  .basis,
  .step-date {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .screening .hint {
    margin-block-end: var(--_space);
  }

  .result {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-content: start;
    align-self: start;
    /* Side by side with the form, the answer stays in view while the visitor ticks boxes. */
    position: sticky;
    top: calc(var(--_space) * 2);
  }
  .course,
  .no-course,
  .stopped,
  .cautions {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  /* Columns as narrow as their room, not their longest word (panel.styles' .base). */
  .choices,
  .checks,
  .result,
  .course,
  .no-course,
  .stopped,
  .cautions {
    grid-auto-columns: minmax(0, 1fr);
  }
  .course,
  .no-course,
  .stopped {
    padding: calc(var(--_space) * 2);
    border-radius: var(--_box-radius);
    border-inline-start: 5px solid var(--_tone);
    background: color-mix(in srgb, var(--_tone) 7%, var(--_surface));
  }
  .course {
    --_tone: var(--_good);
  }
  .no-course {
    --_tone: var(--_caution);
  }
  .stopped {
    --_tone: var(--_stop);
  }
  .headline {
    /* "See your estimate" scrolls here: leave the result's own top edge in view. */
    scroll-margin-block-start: calc(var(--_space) * 3);
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
  }
  .stopped .headline {
    color: var(--_stop);
  }
  h4 {
    font-size: 1em;
    font-weight: 700;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .cautions {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_caution);
    border-radius: var(--_box-radius);
  }
  .price strong {
    font-size: 1.125em;
  }
  .empty {
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_box-radius);
    color: var(--_muted);
  }
  /* "See your estimate": only where the result follows the form (below). */
  .jump {
    display: none;
  }
  .jump button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .jump button:focus-visible,
  .headline:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .arrow {
    flex: none;
    width: 1em;
    min-width: 1em;
    height: 1em;
  }
  .disclaimer {
    padding-block-start: var(--_space);
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* The timeline: one column per step, a line through the dots. Its wrapper is a container
     of its own, because the room it has is the result's column, not the whole element. */
  .timeline-wrap {
    container-type: inline-size;
    display: grid;
    gap: var(--_space);
  }
  /* Equal steps, except that none is narrower than its longest word ("Resultados" in a wide
     font): a word that does not fit spills out of the timeline. */
  .timeline {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(min-content, 1fr);
    padding: 0;
    list-style: none;
    text-align: center;
  }
  .step {
    position: relative;
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 2px;
  }
  .step::before {
    content: '';
    position: absolute;
    inset-block-start: 9px;
    inset-inline: 0;
    height: 2px;
    background: var(--_primary);
  }
  .step:first-child::before {
    inset-inline-start: 50%;
  }
  .step:last-child::before {
    inset-inline-end: 50%;
  }
  .marker {
    position: relative;
    width: 20px;
    height: 20px;
  }
  .dot {
    fill: var(--_primary);
  }
  .ring {
    fill: var(--_surface);
    stroke: var(--_primary);
    stroke-width: 3;
  }
  .step-name {
    font-size: 0.875em;
    font-weight: 600;
  }

  /* A column narrower than the 12.5em a scar's longest name needs beside its radio and picture
     (a phone with large text): those keep their sizes at a 16 px font, and the room goes to the
     words, "hypertrophiques" whole. The headline is less large, so "Microneedling" fits. */
  @container (max-width: 15em) {
    input {
      width: 18px;
      height: 18px;
    }
    .icon {
      width: 28px;
      height: 28px;
    }
    .headline {
      font-size: 1.125em;
    }
  }
  /* 640 px at a 16 px font; in em, so that a visitor's larger text keeps one column until both
     would have room (at 200%, side by side each held a few words a line). */
  @container (max-width: 40em) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
    .result {
      position: static;
    }
    .jump {
      display: block;
    }
  }
  /* A page where the result could not stay in view beside the form (sticky-stopper.ts): as
     above. The :where() leaves "See your estimate" to the print rules below. */
  .stacked {
    grid-template-columns: minmax(0, 1fr);
  }
  .stacked .result {
    position: static;
  }
  :where(.stacked) .jump {
    display: block;
  }
  /* Six steps (five sessions and the results) need about 4.5em each for "Session 5" and
     "September" on a line: below that, one step per row. */
  @container (max-width: 28em) {
    .timeline {
      grid-auto-flow: row;
      text-align: start;
      gap: 0;
    }
    .step {
      grid-template-columns: 20px auto 1fr;
      justify-items: start;
      align-items: center;
      gap: var(--_space);
      /* Not min-height, which WebKit kept after a narrower window wrapped a date (.fingertip). */
      grid-template-rows: minmax(32px, auto);
    }
    .step::before {
      inset-block: 0;
      inset-inline-start: 9px;
      inset-inline-end: auto;
      width: 2px;
      height: auto;
    }
    .step:first-child::before {
      inset-block-start: 50%;
      inset-inline-start: 9px;
    }
    .step:last-child::before {
      inset-block-end: 50%;
      inset-inline-end: auto;
    }
  }
  /* Narrower still (a sidebar), each date goes under its step's name. */
  @container (max-width: 13em) {
    .step {
      grid-template-columns: 20px 1fr;
      grid-template-rows: none;
      row-gap: 0;
      padding-block-end: calc(var(--_space) * 0.75);
    }
    .step-date {
      grid-column: 2;
    }
    /* The line starts and ends at the centre of the first dot and the last ring. */
    .step:first-child::before {
      inset-block-start: 10px;
    }
    .step:last-child::before {
      inset-block-end: auto;
      height: 10px;
    }
  }

  /* On paper (a visitor bringing their estimate to the consultation): their answers and the
     whole estimate, not pages of empty choices and boxes. Last, so that it wins over the
     container queries (a phone's "See your estimate" is not needed on paper). */
  @media print {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
    .choice:not(:has(:checked)),
    .check:not(:has(:checked)),
    fieldset:not(:has(:checked)),
    .screening .hint,
    .jump {
      display: none;
    }
    .result {
      position: static;
    }
    .choice,
    .check,
    .timeline,
    li,
    .cautions {
      break-inside: avoid;
    }
    h3,
    h4 {
      break-after: avoid;
    }
  }
`;
