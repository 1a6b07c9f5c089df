export { hashString } from '../notes/hash';
