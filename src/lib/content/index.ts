export * from './schema';
export * from './date';
export * from './validate';
export * from './front-matter';
export * from './body-checks';
