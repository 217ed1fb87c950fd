/**
 * Client module: a table wider than the phone scrolls sideways inside its own box; such a box
 * must be reachable with the keyboard (Tab) to be scrolled without a mouse or finger.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

function tandai(): void {
  for (const t of Array.from(document.querySelectorAll<HTMLTableElement>('.markdown table'))) {
    if (t.scrollWidth > t.clientWidth && !t.hasAttribute('tabindex')) {
      t.tabIndex = 0;
      t.setAttribute('role', 'region');
      t.setAttribute('aria-label', t.querySelector('caption')?.textContent ?? t.querySelector('th')?.textContent ?? 'Tabel');
    }
  }
}

export function onRouteDidUpdate(): void {
  if (ExecutionEnvironment.canUseDOM) window.requestAnimationFrame(tandai);
}
