/**
 * The service worker from the page's side: registration after load, the registration for others
 * (push subscription), and the "new version is ready" state. The app never reloads on its own:
 * a waiting worker takes over only when the person chooses to reload.
 */

const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let registering: Promise<ServiceWorkerRegistration | null> | null = null;
let waitingWorker: ServiceWorker | null = null;
let reloadRequested = false;
let lastUpdateCheck = 0;
const updateListeners = new Set<() => void>();

/** True where a worker may be registered: https, or plain http on this machine only. */
export function mayRegisterWorker(location: { protocol: string; hostname: string }): boolean {
  if (location.protocol === 'https:') return true;
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname);
  return location.protocol === 'http:' && local;
}

function isSupported(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && mayRegisterWorker(window.location);
}

/** Registers /sw.js once the page has loaded (once per page; later calls get the same promise). */
export function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (registering) return registering;
  registering = isSupported() ? afterLoad().then(register) : Promise.resolve(null);
  return registering;
}

/** The registration once its worker is active (e.g. to subscribe to push), or null where there is none. */
export async function serviceWorkerRegistration(): Promise<ServiceWorkerRegistration | null> {
  const registration = await registerServiceWorker();
  if (!registration) return null;
  return registration.active ? registration : navigator.serviceWorker.ready;
}

/** True while a new version of the app waits for the person to reload. */
export function isUpdateReady(): boolean {
  return waitingWorker !== null;
}

/** Calls `listener` when a new version starts (or stops) waiting; returns the unsubscribe. */
export function onUpdateReady(listener: () => void): () => void {
  updateListeners.add(listener);
  return () => updateListeners.delete(listener);
}

/** Lets the waiting version take over and reloads the page once it has (the person asked). */
export function applyUpdate(): void {
  reloadRequested = true;
  if (waitingWorker) waitingWorker.postMessage(SKIP_WAITING);
  else window.location.reload();
}

function afterLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

async function register(): Promise<ServiceWorkerRegistration | null> {
  try {
    // updateViaCache 'none': the browser always asks the server for a newer /sw.js.
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
    watchForUpdates(registration);
    return registration;
  } catch {
    // No worker (a private window, a blocked feature): the app still works online.
    return null;
  }
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update: nothing to announce.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
  });
  // A page left open for days still hears of a new version when the person comes back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdate(registration);
  });
}

function checkForUpdate(registration: ServiceWorkerRegistration): void {
  const now = Date.now();
  if (now - lastUpdateCheck < UPDATE_CHECK_MS) return;
  lastUpdateCheck = now;
  registration.update().catch(() => undefined);
}

function setWaiting(worker: ServiceWorker): void {
  waitingWorker = worker;
  updateListeners.forEach((listener) => listener());
}
