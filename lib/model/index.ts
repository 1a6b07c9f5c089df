export * from './card';
export * from './cloze';
export * from './schedule';
