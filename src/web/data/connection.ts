/**
 * Whether the app is working from this device's copy: set when a request gets no answer at all
 * (or the app opened without reaching the server), cleared by the next answer from the server.
 */
import { useSyncExternalStore } from 'react';
import type { ApiError } from '../api/api-error.js';

let offline = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (next === offline) return;
  offline = next;
  listeners.forEach((listener) => listener());
}

/** Records a failed request; only "no answer at all" means offline. */
export function noteFailure(error: ApiError): void {
  if (error.status === 0 && error.code === 'network_error') set(true);
}

/** Records an answer from the server: the device is online. */
export function noteAnswer(): void {
  set(false);
}

/** Records that the app opened without reaching the server. */
export function noteOfflineStart(): void {
  set(true);
}

/** True while the last request got no answer. */
export function isOffline(): boolean {
  return offline;
}

/** Calls `listener` when the app goes offline or back online. */
export function onConnectionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The offline flag for a component, re-rendered when it changes. */
export function useIsOffline(): boolean {
  return useSyncExternalStore(onConnectionChange, isOffline, () => false);
}
