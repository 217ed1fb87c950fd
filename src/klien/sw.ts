/**
 * Client module: registers the service worker (static/sw.js) in the production site. It stores
 * nothing by itself; pages are kept offline only when a reader presses "Simpan untuk dibaca
 * offline" (src/components/SimpanOffline). Not registered in development, where files change.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

if (ExecutionEnvironment.canUseDOM && process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without a worker the site still works online; only offline saving is unavailable.
    });
  });
}
