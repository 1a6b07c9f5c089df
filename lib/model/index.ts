export * from './card';
export * from './cloze';
export * from './competencies';
export * from './highlight';
export * from './logEvent';
export * from './note';
export * from './schedule';
export * from './study';
