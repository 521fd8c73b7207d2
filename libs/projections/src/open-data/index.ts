export * from './open-data.columns';
export * from './open-data-export';
export * from './open-data.readme';
