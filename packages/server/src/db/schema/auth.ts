import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';
import { enterprises } from './enterprises.ts';
import { orgs } from './orgs.ts';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    orgId: uuid('org_id').references(() => orgs.id),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    disabled: boolean('disabled').notNull().default(false),
    totpSecret: text('totp_secret'),
    totpPendingSecret: text('totp_pending_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    // Sealed like tip identity (SM4-CTR + HMAC-SM3, key outside the database): totp_secret and totp_pending_secret.
    /** The last 30-second step whose code was accepted: a code is good once (no replay within its window). */
    totpLastStep: integer('totp_last_step'),
    /** Set by an administrator's password (create, reset): the console makes the user choose their own first. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

/**
 * Failed-login counters keyed by the username as typed, whether or not such a user exists, so the
 * lockout answer never reveals which accounts exist.
 */
export const loginThrottle = pgTable('login_throttle', {
  username: text('username').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});

/**
 * Failed logins per client address and username: five from one address lock that pair only, so a stranger cannot
 * lock the real user out from elsewhere. `login_throttle` (per username, any address) locks only after many more,
 * with growing delays, against a spray from many addresses; TOTP or an administrator unlocks it.
 */
export const loginAddressThrottle = pgTable(
  'login_address_throttle',
  {
    address: text('address').notNull(),
    username: text('username').notNull(),
    failures: integer('failures').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('login_address_throttle_pk').on(t.address, t.username), index('login_address_throttle_user_idx').on(t.username)],
);

export const sessions = pgTable(
  'sessions',
  {
    // sha-256 of the bearer token; the token itself is never stored.
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
