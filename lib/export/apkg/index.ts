export { type ApkgSource, type CollectionRows, collectionRows, fieldChecksum } from './collectionRows';
export { SCHEMA_11 } from './schema11';
export { writeApkg, writeCollection } from './writeApkg';
