declare module '@generated/perekrut/default/registri.json' {
  import type { Snapshot } from './lib/perekrut/registri';
  const data: { snapshot: Snapshot[] };
  export default data;
}

declare module '@generated/regulasi/default/katalog.json' {
  import type { KatalogEntry } from './lib/regulasi';
  const data: { katalog: KatalogEntry[]; diagram: string };
  export default data;
}

declare module 'qrcode/lib/renderer/svg-tag' {
  import type { QRCode, QRCodeRenderersOptions } from 'qrcode';
  export function render(qrData: QRCode, options?: QRCodeRenderersOptions): string;
}
