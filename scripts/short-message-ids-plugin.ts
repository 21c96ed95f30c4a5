import {readFileSync} from 'node:fs';
import type {Plugin} from 'vite';

/**
 * Shortens the @lit/localize message ids at build time: the source keeps readable ids
 * (`icepick.reason`), the bundle gets `0`, `1`, … `4h`. Every id appears three times in the
 * bundle (the English call and the es and fr tables), so this saves about 1 KB gzip.
 *
 * The ids come from the XLIFF file, so only real message ids are touched: `id: 'icepick.reason'`
 * in the sources and the `'icepick.reason':` keys of the generated locale tables. The build
 * fails if any message id is not found on both sides, rather than ship an untranslated string;
 * that includes a `msg()` without an explicit id (its XLIFF id is a hash no source spells out).
 */
export function shortMessageIds(xliffFile = 'xliff/es.xlf'): Plugin {
  const ids = [...readFileSync(xliffFile, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]!);
  const shortId = new Map(ids.sort().map((id, index) => [id, index.toString(36)]));
  const seenInSources = new Set<string>();
  const seenInLocales = new Set<string>();

  return {
    name: 'short-message-ids',
    enforce: 'pre',
    transform(code, file) {
      if (!/\/src\/.*\.ts$/.test(file)) return null;
      if (file.includes('/src/generated/locales/')) {
        return code.replace(/^(\s*)'([\w.]+)':/gm, (match, indent: string, id: string) => {
          if (!shortId.has(id)) return match;
          seenInLocales.add(id);
          return `${indent}'${shortId.get(id)}':`;
        });
      }
      if (!code.includes('msg(')) return null;
      return code.replace(/\bid: '([\w.]+)'/g, (match, id: string) => {
        if (!shortId.has(id)) return match;
        seenInSources.add(id);
        return `id: '${shortId.get(id)}'`;
      });
    },
    buildEnd(error) {
      if (error) return;
      const unmatched = ids.filter((id) => !seenInSources.has(id) || !seenInLocales.has(id));
      if (unmatched.length) {
        this.error(
          'short-message-ids: give every msg() an explicit {id} and run `npm run localize:extract`; ' +
            `not found in both the sources and the locales: ${unmatched.join(', ')}`,
        );
      }
    },
  };
}
