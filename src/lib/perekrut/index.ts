export * from './normalize';
export * from './similarity';
export * from './registri';
export * from './match';
export * from './labels';
