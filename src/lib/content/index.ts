export * from './schema';
export * from './tanggal';
export * from './validate';
export * from './front-matter';
export * from './isi';
