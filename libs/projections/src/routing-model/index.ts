export * from './routing-model.table';
export * from './routing-model.features';
export * from './routing-model.example';
export * from './routing-model.classifier';
export * from './routing-model.projection';
export * from './routing-model.query';
