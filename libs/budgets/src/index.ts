export * from './counting/election';
export * from './counting/greedy';
export * from './counting/equal-shares';
export * from './pabulib/pb-file';
export * from './pabulib/parse-pb';
