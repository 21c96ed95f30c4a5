import {defineConfig} from 'vite';
import {minifyLitCss} from './scripts/minify-css-plugin.js';
import {shortMessageIds} from './scripts/short-message-ids-plugin.js';

// The npm package's per-element modules (dist/elements/): Lit and @lit/localize stay imports
// so that an app bundles them once; shared code lands in shared chunks, so one page gets one
// localization and one registry whichever elements it imports.
// `index` is the package's main entry for servers (its "node" condition): the one-file bundle
// carries Lit's browser build, which cannot even be imported where there is no DOM.
export default defineConfig({
  plugins: [minifyLitCss(), shortMessageIds()],
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        'book-button': 'src/elements/book-button.ts',
        'scar-explainer': 'src/elements/scar-explainer.ts',
        'session-estimator': 'src/elements/session-estimator.ts',
      },
      formats: ['es'],
    },
    target: 'es2022',
    outDir: 'dist/elements',
    emptyOutDir: true,
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\/localize(\/|$)/],
      output: {entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js'},
    },
  },
});
