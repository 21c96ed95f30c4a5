import {defineConfig} from 'vite';
import {stubMessageIdHashing} from './stub-message-id-hashing-plugin.js';

// The floor of the size breakdown: Lit and @lit/localize alone, built as the kit's bundle is.
export default defineConfig({
  plugins: [stubMessageIdHashing()],
  build: {
    lib: {entry: 'scripts/size-floor.js', formats: ['es'], fileName: () => 'floor.js'},
    target: 'es2022',
    rolldownOptions: {output: {minify: true}},
  },
});
