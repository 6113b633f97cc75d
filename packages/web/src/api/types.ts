import type { ResponseOf } from './contract.ts';

/** Wire types shared by several features, from the generated contract. */

/** Record ids are UUID strings. */
export type Id = string;

export type Me = ResponseOf<'/api/me', 'get'>;
export type Capability = Me['capabilities'][number];
export type Role = Me['roles'][number];
export type OrgKind = NonNullable<Me['org']>['kind'];

export type Region = ResponseOf<'/api/regions', 'get'>['items'][number];
export type RegionLevel = Region['level'];
export type RegionWithPath = ResponseOf<'/api/regions/{code}', 'get'>;
export type Sector = ResponseOf<'/api/sectors', 'get'>['items'][number];
