import type { Actor, ActorOrg, Role, Scope } from '@zhiben/core';

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  org: (ActorOrg & { name: string }) | null;
  enterprise: { id: string; name: string; regionCode: string } | null;
  totpEnabled: boolean;
  /** An administrator set the password: nothing but changing it (and signing out) is allowed until then. */
  mustChangePassword: boolean;
};

export type AuthContext = {
  sessionId: string;
  user: SessionUser;
  actor: Actor;
  scope: Scope;
};

/** Who did it and from where: what every audited command needs besides its input. */
export type Initiator = { userId: string | null; name: string; ip: string | null };

export const initiatorOf = (auth: AuthContext, ip: string | null): Initiator => ({
  userId: auth.user.id,
  name: `${auth.user.displayName}(${auth.user.username})`,
  ip,
});
