import {html, nothing, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {SpaElement} from '../../shared/spa-element.js';
import {displayLocale} from '../../shared/localization.js';
import {opensNewTabNote} from '../../shared/common-messages.js';
import {themeStyles} from '../../shared/theme.styles.js';
import {framed} from '../../shared/panel-frame.js';
import {panelStyles} from '../../shared/panel.styles.js';
import {explainerState} from '../../lib/explainer-state.js';
import {nextIndex} from '../../lib/roving-focus.js';
import {
  SCAR_TYPE_IDS,
  SCAR_TYPES,
  suitabilityLabel,
  type Fact,
  type ScarType,
  type ScarTypeId,
} from '../../data/scar-types.js';
import {citationLabels, sourceLabel, SOURCES, type SourceId} from '../../data/sources.js';
import {scarDrawing, scarIcon} from './scar-drawing.js';
import {scarDrawingStyles} from './scar-drawing.styles.js';
import {wholeWords, wholeWordsStyles} from '../../shared/whole-words.js';
import {visitorScrollBehavior} from '../../shared/scroll-motion.js';
import {scarExplainerStyles} from './scar-explainer.styles.js';

export const LAYOUTS = ['tabs', 'cards'] as const;
export type ExplainerLayout = (typeof LAYOUTS)[number];

export interface ScarSelectDetail {
  type: ScarTypeId;
}

/** The accessible name of the whole explainer and of its tab list or card list. */
const typesLabel = () => msg('Acne scar types', {id: 'explainer.acneScarTypes'});

/**
 * The acne scar types side by side, drawn and explained in plain words, with how well
 * microneedling helps each and what else providers use, every fact with its sources.
 *
 * @tagname spa-scar-explainer
 * @summary Which acne scar is this, and will microneedling help?
 *
 * @csspart base - The whole explainer.
 * @csspart tabs - The row of tabs (`tabs` layout).
 * @csspart tab - One tab.
 * @csspart cards - The grid of cards (`cards` layout).
 * @csspart card - One card.
 * @csspart panel - The details of the chosen type.
 * @csspart drawing - The drawing of the chosen type.
 * @csspart verdict - How well microneedling helps, with its reason.
 * @csspart sources - The list of sources.
 *
 * @cssprop [--spa-color-primary=#1d5c57] - Selected tab and card outline.
 * @cssprop [--spa-color-surface=#ffffff] - Background.
 * @cssprop [--spa-color-text=#2a2a2a] - Text.
 * @cssprop [--spa-color-muted=#5b6470] - Secondary text: aliases, citations.
 * @cssprop [--spa-color-border=#8a9099] - Borders of tabs and cards.
 * @cssprop [--spa-color-good=#17692e] - "Usually helps".
 * @cssprop [--spa-color-caution=#7a5000] - "Helps somewhat" and "Helps little".
 * @cssprop [--spa-color-stop=#a1241a] - "Not suitable".
 * @cssprop [--spa-color-skin=#dcae8e] - Skin tone of the drawings.
 * @cssprop [--spa-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--spa-radius=8px] - Corner radius.
 * @cssprop [--spa-space=8px] - Base spacing unit.
 * @cssprop [--spa-focus-ring=3px solid #1a56db] - Keyboard focus outline.
 *
 * @event {CustomEvent<ScarSelectDetail>} spa-scar-select - The visitor picked a type.
 */
export class SpaScarExplainer extends SpaElement {
  static override styles = [themeStyles, panelStyles, scarDrawingStyles, wholeWordsStyles, scarExplainerStyles];

  // Declared here rather than with decorators: the same reactive properties in fewer bytes.
  static override properties = {
    types: {},
    selected: {reflect: true},
    layout: {},
    hideAlternatives: {type: Boolean, reflect: true, attribute: 'hide-alternatives'},
  };

  /** Space-separated type ids to show, in that order. Default: all eight. */
  types: string | null = null;
  /** The selected type id. Reflects the visitor's choice. */
  selected: string | null = null;
  /** `tabs` (default) or `cards`. Narrow containers always get one column. */
  layout: string | null = null;
  /** Hides "What else providers use". */
  hideAlternatives = false;

  private shown: ScarTypeId[] = [...SCAR_TYPE_IDS];
  private chosen: ScarTypeId | null = null;
  private layoutValue: ExplainerLayout = 'tabs';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const {list, chosen, selectedInvalid} = explainerState(this.types, this.selected);
    if (list.unknown.length || list.fellBack) {
      const using = list.fellBack ? 'all types' : `"${list.ids.join(' ')}"`;
      this.warnInvalid('types', this.types!, `use ids from ${SCAR_TYPE_IDS.join(', ')}`, using);
    }
    this.shown = list.ids;

    this.layoutValue = this.choice('layout', this.layout, LAYOUTS, 'tabs');

    if (selectedInvalid) {
      this.warnInvalid('selected', this.selected!, `use one of the shown types: ${this.shown.join(', ')}`, 'no selection');
    }
    this.chosen = chosen;
  }

  protected override render() {
    // A single type names the region after itself: a page with a section per type then has
    // regions a screen reader can tell apart, not several called "Acne scar types".
    const single = this.shown.length === 1 ? SCAR_TYPES[this.shown[0]] : null;
    return framed(html`
      <section
        part="base"
        class="base layout-${this.layoutValue}"
        lang=${displayLocale()}
        dir="ltr"
        aria-label=${single ? single.name() : typesLabel()}
      >
        ${single
          ? // One type (a page about rolling scars, say): nothing to choose, so no tab or card to pick.
            html`<div part="panel" class="panel">${this.renderDetails(single)}</div>`
          : this.layoutValue === 'tabs'
            ? this.renderTabs()
            : this.renderCards()}
        <p class="note">
          ${msg(
            'Most people have a mix of types, and only a provider who sees your skin can tell for sure.',
            {id: 'explainer.mixOfTypes'},
          )}
        </p>
      </section>
    `);
  }

  /**
   * The page changed the layout, or the types without the focused one: focus stays with the
   * types, on their tab stop (cut to one type, with none to choose: on its Sources).
   */
  protected override focusHome(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[data-type][tabindex="0"], summary');
  }

  private renderTabs() {
    // Tabs always show one panel: the chosen type, or the first until the visitor picks.
    const current = this.chosen ?? this.shown[0];
    return html`
      <div role="tablist" part="tabs" class="tabs" aria-label=${typesLabel()} @keydown=${this.onKeydown}>
        ${this.shown.map(
          (id) => html`
            <button
              type="button"
              role="tab"
              part="tab"
              class="tab fingertip"
              id="tab-${id}"
              data-type=${id}
              aria-selected=${id === current ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${id === current ? 0 : -1}
              @click=${() => this.pick(id, true)}
            >
              ${scarIcon(id)}<span class="tab-name">${wholeWords(SCAR_TYPES[id].name())}</span>
            </button>
          `,
        )}
      </div>
      <div role="tabpanel" part="panel" class="panel" id="panel" aria-labelledby="tab-${current}">
        ${this.renderDetails(SCAR_TYPES[current])}
      </div>
    `;
  }

  private renderCards() {
    const focusable = this.chosen ?? this.shown[0];
    return html`
      <div role="listbox" part="cards" class="cards" aria-label=${typesLabel()} @keydown=${this.onKeydown}>
        ${this.shown.map((id) => {
          const type = SCAR_TYPES[id];
          return html`
            <div
              role="option"
              part="card"
              class="card"
              id="card-${id}"
              data-type=${id}
              aria-selected=${id === this.chosen ? 'true' : 'false'}
              tabindex=${id === focusable ? 0 : -1}
              @click=${() => this.pick(id, true)}
            >
              ${scarIcon(id)}
              <span class="card-name">${wholeWords(type.name())}</span>
              <span class="rating ${type.suitability}">${suitabilityLabel(type.suitability)}</span>
            </div>
          `;
        })}
      </div>
      ${this.chosen
        ? html`<div part="panel" class="panel" role="region" aria-label=${SCAR_TYPES[this.chosen].name()}>
            ${this.renderDetails(SCAR_TYPES[this.chosen])}
          </div>`
        : html`<p class="hint">${msg(
          'Choose the picture that looks most like your skin.',
          {id: 'explainer.choosePicture'},
        )}</p>`}
    `;
  }

  private renderDetails(type: ScarType) {
    const sources = [
      ...new Set([type.looks, type.feels, type.size, type.reason, type.alternatives].flatMap((f) => f.sources)),
    ];
    return html`
      <div class="details">
        <figure class="figure" part="drawing">
          ${scarDrawing(type.id, this.drawingLabel(type))}
          <figcaption aria-hidden="true">
            <span>${msg('A slice of the skin', {id: 'explainer.sliceOfSkin'})}</span>
            <span>${msg('Seen from above', {id: 'explainer.seenFromAbove'})}</span>
          </figcaption>
        </figure>
        <div class="facts">
          <h3 class="title">${type.name()}</h3>
          ${type.kind === 'mark'
            ? html`<p class="mark">${msg('A mark, not a scar', {id: 'explainer.markNotScar'})}</p>`
            : nothing}
          <p class="aliases">${msg('Also called:', {id: 'explainer.alsoCalled'})} ${type.aliases().join(', ')}</p>
          <dl>
            <dt>${msg('How it looks', {id: 'explainer.howLooks'})}</dt>
            <dd>${this.renderFact(type.looks)}</dd>
            <dt>${msg('How it feels', {id: 'explainer.howFeels'})}</dt>
            <dd>${this.renderFact(type.feels)}</dd>
            <dt>${msg('Size', {id: 'explainer.size'})}</dt>
            <dd>${this.renderFact(type.size)}</dd>
          </dl>
          <div part="verdict" class="verdict ${type.suitability}">
            <p class="rating ${type.suitability}">
              ${msg('Microneedling:', {id: 'explainer.microneedlingLabel'})}
              <strong>${suitabilityLabel(type.suitability)}</strong>
            </p>
            <p>${this.renderFact(type.reason)}</p>
          </div>
          ${this.hideAlternatives
            ? nothing
            : html`<h4>${msg('What else providers use', {id: 'explainer.whatElseProviders'})}</h4>
                <ul class="alternatives">
                  ${type.alternatives.items().map((item) => html`<li>${item}</li>`)}
                </ul>
                <p class="cite">${this.citeLabels(type.alternatives.sources)}</p>`}
          <details part="sources" class="sources">
            <summary>${msg('Sources', {id: 'explainer.sources'})}</summary>
            <ul>
              ${sources.map((id) => this.renderSource(id))}
            </ul>
          </details>
        </div>
      </div>
    `;
  }

  /**
   * The drawing's accessible name; what it shows is described in words right beside it. The
   * name opens it, so that it is not capitalised mid-sentence ("Drawing of Ice pick scars").
   */
  private drawingLabel(type: ScarType): string {
    const name = type.name();
    return msg(str`${name}: a drawing of a slice of the skin, and of the skin seen from above`, {id: 'drawing.label'});
  }

  private renderFact(fact: Fact) {
    return html`${fact.text()} <span class="cite">${this.citeLabels(fact.sources)}</span>`;
  }

  private citeLabels(ids: readonly SourceId[]): string {
    return `(${citationLabels(ids)})`;
  }

  private renderSource(id: SourceId) {
    const source = SOURCES[id];
    const kind =
      source.kind === 'web'
        ? html` <em>${msg('Web page, not peer-reviewed.', {id: 'explainer.webPageNotReviewed'})}</em>`
        : nothing;
    // The papers are in English, whatever the widget's language: screen readers read them so.
    const text = html`<span lang="en">${sourceLabel(id)}. ${source.citation}.</span>`;
    return html`<li>
      ${'url' in source
        ? html`<a href=${source.url} target="_blank" rel="noopener"
            >${text}<span class="visually-hidden"> ${opensNewTabNote()}</span></a
          >`
        : text}${kind}
    </li>`;
  }

  /**
   * The visitor picked a type: select it, tell the page, keep focus on it. A click or tap also
   * brings the details into view; keys leave the page still, as focus stays on the cards.
   */
  private pick(id: ScarTypeId, clicked = false): void {
    if (id === this.chosen) return;
    this.selected = id;
    this.emit<ScarSelectDetail>('spa-scar-select', {type: id});
    if (clicked) void this.updateComplete.then(() => this.revealDetails());
  }

  /**
   * A phone's one column of cards ends below the screen, so the details of a tapped card would
   * open out of sight with nothing in sight changing. Details starting in the screen's lower
   * third or below come up, as little as shows them (a panel taller than the screen, from its top).
   */
  private revealDetails(): void {
    const panel = this.renderRoot.querySelector('.panel');
    if (!panel || panel.getBoundingClientRect().top <= (window.innerHeight * 2) / 3) return;
    panel.scrollIntoView({block: 'nearest', behavior: visitorScrollBehavior()});
  }

  private onKeydown = (event: KeyboardEvent) => {
    // With a modifier the keys are the browser's and the system's (Alt+Left goes back).
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-type]')];
    const index = items.findIndex((item) => item === this.shadowRoot!.activeElement);
    if (index < 0) return;
    // The direction the items are drawn in, which is not always the page's.
    const rtl = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl';
    const next = nextIndex(event.key, index, items.length, rtl);
    const isOption = items[index].getAttribute('role') === 'option';
    if (next === null) {
      // Options are not buttons: Enter and Space select them, as in a native select.
      if (isOption && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.pick(items[index].dataset.type as ScarTypeId);
      }
      return;
    }
    event.preventDefault();
    const id = items[next].dataset.type as ScarTypeId;
    this.pick(id);
    // Keyboard focus, so ringed: Safari otherwise keeps the ring off after a tab was clicked.
    void this.updateComplete.then(() => {
      this.shadowRoot!.querySelector<HTMLElement>(`[data-type="${id}"]`)?.focus({focusVisible: true});
    });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'spa-scar-explainer': SpaScarExplainer;
  }
  interface GlobalEventHandlersEventMap {
    'spa-scar-select': CustomEvent<ScarSelectDetail>;
  }
}
