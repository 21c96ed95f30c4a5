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
  inSlice?: SVGTemplateResult[];
  /** The patch of skin seen from above. */
  fromAbove: SVGTemplateResult[];
}

// Every shape goes through one of three templates, so the drawings are data: 169 B smaller
// (gzip) than a template for each drawing's pieces, and as fast (fewer templates for Lit to
// prepare, more small ones to stamp out).
const circle = (name: string, cx: number, cy: number, r: number) =>
  svg`<circle class=${name} cx=${cx} cy=${cy} r=${r} />`;
const ellipse = (name: string, cx: number, cy: number, rx: number, ry: number) =>
  svg`<ellipse class=${name} cx=${cx} cy=${cy} rx=${rx} ry=${ry} />`;
const path = (name: string, d: string) => svg`<path class=${name} d=${d} />`;

/** Dashed lines marking the edges of the original spot, for the raised scars. */
const originalSpot = (left: number, right: number) =>
  path('spot-edge', `M${left} 8 V${FAT_Y - 20} M${right} 8 V${FAT_Y - 20}`);

const DRAWINGS: Record<ScarTypeId, Drawing> = {
  icepick: {
    surface: 'M0 40 H52 L57 98 L62 40 H116 L121 101 L126 40 H180',
    fromAbove: [
      circle('shade', 222, 58, 3),
      circle('shade', 252, 66, 2.5),
      circle('shade', 236, 86, 3),
      circle('shade', 262, 94, 2),
    ],
  },
  'boxcar-shallow': {
    surface: 'M0 40 H58 L61 52 H119 L122 40 H180',
    fromAbove: [circle('dent', 224, 60, 9), ellipse('dent', 256, 74, 8, 6), circle('dent', 232, 92, 7)],
  },
  'boxcar-deep': {
    surface: 'M0 40 H58 L60 74 H120 L122 40 H180',
    fromAbove: [
      circle('dent deep', 224, 60, 9),
      ellipse('dent deep', 256, 74, 8, 6),
      circle('dent deep', 232, 92, 7),
    ],
  },
  rolling: {
    surface: 'M0 40 C18 40 28 62 50 62 S78 40 90 40 S108 62 130 62 S162 40 180 40',
    inSlice: [path('band', `M50 70 L46 ${FAT_Y + 4} M130 70 L134 ${FAT_Y + 4}`)],
    fromAbove: [
      ellipse('soft-shadow', 222, 62, 17, 13),
      ellipse('soft-shadow', 258, 82, 16, 12),
      ellipse('soft-shadow', 226, 96, 11, 8),
    ],
  },
  hypertrophic: {
    surface: 'M0 40 H62 C70 40 72 20 90 20 S110 40 118 40 H180',
    inSlice: [
      path('scar-tissue', 'M62 40 C70 40 72 20 90 20 S110 40 118 40 C110 64 70 64 62 40 Z'),
      originalSpot(62, 118),
    ],
    fromAbove: [ellipse('raised', 240, 72, 20, 14), ellipse('highlight', 234, 66, 8, 4)],
  },
  keloid: {
    surface: 'M0 40 H24 C32 40 38 14 66 14 C84 14 92 22 108 18 C132 12 150 40 158 40 H180',
    inSlice: [
      path(
        'scar-tissue',
        'M24 40 C32 40 38 14 66 14 C84 14 92 22 108 18 C132 12 150 40 158 40 C150 76 34 76 24 40 Z',
      ),
      originalSpot(72, 108),
    ],
    fromAbove: [
      path(
        'raised',
        'M204 74 C204 56 222 50 236 56 C248 46 272 50 276 64 C284 76 274 92 256 90 C244 100 222 98 214 90 C204 88 204 80 204 74 Z',
      ),
      ellipse('highlight', 236, 64, 12, 4),
    ],
  },
  pih: {
    surface: 'M0 40 H180',
    inSlice: [62, 70, 78, 86, 94, 102, 110, 118].map((x, i) => circle('pigment', x, 44 + (i % 2) * 3, 2.4)),
    fromAbove: [
      ellipse('pigment', 224, 62, 9, 7),
      ellipse('pigment', 256, 78, 7, 6),
      ellipse('pigment faint', 230, 94, 6, 5),
    ],
  },
  pie: {
    surface: 'M0 40 H180',
    inSlice: [
      ellipse('vessel', 70, 56, 9, 3.5),
      ellipse('vessel', 92, 60, 11, 4),
      ellipse('vessel', 114, 55, 8, 3.5),
    ],
    fromAbove: [
      ellipse('redness', 224, 62, 10, 8),
      ellipse('redness', 256, 78, 8, 7),
      ellipse('redness faint', 230, 95, 7, 5),
    ],
  },
};

/** Round lobules of the fat layer, for texture. */
const fatLobules = [14, 44, 74, 104, 134, 164].map((x, i) =>
  circle('fat-line', x, FAT_Y + 14 + (i % 2) * 6, 12),
);

/**
 * The full drawing of a type: the slice and the view from above, with its accessible name.
 * One per shadow root (the explainer's panel), so one clip path id does: ids are per shadow root.
 */
export function scarDrawing(type: ScarTypeId, label: string): TemplateResult {
  const drawing = DRAWINGS[type];
  const below = `${drawing.surface} V140 H0 Z`;
  // The outer <svg> goes in an html`` template; Lit's svg`` is for the fragments inside it.
  return html`
    <svg class="drawing" viewBox="0 0 300 140" role="img" aria-label=${label} focusable="false">
      <defs>
        <clipPath id="below"><path d=${below} /></clipPath>
      </defs>
      <g clip-path="url(#below)">
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
