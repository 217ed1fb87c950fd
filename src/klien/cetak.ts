/**
 * Client module: on paper nothing may stay folded away. Before printing, open every closed
 * <details>; afterwards close again the ones that were closed.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

if (ExecutionEnvironment.canUseDOM) {
  let dibuka: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    dibuka = Array.from(document.querySelectorAll<HTMLDetailsElement>('details:not([open])'));
    for (const d of dibuka) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of dibuka) d.open = false;
    dibuka = [];
  });
}
