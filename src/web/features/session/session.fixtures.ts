/** A storage kept in a map, for the outbox and storage tests (no browser needed). */
import type { KeyValueStore } from './session-storage.js';

/** `localStorage` as a map. */
export class MemoryStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
}
