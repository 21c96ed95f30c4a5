// Type test (npm run typecheck:react): a React 19 app using the kit's typed elements.
// It compiles only if the typings in types/react.d.ts are right; the @ts-expect-error lines
// fail the build if a wrong attribute value were ever accepted.
import '../types/react.js';
import type {BookClickDetail} from '../dist/types/index.js';

export function MicroneedlingPage({onBook}: {onBook: (detail: BookClickDetail) => void}) {
  return (
    <main>
      <spa-scar-explainer id="scars" layout="cards" hide-alternatives onspa-scar-select={(event) => event.detail.type} />
      <spa-session-estimator
        for="scars"
        scar-type="rolling"
        severity={3}
        price={250}
        package-size="3"
        package-price="650"
        currency="EUR"
        interval-weeks="4-6"
        onspa-estimate-change={(event) => event.detail.sessions?.typical}
      />
      <spa-book-button
        href="https://calendly.com/botanica/microneedling"
        target="dialog"
        variant="outline"
        size="lg"
        floating
        className="book"
        onspa-book-click={(event) => onBook(event.detail)}
        onspa-book-complete={(event) => event.detail.provider}
      >
        <a href="https://calendly.com/botanica/microneedling">Book a consultation</a>
      </spa-book-button>
      {/* @ts-expect-error: not a target */}
      <spa-book-button target="popup" />
      {/* @ts-expect-error: not a scar type id */}
      <spa-session-estimator scar-type="acne" />
      {/* @ts-expect-error: the detail of spa-scar-select has no sessions */}
      <spa-scar-explainer onspa-scar-select={(event) => event.detail.sessions} />
    </main>
  );
}
