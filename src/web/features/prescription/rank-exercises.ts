/**
 * The exercise picker's order: the library matches words anywhere (name, purpose, steps), so a
 * clinician typing a name sees the exercises named so first, then those with each word in the
 * name, then the rest, each group in library order.
 */

/** `items` ordered by how well their name matches `q`; at most `limit`. */
export function rankByName<T extends { name: string }>(items: readonly T[], q: string, limit: number): T[] {
  const query = q.trim().toLowerCase();
  const words = query.split(/\s+/u).filter((word) => word.length > 0);
  const score = (name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith(query)) return 0;
    if (lower.includes(query)) return 1;
    return words.every((word) => lower.includes(word)) ? 2 : 3;
  };
  return items
    .map((item, index) => ({ item, index, score: score(item.name) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => item);
}
