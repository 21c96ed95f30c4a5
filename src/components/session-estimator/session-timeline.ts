import {html, svg} from 'lit';
import {msg, str} from '@lit/localize';
import {RESULTS_AFTER_MONTHS} from '../../data/estimate-table.js';
import {formatDay, formatMonth, monthsLater, sessionDates} from '../../lib/format.js';

/**
 * The course drawn as a timeline: a dot per session with its approximate date from today,
 * then the months when results are judged. The dates are real text in a list, so screen
 * readers read them; the drawing (dots and the line between them) is decorative.
 */
export function renderTimeline(sessions: number, intervalWeeks: number, locale: string, today = new Date()) {
  const dates = sessionDates(today, sessions, intervalWeeks);
  const last = dates[dates.length - 1];
  const resultsFrom = formatMonth(monthsLater(last, RESULTS_AFTER_MONTHS.min), locale);
  const resultsTo = formatMonth(monthsLater(last, RESULTS_AFTER_MONTHS.max), locale);
  return html`
    <div class="timeline-wrap">
      <ol
        part="timeline"
        class="timeline"
        aria-label=${msg('Your sessions, if you start this week', {id: 'timeline.label'})}
      >
        ${dates.map((date, index) => {
          const number = index + 1;
          // As calendars do: the year once, on the first session in a new year ("Jan 16, 2027").
          const newYear = date.getFullYear() !== (dates[index - 1] ?? today).getFullYear();
          return html`<li class="step">
            ${marker(false)}
            <span class="step-name">${msg(str`Session ${number}`, {id: 'timeline.session'})}</span>
            <span class="step-date">${formatDay(date, locale, newYear)}</span>
          </li>`;
        })}
        <li class="step results">
          ${marker(true)}
          <span class="step-name">${msg('Results', {id: 'timeline.results'})}</span>
          <span class="step-date">${msg(str`${resultsFrom} to ${resultsTo}`, {id: 'timeline.resultsRange'})}</span>
        </li>
      </ol>
      <p class="hint">${msg(
        'Dates are approximate and assume you start this week.',
        {id: 'timeline.datesApproximate'},
      )}</p>
    </div>
  `;
}

/** A dot for a session, a ring for the results; the line joining them is the step's ::before. */
function marker(results: boolean) {
  return html`<svg class="marker" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    ${results
      ? svg`<circle class="ring" cx="10" cy="10" r="6.5" />`
      : svg`<circle class="dot" cx="10" cy="10" r="7" />`}
  </svg>`;
}
