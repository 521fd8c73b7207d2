export * from './initiative.repository';
export * from './signature.repository';
export * from './signer-keys';
export * from './initiator-links';
export * from './initiative-keys';
export * from './local-days';
export * from './signer-data-eraser';
