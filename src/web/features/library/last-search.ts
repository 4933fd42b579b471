/** The library's last query string, so "Back to the library" returns to the same filters. */
let lastSearch = '';

/** Remembers the library's current query string (with its `?`, or empty). */
export function rememberLibrarySearch(search: string): void {
  lastSearch = search;
}

/** The query string the library last showed. */
export function lastLibrarySearch(): string {
  return lastSearch;
}
