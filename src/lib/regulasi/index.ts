export * from './jenis';
export * from './sebutan';
export * from './judul-pasal';
export * from './katalog';
export * from './jdihn';
