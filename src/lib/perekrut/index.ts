export * from './normalisasi';
export * from './kemiripan';
export * from './registri';
export * from './cocok';
export * from './kosakata';
