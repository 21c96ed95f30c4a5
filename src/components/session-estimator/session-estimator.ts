import {html, nothing, type PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {SpaElement} from '../../shared/spa-element.js';
import {themeStyles} from '../../shared/theme.styles.js';
import {framed} from '../../shared/panel-frame.js';
import {panelStyles} from '../../shared/panel.styles.js';
import {displayLocale} from '../../shared/localization.js';
import type {EstimateSummary} from '../../shared/estimate.js';
import {parseChoice} from '../../lib/attributes.js';
import {explainerState} from '../../lib/explainer-state.js';
import {currencyDecimals, parseCurrency, parseNumber, parseWeeksRange} from '../../lib/numbers.js';
import {estimate, summarize, type Answers, type Estimate, type SpaConfig} from '../../lib/estimate.js';
import {formatAlternatives, formatMoney, formatMoneyRange, formatRange} from '../../lib/format.js';
import {FLAT_MARK_ALTERNATIVES, SCAR_TYPE_IDS, SCAR_TYPES, type ScarTypeId} from '../../data/scar-types.js';
import {GRADES, type Grade} from '../../data/estimate-table.js';
import {SCREENING, type ScreeningItem, type ScreeningLevel} from '../../data/screening.js';
import {citationLabels, type SourceId} from '../../data/sources.js';
import {scarIcon} from '../scar-explainer/scar-drawing.js';
import {scarDrawingStyles} from '../scar-explainer/scar-drawing.styles.js';
import {wholeWords, wholeWordsStyles} from '../../shared/whole-words.js';
import {visitorScrollBehavior} from '../../shared/scroll-motion.js';
import {readThenWrite} from '../../shared/read-then-write.js';
import {renderTimeline} from './session-timeline.js';
import {keepStickyEndInView} from './sticky-end.js';
import {stickyStoppedBy} from './sticky-stopper.js';
import {sessionEstimatorStyles} from './session-estimator.styles.js';

/** The grades as the `severity` attribute spells them. */
const GRADE_IDS = GRADES.map(String);

/** The four Goodman–Baron grades, asked in plain words (SPEC.md). */
function gradeLabel(grade: Grade): string {
  switch (grade) {
    case 1:
      return msg('Flat marks only', {id: 'grade.1'});
    case 2:
      return msg('Visible up close; makeup covers them', {id: 'grade.2'});
    case 3:
      return msg('Visible at conversation distance; they flatten when the skin is stretched', {id: 'grade.3'});
    case 4:
      return msg("Visible at conversation distance; they don't flatten", {id: 'grade.4'});
  }
}

/** "Based on: Dogra 2014; Chu 2021": what the result and the safety answers rest on, each once. */
const basedOn = (sources: readonly SourceId[]) =>
  html`<p class="cite">${msg('Based on:', {id: 'estimate.basedOn'})} ${citationLabels([...new Set(sources)])}</p>`;

/** The way to the result: down the page. */
const arrowDown = html`<svg class="arrow" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M8 2v11M3.5 8.5L8 13l4.5-4.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/**
 * How many sessions, how long, how much: a short form (main scar type, how visible the
 * scars are, a safety check) and an honest estimate drawn from the published trials.
 *
 * @tagname spa-session-estimator
 * @summary Sessions, interval, timeline and price range for microneedling acne scars.
 *
 * @csspart base - The whole estimator.
 * @csspart form - The questions.
 * @csspart result - The estimate, or why there is none.
 * @csspart timeline - The drawn timeline of the sessions.
 * @csspart price - The price range.
 * @csspart disclaimer - The "estimate, not medical advice" note, always shown.
 *
 * @cssprop [--spa-color-primary=#1d5c57] - Selected answers and the timeline.
 * @cssprop [--spa-color-surface=#ffffff] - Background.
 * @cssprop [--spa-color-text=#2a2a2a] - Text.
 * @cssprop [--spa-color-muted=#5b6470] - Hints, dates, citations.
 * @cssprop [--spa-color-border=#8a9099] - Borders of the answers.
 * @cssprop [--spa-color-good=#17692e] - A course of microneedling.
 * @cssprop [--spa-color-caution=#7a5000] - Notes to discuss with the provider.
 * @cssprop [--spa-color-stop=#a1241a] - "Please talk to a provider first".
 * @cssprop [--spa-color-skin=#dcae8e] - Skin tone of the scar pictures.
 * @cssprop [--spa-font-family=inherit] - Font; inherits the page's by default.
 * @cssprop [--spa-radius=8px] - Corner radius.
 * @cssprop [--spa-space=8px] - Base spacing unit.
 * @cssprop [--spa-focus-ring=3px solid #1a56db] - Keyboard focus outline.
 *
 * @event {CustomEvent<EstimateSummary>} spa-estimate-change - The visitor changed the scar
 *   type or how visible the scars are. Never carries a safety-check answer.
 */
export class SpaSessionEstimator extends SpaElement {
  static override styles = [themeStyles, panelStyles, scarDrawingStyles, wholeWordsStyles, sessionEstimatorStyles];

  // Declared here rather than with decorators: the same reactive properties in fewer bytes.
  // Internal state says `attribute: false` so that custom-elements.json does not list it.
  static override properties = {
    htmlFor: {attribute: 'for'},
    scarType: {attribute: 'scar-type'},
    severity: {},
    price: {},
    packageSize: {attribute: 'package-size'},
    packagePrice: {attribute: 'package-price'},
    currency: {},
    intervalWeeks: {attribute: 'interval-weeks'},
    maxSessions: {attribute: 'max-sessions'},
    hideScreening: {type: Boolean, attribute: 'hide-screening'},
    answers: {state: true, attribute: false},
    screening: {state: true, attribute: false},
  };

  /** Id of the `<spa-scar-explainer>` whose selection it follows. Default: the only one on the page. */
  htmlFor: string | null = null;
  /** Preselected scar type id. */
  scarType: string | null = null;
  /** Preselected grade, 1–4. */
  severity: string | null = null;
  /** Price of one session. No price: no prices shown. */
  price: string | null = null;
  /** Sessions in the spa's package. */
  packageSize: string | null = null;
  /** Total price of the package. */
  packagePrice: string | null = null;
  /** ISO 4217 code. Default USD. */
  currency: string | null = null;
  /** The spa's interval: `4` or `4-6` weeks. Default: from the evidence. */
  intervalWeeks: string | null = null;
  /** The most sessions the spa offers. */
  maxSessions: string | null = null;
  /** Hides the safety questions (the note to consult a provider stays). */
  hideScreening = false;

  private answers: Answers = {scarType: null, severity: null};
  /** Safety-check answers: kept here, rendered here, never sent anywhere. */
  private screening = new Set<string>();

  /** What the status region has told screen readers: the result's headline and safety notes. */
  private heard = {headline: '', notes: [] as string[]};
  private statusClearing?: ReturnType<typeof setTimeout>;

  private config!: SpaConfig;
  private result: Estimate | null = null;

  /** The latest estimate (what `spa-estimate-change` carries), or null before any answer. */
  get estimate(): EstimateSummary | null {
    const {scarType, severity} = this.answers;
    return scarType || severity ? summarize(this.result, this.answers) : null;
  }

  /**
   * Where the explainer's selections are heard: this element's own document or shadow root,
   * where the explainer is looked for too. Beyond a shadow root the event's target would be the
   * root's host, not the explainer.
   */
  private selectionsHeardOn?: Node;

  private stopFittingResult?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.fitResult();
    this.selectionsHeardOn = this.getRootNode();
    this.selectionsHeardOn.addEventListener('spa-scar-select', this.onExplainerSelect);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFittingResult?.();
    this.selectionsHeardOn?.removeEventListener('spa-scar-select', this.onExplainerSelect);
    // Taken out, it is not heard; put back (a slider's slide), it brings no message to read again.
    clearTimeout(this.statusClearing);
    this.renderRoot.querySelector('.status')?.replaceChildren();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('scarType') || changed.has('severity') || !this.hasUpdated) this.applyPresets(changed);
    // A `for` set later is checked now (warning when it names no explainer), not at the next selection.
    else if (changed.has('htmlFor') && this.htmlFor != null) this.linkedExplainer();
    this.config = this.readConfig();
    this.result = estimate(this.answers, this.config);
  }

  /** The page's `scar-type` and `severity` (or the linked explainer's selection) preset the answers. */
  private applyPresets(changed: PropertyValues<this>): void {
    let {scarType, severity} = this.answers;
    if (changed.has('scarType') || !this.hasUpdated) {
      const parsed = parseChoice(this.scarType, SCAR_TYPE_IDS, SCAR_TYPE_IDS[0]);
      if (parsed.invalid) {
        this.warnInvalid('scar-type', this.scarType!, `use one of ${SCAR_TYPE_IDS.join(', ')}`, 'no preselection');
      }
      scarType = this.scarType != null && !parsed.invalid ? parsed.value : this.explainerSelection();
    }
    if (changed.has('severity') || !this.hasUpdated) {
      const parsed = parseChoice(this.severity, GRADE_IDS, '1');
      if (parsed.invalid) this.warnInvalid('severity', this.severity!, 'use 1, 2, 3 or 4', 'no preselection');
      severity = this.severity != null && !parsed.invalid ? (Number(parsed.value) as Grade) : null;
    }
    this.answers = {scarType, severity};
  }

  private readConfig(): SpaConfig {
    const currency = parseCurrency(this.currency);
    if (currency.invalid) this.warnInvalid('currency', this.currency!, 'use an ISO 4217 code such as USD, EUR or GBP', '"USD"');
    // Prices with the currency's own decimals: ¥249.50 would show as ¥250 beside sums of ¥249.50s.
    // Asked of Intl only for a price with decimals (or a refused one): a page's first formatter
    // costs a new tab about 15 ms (Intl's data), which a whole price need not add to first render.
    const decimals = () => currencyDecimals(currency.value);
    const money = {min: 0.01, max: 1_000_000, decimals};
    const perSession = this.number('price', this.price, money, () => {
      const example = decimals() ? `250 or ${(249.5).toFixed(decimals())}` : `250 (${currency.value} has no cents)`;
      return `a price per session such as ${example}`;
    });
    const packageSize = this.number('package-size', this.packageSize, {min: 2, max: 50, decimals: 0}, 'a whole number of sessions from 2 to 50');
    const packagePrice = this.number('package-price', this.packagePrice, money, 'a total price such as 650');
    const hasPackage = packageSize != null && packagePrice != null;
    if ((packageSize == null) !== (packagePrice == null) && (this.packageSize ?? this.packagePrice) != null) {
      this.warnOnce('package', `<${this.localName}> needs both package-size and package-price for a package; ignoring the package.`);
    }
    const interval = parseWeeksRange(this.intervalWeeks);
    if (interval.invalid) {
      this.warnInvalid('interval-weeks', this.intervalWeeks!, 'use weeks such as 4 or 4-6 (1 to 12)', 'the interval from the studies');
    }
    const maxSessions = this.number('max-sessions', this.maxSessions, {min: 1, max: 50, decimals: 0}, 'a whole number from 1 to 50');
    return {
      pricing: {perSession, packageSize: hasPackage ? packageSize : null, packagePrice: hasPackage ? packagePrice : null},
      currency: currency.value,
      intervalWeeks: interval.value,
      maxSessions,
    };
  }

  private number(
    attribute: string,
    raw: string | null,
    limits: Parameters<typeof parseNumber>[1],
    accepts: string | (() => string),
  ): number | null {
    const parsed = parseNumber(raw, limits);
    if (parsed.invalid) {
      this.warnInvalid(attribute, raw!, `use ${typeof accepts === 'string' ? accepts : accepts()}`, 'none');
    }
    return parsed.value;
  }

  /**
   * The explainer was further down the page than the script had read (an `async` script, a tag
   * manager's): its selection presets the type now, as it would have at first, unless the
   * page or the visitor has chosen one.
   */
  protected override pageLoaded = (): void => {
    const selection = this.explainerSelection();
    if (selection && !this.answers.scarType) this.answers = {...this.answers, scarType: selection};
  };

  /** The linked explainer: the one named by `for`, or the only one on the page. */
  private linkedExplainer(): Element | null {
    return this.linked('for', this.htmlFor, 'spa-scar-explainer');
  }

  /** The type the linked explainer shows selected, read as the explainer reads it. */
  private explainerSelection(): ScarTypeId | null {
    const explainer = this.linkedExplainer();
    return explainer && explainerState(explainer.getAttribute('types'), explainer.getAttribute('selected')).chosen;
  }

  /** The visitor picked a type in the linked explainer: follow it, as their own answer. */
  private onExplainerSelect = (event: Event) => {
    if (event.target !== this.linkedExplainer()) return;
    const {detail} = event as GlobalEventHandlersEventMap['spa-scar-select'];
    this.answer({...this.answers, scarType: detail.type});
  };

  private answer(next: Answers): void {
    if (next.scarType === this.answers.scarType && next.severity === this.answers.severity) return;
    this.answers = next;
    this.result = estimate(this.answers, this.config);
    // Looked at again: the page may have been held still under a modal when the element came.
    this.placeResult();
    this.emit<EstimateSummary>('spa-estimate-change', summarize(this.result, this.answers));
  }

  private onTypeChange = (event: Event) => {
    this.answer({...this.answers, scarType: (event.target as HTMLInputElement).value as ScarTypeId});
  };

  private onGradeChange = (event: Event) => {
    this.answer({...this.answers, severity: Number((event.target as HTMLInputElement).value) as Grade});
  };

  private onScreeningChange = (event: Event) => {
    const box = event.target as HTMLInputElement;
    const next = new Set(this.screening);
    if (box.checked) next.add(box.value);
    else next.delete(box.value);
    this.screening = next;
  };

  protected override render() {
    return framed(html`
      <section
        part="base"
        class="base"
        lang=${displayLocale()}
        dir="ltr"
        aria-label=${msg('Microneedling estimate', {id: 'estimate.microneedlingEstimate'})}
      >
        <div class="columns">
          <form part="form" class="form" @submit=${(event: Event) => event.preventDefault()}>
            ${this.renderTypeQuestion()} ${this.renderGradeQuestion()}
            ${this.hideScreening ? nothing : html`${this.renderJumpToResult()}${this.renderScreening()}`}
          </form>
          <div part="result" class="result">
            <p class="visually-hidden status" role="status"></p>
            ${this.renderResult()}
          </div>
        </div>
        <p part="disclaimer" class="disclaimer">
          ${msg(
            'This is an estimate from published studies, not medical advice. A provider will confirm it after seeing your skin.',
            {id: 'estimate.notMedicalAdvice'},
          )}
        </p>
      </section>
    `);
  }

  protected override firstUpdated(): void {
    this.fitResult();
  }

  /** A result taller than the screen sticks by its end, 16 px above the bottom edge. */
  private fitResult(): void {
    this.stopFittingResult = keepStickyEndInView(this.renderRoot.querySelector('.result')!, 16);
    this.placeResult();
  }

  /**
   * Where the result could not stay in view beside a long form, it follows the form, as on a
   * phone: beside it, a safety answer that stops the estimate would change it out of sight.
   * Decided on the page's layout before the next frame; a class, not a render of its own.
   */
  private placeResult(): void {
    const columns = this.renderRoot.querySelector('.columns')!;
    readThenWrite(() => {
      const stopper = this.isConnected && !this.hideScreening ? stickyStoppedBy(this) : null;
      // Said where it shows: beside the form (on a phone the result follows it anyway).
      const wasBeside = !!stopper && getComputedStyle(columns.querySelector('.result')!).position === 'sticky';
      return () => {
        columns.classList.toggle('stacked', !!stopper);
        if (wasBeside) {
          this.warnOnce(
            'sticky',
            `<${this.localName}>'s result follows the answers, as on a phone: ${stopper}, so it could not stay in view beside them. overflow-x: clip there would not stop it.`,
          );
        }
      };
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Its first value is placed once the page's layout is known (fitResult).
    if (changed.get('hideScreening') !== undefined) this.placeResult();
    // Screen readers hear each new result through one status region that stays in place: a
    // live region that arrives with its content, as each result's own heading does, often is not
    // read at all. A safety note the visitor adds under an unchanged headline is heard too.
    // Heard, not seen: without the word joiners that keep ranges on one line.
    const read = (element?: Element | null) =>
      (element?.textContent ?? '').replace(/\s+/g, ' ').replace(/\u2060/g, '').trim();
    const headline = read(this.renderRoot.querySelector('.result .headline'));
    const cautions = this.renderRoot.querySelector('.cautions');
    const notes = [...(cautions?.querySelectorAll('li') ?? [])].map(read);
    const added = notes.filter((note) => !this.heard.notes.includes(note));
    if (headline !== this.heard.headline || notes.length < this.heard.notes.length) this.announce(headline);
    else if (added.length) this.announce(`${read(cautions!.querySelector('h4'))} ${added.join(' ')}`);
    this.heard = {headline, notes};
  }

  /**
   * What had focus went with a change of the page's: the safety check hidden, or the result
   * drawn anew under its focused headline. Focus goes to the estimate the answers fed, else to
   * the answer given, else to the first question.
   */
  protected override focusHome(): HTMLElement | null {
    const root = this.renderRoot;
    return root.querySelector<HTMLElement>('.headline') ?? root.querySelector('input:checked') ?? root.querySelector('input');
  }

  /**
   * Says `message` once. The region empties 7 s later (React Aria's delay, time enough to be
   * read): a hidden copy left in place would be read again, beside the visible headline, by a
   * screen reader reading on through the page.
   */
  private announce(message: string): void {
    const status = this.renderRoot.querySelector('.status')!;
    status.textContent = message;
    clearTimeout(this.statusClearing);
    this.statusClearing = setTimeout(() => (status.textContent = ''), 7000);
  }

  private renderTypeQuestion() {
    return html`<fieldset class="types">
      <legend>${msg('Which scars bother you most?', {id: 'estimate.whichScars'})}</legend>
      <div class="choices">
        ${SCAR_TYPE_IDS.map(
          (id) => html`<label class="choice fingertip">
            <input
              type="radio"
              name="type"
              value=${id}
              .checked=${this.answers.scarType === id}
              @change=${this.onTypeChange}
            />${scarIcon(id)}<span>${wholeWords(SCAR_TYPES[id].name())}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderGradeQuestion() {
    return html`<fieldset class="grades">
      <legend>${msg('How visible are they?', {id: 'estimate.howVisible'})}</legend>
      <div class="choices">
        ${GRADES.map(
          (grade) => html`<label class="choice fingertip">
            <input
              type="radio"
              name="grade"
              value=${grade}
              .checked=${this.answers.severity === grade}
              @change=${this.onGradeChange}
            /><span>${gradeLabel(grade)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  /**
   * On a narrow screen the result follows the whole form, a screenful of safety questions below
   * the answer just given: nothing the visitor sees changes when the estimate appears. This
   * button says it is there and takes them to it (shown by the styles only in that layout).
   */
  private renderJumpToResult() {
    if (!this.result) return nothing;
    return html`<p class="jump">
      <button type="button" @click=${this.showResult}>
        ${msg('See your estimate', {id: 'estimate.seeEstimate'})}${arrowDown}
      </button>
    </p>`;
  }

  /**
   * Scrolls to the result's headline and focuses it, so that a screen reader reads on from there.
   * Ringed when the button was pressed by keyboard (a click of `detail` 0): Safari leaves the ring
   * off after any earlier mouse click on the page.
   */
  private showResult = (event: MouseEvent) => {
    const headline = this.renderRoot.querySelector<HTMLElement>('.result .headline');
    headline?.scrollIntoView({block: 'start', behavior: visitorScrollBehavior()});
    headline?.focus({preventScroll: true, focusVisible: !event.detail});
  };

  private renderScreening() {
    return html`<fieldset class="screening">
      <legend>${msg('Safety check: tick anything that applies to you', {id: 'estimate.safetyCheck'})}</legend>
      <p class="hint">${msg(
        'Your answers stay on this page. They are not sent anywhere.',
        {id: 'estimate.answersStayHere'},
      )}</p>
      <div class="checks">
        ${SCREENING.map(
          (item) => html`<label class="check fingertip">
            <input
              type="checkbox"
              value=${item.id}
              .checked=${this.screening.has(item.id)}
              @change=${this.onScreeningChange}
            /><span>${item.label()}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  /**
   * The ticked safety answers of one level. They count only while their questions are on
   * screen, where they can be unticked.
   */
  private ticked(level: ScreeningLevel): ScreeningItem[] {
    return this.hideScreening ? [] : SCREENING.filter((item) => item.level === level && this.screening.has(item.id));
  }

  private renderResult() {
    const stops = this.ticked('stop');
    if (stops.length) return this.renderStopped(stops);
    const result = this.result;
    if (!result) {
      return html`<p class="empty">
        ${msg('Choose your scar type and how visible your scars are to see an estimate.', {id: 'estimate.prompt'})}
      </p>`;
    }
    const talks = this.ticked('talk');
    return html`
      ${result.verdict === 'course' ? this.renderCourse(result) : this.renderNoCourse(result)}
      ${this.renderCautions(talks)}
      ${basedOn([...result.sources, ...talks.flatMap((item) => item.sources)])}
    `;
  }

  private renderStopped(stops: readonly ScreeningItem[]) {
    return html`<div class="stopped">
      <h3 class="headline" tabindex="-1">${msg('Please talk to a provider first', {id: 'estimate.talkToProvider'})}</h3>
      <p>${msg(
        'Microneedling may not be safe for you right now. A provider can tell you when it would be, or what else could help.',
        {id: 'estimate.mayNotBeSafe'},
      )}</p>
      <p>${msg('Because you ticked:', {id: 'estimate.becauseTicked'})}</p>
      <ul>
        ${stops.map((item) => html`<li>${item.label()}</li>`)}
      </ul>
      ${basedOn(stops.flatMap((item) => item.sources))}
    </div>`;
  }

  private renderCautions(talks: readonly ScreeningItem[]) {
    if (!talks.length) return nothing;
    return html`<div class="cautions">
      <h4>${msg('Before you book, mention:', {id: 'estimate.mentionBeforeBooking'})}</h4>
      <ul>
        ${talks.map((item) => html`<li>${item.note?.()}</li>`)}
      </ul>
    </div>`;
  }

  private renderCourse(result: Estimate) {
    const locale = displayLocale();
    const sessions = result.sessions!;
    const interval = result.intervalWeeks!;
    const span = result.spanWeeks!;
    const count = formatRange(sessions.min, sessions.max, locale);
    const every = formatRange(interval.min, interval.max, locale);
    const headline =
      sessions.max === 1
        ? msg('1 session', {id: 'estimate.oneSession'})
        : interval.max === 1
          ? msg(str`${count} sessions, every week`, {id: 'estimate.sessionsEveryWeek'})
          : msg(str`${count} sessions, every ${every} weeks`, {id: 'estimate.sessionsEveryWeeks'});
    const typical = formatRange(sessions.typical, sessions.typical, locale);
    const typicalWeeks = formatRange(span.typical, span.typical, locale);
    const spanRange = formatRange(span.min, span.max, locale);
    // A single count or span (the spa's max-sessions and interval-weeks) is the headline's and
    // the timeline's alone: no "Typically 1 sessions.", no "About 4 weeks (4 weeks)".
    const typicalText =
      sessions.min === sessions.max ? null : msg(str`Typically ${typical} sessions.`, {id: 'estimate.typicalSessions'});
    const spanText =
      span.min !== span.max
        ? msg(str`About ${typicalWeeks} weeks from the first session to the last (${spanRange} weeks).`, {id: 'estimate.span'})
        : null;
    return html`
      <div class="course">
        <h3 class="headline" tabindex="-1">${headline}</h3>
        ${typicalText || spanText ? html`<p>${typicalText} ${spanText}</p>` : nothing}
        ${renderTimeline(sessions.typical, interval.typical, locale)}
        <p>${msg(
          'Results are judged 3 to 6 months after the last session, as new collagen builds slowly.',
          {id: 'estimate.resultsJudged'},
        )}</p>
        ${this.renderPrice(result, locale)}
        <h4>${msg('What to expect', {id: 'estimate.whatToExpect'})}</h4>
        <ul>
          <li>${msg(
            'Scars usually soften rather than disappear: about one step on the scale doctors use.',
            {id: 'estimate.softenNotDisappear'},
          )}</li>
          <li>${msg(
            'After each session, redness like a moderate sunburn, usually for a few hours to about 3 days.',
            {id: 'estimate.rednessAfter'},
          )}</li>
          ${result.combination
            ? html`<li>${msg(
              'Deep or severe scars usually do best with other treatments alongside, such as subcision, laser or TCA CROSS. Ask about them at your consultation.',
              {id: 'estimate.deepScarsCombine'},
            )}</li>`
            : nothing}
          ${result.cappedBySpa
            ? html`<li>${msg(
              'This spa offers fewer sessions than some studies used; your provider will tell you what to expect from them.',
              {id: 'estimate.fewerSessionsThanStudies'},
            )}</li>`
            : nothing}
          ${result.intervalUnlikeStudies
            ? html`<li>${msg(
              'This spa spaces its sessions differently from the studies, which used 2 to 6 weeks; your provider will explain its schedule.',
              {id: 'estimate.intervalUnlikeStudies'},
            )}</li>`
            : nothing}
        </ul>
      </div>
    `;
  }

  private renderPrice(result: Estimate, locale: string) {
    if (!result.price) return nothing;
    const {min, max, currency} = result.price;
    const total = formatMoneyRange(min, max, currency, locale);
    const {perSession, packageSize, packagePrice} = this.config.pricing;
    const basis: string[] = [];
    if (perSession != null) {
      const sessionPrice = formatMoney(perSession, currency, locale);
      basis.push(msg(str`${sessionPrice} per session`, {id: 'estimate.perSession'}));
    }
    if (packageSize != null && packagePrice != null) {
      const packageTotal = formatMoney(packagePrice, currency, locale);
      basis.push(msg(str`${packageSize} sessions for ${packageTotal}`, {id: 'estimate.packagePrice'}));
    }
    return html`<p part="price" class="price">
      <strong>${msg(str`${total} for the whole course`, {id: 'estimate.wholeCourse'})}</strong>
      <span class="basis">(${formatAlternatives(basis, locale)})</span>
    </p>`;
  }

  private renderNoCourse(result: Estimate) {
    const type = SCAR_TYPES[result.scarType];
    const text = {
      marks: () => ({
        headline: msg('These sound like marks, not scars', {id: 'estimate.marksHeadline'}),
        body: msg(
          'Flat marks change colour, not shape, and microneedling is not the first choice for them. Many fade with time and daily sun protection; a provider can tell you what else helps.',
          {id: 'estimate.marksBody'},
        ),
      }),
      icepick: () => ({
        headline: msg('Microneedling helps ice pick scars little', {id: 'estimate.icepickHeadline'}),
        body: msg(
          'Doctors usually treat ice pick scars one by one, with TCA CROSS or punch techniques. A consultation can tell you what fits your skin.',
          {id: 'estimate.icepickBody'},
        ),
      }),
      raised: () => ({
        headline: msg('Not a treatment for raised scars', {id: 'estimate.raisedHeadline'}),
        body: msg(
          'Raised scars and keloids should not be treated with microneedling in a spa. Please see a dermatologist, who can offer injections, silicone or other treatments.',
          {id: 'estimate.raisedBody'},
        ),
      }),
    }[result.verdict as 'marks' | 'icepick' | 'raised']();
    const alternatives = result.verdict === 'marks' && type.kind === 'scar' ? FLAT_MARK_ALTERNATIVES : type.alternatives;
    return html`<div class="no-course">
      <h3 class="headline" tabindex="-1">${text.headline}</h3>
      <p>${text.body}</p>
      <h4>${msg('What providers use instead', {id: 'estimate.whatProvidersUse'})}</h4>
      <ul>
        ${alternatives.items().map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spa-session-estimator': SpaSessionEstimator;
  }
  interface GlobalEventHandlersEventMap {
    'spa-estimate-change': CustomEvent<EstimateSummary>;
  }
}
