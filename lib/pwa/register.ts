import { offerUpdate } from './updates';

/**
 * Registers the service worker in production builds. workbox-window is loaded lazily: the first screen does not wait
 * for it. A waiting update is offered, never forced; once the learner accepts, the new worker takes over and the page
 * reloads onto the new version.
 */
export async function registerServiceWorker(): Promise<void> {
  if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    offerUpdate(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  await wb.register();
}
