import type {Plugin} from 'vite';

const ID_GENERATION = '/@lit/localize/internal/id-generation.js';

/**
 * Leaves @lit/localize's generator of hash message ids (an FNV-1a hash, about 0.2 KB gzip)
 * out of the bundle. It only runs for a `msg()` without an explicit id, and the kit has none:
 * the short-message-ids plugin fails the build on one. Should a message reach the stub anyway,
 * its empty id finds no translation and the English text shows.
 *
 * For builds that bundle @lit/localize (not the npm package's modules, which leave it to the
 * app). It replaces a module inside the library, so it warns when that module is gone.
 */
export function stubMessageIdHashing(): Plugin {
  let stubbed = false;
  return {
    name: 'stub-message-id-hashing',
    enforce: 'pre',
    transform(_code, file) {
      if (!file.endsWith(ID_GENERATION)) return null;
      stubbed = true;
      return 'export const generateMsgId = () => "";';
    },
    buildEnd(error) {
      if (!error && !stubbed) {
        this.warn(`${ID_GENERATION.slice(1)} was not in the build; update the stub.`);
      }
    },
  };
}
