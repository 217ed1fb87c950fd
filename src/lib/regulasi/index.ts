export * from './kind';
export * from './sebutan';
export * from './heading-anchor';
export * from './katalog';
export * from './jdihn';
export * from './revoked';
