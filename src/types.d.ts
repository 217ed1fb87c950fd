declare module '@generated/perekrut/default/registri.json' {
  import type { Snapshot } from './lib/perekrut/registri';
  const data: { snapshot: Snapshot[] };
  export default data;
}
