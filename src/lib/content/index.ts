export * from './schema';
export * from './tanggal';
export * from './validate';
