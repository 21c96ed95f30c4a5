// Type test (npm run typecheck:frameworks): what a Vue 3 template may write on the kit's tags,
// checked against Vue's own types. Vue's language tools check a template's attributes and
// `@event` listeners against the `$props` of the component registered in GlobalComponents;
// these objects stand for such templates. The @ts-expect-error lines fail the build if a
// wrong value were ever accepted, or if the declarations stopped reaching GlobalComponents.
import '../types/vue.js';
import type {GlobalComponents} from 'vue';

type TemplateProps<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

// <spa-book-button href="…" target="dialog" variant="outline" floating @spa-book-click="…" />
export const button: TemplateProps<'spa-book-button'> = {
  href: 'https://calendly.com/botanica/microneedling',
  target: 'dialog',
  variant: 'outline',
  size: 'lg',
  floating: true,
  provider: 'calendly',
  analytics: 'off',
  onSpaBookClick: (event) => event.detail.href.length + (event.detail.estimate?.sessions?.typical ?? 0),
  onSpaBookComplete: (event) => event.detail.provider,
};

// <spa-scar-explainer layout="cards" hide-alternatives @spa-scar-select="…" />
export const explainer: TemplateProps<'spa-scar-explainer'> = {
  layout: 'cards',
  selected: 'rolling',
  'hide-alternatives': true,
  onSpaScarSelect: (event) => event.detail.type,
};

// <spa-session-estimator for="scars" :severity="3" price="250" @spa-estimate-change="…" />
export const estimator: TemplateProps<'spa-session-estimator'> = {
  for: 'scars',
  'scar-type': 'boxcar-shallow',
  severity: 3,
  price: '250',
  'interval-weeks': '4-6',
  onSpaEstimateChange: (event) => event.detail.price?.currency,
};

// @ts-expect-error: not a target
export const wrongTarget: TemplateProps<'spa-book-button'> = {target: 'popup'};
// @ts-expect-error: not a scar type id
export const wrongType: TemplateProps<'spa-session-estimator'> = {'scar-type': 'acne'};
// @ts-expect-error: the detail of spa-scar-select has no sessions
export const wrongDetail: TemplateProps<'spa-scar-explainer'> = {onSpaScarSelect: (event) => event.detail.sessions};
