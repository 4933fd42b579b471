/** The public API's schemas, shared by the server and the web client. */
export * from './account.js';
export * from './checkin.js';
export * from './common.js';
export * from './exercise.js';
export * from './export.js';
export * from './insights.js';
export * from './profile.js';
export * from './plan.js';
export * from './routes.js';
export * from './safety.js';
export * from './session-log.js';
