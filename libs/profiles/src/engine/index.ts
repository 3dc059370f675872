export * from './facts.js';
export * from './model.js';
export * from './rules.js';
export * from './score.js';
