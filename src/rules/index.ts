/** Rules catalogue, collection-log flags, counts and the evidence dossier. Pure; no clock. */
export * from './types';
export * from './lenders';
export * from './sources';
export * from './catalogue';
export * from './time';
export * from './facts';
export * from './keywords';
export * from './flags';
export * from './dossier';
export * from './reference';
export * from './statements';
export * from './cost';
