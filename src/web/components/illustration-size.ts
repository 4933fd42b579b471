/**
 * The size the server draws every illustration at (two 220 × 240 stages side by side, start and
 * end pose). Given to each `<img>` so the page keeps its place while pictures load.
 */
export const ILLUSTRATION_SIZE = { width: 500, height: 240 } as const;
