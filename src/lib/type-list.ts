/**
 * Parses a space-separated list of ids (the explainer's `types` attribute): known ids in
 * the given order, duplicates dropped, unknown ones reported. When nothing valid remains,
 * every id is used.
 */
export function parseIdList<T extends string>(
  raw: string | null | undefined,
  known: readonly T[],
): {ids: T[]; unknown: string[]; fellBack: boolean} {
  if (raw == null) return {ids: [...known], unknown: [], fellBack: false};
  const ids: T[] = [];
  const unknown: string[] = [];
  for (const word of raw.trim().toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    const id = known.find((candidate) => candidate === word);
    if (!id) unknown.push(word);
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids.length ? {ids, unknown, fellBack: false} : {ids: [...known], unknown, fellBack: true};
}
