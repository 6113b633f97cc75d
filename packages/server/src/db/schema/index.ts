// One schema file per module (drizzle-kit reads them all: drizzle.config.ts). Import tables from here.
export * from './reference.ts';
export * from './orgs.ts';
export * from './enterprises.ts';
export * from './auth.ts';
export * from './audit.ts';
export * from './jobs.ts';
export * from './hazards.ts';
export * from './stats.ts';
export * from './files.ts';
export * from './notifications.ts';
export * from './escalations.ts';
export * from './tips.ts';
export * from './workflow.ts';
export * from './users.ts';
export * from './premises.ts';
export * from './checklists.ts';
export * from './inspections.ts';
