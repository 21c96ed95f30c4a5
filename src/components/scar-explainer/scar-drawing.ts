import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {ScarTypeId} from '../../data/scar-types.js';

/**
 * The drawings of the scar types, built from shared pieces: a slice of skin (epidermis,
 * dermis, fat) whose surface follows the scar's profile, what sits in it (tethering bands,
 * scar tissue, pigment, vessels), and a round patch of skin seen from above.
 *
 * Coordinates: the slice spans x 0–180 with the skin's surface at y 40 and the fat from
 * y 105; the view from above is a circle centred at (240, 70). Colours come from classes
 * (scar-explainer.styles.ts) so they follow the theme tokens, including the skin tone.
 */

const FAT_Y = 105;
const SLICE_WIDTH = 180;

interface Drawing {
  /** The skin's surface as an SVG path from x 0 to x 180. */
  surface: string;
  /** What the slice shows besides the three layers. */
  inSlice?: SVGTemplateResult;
  /** The patch of skin seen from above. */
  fromAbove: SVGTemplateResult;
}

/** Dashed lines marking the edges of the original spot, for the raised scars. */
const originalSpot = (left: number, right: number) => svg`
  <path class="spot-edge" d="M${left} 8 V${FAT_Y - 20} M${right} 8 V${FAT_Y - 20}" />`;

const DRAWINGS: Record<ScarTypeId, Drawing> = {
  icepick: {
    surface: 'M0 40 H52 L57 98 L62 40 H116 L121 101 L126 40 H180',
    fromAbove: svg`
      <circle class="shade" cx="222" cy="58" r="3" />
      <circle class="shade" cx="252" cy="66" r="2.5" />
      <circle class="shade" cx="236" cy="86" r="3" />
      <circle class="shade" cx="262" cy="94" r="2" />`,
  },
  'boxcar-shallow': {
    surface: 'M0 40 H58 L61 52 H119 L122 40 H180',
    fromAbove: svg`
      <circle class="dent" cx="224" cy="60" r="9" />
      <ellipse class="dent" cx="256" cy="74" rx="8" ry="6" />
      <circle class="dent" cx="232" cy="92" r="7" />`,
  },
  'boxcar-deep': {
    surface: 'M0 40 H58 L60 74 H120 L122 40 H180',
    fromAbove: svg`
      <circle class="dent deep" cx="224" cy="60" r="9" />
      <ellipse class="dent deep" cx="256" cy="74" rx="8" ry="6" />
      <circle class="dent deep" cx="232" cy="92" r="7" />`,
  },
  rolling: {
    surface: 'M0 40 C18 40 28 62 50 62 S78 40 90 40 S108 62 130 62 S162 40 180 40',
    inSlice: svg`
      <path class="band" d="M50 70 L46 ${FAT_Y + 4} M130 70 L134 ${FAT_Y + 4}" />`,
    fromAbove: svg`
      <ellipse class="soft-shadow" cx="222" cy="62" rx="17" ry="13" />
      <ellipse class="soft-shadow" cx="258" cy="82" rx="16" ry="12" />
      <ellipse class="soft-shadow" cx="226" cy="96" rx="11" ry="8" />`,
  },
  hypertrophic: {
    surface: 'M0 40 H62 C70 40 72 20 90 20 S110 40 118 40 H180',
    inSlice: svg`
      <path class="scar-tissue" d="M62 40 C70 40 72 20 90 20 S110 40 118 40 C110 64 70 64 62 40 Z" />
      ${originalSpot(62, 118)}`,
    fromAbove: svg`
      <ellipse class="raised" cx="240" cy="72" rx="20" ry="14" />
      <ellipse class="highlight" cx="234" cy="66" rx="8" ry="4" />`,
  },
  keloid: {
    surface: 'M0 40 H24 C32 40 38 14 66 14 C84 14 92 22 108 18 C132 12 150 40 158 40 H180',
    inSlice: svg`
      <path
        class="scar-tissue"
        d="M24 40 C32 40 38 14 66 14 C84 14 92 22 108 18 C132 12 150 40 158 40 C150 76 34 76 24 40 Z"
      />
      ${originalSpot(72, 108)}`,
    fromAbove: svg`
      <path
        class="raised"
        d="M204 74 C204 56 222 50 236 56 C248 46 272 50 276 64 C284 76 274 92 256 90 C244 100 222 98 214 90 C204 88 204 80 204 74 Z"
      />
      <ellipse class="highlight" cx="236" cy="64" rx="12" ry="4" />`,
  },
  pih: {
    surface: 'M0 40 H180',
    inSlice: svg`
      <g class="pigment">
        ${[62, 70, 78, 86, 94, 102, 110, 118].map((x, i) => svg`<circle cx=${x} cy=${44 + (i % 2) * 3} r="2.4" />`)}
      </g>`,
    fromAbove: svg`
      <ellipse class="pigment" cx="224" cy="62" rx="9" ry="7" />
      <ellipse class="pigment" cx="256" cy="78" rx="7" ry="6" />
      <ellipse class="pigment faint" cx="230" cy="94" rx="6" ry="5" />`,
  },
  pie: {
    surface: 'M0 40 H180',
    inSlice: svg`
      <g class="vessel">
        <ellipse cx="70" cy="56" rx="9" ry="3.5" />
        <ellipse cx="92" cy="60" rx="11" ry="4" />
        <ellipse cx="114" cy="55" rx="8" ry="3.5" />
      </g>`,
    fromAbove: svg`
      <ellipse class="redness" cx="224" cy="62" rx="10" ry="8" />
      <ellipse class="redness" cx="256" cy="78" rx="8" ry="7" />
      <ellipse class="redness faint" cx="230" cy="95" rx="7" ry="5" />`,
  },
};

/** Round lobules of the fat layer, for texture. */
const fatLobules = svg`
  <g class="fat-line">
    ${[14, 44, 74, 104, 134, 164].map((x, i) => svg`<circle cx=${x} cy=${FAT_Y + 14 + (i % 2) * 6} r="12" />`)}
  </g>`;

/**
 * The full drawing of a type: the slice and the view from above, with its accessible name.
 * `uid` keeps the clip path's id unique within one shadow root.
 */
export function scarDrawing(type: ScarTypeId, label: string, uid: string): TemplateResult {
  const drawing = DRAWINGS[type];
  const clipId = `below-${uid}`;
  const below = `${drawing.surface} V140 H0 Z`;
  // The outer <svg> goes in an html`` template; Lit's svg`` is for the fragments inside it.
  return html`
    <svg class="drawing" viewBox="0 0 300 140" role="img" aria-label=${label} focusable="false">
      <defs>
        <clipPath id=${clipId}><path d=${below} /></clipPath>
      </defs>
      <g clip-path="url(#${clipId})">
        <rect class="dermis" x="0" y="0" width=${SLICE_WIDTH} height="140" />
        <rect class="fat" x="0" y=${FAT_Y} width=${SLICE_WIDTH} height=${140 - FAT_Y} />
        ${fatLobules}
        <path class="epidermis" d=${drawing.surface} />
      </g>
      <path class="surface-line" d=${drawing.surface} />
      ${drawing.inSlice ?? nothing}
      <circle class="skin" cx="240" cy="70" r="52" />
      ${drawing.fromAbove}
      <circle class="skin-edge" cx="240" cy="70" r="52" />
    </svg>`;
}

/** The view from above alone, small: the picture on a tab. Decorative (the tab has a name). */
export function scarIcon(type: ScarTypeId): TemplateResult {
  return html`
    <svg class="icon" viewBox="186 16 108 108" aria-hidden="true" focusable="false">
      <circle class="skin" cx="240" cy="70" r="52" />
      ${DRAWINGS[type].fromAbove}
      <circle class="skin-edge" cx="240" cy="70" r="52" />
    </svg>`;
}
