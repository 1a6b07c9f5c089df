export * from './aggregate';
export * from './workload';
