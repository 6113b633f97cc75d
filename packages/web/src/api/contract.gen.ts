/**
 * The web's wire types, generated from the server's OpenAPI document (built from its zod schemas).
 * Do not edit: run `npm run contract:generate` after changing a server schema; a test fails while this is stale.
 */
/* eslint-disable */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            db: "pglite" | "postgres";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                                capabilities: ("enterprises.read" | "enterprises.write" | "enterprises.import" | "enterprise.own" | "users.manage" | "orgs.manage" | "reference.read" | "audit.read" | "hazards.read" | "hazards.report" | "hazards.register" | "hazards.import" | "escalations.write" | "stats.read" | "tips.read" | "tips.handle" | "tips.approve" | "tips.reveal" | "worker_reports.handle" | "worker_reports.read" | "premises.read" | "premises.write" | "premises.reveal" | "checklists.read" | "checklists.write" | "inspections.read" | "inspections.plan" | "inspections.fill" | "inspections.review" | "principal_checks.submit" | "grants.confirm" | "plans.read" | "plans.manage")[];
                                org: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "committee" | "regulator" | "locality" | "platform";
                                    name: string;
                                    regionCode: string;
                                    sectors: string[];
                                } | null;
                                enterprise: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    regionCode: string;
                                } | null;
                                scopeLabel: string;
                                totpEnabled: boolean;
                                mustChangePassword: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                            capabilities: ("enterprises.read" | "enterprises.write" | "enterprises.import" | "enterprise.own" | "users.manage" | "orgs.manage" | "reference.read" | "audit.read" | "hazards.read" | "hazards.report" | "hazards.register" | "hazards.import" | "escalations.write" | "stats.read" | "tips.read" | "tips.handle" | "tips.approve" | "tips.reveal" | "worker_reports.handle" | "worker_reports.read" | "premises.read" | "premises.write" | "premises.reveal" | "checklists.read" | "checklists.write" | "inspections.read" | "inspections.plan" | "inspections.fill" | "inspections.review" | "principal_checks.submit" | "grants.confirm" | "plans.read" | "plans.manage")[];
                            org: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "committee" | "regulator" | "locality" | "platform";
                                name: string;
                                regionCode: string;
                                sectors: string[];
                            } | null;
                            enterprise: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: string;
                            } | null;
                            scopeLabel: string;
                            totpEnabled: boolean;
                            mustChangePassword: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            otpauthUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string & (string);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string & (string);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    actor?: string;
                    action?: string;
                    entityType?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                at: string;
                                actorName: string;
                                ip: string | null;
                                action: string;
                                entityType: string | null;
                                entityId: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                actionLabel: string;
                                entityTypeLabel: string | null;
                                detailLines: {
                                    label: string;
                                    value: string;
                                }[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                value: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/business": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    stream?: "hazard" | "tip";
                    kind?: string;
                    actor?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                stream: "hazard" | "tip";
                                streamLabel: string;
                                recordNo: string;
                                kind: string;
                                actionLabel: string;
                                actorName: string;
                                orgName: string | null;
                                summary: string;
                            }[];
                            total: number;
                            from: string;
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/business/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                stream: "hazard" | "tip";
                                value: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            checked: number;
                            brokenAtId: number | null;
                            reason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    parent?: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township" | "village";
                                parentCode: string | null;
                                hasChildren: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string & (string);
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            level: "province" | "city" | "county" | "township" | "village";
                            parentCode: string | null;
                            hasChildren: boolean;
                            path: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township" | "village";
                                parentCode: string | null;
                                hasChildren: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                lead: string;
                                co: string[];
                                highRisk: boolean;
                                standards: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                docNo: string | null;
                                issuer: string | null;
                                effective: string | null;
                                published: string | null;
                                itemCount: number | null;
                                textIncluded: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    standard?: string;
                    q?: string;
                    sector?: string;
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                standardId: string;
                                article: string | null;
                                item: string | null;
                                clause: string | null;
                                group: string | null;
                                text: string | null;
                                topic: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    kind?: "committee" | "regulator" | "locality" | "platform";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "committee" | "regulator" | "locality" | "platform";
                                name: string;
                                regionCode: string;
                                regionName: string;
                                sectors: string[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "committee" | "regulator" | "locality" | "platform";
                        name: string;
                        regionCode: string & (string);
                        /** @default [] */
                        sectors?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "committee" | "regulator" | "locality" | "platform";
                            name: string;
                            regionCode: string;
                            regionName: string;
                            sectors: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "committee" | "regulator" | "locality" | "platform";
                            name: string;
                            regionCode: string;
                            regionName: string;
                            sectors: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "committee" | "regulator" | "locality" | "platform";
                        name?: string;
                        regionCode?: string & (string);
                        /** @default [] */
                        sectors?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "committee" | "regulator" | "locality" | "platform";
                            name: string;
                            regionCode: string;
                            regionName: string;
                            sectors: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                displayName: string;
                                roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                                /** Format: uuid */
                                orgId: string | null;
                                orgName: string | null;
                                /** Format: uuid */
                                enterpriseId: string | null;
                                enterpriseName: string | null;
                                disabled: boolean;
                                lockedUntil: string | null;
                                totpEnabled: boolean;
                                lastLoginAt: string | null;
                                mustChangePassword: boolean;
                                pendingGrant: {
                                    /** Format: uuid */
                                    id: string;
                                    roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                                    orgName: string | null;
                                    enterpriseName: string | null;
                                    requestedAt: string;
                                    requestedByName: string;
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string & (string);
                        displayName: string;
                        password: string;
                        roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                        /** Format: uuid */
                        orgId?: string | null;
                        /** Format: uuid */
                        enterpriseId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                            /** Format: uuid */
                            orgId: string | null;
                            orgName: string | null;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            disabled: boolean;
                            lockedUntil: string | null;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            mustChangePassword: boolean;
                            pendingGrant: {
                                /** Format: uuid */
                                id: string;
                                roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                                orgName: string | null;
                                enterpriseName: string | null;
                                requestedAt: string;
                                requestedByName: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/enterprise-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                uscc: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                            /** Format: uuid */
                            orgId: string | null;
                            orgName: string | null;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            disabled: boolean;
                            lockedUntil: string | null;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            mustChangePassword: boolean;
                            pendingGrant: {
                                /** Format: uuid */
                                id: string;
                                roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                                orgName: string | null;
                                enterpriseName: string | null;
                                requestedAt: string;
                                requestedByName: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        roles?: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                        /** Format: uuid */
                        orgId?: string | null;
                        /** Format: uuid */
                        enterpriseId?: string | null;
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                            /** Format: uuid */
                            orgId: string | null;
                            orgName: string | null;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            disabled: boolean;
                            lockedUntil: string | null;
                            totpEnabled: boolean;
                            lastLoginAt: string | null;
                            mustChangePassword: boolean;
                            pendingGrant: {
                                /** Format: uuid */
                                id: string;
                                roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                                orgName: string | null;
                                enterpriseName: string | null;
                                requestedAt: string;
                                requestedByName: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                userId: string;
                                username: string;
                                displayName: string;
                                currentRoles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                                roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                                /** Format: uuid */
                                orgId: string | null;
                                orgName: string | null;
                                /** Format: uuid */
                                enterpriseId: string | null;
                                enterpriseName: string | null;
                                regionCode: string;
                                /** @enum {string} */
                                status: "pending" | "confirmed" | "rejected" | "cancelled";
                                requestedByName: string;
                                requestedAt: string;
                                canDecide: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grants/{id}/{decision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    decision: "confirm" | "reject";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            userId: string;
                            username: string;
                            displayName: string;
                            currentRoles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                            roles: ("committee_officer" | "regulator_officer" | "locality_officer" | "tip_officer" | "expert" | "sysadmin" | "security_officer" | "auditor" | "enterprise_admin" | "enterprise_principal")[];
                            /** Format: uuid */
                            orgId: string | null;
                            orgName: string | null;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            regionCode: string;
                            /** @enum {string} */
                            status: "pending" | "confirmed" | "rejected" | "cancelled";
                            requestedByName: string;
                            requestedAt: string;
                            canDecide: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    regionCode?: string & (string);
                    sector?: string;
                    status?: "operating" | "suspended" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                uscc: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                                address: string;
                                lat: number | null;
                                lng: number | null;
                                sectors: string[];
                                highRisk: boolean;
                                /** @enum {string} */
                                scale: "large" | "medium" | "small" | "micro";
                                /** @enum {string} */
                                status: "operating" | "suspended" | "closed";
                                principal: {
                                    name: string;
                                    phone: string & (string);
                                };
                                controller: {
                                    name: string;
                                    phone: string & (string);
                                };
                                safetyManager: {
                                    name: string;
                                    phone: string & (string);
                                };
                                version: number;
                                updatedAt: string;
                                actions: ("edit" | "edit_contacts")[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        uscc: string;
                        name: string;
                        regionCode: string & (string);
                        /** @default  */
                        address?: string;
                        /** @default null */
                        lat?: number | null;
                        /** @default null */
                        lng?: number | null;
                        sectors: string[];
                        /**
                         * @default small
                         * @enum {string}
                         */
                        scale?: "large" | "medium" | "small" | "micro";
                        /**
                         * @default operating
                         * @enum {string}
                         */
                        status?: "operating" | "suspended" | "closed";
                        /**
                         * @default {
                         *       "name": "",
                         *       "phone": ""
                         *     }
                         */
                        principal?: {
                            name: string;
                            phone: string & (string);
                        };
                        /**
                         * @default {
                         *       "name": "",
                         *       "phone": ""
                         *     }
                         */
                        controller?: {
                            name: string;
                            phone: string & (string);
                        };
                        /**
                         * @default {
                         *       "name": "",
                         *       "phone": ""
                         *     }
                         */
                        safetyManager?: {
                            name: string;
                            phone: string & (string);
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            uscc: string;
                            name: string;
                            regionCode: string;
                            regionName: string;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            sectors: string[];
                            highRisk: boolean;
                            /** @enum {string} */
                            scale: "large" | "medium" | "small" | "micro";
                            /** @enum {string} */
                            status: "operating" | "suspended" | "closed";
                            principal: {
                                name: string;
                                phone: string & (string);
                            };
                            controller: {
                                name: string;
                                phone: string & (string);
                            };
                            safetyManager: {
                                name: string;
                                phone: string & (string);
                            };
                            version: number;
                            updatedAt: string;
                            actions: ("edit" | "edit_contacts")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            bySector: {
                                sector: string;
                                count: number;
                            }[];
                            byStatus: {
                                /** @enum {string} */
                                status: "operating" | "suspended" | "closed";
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    regionCode?: string & (string);
                    sector?: string;
                    status?: "operating" | "suspended" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                progress: {
                                    done: number;
                                    total: number;
                                };
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            uscc: string;
                            name: string;
                            regionCode: string;
                            regionName: string;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            sectors: string[];
                            highRisk: boolean;
                            /** @enum {string} */
                            scale: "large" | "medium" | "small" | "micro";
                            /** @enum {string} */
                            status: "operating" | "suspended" | "closed";
                            principal: {
                                name: string;
                                phone: string & (string);
                            };
                            controller: {
                                name: string;
                                phone: string & (string);
                            };
                            safetyManager: {
                                name: string;
                                phone: string & (string);
                            };
                            version: number;
                            updatedAt: string;
                            actions: ("edit" | "edit_contacts")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        regionCode?: string & (string);
                        address?: string;
                        lat?: number | null;
                        lng?: number | null;
                        sectors?: string[];
                        /** @enum {string} */
                        scale?: "large" | "medium" | "small" | "micro";
                        /** @enum {string} */
                        status?: "operating" | "suspended" | "closed";
                        principal?: {
                            name: string;
                            phone: string & (string);
                        };
                        controller?: {
                            name: string;
                            phone: string & (string);
                        };
                        safetyManager?: {
                            name: string;
                            phone: string & (string);
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            uscc: string;
                            name: string;
                            regionCode: string;
                            regionName: string;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            sectors: string[];
                            highRisk: boolean;
                            /** @enum {string} */
                            scale: "large" | "medium" | "small" | "micro";
                            /** @enum {string} */
                            status: "operating" | "suspended" | "closed";
                            principal: {
                                name: string;
                                phone: string & (string);
                            };
                            controller: {
                                name: string;
                                phone: string & (string);
                            };
                            safetyManager: {
                                name: string;
                                phone: string & (string);
                            };
                            version: number;
                            updatedAt: string;
                            actions: ("edit" | "edit_contacts")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            progress: {
                                done: number;
                                total: number;
                            };
                            result: {
                                [key: string]: unknown;
                            } | null;
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                body: string;
                                template: string;
                                /** Format: uuid */
                                hazardId: string | null;
                                createdAt: string;
                                readAt: string | null;
                            }[];
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    hazardId?: string;
                    enterpriseId?: string;
                    regionCode?: string & (string);
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "letter" | "circular" | "interview" | "exposure";
                                /** Format: uuid */
                                hazardId: string | null;
                                hazardNo: string | null;
                                /** @enum {string} */
                                subjectKind: "hazard" | "enterprise" | "region" | "department";
                                /** Format: uuid */
                                enterpriseId: string | null;
                                enterpriseName: string | null;
                                /** Format: uuid */
                                departmentId: string | null;
                                departmentName: string | null;
                                regionCode: string;
                                regionName: string | null;
                                docNo: string;
                                note: string;
                                orgName: string | null;
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "letter" | "circular" | "interview" | "exposure";
                        /** Format: uuid */
                        hazardId?: string;
                        /** Format: uuid */
                        enterpriseId?: string;
                        regionCode?: string & (string);
                        /** Format: uuid */
                        departmentId?: string;
                        docNo: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "letter" | "circular" | "interview" | "exposure";
                            /** Format: uuid */
                            hazardId: string | null;
                            hazardNo: string | null;
                            /** @enum {string} */
                            subjectKind: "hazard" | "enterprise" | "region" | "department";
                            /** Format: uuid */
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            /** Format: uuid */
                            departmentId: string | null;
                            departmentName: string | null;
                            regionCode: string;
                            regionName: string | null;
                            docNo: string;
                            note: string;
                            orgName: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: string;
                    level?: "general" | "major";
                    sector?: string;
                    source?: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                    regionCode?: string & (string);
                    overdue?: "true" | "false";
                    listed?: "true" | "false";
                    period?: "stock" | "increment";
                    ageing?: "d1_30" | "d31_90" | "over90";
                    longStanding?: "true";
                    dueSoon?: "true";
                    extension?: "pending";
                    returned?: "true";
                    selfFound?: "true" | "false";
                    foundFrom?: string;
                    foundTo?: string;
                    listingLevel?: "national" | "province" | "city" | "county" | "township";
                    q?: string;
                    enterpriseId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                hazardNo: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                regionCode: string;
                                regionName: string;
                                sector: string;
                                /** @enum {string} */
                                level: "general" | "major";
                                /** @enum {string} */
                                source: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                                title: string;
                                foundAt: string;
                                deadline: string;
                                /** @enum {string} */
                                status: "pending_confirmation" | "rectifying" | "pending_verification" | "closed" | "dismissed" | "merged";
                                overdue: boolean;
                                overdueDays: number;
                                listed: boolean;
                                stock: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description 企业自查上报（企业账号）或监管登记（工作人员）。可带 Idempotency-Key 请求头：重试返回首次结果。 */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        enterpriseId: string;
                        sector?: string;
                        /** @enum {string} */
                        level: "general" | "major";
                        /** @enum {string} */
                        source?: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                        /** @default [] */
                        criterionIds?: string[];
                        title: string;
                        /** @default  */
                        description?: string;
                        /** @default  */
                        location?: string;
                        /** Format: date */
                        foundAt: string;
                        /** Format: date */
                        deadline: string;
                        /** @default false */
                        fixedOnSite?: boolean;
                        /** @default  */
                        interimControls?: string;
                        /** @default [] */
                        evidence?: {
                            sha256: string & (string);
                            name?: string;
                            /** @enum {string} */
                            kind: "before" | "after" | "document" | "verification";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            hazardNo: string;
                            enterprise: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                uscc: string;
                            };
                            regionCode: string;
                            regionName: string;
                            sector: string;
                            /** @enum {string} */
                            level: "general" | "major";
                            /** @enum {string} */
                            source: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                            criterionIds: string[];
                            criteria: {
                                id: string;
                                standardId: string;
                                text: string | null;
                                topic: string | null;
                            }[];
                            title: string;
                            description: string;
                            location: string;
                            foundAt: string;
                            foundBy: {
                                orgName: string | null;
                                userName: string | null;
                                enterprise: boolean;
                            };
                            deadline: string;
                            overdue: boolean;
                            overdueDays: number;
                            plan: {
                                /** @default  */
                                responsible: string;
                                /** @default  */
                                measures: string;
                                /** @default null */
                                fundsWanYuan: number | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                deadline: string | null;
                                /** @default  */
                                contingency: string;
                            } | null;
                            planMissing: string[];
                            interimControls: string;
                            /** @enum {string} */
                            status: "pending_confirmation" | "rectifying" | "pending_verification" | "closed" | "dismissed" | "merged";
                            fixedOnSite: boolean;
                            listing: {
                                /** @enum {string} */
                                level: "national" | "province" | "city" | "county" | "township";
                                orgId: string;
                                orgName: string;
                                docNo: string;
                                deadline: string;
                                listedAt: string;
                            } | null;
                            pendingExtension: {
                                reason: string;
                                interimControls: string;
                                newDeadline: string;
                                requestedAt: string;
                            } | null;
                            mergedInto: {
                                /** Format: uuid */
                                id: string;
                                hazardNo: string;
                            } | null;
                            closedAt: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            documents: {
                                /** @enum {string} */
                                kind: "rectification_notice" | "listing_notice" | "acceptance_record";
                                title: string;
                            }[];
                            actions: ("confirm" | "dismiss" | "submit_plan" | "report_progress" | "request_extension" | "decide_extension" | "complete" | "verify" | "return" | "list" | "delist" | "merge" | "void")[];
                            inspectionTrigger: {
                                /** @enum {string} */
                                kind: "tip" | "hazard_overdue";
                                /** Format: uuid */
                                id: string;
                                no: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                            } | null;
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                            }[];
                            timelineVerified: boolean;
                            timelineProblems: string[];
                            attachments: {
                                sha256: string;
                                name: string;
                                mime: string;
                                size: number;
                                /** @enum {string} */
                                kind: "before" | "after" | "document" | "verification";
                                seq: number;
                            }[];
                            notifications: {
                                /** Format: uuid */
                                id: string;
                                channel: string;
                                recipientName: string;
                                template: string;
                                status: string;
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/form-requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 上报/登记表单的填写要求（与服务端校验同一规则）：可用的隐患来源、行业领域，重大隐患须选判定依据，立查立改须附证据，日期范围。 */
        get: {
            parameters: {
                query?: {
                    enterpriseId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            channel: "report" | "register";
                            requirements: {
                                [key: string]: {
                                    required: boolean | {
                                        whenField: string;
                                        equals: string | boolean;
                                    };
                                    min?: string | number;
                                    max?: string | number;
                                    readonly options?: string[];
                                    hint?: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        enterpriseId: string;
                        /** @default  */
                        title?: string;
                        /** @default  */
                        description?: string;
                        /** @default  */
                        location?: string;
                        /** @default [] */
                        criterionIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                hazardNo: string;
                                title: string;
                                /** @enum {string} */
                                status: "pending_confirmation" | "rectifying" | "pending_verification" | "closed" | "dismissed" | "merged";
                                score: number;
                                reasons: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            hazardNo: string;
                            enterprise: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                uscc: string;
                            };
                            regionCode: string;
                            regionName: string;
                            sector: string;
                            /** @enum {string} */
                            level: "general" | "major";
                            /** @enum {string} */
                            source: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                            criterionIds: string[];
                            criteria: {
                                id: string;
                                standardId: string;
                                text: string | null;
                                topic: string | null;
                            }[];
                            title: string;
                            description: string;
                            location: string;
                            foundAt: string;
                            foundBy: {
                                orgName: string | null;
                                userName: string | null;
                                enterprise: boolean;
                            };
                            deadline: string;
                            overdue: boolean;
                            overdueDays: number;
                            plan: {
                                /** @default  */
                                responsible: string;
                                /** @default  */
                                measures: string;
                                /** @default null */
                                fundsWanYuan: number | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                deadline: string | null;
                                /** @default  */
                                contingency: string;
                            } | null;
                            planMissing: string[];
                            interimControls: string;
                            /** @enum {string} */
                            status: "pending_confirmation" | "rectifying" | "pending_verification" | "closed" | "dismissed" | "merged";
                            fixedOnSite: boolean;
                            listing: {
                                /** @enum {string} */
                                level: "national" | "province" | "city" | "county" | "township";
                                orgId: string;
                                orgName: string;
                                docNo: string;
                                deadline: string;
                                listedAt: string;
                            } | null;
                            pendingExtension: {
                                reason: string;
                                interimControls: string;
                                newDeadline: string;
                                requestedAt: string;
                            } | null;
                            mergedInto: {
                                /** Format: uuid */
                                id: string;
                                hazardNo: string;
                            } | null;
                            closedAt: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            documents: {
                                /** @enum {string} */
                                kind: "rectification_notice" | "listing_notice" | "acceptance_record";
                                title: string;
                            }[];
                            actions: ("confirm" | "dismiss" | "submit_plan" | "report_progress" | "request_extension" | "decide_extension" | "complete" | "verify" | "return" | "list" | "delist" | "merge" | "void")[];
                            inspectionTrigger: {
                                /** @enum {string} */
                                kind: "tip" | "hazard_overdue";
                                /** Format: uuid */
                                id: string;
                                no: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                            } | null;
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                            }[];
                            timelineVerified: boolean;
                            timelineProblems: string[];
                            attachments: {
                                sha256: string;
                                name: string;
                                mime: string;
                                size: number;
                                /** @enum {string} */
                                kind: "before" | "after" | "document" | "verification";
                                seq: number;
                            }[];
                            notifications: {
                                /** Format: uuid */
                                id: string;
                                channel: string;
                                recipientName: string;
                                template: string;
                                status: string;
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        /** @default  */
                        location?: string;
                        /** @enum {string} */
                        source?: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                        /** @default [] */
                        evidence?: {
                            sha256: string & (string);
                            name?: string;
                            /** @enum {string} */
                            kind: "before" | "after" | "document" | "verification";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            hazardNo: string;
                            enterprise: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                uscc: string;
                            };
                            regionCode: string;
                            regionName: string;
                            sector: string;
                            /** @enum {string} */
                            level: "general" | "major";
                            /** @enum {string} */
                            source: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                            criterionIds: string[];
                            criteria: {
                                id: string;
                                standardId: string;
                                text: string | null;
                                topic: string | null;
                            }[];
                            title: string;
                            description: string;
                            location: string;
                            foundAt: string;
                            foundBy: {
                                orgName: string | null;
                                userName: string | null;
                                enterprise: boolean;
                            };
                            deadline: string;
                            overdue: boolean;
                            overdueDays: number;
                            plan: {
                                /** @default  */
                                responsible: string;
                                /** @default  */
                                measures: string;
                                /** @default null */
                                fundsWanYuan: number | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                deadline: string | null;
                                /** @default  */
                                contingency: string;
                            } | null;
                            planMissing: string[];
                            interimControls: string;
                            /** @enum {string} */
                            status: "pending_confirmation" | "rectifying" | "pending_verification" | "closed" | "dismissed" | "merged";
                            fixedOnSite: boolean;
                            listing: {
                                /** @enum {string} */
                                level: "national" | "province" | "city" | "county" | "township";
                                orgId: string;
                                orgName: string;
                                docNo: string;
                                deadline: string;
                                listedAt: string;
                            } | null;
                            pendingExtension: {
                                reason: string;
                                interimControls: string;
                                newDeadline: string;
                                requestedAt: string;
                            } | null;
                            mergedInto: {
                                /** Format: uuid */
                                id: string;
                                hazardNo: string;
                            } | null;
                            closedAt: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            documents: {
                                /** @enum {string} */
                                kind: "rectification_notice" | "listing_notice" | "acceptance_record";
                                title: string;
                            }[];
                            actions: ("confirm" | "dismiss" | "submit_plan" | "report_progress" | "request_extension" | "decide_extension" | "complete" | "verify" | "return" | "list" | "delist" | "merge" | "void")[];
                            inspectionTrigger: {
                                /** @enum {string} */
                                kind: "tip" | "hazard_overdue";
                                /** Format: uuid */
                                id: string;
                                no: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                            } | null;
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                            }[];
                            timelineVerified: boolean;
                            timelineProblems: string[];
                            attachments: {
                                sha256: string;
                                name: string;
                                mime: string;
                                size: number;
                                /** @enum {string} */
                                kind: "before" | "after" | "document" | "verification";
                                seq: number;
                            }[];
                            notifications: {
                                /** Format: uuid */
                                id: string;
                                channel: string;
                                recipientName: string;
                                template: string;
                                status: string;
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 隐患状态流转（DESIGN §3）。请求体含 version（比较并交换）及各动作字段，见 docs/hazards-api.md；各动作的填写要求见详情的 requirements。 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "confirm" | "dismiss" | "submit_plan" | "report_progress" | "request_extension" | "decide_extension" | "complete" | "verify" | "return" | "list" | "delist" | "merge" | "void";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            hazardNo: string;
                            enterprise: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                uscc: string;
                            };
                            regionCode: string;
                            regionName: string;
                            sector: string;
                            /** @enum {string} */
                            level: "general" | "major";
                            /** @enum {string} */
                            source: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                            criterionIds: string[];
                            criteria: {
                                id: string;
                                standardId: string;
                                text: string | null;
                                topic: string | null;
                            }[];
                            title: string;
                            description: string;
                            location: string;
                            foundAt: string;
                            foundBy: {
                                orgName: string | null;
                                userName: string | null;
                                enterprise: boolean;
                            };
                            deadline: string;
                            overdue: boolean;
                            overdueDays: number;
                            plan: {
                                /** @default  */
                                responsible: string;
                                /** @default  */
                                measures: string;
                                /** @default null */
                                fundsWanYuan: number | null;
                                /**
                                 * Format: date
                                 * @default null
                                 */
                                deadline: string | null;
                                /** @default  */
                                contingency: string;
                            } | null;
                            planMissing: string[];
                            interimControls: string;
                            /** @enum {string} */
                            status: "pending_confirmation" | "rectifying" | "pending_verification" | "closed" | "dismissed" | "merged";
                            fixedOnSite: boolean;
                            listing: {
                                /** @enum {string} */
                                level: "national" | "province" | "city" | "county" | "township";
                                orgId: string;
                                orgName: string;
                                docNo: string;
                                deadline: string;
                                listedAt: string;
                            } | null;
                            pendingExtension: {
                                reason: string;
                                interimControls: string;
                                newDeadline: string;
                                requestedAt: string;
                            } | null;
                            mergedInto: {
                                /** Format: uuid */
                                id: string;
                                hazardNo: string;
                            } | null;
                            closedAt: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            documents: {
                                /** @enum {string} */
                                kind: "rectification_notice" | "listing_notice" | "acceptance_record";
                                title: string;
                            }[];
                            actions: ("confirm" | "dismiss" | "submit_plan" | "report_progress" | "request_extension" | "decide_extension" | "complete" | "verify" | "return" | "list" | "delist" | "merge" | "void")[];
                            inspectionTrigger: {
                                /** @enum {string} */
                                kind: "tip" | "hazard_overdue";
                                /** Format: uuid */
                                id: string;
                                no: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                            } | null;
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                            }[];
                            timelineVerified: boolean;
                            timelineProblems: string[];
                            attachments: {
                                sha256: string;
                                name: string;
                                mime: string;
                                size: number;
                                /** @enum {string} */
                                kind: "before" | "after" | "document" | "verification";
                                seq: number;
                            }[];
                            notifications: {
                                /** Format: uuid */
                                id: string;
                                channel: string;
                                recipientName: string;
                                template: string;
                                status: string;
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 按列表筛选条件导出隐患台账（标准表头，可原样再导入） */
        get: {
            parameters: {
                query?: {
                    status?: string;
                    level?: "general" | "major";
                    sector?: string;
                    source?: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                    regionCode?: string & (string);
                    overdue?: "true" | "false";
                    listed?: "true" | "false";
                    period?: "stock" | "increment";
                    ageing?: "d1_30" | "d31_90" | "over90";
                    longStanding?: "true";
                    dueSoon?: "true";
                    extension?: "pending";
                    returned?: "true";
                    selfFound?: "true" | "false";
                    foundFrom?: string;
                    foundTo?: string;
                    listingLevel?: "national" | "province" | "city" | "county" | "township";
                    q?: string;
                    enterpriseId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/import/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 下载错误行：multipart 字段 jobId（预检或导入任务）在前、file（同一台账文件）在后；返回原表头与原单元格、原行号和「原因」列的 .xlsx */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 隐患台账预检：只校验不写入；结果含错误明细与前20行预览 */
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                progress: {
                                    done: number;
                                    total: number;
                                };
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 导入隐患台账：按500行分批提交；已存在的隐患跳过 */
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                progress: {
                                    done: number;
                                    total: number;
                                };
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/import/grading": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 台账逐行判定：预检限时核对未覆盖的行，由此逐行核对全部有效行（只读，不写入；结果同预检并含完整的判定助手报告） */
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                progress: {
                                    done: number;
                                    total: number;
                                };
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hazards/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 隐患文书（.docx，GB/T 9704 版式，带本单位当年文号）：同一文书再次打印文号不变；reissue=true 重新出具并取新文号。可出具的文书见详情的 documents。 */
        get: {
            parameters: {
                query?: {
                    reissue?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                    kind: "rectification_notice" | "listing_notice" | "acceptance_record";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sha256: string & (string);
                            name: string;
                            mime: string;
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sha256: string & (string);
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    regionCode?: string & (string);
                    sector?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            live: boolean;
                            scopeSectors: string[] | null;
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            breadcrumb: {
                                code: string;
                                name: string;
                            }[];
                            sector: string | null;
                            figures: {
                                total: number;
                                open: number;
                                closed: number;
                                overdue: number;
                                overdue1to30: number;
                                overdue31to90: number;
                                longStanding: number;
                                listed: number;
                                major: number;
                                general: number;
                                openMajor: number;
                                openGeneral: number;
                                stock: number;
                                stockClosed: number;
                                stockOpen: number;
                                selfFound: number;
                                incrementYearToDate: number;
                                stockClearanceRate: number | null;
                                rectificationRate: number | null;
                                overdueShare: number | null;
                                selfFoundShare: number | null;
                                medianDaysToClose: number | null;
                                p90DaysToClose: number | null;
                            };
                            links: {
                                open: string;
                                closed: string;
                                overdue: string;
                                overdue1to30: string;
                                overdue31to90: string;
                                longStanding: string;
                                listed: string;
                                major: string;
                                openMajor: string;
                                openGeneral: string;
                                stock: string;
                                stockOpen: string;
                                stockClosed: string;
                                selfFound: string;
                                all: string;
                            };
                            ageing: {
                                /** @enum {string} */
                                bucket: "d1_30" | "d31_90" | "over90";
                                label: string;
                                count: number;
                            }[];
                            burnDown: {
                                targetDate: string;
                                points: {
                                    date: string;
                                    open: number;
                                    target: number;
                                }[];
                            };
                            increment: {
                                months: {
                                    month: string;
                                    count: number;
                                    previousYear: number;
                                }[];
                                year: number;
                                yearToDate: {
                                    current: number;
                                    previous: number;
                                    delta: number;
                                    ratio: number | null;
                                };
                            };
                            sources: {
                                /** @enum {string} */
                                source: "self_inspection" | "supervision" | "enforcement" | "tip" | "worker_report" | "monitoring" | "expert" | "accident";
                                label: string;
                                count: number;
                                link: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    asOf?: string;
                    regionCode?: string & (string);
                    sector?: string;
                    by: "region" | "sector" | "source" | "level" | "month" | "listingLevel";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            /** @enum {string} */
                            by: "region" | "sector" | "source" | "level" | "month" | "listingLevel";
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            breadcrumb: {
                                code: string;
                                name: string;
                            }[];
                            rows: {
                                key: string;
                                name: string;
                                figures: {
                                    total: number;
                                    open: number;
                                    closed: number;
                                    overdue: number;
                                    overdue1to30: number;
                                    overdue31to90: number;
                                    longStanding: number;
                                    listed: number;
                                    major: number;
                                    general: number;
                                    openMajor: number;
                                    openGeneral: number;
                                    stock: number;
                                    stockClosed: number;
                                    stockOpen: number;
                                    selfFound: number;
                                    incrementYearToDate: number;
                                    stockClearanceRate: number | null;
                                    rectificationRate: number | null;
                                    overdueShare: number | null;
                                    selfFoundShare: number | null;
                                    medianDaysToClose: number | null;
                                    p90DaysToClose: number | null;
                                };
                                links: {
                                    open: string;
                                    closed: string;
                                    overdue: string;
                                    overdue1to30: string;
                                    overdue31to90: string;
                                    longStanding: string;
                                    listed: string;
                                    major: string;
                                    openMajor: string;
                                    openGeneral: string;
                                    stock: string;
                                    stockOpen: string;
                                    stockClosed: string;
                                    selfFound: string;
                                    all: string;
                                };
                                hasChildren: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    regionCode?: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            previousAsOf: string;
                            minSample: number;
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            breadcrumb: {
                                code: string;
                                name: string;
                            }[];
                            rows: {
                                code: string;
                                name: string;
                                hasChildren: boolean;
                                ranked: boolean;
                                total: number;
                                open: number;
                                overdue: number;
                                link: string;
                                rectificationRate: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                                overdueShare: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                                longStanding: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                                selfFoundShare: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/ranking/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    regionCode?: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            previousAsOf: string;
                            minSample: number;
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            breadcrumb: {
                                code: string;
                                name: string;
                            }[];
                            rows: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                regionCode: string;
                                regionName: string;
                                /** @enum {string} */
                                level: "province" | "city" | "county" | "township" | "village";
                                levelLabel: string;
                                ranked: boolean;
                                sectors: string[];
                                total: number;
                                open: number;
                                overdue: number;
                                link: string;
                                rectificationRate: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                                overdueShare: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                                longStanding: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                                selfFoundShare: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/slow-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    regionCode?: string & (string);
                    overdueShare?: number;
                    longStanding?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            breadcrumb: {
                                code: string;
                                name: string;
                            }[];
                            thresholds: {
                                overdueShare: number;
                                longStanding: number;
                            };
                            defaults: {
                                overdueShare: number;
                                longStanding: number;
                            };
                            regions: {
                                /** @enum {string} */
                                subjectKind: "region" | "department" | "enterprise";
                                subjectId: string;
                                name: string;
                                regionName: string | null;
                                open: number;
                                overdue: number;
                                overdueShare: number | null;
                                longStanding: number;
                                crossed: ("overdueShare" | "longStanding")[];
                                history: {
                                    asOf: string;
                                    crossed: boolean;
                                    overdueShare: number | null;
                                    longStanding: number;
                                }[];
                                consecutiveMonths: number;
                                recorded: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "letter" | "circular" | "interview" | "exposure";
                                    docNo: string;
                                    note: string;
                                    orgName: string | null;
                                    createdAt: string;
                                }[];
                                suggestion: {
                                    /** @enum {string} */
                                    kind: "letter" | "circular" | "interview" | "exposure";
                                    label: string;
                                    reason: string;
                                };
                                link: string | null;
                            }[];
                            departments: {
                                /** @enum {string} */
                                subjectKind: "region" | "department" | "enterprise";
                                subjectId: string;
                                name: string;
                                regionName: string | null;
                                open: number;
                                overdue: number;
                                overdueShare: number | null;
                                longStanding: number;
                                crossed: ("overdueShare" | "longStanding")[];
                                history: {
                                    asOf: string;
                                    crossed: boolean;
                                    overdueShare: number | null;
                                    longStanding: number;
                                }[];
                                consecutiveMonths: number;
                                recorded: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "letter" | "circular" | "interview" | "exposure";
                                    docNo: string;
                                    note: string;
                                    orgName: string | null;
                                    createdAt: string;
                                }[];
                                suggestion: {
                                    /** @enum {string} */
                                    kind: "letter" | "circular" | "interview" | "exposure";
                                    label: string;
                                    reason: string;
                                };
                                link: string | null;
                            }[];
                            enterprises: {
                                /** @enum {string} */
                                subjectKind: "region" | "department" | "enterprise";
                                subjectId: string;
                                name: string;
                                regionName: string | null;
                                open: number;
                                overdue: number;
                                overdueShare: number | null;
                                longStanding: number;
                                crossed: ("overdueShare" | "longStanding")[];
                                history: {
                                    asOf: string;
                                    crossed: boolean;
                                    overdueShare: number | null;
                                    longStanding: number;
                                }[];
                                consecutiveMonths: number;
                                recorded: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "letter" | "circular" | "interview" | "exposure";
                                    docNo: string;
                                    note: string;
                                    orgName: string | null;
                                    createdAt: string;
                                }[];
                                suggestion: {
                                    /** @enum {string} */
                                    kind: "letter" | "circular" | "interview" | "exposure";
                                    label: string;
                                    reason: string;
                                };
                                link: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/criteria/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 判定助手：按隐患描述推荐发现日期有效的重大事故隐患判定标准条款（最多10条，按匹配度排序；给出单位时其行业标准优先），并给出是否疑似重大事故隐患的判断。只作建议，不修改任何记录。 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        /** Format: date */
                        foundAt: string;
                        /** Format: uuid */
                        enterpriseId?: string;
                        sector?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            verdict: "major" | "not_major" | "uncertain";
                            verdictReason: string;
                            items: {
                                criterionId: string;
                                standardId: string;
                                standardTitle: string;
                                text: string;
                                textIncluded: boolean;
                                score: number;
                                coverage: number;
                                matchedTerms: string[];
                                highlights: (number)[][];
                                reason: string;
                                preferred: boolean;
                                catchAll: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/grading-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 定级数据质量：判定依据与描述吻合度低或未填依据的重大隐患，以及描述明显符合判定标准的一般隐患（可能定级偏低）。范围与统计相同。 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    foundFrom?: string;
                    foundTo?: string;
                    kind?: "weak_basis" | "missing_basis" | "under_graded";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            foundFrom: string;
                            foundTo: string;
                            scanned: number;
                            truncated: boolean;
                            counts: {
                                weak_basis: number;
                                missing_basis: number;
                                under_graded: number;
                            };
                            items: {
                                hazardId: string;
                                hazardNo: string;
                                title: string;
                                description: string;
                                enterpriseName: string;
                                /** @enum {string} */
                                level: "general" | "major";
                                status: string;
                                foundAt: string;
                                /** @enum {string} */
                                kind: "weak_basis" | "missing_basis" | "under_graded";
                                citedCriterionIds: string[];
                                citedScore: number | null;
                                suggestedCriterionId: string | null;
                                suggestedScore: number | null;
                                reason: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circulars/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 月通报主要数字预览（与生成的文件同一口径） */
        get: {
            parameters: {
                query: {
                    regionCode?: string & (string);
                    month: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            title: string;
                            month: string;
                            asOf: string;
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            sectors: string[] | null;
                            headline: {
                                label: string;
                                value: string;
                            }[];
                            counts: {
                                overdue: number;
                                longStanding: number;
                                escalations: number;
                                subRegions: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circulars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 生成月通报（.docx 或 .xlsx）：后台任务，进度见 GET /api/jobs/:id，完成后从 /api/circulars/:id/file 下载 */
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionCode?: string & (string);
                        month: string & (string);
                        /** @enum {string} */
                        format: "docx" | "xlsx";
                        docNo?: string;
                        signer?: string;
                        /** Format: date */
                        issuedOn?: string;
                        sections?: ("ranking" | "lists" | "escalations" | "inspections" | "nextSteps")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                progress: {
                                    done: number;
                                    total: number;
                                };
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/circulars/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 下载已生成的月通报（仅本人发起的任务） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/tips/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            regionCode: string;
                            regionName: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/tips/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    parentCode?: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            level: string;
                            hasChildren: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/tips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 公众举报（无需登录）。multipart：字段 data 为 JSON，files 为附件（最多5个）；或直接提交 JSON。可带 Idempotency-Key。查询码只显示一次。 */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tipNo: string;
                            receiptCode: string;
                            receivedAt: string;
                            merged: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/tips/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        receiptCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tipNo: string;
                            /** @enum {string} */
                            status: "received" | "accepted" | "investigating" | "verified" | "unfounded" | "closed" | "declined";
                            statusLabel: string;
                            receivedAt: string;
                            feedback: {
                                at: string;
                                text: string;
                            }[];
                            messages: {
                                at: string;
                                /** @enum {string} */
                                from: "officer" | "reporter";
                                text: string;
                            }[];
                            reward: {
                                /** @enum {string} */
                                status: "none" | "proposed" | "approved" | "paid";
                                amountYuan: number | null;
                            } | null;
                            canFollowUp: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/tips/followup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 补充材料或回答受理员的问题：JSON {receiptCode, text}，或 multipart（data + files）。 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: string;
                    channel?: "web" | "phone" | "letter" | "visit" | "worker";
                    regionCode?: string & (string);
                    sector?: string;
                    sla?: "ok" | "due_soon" | "overdue" | "met" | "missed";
                    reward?: "none" | "proposed" | "approved" | "paid";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                tipNo: string;
                                /** @enum {string} */
                                channel: "web" | "phone" | "letter" | "visit" | "worker";
                                /** @enum {string} */
                                status: "received" | "accepted" | "investigating" | "verified" | "unfounded" | "closed" | "declined";
                                /** @enum {string} */
                                category: "major_hazard" | "illegal_act" | "general_hazard";
                                targetName: string;
                                /** Format: uuid */
                                enterpriseId: string | null;
                                regionCode: string;
                                regionName: string;
                                sector: string | null;
                                receivedAt: string;
                                dueAt: string;
                                /** @enum {string} */
                                slaState: "ok" | "due_soon" | "overdue" | "met" | "missed";
                                handlingOrgName: string | null;
                                anonymous: boolean;
                                /** @enum {string} */
                                rewardStatus: "none" | "proposed" | "approved" | "paid";
                            }[];
                            total: number;
                            calendarNotice: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        targetEnterpriseId?: string;
                        targetName: string;
                        regionCode: string & (string);
                        /** @default  */
                        address?: string;
                        lat?: number;
                        lng?: number;
                        /** @enum {string} */
                        category: "major_hazard" | "illegal_act" | "general_hazard";
                        content: string;
                        anonymous: boolean;
                        reporter?: {
                            name: string;
                            phone: string & (string);
                            idNumber?: string;
                            bankAccount?: (string & (string)) | "";
                            bankName?: string;
                        };
                        /** @default true */
                        consent?: boolean;
                        /** @enum {string} */
                        channel: "phone" | "letter" | "visit";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tip: {
                                /** Format: uuid */
                                id: string;
                                tipNo: string;
                                /** @enum {string} */
                                channel: "web" | "phone" | "letter" | "visit" | "worker";
                                /** @enum {string} */
                                status: "received" | "accepted" | "investigating" | "verified" | "unfounded" | "closed" | "declined";
                                /** @enum {string} */
                                category: "major_hazard" | "illegal_act" | "general_hazard";
                                targetName: string;
                                /** Format: uuid */
                                enterpriseId: string | null;
                                regionCode: string;
                                regionName: string;
                                sector: string | null;
                                receivedAt: string;
                                dueAt: string;
                                /** @enum {string} */
                                slaState: "ok" | "due_soon" | "overdue" | "met" | "missed";
                                handlingOrgName: string | null;
                                anonymous: boolean;
                                /** @enum {string} */
                                rewardStatus: "none" | "proposed" | "approved" | "paid";
                                content: string;
                                address: string;
                                lat: number | null;
                                lng: number | null;
                                receivingOrgName: string;
                                attachments: {
                                    id: string;
                                    name: string;
                                    type: string;
                                    size: number;
                                }[];
                                messages: {
                                    at: string;
                                    /** @enum {string} */
                                    from: "officer" | "reporter";
                                    text: string;
                                }[];
                                investigation: {
                                    findings: string;
                                    verified: boolean;
                                    /** @enum {string} */
                                    violationKind: "major_hazard" | "illegal_act" | "general_hazard" | "none";
                                    penaltyYuan: number | null;
                                    /** Format: uuid */
                                    hazardId: string | null;
                                    hazardNo: string | null;
                                } | null;
                                /** @enum {string|null} */
                                declineReason: "out_of_scope" | "no_clear_target" | "repeat" | null;
                                declineNote: string | null;
                                duplicateOf: {
                                    /** Format: uuid */
                                    id: string;
                                    tipNo: string;
                                } | null;
                                routeSuggestion: {
                                    /** Format: uuid */
                                    orgId: string;
                                    orgName: string;
                                    sector: string | null;
                                    reason: string;
                                } | null;
                                routeOptions: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    kind: "committee" | "regulator";
                                    regionCode: string;
                                    sectors: string[];
                                }[];
                                rewardPreview: {
                                    amountYuan: number;
                                    penaltyYuan: number | null;
                                    /** @enum {string} */
                                    violationKind: "major_hazard" | "illegal_act" | "general_hazard" | "none";
                                    rule: string;
                                } | null;
                                closeHint: string | null;
                                reward: {
                                    /** @enum {string} */
                                    status: "none" | "proposed" | "approved" | "paid";
                                    amountYuan: number | null;
                                    computedYuan: number | null;
                                    rule: string;
                                    approvedAt: string | null;
                                    paidAt: string | null;
                                    voucherNo: string | null;
                                } | null;
                                hasIdentity: boolean;
                                events: {
                                    at: string;
                                    actorName: string;
                                    kind: string;
                                    note: string;
                                }[];
                                version: number;
                                actions: ("accept" | "decline" | "route" | "investigate" | "register_hazard" | "reply" | "ask" | "propose_reward" | "approve_reward" | "record_payment" | "close" | "reveal")[];
                                documents: {
                                    /** @enum {string} */
                                    kind: "acceptance_notice" | "reply_letter";
                                    title: string;
                                }[];
                                inspectionTrigger: {
                                    /** @enum {string} */
                                    kind: "tip" | "hazard_overdue";
                                    /** Format: uuid */
                                    id: string;
                                    no: string;
                                    /** Format: uuid */
                                    enterpriseId: string;
                                    enterpriseName: string;
                                } | null;
                                requirements: {
                                    [key: string]: {
                                        [key: string]: {
                                            required: boolean | {
                                                whenField: string;
                                                equals: string | boolean;
                                            };
                                            min?: string | number;
                                            max?: string | number;
                                            readonly options?: string[];
                                            hint?: string;
                                        };
                                    };
                                };
                            };
                            receiptCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tips/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    regionCode?: string & (string);
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            totals: {
                                received: number;
                                accepted: number;
                                declined: number;
                                verified: number;
                                verifiedRate: number | null;
                                rewardApprovedYuan: number;
                                rewardPaidYuan: number;
                                slaCompliance: number | null;
                            };
                            byRegion: {
                                received: number;
                                accepted: number;
                                declined: number;
                                verified: number;
                                verifiedRate: number | null;
                                rewardApprovedYuan: number;
                                rewardPaidYuan: number;
                                slaCompliance: number | null;
                                key: string;
                                label: string;
                            }[];
                            bySector: {
                                received: number;
                                accepted: number;
                                declined: number;
                                verified: number;
                                verifiedRate: number | null;
                                rewardApprovedYuan: number;
                                rewardPaidYuan: number;
                                slaCompliance: number | null;
                                key: string;
                                label: string;
                            }[];
                            byChannel: {
                                received: number;
                                accepted: number;
                                declined: number;
                                verified: number;
                                verifiedRate: number | null;
                                rewardApprovedYuan: number;
                                rewardPaidYuan: number;
                                slaCompliance: number | null;
                                key: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tips/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: string;
                    channel?: "web" | "phone" | "letter" | "visit" | "worker";
                    regionCode?: string & (string);
                    sector?: string;
                    sla?: "ok" | "due_soon" | "overdue" | "met" | "missed";
                    reward?: "none" | "proposed" | "approved" | "paid";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            tipNo: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "visit" | "worker";
                            /** @enum {string} */
                            status: "received" | "accepted" | "investigating" | "verified" | "unfounded" | "closed" | "declined";
                            /** @enum {string} */
                            category: "major_hazard" | "illegal_act" | "general_hazard";
                            targetName: string;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            regionCode: string;
                            regionName: string;
                            sector: string | null;
                            receivedAt: string;
                            dueAt: string;
                            /** @enum {string} */
                            slaState: "ok" | "due_soon" | "overdue" | "met" | "missed";
                            handlingOrgName: string | null;
                            anonymous: boolean;
                            /** @enum {string} */
                            rewardStatus: "none" | "proposed" | "approved" | "paid";
                            content: string;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            receivingOrgName: string;
                            attachments: {
                                id: string;
                                name: string;
                                type: string;
                                size: number;
                            }[];
                            messages: {
                                at: string;
                                /** @enum {string} */
                                from: "officer" | "reporter";
                                text: string;
                            }[];
                            investigation: {
                                findings: string;
                                verified: boolean;
                                /** @enum {string} */
                                violationKind: "major_hazard" | "illegal_act" | "general_hazard" | "none";
                                penaltyYuan: number | null;
                                /** Format: uuid */
                                hazardId: string | null;
                                hazardNo: string | null;
                            } | null;
                            /** @enum {string|null} */
                            declineReason: "out_of_scope" | "no_clear_target" | "repeat" | null;
                            declineNote: string | null;
                            duplicateOf: {
                                /** Format: uuid */
                                id: string;
                                tipNo: string;
                            } | null;
                            routeSuggestion: {
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                sector: string | null;
                                reason: string;
                            } | null;
                            routeOptions: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "committee" | "regulator";
                                regionCode: string;
                                sectors: string[];
                            }[];
                            rewardPreview: {
                                amountYuan: number;
                                penaltyYuan: number | null;
                                /** @enum {string} */
                                violationKind: "major_hazard" | "illegal_act" | "general_hazard" | "none";
                                rule: string;
                            } | null;
                            closeHint: string | null;
                            reward: {
                                /** @enum {string} */
                                status: "none" | "proposed" | "approved" | "paid";
                                amountYuan: number | null;
                                computedYuan: number | null;
                                rule: string;
                                approvedAt: string | null;
                                paidAt: string | null;
                                voucherNo: string | null;
                            } | null;
                            hasIdentity: boolean;
                            events: {
                                at: string;
                                actorName: string;
                                kind: string;
                                note: string;
                            }[];
                            version: number;
                            actions: ("accept" | "decline" | "route" | "investigate" | "register_hazard" | "reply" | "ask" | "propose_reward" | "approve_reward" | "record_payment" | "close" | "reveal")[];
                            documents: {
                                /** @enum {string} */
                                kind: "acceptance_notice" | "reply_letter";
                                title: string;
                            }[];
                            inspectionTrigger: {
                                /** @enum {string} */
                                kind: "tip" | "hazard_overdue";
                                /** Format: uuid */
                                id: string;
                                no: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                            } | null;
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tips/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tips/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 举报办理动作，请求体含 version 及各动作字段，见 docs/tips-api.md。 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "accept" | "decline" | "route" | "investigate" | "register_hazard" | "reply" | "ask" | "propose_reward" | "approve_reward" | "record_payment" | "close";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            tipNo: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "visit" | "worker";
                            /** @enum {string} */
                            status: "received" | "accepted" | "investigating" | "verified" | "unfounded" | "closed" | "declined";
                            /** @enum {string} */
                            category: "major_hazard" | "illegal_act" | "general_hazard";
                            targetName: string;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            regionCode: string;
                            regionName: string;
                            sector: string | null;
                            receivedAt: string;
                            dueAt: string;
                            /** @enum {string} */
                            slaState: "ok" | "due_soon" | "overdue" | "met" | "missed";
                            handlingOrgName: string | null;
                            anonymous: boolean;
                            /** @enum {string} */
                            rewardStatus: "none" | "proposed" | "approved" | "paid";
                            content: string;
                            address: string;
                            lat: number | null;
                            lng: number | null;
                            receivingOrgName: string;
                            attachments: {
                                id: string;
                                name: string;
                                type: string;
                                size: number;
                            }[];
                            messages: {
                                at: string;
                                /** @enum {string} */
                                from: "officer" | "reporter";
                                text: string;
                            }[];
                            investigation: {
                                findings: string;
                                verified: boolean;
                                /** @enum {string} */
                                violationKind: "major_hazard" | "illegal_act" | "general_hazard" | "none";
                                penaltyYuan: number | null;
                                /** Format: uuid */
                                hazardId: string | null;
                                hazardNo: string | null;
                            } | null;
                            /** @enum {string|null} */
                            declineReason: "out_of_scope" | "no_clear_target" | "repeat" | null;
                            declineNote: string | null;
                            duplicateOf: {
                                /** Format: uuid */
                                id: string;
                                tipNo: string;
                            } | null;
                            routeSuggestion: {
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                sector: string | null;
                                reason: string;
                            } | null;
                            routeOptions: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "committee" | "regulator";
                                regionCode: string;
                                sectors: string[];
                            }[];
                            rewardPreview: {
                                amountYuan: number;
                                penaltyYuan: number | null;
                                /** @enum {string} */
                                violationKind: "major_hazard" | "illegal_act" | "general_hazard" | "none";
                                rule: string;
                            } | null;
                            closeHint: string | null;
                            reward: {
                                /** @enum {string} */
                                status: "none" | "proposed" | "approved" | "paid";
                                amountYuan: number | null;
                                computedYuan: number | null;
                                rule: string;
                                approvedAt: string | null;
                                paidAt: string | null;
                                voucherNo: string | null;
                            } | null;
                            hasIdentity: boolean;
                            events: {
                                at: string;
                                actorName: string;
                                kind: string;
                                note: string;
                            }[];
                            version: number;
                            actions: ("accept" | "decline" | "route" | "investigate" | "register_hazard" | "reply" | "ask" | "propose_reward" | "approve_reward" | "record_payment" | "close" | "reveal")[];
                            documents: {
                                /** @enum {string} */
                                kind: "acceptance_notice" | "reply_letter";
                                title: string;
                            }[];
                            inspectionTrigger: {
                                /** @enum {string} */
                                kind: "tip" | "hazard_overdue";
                                /** Format: uuid */
                                id: string;
                                no: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                            } | null;
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tips/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string | null;
                            phone: string | null;
                            idNumber: string | null;
                            bankAccount: string | null;
                            bankName: string | null;
                            ip: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tips/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 致举报人的文书（.docx，带本单位当年文号）：受理告知书（或不予受理告知书）、答复书。举报人姓名仅对可查看身份的受理员打印，并记入审计。 */
        get: {
            parameters: {
                query?: {
                    reissue?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                    kind: "acceptance_notice" | "reply_letter";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/worker-reports/{enterpriseToken}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enterpriseToken: string & (string);
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enterpriseName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enterpriseToken: string & (string);
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        /** @default  */
                        location?: string;
                        anonymous: boolean;
                        reporterName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reportNo: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "handled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                reportNo: string;
                                content: string;
                                location: string;
                                anonymous: boolean;
                                reporterName: string | null;
                                viaLink: boolean;
                                /** @enum {string} */
                                status: "open" | "handled";
                                /** @enum {string|null} */
                                outcome: "hazard_found" | "no_issue" | null;
                                note: string | null;
                                rewardYuan: number | null;
                                receivedAt: string;
                                handledAt: string | null;
                                version: number;
                                actions: "handle"[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        /** @default  */
                        location?: string;
                        anonymous: boolean;
                        reporterName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reportNo: string;
                            content: string;
                            location: string;
                            anonymous: boolean;
                            reporterName: string | null;
                            viaLink: boolean;
                            /** @enum {string} */
                            status: "open" | "handled";
                            /** @enum {string|null} */
                            outcome: "hazard_found" | "no_issue" | null;
                            note: string | null;
                            rewardYuan: number | null;
                            receivedAt: string;
                            handledAt: string | null;
                            version: number;
                            actions: "handle"[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-reports/{id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        outcome: "hazard_found" | "no_issue";
                        note: string;
                        rewardYuan?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reportNo: string;
                            content: string;
                            location: string;
                            anonymous: boolean;
                            reporterName: string | null;
                            viaLink: boolean;
                            /** @enum {string} */
                            status: "open" | "handled";
                            /** @enum {string|null} */
                            outcome: "hazard_found" | "no_issue" | null;
                            note: string | null;
                            rewardYuan: number | null;
                            receivedAt: string;
                            handledAt: string | null;
                            version: number;
                            actions: "handle"[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worker-reports/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    regionCode?: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                regionName: string;
                                received: number;
                                handled: number;
                                hazardFound: number;
                                rewardYuan: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/own/worker-report-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            path: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            path: string;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 待办：每一项的数量与其列表链接打开的记录一致（同一筛选、同一范围）。 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                label: string;
                                count: number;
                                /** @enum {string} */
                                tone: "normal" | "urgent";
                                link: string;
                                api: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "three_year" | "sub_plan" | "annual" | "special" | "sector";
                    status?: "draft" | "issued" | "filed";
                    parentId?: string;
                    regionCode?: string & (string);
                    q?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                regionCode: string;
                                regionName: string;
                                /** @enum {string} */
                                kind: "three_year" | "sub_plan" | "annual" | "special" | "sector";
                                kindLabel: string;
                                /** Format: uuid */
                                parentId: string | null;
                                name: string;
                                docNo: string;
                                issuedOn: string | null;
                                periodFrom: string;
                                periodTo: string;
                                /** @enum {string} */
                                status: "draft" | "issued" | "filed";
                                statusLabel: string;
                                filingOrgName: string | null;
                                filingDue: string | null;
                                filedOn: string | null;
                                /** @enum {string} */
                                filingState: "not_required" | "pending" | "overdue" | "filed" | "filed_late";
                                filingStateLabel: string;
                                taskCounts: {
                                    [key: string]: number;
                                };
                                own: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description 制定方案（草拟）：安委办可制定各类方案，行业部门可制定本行业领域子方案 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "three_year" | "sub_plan" | "annual" | "special" | "sector";
                        /**
                         * Format: uuid
                         * @default null
                         */
                        parentId?: string | null;
                        name: string;
                        /** @default  */
                        docNo?: string;
                        /** Format: date */
                        periodFrom: string;
                        /** Format: date */
                        periodTo: string;
                        /** @default null */
                        sector?: string | null;
                        /** @default [] */
                        actionLines?: {
                            code: string;
                            name: string;
                        }[];
                        /** @default  */
                        summary?: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        filingOrgId?: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        filingDue?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            regionName: string;
                            /** @enum {string} */
                            kind: "three_year" | "sub_plan" | "annual" | "special" | "sector";
                            kindLabel: string;
                            /** Format: uuid */
                            parentId: string | null;
                            name: string;
                            docNo: string;
                            issuedOn: string | null;
                            periodFrom: string;
                            periodTo: string;
                            /** @enum {string} */
                            status: "draft" | "issued" | "filed";
                            statusLabel: string;
                            filingOrgName: string | null;
                            filingDue: string | null;
                            filedOn: string | null;
                            /** @enum {string} */
                            filingState: "not_required" | "pending" | "overdue" | "filed" | "filed_late";
                            filingStateLabel: string;
                            taskCounts: {
                                [key: string]: number;
                            };
                            own: boolean;
                            parentName: string | null;
                            sector: string | null;
                            actionLines: {
                                code: string;
                                name: string;
                            }[];
                            summary: string;
                            /** Format: uuid */
                            filingOrgId: string | null;
                            subPlans: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                orgName: string;
                                kindLabel: string;
                                /** @enum {string} */
                                status: "draft" | "issued" | "filed";
                                /** @enum {string} */
                                filingState: "not_required" | "pending" | "overdue" | "filed" | "filed_late";
                                filingStateLabel: string;
                                filingDue: string | null;
                                filedOn: string | null;
                            }[];
                            version: number;
                            actions: ("issue" | "file" | "revise")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            regionName: string;
                            /** @enum {string} */
                            kind: "three_year" | "sub_plan" | "annual" | "special" | "sector";
                            kindLabel: string;
                            /** Format: uuid */
                            parentId: string | null;
                            name: string;
                            docNo: string;
                            issuedOn: string | null;
                            periodFrom: string;
                            periodTo: string;
                            /** @enum {string} */
                            status: "draft" | "issued" | "filed";
                            statusLabel: string;
                            filingOrgName: string | null;
                            filingDue: string | null;
                            filedOn: string | null;
                            /** @enum {string} */
                            filingState: "not_required" | "pending" | "overdue" | "filed" | "filed_late";
                            filingStateLabel: string;
                            taskCounts: {
                                [key: string]: number;
                            };
                            own: boolean;
                            parentName: string | null;
                            sector: string | null;
                            actionLines: {
                                code: string;
                                name: string;
                            }[];
                            summary: string;
                            /** Format: uuid */
                            filingOrgId: string | null;
                            subPlans: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                orgName: string;
                                kindLabel: string;
                                /** @enum {string} */
                                status: "draft" | "issued" | "filed";
                                /** @enum {string} */
                                filingState: "not_required" | "pending" | "overdue" | "filed" | "filed_late";
                                filingStateLabel: string;
                                filingDue: string | null;
                                filedOn: string | null;
                            }[];
                            version: number;
                            actions: ("issue" | "file" | "revise")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 方案动作（印发、报上级备案、修改），请求体含 version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "issue" | "file" | "revise";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            regionName: string;
                            /** @enum {string} */
                            kind: "three_year" | "sub_plan" | "annual" | "special" | "sector";
                            kindLabel: string;
                            /** Format: uuid */
                            parentId: string | null;
                            name: string;
                            docNo: string;
                            issuedOn: string | null;
                            periodFrom: string;
                            periodTo: string;
                            /** @enum {string} */
                            status: "draft" | "issued" | "filed";
                            statusLabel: string;
                            filingOrgName: string | null;
                            filingDue: string | null;
                            filedOn: string | null;
                            /** @enum {string} */
                            filingState: "not_required" | "pending" | "overdue" | "filed" | "filed_late";
                            filingStateLabel: string;
                            taskCounts: {
                                [key: string]: number;
                            };
                            own: boolean;
                            parentName: string | null;
                            sector: string | null;
                            actionLines: {
                                code: string;
                                name: string;
                            }[];
                            summary: string;
                            /** Format: uuid */
                            filingOrgId: string | null;
                            subPlans: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                orgName: string;
                                kindLabel: string;
                                /** @enum {string} */
                                status: "draft" | "issued" | "filed";
                                /** @enum {string} */
                                filingState: "not_required" | "pending" | "overdue" | "filed" | "filed_late";
                                filingStateLabel: string;
                                filingDue: string | null;
                                filedOn: string | null;
                            }[];
                            version: number;
                            actions: ("issue" | "file" | "revise")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 可指定为牵头、配合或报送单位的本辖区单位 */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    kind?: "committee" | "regulator" | "locality";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "committee" | "regulator" | "locality" | "platform";
                                regionCode: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan-orgs/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 方案可报备案的单位：本级及上级安全生产委员会办公室（不含本单位） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "committee" | "regulator" | "locality" | "platform";
                                regionCode: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sector-leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 行业领域牵头部门（一件事）本地设置 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                regionCode: string;
                                regionName: string;
                                sector: string | null;
                                sectorName: string | null;
                                domainName: string;
                                catalogueLead: string | null;
                                /** Format: uuid */
                                leadOrgId: string;
                                leadOrgName: string;
                                coOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                basis: string;
                                version: number;
                                editable: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        sector?: string | null;
                        /** @default  */
                        domainName?: string;
                        /** Format: uuid */
                        leadOrgId: string;
                        /** @default [] */
                        coOrgIds?: string[];
                        /** @default  */
                        basis?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            regionCode: string;
                            regionName: string;
                            sector: string | null;
                            sectorName: string | null;
                            domainName: string;
                            catalogueLead: string | null;
                            /** Format: uuid */
                            leadOrgId: string;
                            leadOrgName: string;
                            coOrgs: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            basis: string;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sector-leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sector?: string | null;
                        domainName?: string;
                        /** Format: uuid */
                        leadOrgId?: string;
                        coOrgIds?: string[];
                        basis?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            regionCode: string;
                            regionName: string;
                            sector: string | null;
                            sectorName: string | null;
                            domainName: string;
                            catalogueLead: string | null;
                            /** Format: uuid */
                            leadOrgId: string;
                            leadOrgName: string;
                            coOrgs: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            basis: string;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    role?: "top" | "deputy" | "member_head";
                    active?: "true" | "false";
                    regionCode?: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                regionCode: string;
                                name: string;
                                post: string;
                                /** @enum {string} */
                                role: "top" | "deputy" | "member_head";
                                roleLabel: string;
                                /** Format: uuid */
                                memberOrgId: string | null;
                                memberOrgName: string | null;
                                sectors: string[];
                                active: boolean;
                                sort: number;
                                version: number;
                                editable: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        post: string;
                        /** @enum {string} */
                        role: "top" | "deputy" | "member_head";
                        /**
                         * Format: uuid
                         * @default null
                         */
                        memberOrgId?: string | null;
                        /** @default [] */
                        sectors?: string[];
                        /** @default true */
                        active?: boolean;
                        /** @default 0 */
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            name: string;
                            post: string;
                            /** @enum {string} */
                            role: "top" | "deputy" | "member_head";
                            roleLabel: string;
                            /** Format: uuid */
                            memberOrgId: string | null;
                            memberOrgName: string | null;
                            sectors: string[];
                            active: boolean;
                            sort: number;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leaders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        post?: string;
                        /** @enum {string} */
                        role?: "top" | "deputy" | "member_head";
                        /** Format: uuid */
                        memberOrgId?: string | null;
                        sectors?: string[];
                        active?: boolean;
                        sort?: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            name: string;
                            post: string;
                            /** @enum {string} */
                            role: "top" | "deputy" | "member_head";
                            roleLabel: string;
                            /** Format: uuid */
                            memberOrgId: string | null;
                            memberOrgName: string | null;
                            sectors: string[];
                            active: boolean;
                            sort: number;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/leaders/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 履职档案：职责清单、主持会议、负责任务及其状态、会议频次检查 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            leader: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                regionCode: string;
                                name: string;
                                post: string;
                                /** @enum {string} */
                                role: "top" | "deputy" | "member_head";
                                roleLabel: string;
                                /** Format: uuid */
                                memberOrgId: string | null;
                                memberOrgName: string | null;
                                sectors: string[];
                                active: boolean;
                                sort: number;
                                version: number;
                                editable: boolean;
                            };
                            year: number;
                            dutyLists: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                leaderId: string;
                                leaderName: string;
                                leaderPost: string;
                                year: number;
                                items: {
                                    text: string;
                                }[];
                                tasks: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    name: string;
                                    /** @enum {string} */
                                    displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                                }[];
                                /** Format: uuid */
                                filedWithOrgId: string | null;
                                filedWithOrgName: string | null;
                                filedOn: string | null;
                                version: number;
                                editable: boolean;
                            }[];
                            meetingsChaired: {
                                /** Format: uuid */
                                id: string;
                                date: string;
                                /** @enum {string} */
                                kind: "special" | "hearing" | "study" | "dispatch" | "consultation";
                                kindLabel: string;
                                name: string;
                            }[];
                            tasksOwned: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                                dueDate: string | null;
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                                leadOrgName: string | null;
                            }[];
                            supervisionsLed: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                date: string;
                            }[];
                            cadence: {
                                rule: string;
                                periods: {
                                    period: string;
                                    label: string;
                                    count: number;
                                    required: number;
                                    /** @enum {string} */
                                    state: "met" | "missed" | "running";
                                }[];
                                rate: number | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    year?: number;
                    leaderId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                leaderId: string;
                                leaderName: string;
                                leaderPost: string;
                                year: number;
                                items: {
                                    text: string;
                                }[];
                                tasks: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    name: string;
                                    /** @enum {string} */
                                    displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                                }[];
                                /** Format: uuid */
                                filedWithOrgId: string | null;
                                filedWithOrgName: string | null;
                                filedOn: string | null;
                                version: number;
                                editable: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        leaderId: string;
                        year: number;
                        items: {
                            text: string;
                        }[];
                        /** @default [] */
                        taskIds?: string[];
                        /**
                         * Format: uuid
                         * @default null
                         */
                        filedWithOrgId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leaderId: string;
                            leaderName: string;
                            leaderPost: string;
                            year: number;
                            items: {
                                text: string;
                            }[];
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                            }[];
                            /** Format: uuid */
                            filedWithOrgId: string | null;
                            filedWithOrgName: string | null;
                            filedOn: string | null;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duty-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items?: {
                            text: string;
                        }[];
                        taskIds?: string[];
                        /** Format: uuid */
                        filedWithOrgId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leaderId: string;
                            leaderName: string;
                            leaderPost: string;
                            year: number;
                            items: {
                                text: string;
                            }[];
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                            }[];
                            /** Format: uuid */
                            filedWithOrgId: string | null;
                            filedWithOrgName: string | null;
                            filedOn: string | null;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/duty-lists/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 职责清单报上级安委会办公室备案 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: date */
                        filedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leaderId: string;
                            leaderName: string;
                            leaderPost: string;
                            year: number;
                            items: {
                                text: string;
                            }[];
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                            }[];
                            /** Format: uuid */
                            filedWithOrgId: string | null;
                            filedWithOrgName: string | null;
                            filedOn: string | null;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/working-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                regionCode: string;
                                name: string;
                                /** @enum {string} */
                                kind: "leading_group" | "task_force";
                                members: {
                                    name: string;
                                    /**
                                     * Format: uuid
                                     * @default null
                                     */
                                    orgId: string | null;
                                    /** @default  */
                                    unit: string;
                                    /** @default  */
                                    post: string;
                                    /** @default  */
                                    phone: string & (string);
                                    /** @enum {string} */
                                    role: "leader" | "deputy_leader" | "member" | "liaison";
                                    orgName: string | null;
                                    /** Format: uuid */
                                    userId: string | null;
                                }[];
                                version: number;
                                editable: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "leading_group" | "task_force";
                        members: {
                            name: string;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            orgId?: string | null;
                            /** @default  */
                            unit?: string;
                            /** @default  */
                            post?: string;
                            /** @default  */
                            phone?: string & (string);
                            /** @enum {string} */
                            role: "leader" | "deputy_leader" | "member" | "liaison";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            name: string;
                            /** @enum {string} */
                            kind: "leading_group" | "task_force";
                            members: {
                                name: string;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                orgId: string | null;
                                /** @default  */
                                unit: string;
                                /** @default  */
                                post: string;
                                /** @default  */
                                phone: string & (string);
                                /** @enum {string} */
                                role: "leader" | "deputy_leader" | "member" | "liaison";
                                orgName: string | null;
                                /** Format: uuid */
                                userId: string | null;
                            }[];
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/working-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "leading_group" | "task_force";
                        members?: {
                            name: string;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            orgId?: string | null;
                            /** @default  */
                            unit?: string;
                            /** @default  */
                            post?: string;
                            /** @default  */
                            phone?: string & (string);
                            /** @enum {string} */
                            role: "leader" | "deputy_leader" | "member" | "liaison";
                        }[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            name: string;
                            /** @enum {string} */
                            kind: "leading_group" | "task_force";
                            members: {
                                name: string;
                                /**
                                 * Format: uuid
                                 * @default null
                                 */
                                orgId: string | null;
                                /** @default  */
                                unit: string;
                                /** @default  */
                                post: string;
                                /** @default  */
                                phone: string & (string);
                                /** @enum {string} */
                                role: "leader" | "deputy_leader" | "member" | "liaison";
                                orgName: string | null;
                                /** Format: uuid */
                                userId: string | null;
                            }[];
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    kind?: "special" | "hearing" | "study" | "dispatch" | "consultation";
                    chairLeaderId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                regionCode: string;
                                /** @enum {string} */
                                kind: "special" | "hearing" | "study" | "dispatch" | "consultation";
                                kindLabel: string;
                                name: string;
                                date: string;
                                /** Format: uuid */
                                chairLeaderId: string | null;
                                chairName: string;
                                chairPost: string;
                                attendees: string[];
                                topics: string[];
                                tasks: {
                                    /** Format: uuid */
                                    id: string;
                                    code: string;
                                    name: string;
                                }[];
                                minutes: string;
                                analysis: string;
                                /** Format: uuid */
                                roundId: string | null;
                                version: number;
                                editable: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "special" | "hearing" | "study" | "dispatch" | "consultation";
                        name: string;
                        /** Format: date */
                        date: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        chairLeaderId?: string | null;
                        /** @default  */
                        chairName?: string;
                        /** @default  */
                        chairPost?: string;
                        /** @default [] */
                        attendees?: string[];
                        /** @default [] */
                        topics?: string[];
                        /** @default [] */
                        taskIds?: string[];
                        /** @default  */
                        minutes?: string;
                        /** @default  */
                        analysis?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            /** @enum {string} */
                            kind: "special" | "hearing" | "study" | "dispatch" | "consultation";
                            kindLabel: string;
                            name: string;
                            date: string;
                            /** Format: uuid */
                            chairLeaderId: string | null;
                            chairName: string;
                            chairPost: string;
                            attendees: string[];
                            topics: string[];
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            minutes: string;
                            analysis: string;
                            /** Format: uuid */
                            roundId: string | null;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/cadence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 领导会议频次检查：主要负责同志每季度、分管负责同志每月 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    regionCode?: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            asOf: string;
                            leaders: {
                                /** Format: uuid */
                                leaderId: string;
                                name: string;
                                post: string;
                                /** @enum {string} */
                                role: "top" | "deputy" | "member_head";
                                regionCode: string;
                                rule: string;
                                periods: {
                                    period: string;
                                    label: string;
                                    count: number;
                                    required: number;
                                    /** @enum {string} */
                                    state: "met" | "missed" | "running";
                                }[];
                                met: number;
                                missed: number;
                                rate: number | null;
                            }[];
                            compliance: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            /** @enum {string} */
                            kind: "special" | "hearing" | "study" | "dispatch" | "consultation";
                            kindLabel: string;
                            name: string;
                            date: string;
                            /** Format: uuid */
                            chairLeaderId: string | null;
                            chairName: string;
                            chairPost: string;
                            attendees: string[];
                            topics: string[];
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            minutes: string;
                            analysis: string;
                            /** Format: uuid */
                            roundId: string | null;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "special" | "hearing" | "study" | "dispatch" | "consultation";
                        name?: string;
                        /** Format: date */
                        date?: string;
                        /** Format: uuid */
                        chairLeaderId?: string | null;
                        chairName?: string;
                        chairPost?: string;
                        attendees?: string[];
                        topics?: string[];
                        taskIds?: string[];
                        minutes?: string;
                        analysis?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            /** @enum {string} */
                            kind: "special" | "hearing" | "study" | "dispatch" | "consultation";
                            kindLabel: string;
                            name: string;
                            date: string;
                            /** Format: uuid */
                            chairLeaderId: string | null;
                            chairName: string;
                            chairPost: string;
                            attendees: string[];
                            topics: string[];
                            tasks: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                name: string;
                            }[];
                            minutes: string;
                            analysis: string;
                            /** Format: uuid */
                            roundId: string | null;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    planId?: string;
                    leadOrgId?: string;
                    mine?: "true";
                    actionCode?: string;
                    kind?: "milestone" | "recurring" | "indicator" | "assignment";
                    displayStatus?: string;
                    q?: string;
                    dueFrom?: string;
                    dueTo?: string;
                    key?: "true" | "false";
                    roundId?: string;
                    leaderId?: string;
                    regionCode?: string & (string);
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                planId: string | null;
                                code: string;
                                displayCode: string;
                                actionCode: string;
                                actionName: string;
                                name: string;
                                /** @enum {string} */
                                kind: "milestone" | "recurring" | "indicator" | "assignment";
                                kindLabel: string;
                                leadOrg: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                coOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                key: boolean;
                                dueDate: string | null;
                                nextDue: string | null;
                                issuedOn: string | null;
                                completedOn: string | null;
                                milestones: {
                                    label: string;
                                    due: string;
                                    doneOn: string | null;
                                    overdue: boolean;
                                }[];
                                /** @enum {string} */
                                status: "draft" | "issued" | "in_progress" | "done" | "cancelled";
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                                displayStatusLabel: string;
                                progressPercent: number | null;
                                regionCode: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description 在方案中增加任务（草拟） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @default  */
                        actionCode?: string;
                        name: string;
                        /** @default  */
                        body?: string;
                        /** @enum {string} */
                        kind: "milestone" | "recurring" | "indicator" | "assignment";
                        /**
                         * Format: uuid
                         * @default null
                         */
                        leadOrgId?: string | null;
                        /** @default [] */
                        coOrgIds?: string[];
                        /** @default  */
                        responsible?: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        leaderId?: string | null;
                        /** @default false */
                        key?: boolean;
                        /**
                         * Format: date
                         * @default null
                         */
                        dueDate?: string | null;
                        /** @default [] */
                        milestones?: {
                            label: string;
                            /** Format: date */
                            due: string;
                        }[];
                        /** @default null */
                        indicator?: {
                            definition: string;
                            /** @default  */
                            unit?: string;
                            /** @default null */
                            baseline?: number | null;
                            target: number;
                            /**
                             * @default increase
                             * @enum {string}
                             */
                            direction?: "increase" | "decrease";
                            /** @default manual */
                            dataSource?: string;
                        } | null;
                        /** @default null */
                        recurrence?: {
                            /** @enum {string} */
                            cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                            /** Format: date */
                            from: string;
                        } | null;
                        /** Format: uuid */
                        planId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            planId: string | null;
                            code: string;
                            displayCode: string;
                            actionCode: string;
                            actionName: string;
                            name: string;
                            /** @enum {string} */
                            kind: "milestone" | "recurring" | "indicator" | "assignment";
                            kindLabel: string;
                            leadOrg: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            coOrgs: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            key: boolean;
                            dueDate: string | null;
                            nextDue: string | null;
                            issuedOn: string | null;
                            completedOn: string | null;
                            milestones: {
                                label: string;
                                due: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "issued" | "in_progress" | "done" | "cancelled";
                            /** @enum {string} */
                            displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                            displayStatusLabel: string;
                            progressPercent: number | null;
                            regionCode: string;
                            planName: string | null;
                            issuerOrg: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            body: string;
                            responsible: string;
                            leader: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                post: string;
                            } | null;
                            indicator: {
                                definition: string;
                                unit: string;
                                baseline: number | null;
                                target: number;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                dataSource: string;
                                dataSourceLabel: string;
                                value: number | null;
                                valueOn: string | null;
                                progress: number | null;
                                met: boolean;
                            } | null;
                            recurrence: {
                                /** @enum {string} */
                                cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                                from: string;
                                occurrences: {
                                    period: string;
                                    label: string;
                                    due: string;
                                    done: boolean;
                                }[];
                            } | null;
                            /** Format: uuid */
                            roundId: string | null;
                            reference: {
                                kind: string;
                                id: string;
                                label: string;
                            } | null;
                            issueBlocked: string | null;
                            version: number;
                            actions: ("issue" | "report_progress" | "complete" | "add_note" | "reopen" | "revise" | "cancel")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                            attachments: {
                                sha256: string & (string);
                                name: string;
                                mime: string;
                                size: number;
                                /** @enum {string} */
                                kind: "before" | "after" | "document" | "verification";
                                seq: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/indicator-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 指标任务可读取的平台数据 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                label: string;
                                unit: string;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                available: boolean;
                                note: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 任务到期、完成、逾期及按期完成率：按牵头单位、行动、时间或地区（可下钻） */
        get: {
            parameters: {
                query?: {
                    by?: "none" | "org" | "action" | "month" | "quarter" | "year" | "region";
                    planId?: string;
                    regionCode?: string & (string);
                    dueFrom?: string;
                    dueTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            by: string;
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            rows: {
                                key: string;
                                label: string;
                                total: number;
                                due: number;
                                done: number;
                                doneOnTime: number;
                                overdue: number;
                                open: number;
                                onTimeRate: number | null;
                                regionCode: string | null;
                            }[];
                            total: {
                                key: string;
                                label: string;
                                total: number;
                                due: number;
                                done: number;
                                doneOnTime: number;
                                overdue: number;
                                open: number;
                                onTimeRate: number | null;
                                regionCode: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 任务看板：按行动和牵头单位，含甘特图 */
        get: {
            parameters: {
                query?: {
                    planId?: string;
                    regionCode?: string & (string);
                    soonDays?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            actions: {
                                code: string;
                                name: string;
                                counts: {
                                    total: number;
                                    notStarted: number;
                                    inProgress: number;
                                    done: number;
                                    overdue: number;
                                    dueSoon: number;
                                };
                            }[];
                            orgs: {
                                /** Format: uuid */
                                id: string | null;
                                name: string;
                                counts: {
                                    total: number;
                                    notStarted: number;
                                    inProgress: number;
                                    done: number;
                                    overdue: number;
                                    dueSoon: number;
                                };
                            }[];
                            cells: {
                                actionCode: string;
                                /** Format: uuid */
                                orgId: string | null;
                                counts: {
                                    total: number;
                                    notStarted: number;
                                    inProgress: number;
                                    done: number;
                                    overdue: number;
                                    dueSoon: number;
                                };
                            }[];
                            gantt: {
                                /** Format: uuid */
                                id: string;
                                displayCode: string;
                                name: string;
                                leadOrgName: string | null;
                                start: string;
                                end: string;
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                                milestones: {
                                    label: string;
                                    due: string;
                                    done: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 成员单位排名：任务按期完成率与报送及时率 */
        get: {
            parameters: {
                query?: {
                    regionCode?: string & (string);
                    planId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            rows: {
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                tasks: {
                                    total: number;
                                    due: number;
                                    done: number;
                                    doneOnTime: number;
                                    overdue: number;
                                    open: number;
                                    onTimeRate: number | null;
                                };
                                taskRank: number | null;
                                returns: {
                                    expected: number;
                                    onTime: number;
                                    late: number;
                                    missing: number;
                                    onTimeRate: number | null;
                                };
                                returnRank: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            planId: string | null;
                            code: string;
                            displayCode: string;
                            actionCode: string;
                            actionName: string;
                            name: string;
                            /** @enum {string} */
                            kind: "milestone" | "recurring" | "indicator" | "assignment";
                            kindLabel: string;
                            leadOrg: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            coOrgs: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            key: boolean;
                            dueDate: string | null;
                            nextDue: string | null;
                            issuedOn: string | null;
                            completedOn: string | null;
                            milestones: {
                                label: string;
                                due: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "issued" | "in_progress" | "done" | "cancelled";
                            /** @enum {string} */
                            displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                            displayStatusLabel: string;
                            progressPercent: number | null;
                            regionCode: string;
                            planName: string | null;
                            issuerOrg: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            body: string;
                            responsible: string;
                            leader: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                post: string;
                            } | null;
                            indicator: {
                                definition: string;
                                unit: string;
                                baseline: number | null;
                                target: number;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                dataSource: string;
                                dataSourceLabel: string;
                                value: number | null;
                                valueOn: string | null;
                                progress: number | null;
                                met: boolean;
                            } | null;
                            recurrence: {
                                /** @enum {string} */
                                cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                                from: string;
                                occurrences: {
                                    period: string;
                                    label: string;
                                    due: string;
                                    done: boolean;
                                }[];
                            } | null;
                            /** Format: uuid */
                            roundId: string | null;
                            reference: {
                                kind: string;
                                id: string;
                                label: string;
                            } | null;
                            issueBlocked: string | null;
                            version: number;
                            actions: ("issue" | "report_progress" | "complete" | "add_note" | "reopen" | "revise" | "cancel")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                            attachments: {
                                sha256: string & (string);
                                name: string;
                                mime: string;
                                size: number;
                                /** @enum {string} */
                                kind: "before" | "after" | "document" | "verification";
                                seq: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 任务办理动作（下发、报告进展、报告完成、补充说明、退回重办、修改、取消），请求体含 version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "issue" | "report_progress" | "complete" | "add_note" | "reopen" | "revise" | "cancel";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            planId: string | null;
                            code: string;
                            displayCode: string;
                            actionCode: string;
                            actionName: string;
                            name: string;
                            /** @enum {string} */
                            kind: "milestone" | "recurring" | "indicator" | "assignment";
                            kindLabel: string;
                            leadOrg: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            coOrgs: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            key: boolean;
                            dueDate: string | null;
                            nextDue: string | null;
                            issuedOn: string | null;
                            completedOn: string | null;
                            milestones: {
                                label: string;
                                due: string;
                                doneOn: string | null;
                                overdue: boolean;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "issued" | "in_progress" | "done" | "cancelled";
                            /** @enum {string} */
                            displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                            displayStatusLabel: string;
                            progressPercent: number | null;
                            regionCode: string;
                            planName: string | null;
                            issuerOrg: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            body: string;
                            responsible: string;
                            leader: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                post: string;
                            } | null;
                            indicator: {
                                definition: string;
                                unit: string;
                                baseline: number | null;
                                target: number;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                dataSource: string;
                                dataSourceLabel: string;
                                value: number | null;
                                valueOn: string | null;
                                progress: number | null;
                                met: boolean;
                            } | null;
                            recurrence: {
                                /** @enum {string} */
                                cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                                from: string;
                                occurrences: {
                                    period: string;
                                    label: string;
                                    due: string;
                                    done: boolean;
                                }[];
                            } | null;
                            /** Format: uuid */
                            roundId: string | null;
                            reference: {
                                kind: string;
                                id: string;
                                label: string;
                            } | null;
                            issueBlocked: string | null;
                            version: number;
                            actions: ("issue" | "report_progress" | "complete" | "add_note" | "reopen" | "revise" | "cancel")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                            attachments: {
                                sha256: string & (string);
                                name: string;
                                mime: string;
                                size: number;
                                /** @enum {string} */
                                kind: "before" | "after" | "document" | "verification";
                                seq: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/tasks.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 导出方案任务清单（.xlsx，可重新导入） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/tasks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 导入任务清单 .xlsx（逐行报告错误，错误行不保存，导入为草拟任务） */
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                progress: {
                                    done: number;
                                    total: number;
                                };
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/tasks/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 下发方案中全部可下发的草拟任务；缺牵头单位或完成时限的逐项列出原因 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            issued: number;
                            blocked: {
                                /** Format: uuid */
                                id: string;
                                code: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report-requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "progress" | "investment" | "publicity" | "school";
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                regionCode: string;
                                /** Format: uuid */
                                planId: string | null;
                                /** @enum {string} */
                                kind: "progress" | "investment" | "publicity" | "school";
                                kindLabel: string;
                                name: string;
                                /** @enum {string} */
                                cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                                cadenceLabel: string;
                                dueRule: {
                                    /** @enum {string} */
                                    kind: "day_of_last_month";
                                    day: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "last_week";
                                } | {
                                    /** @enum {string} */
                                    kind: "period_end";
                                } | {
                                    /** @enum {string} */
                                    kind: "days_after_end";
                                    days: number;
                                };
                                dueRuleLabel: string;
                                graceDays: number;
                                remindDaysBefore: number;
                                sections: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                                reportingOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                startPeriod: string;
                                endPeriod: string | null;
                                active: boolean;
                                note: string;
                                version: number;
                                editable: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "progress" | "investment" | "publicity" | "school";
                        name: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        planId?: string | null;
                        /** @enum {string} */
                        cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                        dueRule: {
                            /** @enum {string} */
                            kind: "day_of_last_month";
                            day: number;
                        } | {
                            /** @enum {string} */
                            kind: "last_week";
                        } | {
                            /** @enum {string} */
                            kind: "period_end";
                        } | {
                            /** @enum {string} */
                            kind: "days_after_end";
                            days: number;
                        };
                        /** @default 30 */
                        graceDays?: number;
                        /** @default 3 */
                        remindDaysBefore?: number;
                        sections?: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                        reportingOrgIds: string[];
                        startPeriod: string & (string);
                        /** @default null */
                        endPeriod?: (string & (string)) | null;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            /** Format: uuid */
                            planId: string | null;
                            /** @enum {string} */
                            kind: "progress" | "investment" | "publicity" | "school";
                            kindLabel: string;
                            name: string;
                            /** @enum {string} */
                            cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                            cadenceLabel: string;
                            dueRule: {
                                /** @enum {string} */
                                kind: "day_of_last_month";
                                day: number;
                            } | {
                                /** @enum {string} */
                                kind: "last_week";
                            } | {
                                /** @enum {string} */
                                kind: "period_end";
                            } | {
                                /** @enum {string} */
                                kind: "days_after_end";
                                days: number;
                            };
                            dueRuleLabel: string;
                            graceDays: number;
                            remindDaysBefore: number;
                            sections: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                            reportingOrgs: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            startPeriod: string;
                            endPeriod: string | null;
                            active: boolean;
                            note: string;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report-requirements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            /** Format: uuid */
                            planId: string | null;
                            /** @enum {string} */
                            kind: "progress" | "investment" | "publicity" | "school";
                            kindLabel: string;
                            name: string;
                            /** @enum {string} */
                            cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                            cadenceLabel: string;
                            dueRule: {
                                /** @enum {string} */
                                kind: "day_of_last_month";
                                day: number;
                            } | {
                                /** @enum {string} */
                                kind: "last_week";
                            } | {
                                /** @enum {string} */
                                kind: "period_end";
                            } | {
                                /** @enum {string} */
                                kind: "days_after_end";
                                days: number;
                            };
                            dueRuleLabel: string;
                            graceDays: number;
                            remindDaysBefore: number;
                            sections: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                            reportingOrgs: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            startPeriod: string;
                            endPeriod: string | null;
                            active: boolean;
                            note: string;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** Format: uuid */
                        planId?: string | null;
                        dueRule?: {
                            /** @enum {string} */
                            kind: "day_of_last_month";
                            day: number;
                        } | {
                            /** @enum {string} */
                            kind: "last_week";
                        } | {
                            /** @enum {string} */
                            kind: "period_end";
                        } | {
                            /** @enum {string} */
                            kind: "days_after_end";
                            days: number;
                        };
                        graceDays?: number;
                        remindDaysBefore?: number;
                        sections?: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                        reportingOrgIds?: string[];
                        endPeriod?: (string & (string)) | null;
                        note?: string;
                        version: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            /** Format: uuid */
                            planId: string | null;
                            /** @enum {string} */
                            kind: "progress" | "investment" | "publicity" | "school";
                            kindLabel: string;
                            name: string;
                            /** @enum {string} */
                            cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                            cadenceLabel: string;
                            dueRule: {
                                /** @enum {string} */
                                kind: "day_of_last_month";
                                day: number;
                            } | {
                                /** @enum {string} */
                                kind: "last_week";
                            } | {
                                /** @enum {string} */
                                kind: "period_end";
                            } | {
                                /** @enum {string} */
                                kind: "days_after_end";
                                days: number;
                            };
                            dueRuleLabel: string;
                            graceDays: number;
                            remindDaysBefore: number;
                            sections: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                            reportingOrgs: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            startPeriod: string;
                            endPeriod: string | null;
                            active: boolean;
                            note: string;
                            version: number;
                            editable: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 应报送的报送记录（含未报送）：按时、逾期、未报 */
        get: {
            parameters: {
                query?: {
                    requirementId?: string;
                    period?: string & (string);
                    orgId?: string;
                    mine?: "true" | "false";
                    issued?: "true" | "false";
                    timeliness?: "on_time" | "late" | "missing" | "pending";
                    status?: "submitted" | "returned" | "accepted";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string | null;
                                /** Format: uuid */
                                requirementId: string;
                                requirementName: string;
                                /** @enum {string} */
                                kind: "progress" | "investment" | "publicity" | "school";
                                period: string;
                                periodLabel: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                dueDate: string;
                                firstFiledOn: string | null;
                                /** @enum {string|null} */
                                status: "submitted" | "returned" | "accepted" | null;
                                statusLabel: string | null;
                                /** @enum {string} */
                                timeliness: "on_time" | "late" | "missing" | "pending";
                                timelinessLabel: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description 报送本单位某一报送期的工作情况（每单位每期一份，已报送的不能重复报送） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        requirementId: string;
                        period: string & (string);
                        report: {
                            /** @default  */
                            text?: string;
                            /** @default [] */
                            taskProgress?: {
                                /** Format: uuid */
                                taskId: string;
                                /** @default null */
                                percent?: number | null;
                                /** @default  */
                                text?: string;
                            }[];
                            /** @default [] */
                            figures?: {
                                key: string;
                                value: number | null;
                            }[];
                            /** @default [] */
                            problems?: string[];
                            /** @default  */
                            nextSteps?: string;
                            /** @default null */
                            investment?: {
                                people: number;
                                technology: number;
                                engineering: number;
                                management: number;
                                specialFund: number;
                            } | null;
                            /** @default [] */
                            activities?: {
                                /** @enum {string} */
                                kind: "safety_month" | "fire_month" | "consultation_day" | "disaster_day" | "five_into" | "knock_door" | "law_contest" | "warning_film" | "tv_column";
                                /** Format: date */
                                date: string;
                                /** @default  */
                                place?: string;
                                /** @default null */
                                audience?: number | null;
                                /** @default  */
                                note?: string;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            requirementId: string;
                            requirementName: string;
                            /** @enum {string} */
                            kind: "progress" | "investment" | "publicity" | "school";
                            period: string;
                            periodLabel: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            dueDate: string;
                            firstFiledOn: string | null;
                            /** @enum {string|null} */
                            status: "submitted" | "returned" | "accepted" | null;
                            statusLabel: string | null;
                            /** @enum {string} */
                            timeliness: "on_time" | "late" | "missing" | "pending";
                            timelinessLabel: string;
                            /** Format: uuid */
                            issuerOrgId: string;
                            sections: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                            report: {
                                text: string;
                                taskProgress: {
                                    taskId: string;
                                    code: string;
                                    name: string;
                                    status: string;
                                    percent: number | null;
                                    text: string;
                                }[];
                                figures: {
                                    key: string;
                                    label: string;
                                    value: number | null;
                                    unit: string;
                                    /** @enum {string} */
                                    source: "zhiben" | "manual";
                                }[];
                                problems: string[];
                                nextSteps: string;
                                investment: {
                                    people: number;
                                    technology: number;
                                    engineering: number;
                                    management: number;
                                    specialFund: number;
                                } | null;
                                activities: {
                                    /** @enum {string} */
                                    kind: "safety_month" | "fire_month" | "consultation_day" | "disaster_day" | "five_into" | "knock_door" | "law_contest" | "warning_film" | "tv_column";
                                    date: string;
                                    place: string;
                                    audience: number | null;
                                    note: string;
                                }[];
                            };
                            submittedAt: string;
                            reviewComment: string;
                            reviewedAt: string | null;
                            version: number;
                            actions: ("resubmit" | "accept" | "send_back")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 报送及时率：按单位、报送期或报送要求 */
        get: {
            parameters: {
                query?: {
                    by?: "org" | "period" | "requirement";
                    requirementId?: string;
                    from?: string & (string);
                    to?: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            rows: {
                                key: string;
                                label: string;
                                expected: number;
                                onTime: number;
                                late: number;
                                missing: number;
                                onTimeRate: number | null;
                            }[];
                            total: {
                                expected: number;
                                onTime: number;
                                late: number;
                                missing: number;
                                onTimeRate: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/to-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 本单位当前可报送的报送期 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                requirementId: string;
                                requirementName: string;
                                /** @enum {string} */
                                kind: "progress" | "investment" | "publicity" | "school";
                                period: string;
                                periodLabel: string;
                                opens: string;
                                due: string;
                                closes: string;
                                /** Format: uuid */
                                returnId: string | null;
                                /** @enum {string|null} */
                                status: "submitted" | "returned" | "accepted" | null;
                                /** @enum {string} */
                                timeliness: "on_time" | "late" | "missing" | "pending";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 报送表预填：平台已有的数据和本单位牵头任务的进展 */
        get: {
            parameters: {
                query: {
                    requirementId: string;
                    period: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sections: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                            report: {
                                text: string;
                                taskProgress: {
                                    taskId: string;
                                    code: string;
                                    name: string;
                                    status: string;
                                    percent: number | null;
                                    text: string;
                                }[];
                                figures: {
                                    key: string;
                                    label: string;
                                    value: number | null;
                                    unit: string;
                                    /** @enum {string} */
                                    source: "zhiben" | "manual";
                                }[];
                                problems: string[];
                                nextSteps: string;
                                investment: {
                                    people: number;
                                    technology: number;
                                    engineering: number;
                                    management: number;
                                    specialFund: number;
                                } | null;
                                activities: {
                                    /** @enum {string} */
                                    kind: "safety_month" | "fire_month" | "consultation_day" | "disaster_day" | "five_into" | "knock_door" | "law_contest" | "warning_film" | "tv_column";
                                    date: string;
                                    place: string;
                                    audience: number | null;
                                    note: string;
                                }[];
                            };
                            due: string;
                            periodLabel: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            requirementId: string;
                            requirementName: string;
                            /** @enum {string} */
                            kind: "progress" | "investment" | "publicity" | "school";
                            period: string;
                            periodLabel: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            dueDate: string;
                            firstFiledOn: string | null;
                            /** @enum {string|null} */
                            status: "submitted" | "returned" | "accepted" | null;
                            statusLabel: string | null;
                            /** @enum {string} */
                            timeliness: "on_time" | "late" | "missing" | "pending";
                            timelinessLabel: string;
                            /** Format: uuid */
                            issuerOrgId: string;
                            sections: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                            report: {
                                text: string;
                                taskProgress: {
                                    taskId: string;
                                    code: string;
                                    name: string;
                                    status: string;
                                    percent: number | null;
                                    text: string;
                                }[];
                                figures: {
                                    key: string;
                                    label: string;
                                    value: number | null;
                                    unit: string;
                                    /** @enum {string} */
                                    source: "zhiben" | "manual";
                                }[];
                                problems: string[];
                                nextSteps: string;
                                investment: {
                                    people: number;
                                    technology: number;
                                    engineering: number;
                                    management: number;
                                    specialFund: number;
                                } | null;
                                activities: {
                                    /** @enum {string} */
                                    kind: "safety_month" | "fire_month" | "consultation_day" | "disaster_day" | "five_into" | "knock_door" | "law_contest" | "warning_film" | "tv_column";
                                    date: string;
                                    place: string;
                                    audience: number | null;
                                    note: string;
                                }[];
                            };
                            submittedAt: string;
                            reviewComment: string;
                            reviewedAt: string | null;
                            version: number;
                            actions: ("resubmit" | "accept" | "send_back")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 报送审核（审核通过、退回修改）和退回后重新报送，请求体含 version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "resubmit" | "accept" | "send_back";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            requirementId: string;
                            requirementName: string;
                            /** @enum {string} */
                            kind: "progress" | "investment" | "publicity" | "school";
                            period: string;
                            periodLabel: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            dueDate: string;
                            firstFiledOn: string | null;
                            /** @enum {string|null} */
                            status: "submitted" | "returned" | "accepted" | null;
                            statusLabel: string | null;
                            /** @enum {string} */
                            timeliness: "on_time" | "late" | "missing" | "pending";
                            timelinessLabel: string;
                            /** Format: uuid */
                            issuerOrgId: string;
                            sections: ("task_progress" | "figures" | "problems" | "next_steps" | "investment" | "activities" | "text" | "attachments")[];
                            report: {
                                text: string;
                                taskProgress: {
                                    taskId: string;
                                    code: string;
                                    name: string;
                                    status: string;
                                    percent: number | null;
                                    text: string;
                                }[];
                                figures: {
                                    key: string;
                                    label: string;
                                    value: number | null;
                                    unit: string;
                                    /** @enum {string} */
                                    source: "zhiben" | "manual";
                                }[];
                                problems: string[];
                                nextSteps: string;
                                investment: {
                                    people: number;
                                    technology: number;
                                    engineering: number;
                                    management: number;
                                    specialFund: number;
                                } | null;
                                activities: {
                                    /** @enum {string} */
                                    kind: "safety_month" | "fire_month" | "consultation_day" | "disaster_day" | "five_into" | "knock_door" | "law_contest" | "warning_film" | "tv_column";
                                    date: string;
                                    place: string;
                                    audience: number | null;
                                    note: string;
                                }[];
                            };
                            submittedAt: string;
                            reviewComment: string;
                            reviewedAt: string | null;
                            version: number;
                            actions: ("resubmit" | "accept" | "send_back")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    year?: number;
                    planId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                regionCode: string;
                                month: string;
                                monthLabel: string;
                                name: string;
                                /** @enum {string} */
                                status: "open" | "held" | "closed";
                                statusLabel: string;
                                docNo: string;
                                closedOn: string | null;
                                decisionCount: number;
                                problemCount: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description 开启本月调度 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        month: string & (string);
                        /**
                         * Format: uuid
                         * @default null
                         */
                        planId?: string | null;
                        /** @default  */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            month: string;
                            monthLabel: string;
                            name: string;
                            /** @enum {string} */
                            status: "open" | "held" | "closed";
                            statusLabel: string;
                            docNo: string;
                            closedOn: string | null;
                            decisionCount: number;
                            problemCount: number;
                            /** Format: uuid */
                            planId: string | null;
                            planName: string | null;
                            summary: string;
                            problems: {
                                id: string;
                                /** Format: uuid */
                                orgId: string | null;
                                orgName: string;
                                text: string;
                                /** @enum {string} */
                                source: "return" | "manual";
                                /** Format: uuid */
                                submissionId: string | null;
                            }[];
                            returnProblems: {
                                /** Format: uuid */
                                submissionId: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                text: string;
                            }[];
                            meeting: {
                                /** Format: uuid */
                                id: string;
                                date: string;
                                chairName: string;
                                chairPost: string;
                                attendees: string[];
                                topics: string[];
                                minutes: string;
                                analysis: string;
                            } | null;
                            decisions: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                planId: string | null;
                                code: string;
                                displayCode: string;
                                actionCode: string;
                                actionName: string;
                                name: string;
                                /** @enum {string} */
                                kind: "milestone" | "recurring" | "indicator" | "assignment";
                                kindLabel: string;
                                leadOrg: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                coOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                key: boolean;
                                dueDate: string | null;
                                nextDue: string | null;
                                issuedOn: string | null;
                                completedOn: string | null;
                                milestones: {
                                    label: string;
                                    due: string;
                                    doneOn: string | null;
                                    overdue: boolean;
                                }[];
                                /** @enum {string} */
                                status: "draft" | "issued" | "in_progress" | "done" | "cancelled";
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                                displayStatusLabel: string;
                                progressPercent: number | null;
                                regionCode: string;
                            }[];
                            returns: {
                                expected: number;
                                onTime: number;
                                late: number;
                                missing: number;
                                pending: number;
                                rows: {
                                    /** Format: uuid */
                                    id: string | null;
                                    /** Format: uuid */
                                    requirementId: string;
                                    requirementName: string;
                                    /** @enum {string} */
                                    kind: "progress" | "investment" | "publicity" | "school";
                                    period: string;
                                    periodLabel: string;
                                    /** Format: uuid */
                                    orgId: string;
                                    orgName: string;
                                    dueDate: string;
                                    firstFiledOn: string | null;
                                    /** @enum {string|null} */
                                    status: "submitted" | "returned" | "accepted" | null;
                                    statusLabel: string | null;
                                    /** @enum {string} */
                                    timeliness: "on_time" | "late" | "missing" | "pending";
                                    timelinessLabel: string;
                                }[];
                            };
                            version: number;
                            actions: ("add_problem" | "hold_meeting" | "decide" | "close")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            month: string;
                            monthLabel: string;
                            name: string;
                            /** @enum {string} */
                            status: "open" | "held" | "closed";
                            statusLabel: string;
                            docNo: string;
                            closedOn: string | null;
                            decisionCount: number;
                            problemCount: number;
                            /** Format: uuid */
                            planId: string | null;
                            planName: string | null;
                            summary: string;
                            problems: {
                                id: string;
                                /** Format: uuid */
                                orgId: string | null;
                                orgName: string;
                                text: string;
                                /** @enum {string} */
                                source: "return" | "manual";
                                /** Format: uuid */
                                submissionId: string | null;
                            }[];
                            returnProblems: {
                                /** Format: uuid */
                                submissionId: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                text: string;
                            }[];
                            meeting: {
                                /** Format: uuid */
                                id: string;
                                date: string;
                                chairName: string;
                                chairPost: string;
                                attendees: string[];
                                topics: string[];
                                minutes: string;
                                analysis: string;
                            } | null;
                            decisions: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                planId: string | null;
                                code: string;
                                displayCode: string;
                                actionCode: string;
                                actionName: string;
                                name: string;
                                /** @enum {string} */
                                kind: "milestone" | "recurring" | "indicator" | "assignment";
                                kindLabel: string;
                                leadOrg: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                coOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                key: boolean;
                                dueDate: string | null;
                                nextDue: string | null;
                                issuedOn: string | null;
                                completedOn: string | null;
                                milestones: {
                                    label: string;
                                    due: string;
                                    doneOn: string | null;
                                    overdue: boolean;
                                }[];
                                /** @enum {string} */
                                status: "draft" | "issued" | "in_progress" | "done" | "cancelled";
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                                displayStatusLabel: string;
                                progressPercent: number | null;
                                regionCode: string;
                            }[];
                            returns: {
                                expected: number;
                                onTime: number;
                                late: number;
                                missing: number;
                                pending: number;
                                rows: {
                                    /** Format: uuid */
                                    id: string | null;
                                    /** Format: uuid */
                                    requirementId: string;
                                    requirementName: string;
                                    /** @enum {string} */
                                    kind: "progress" | "investment" | "publicity" | "school";
                                    period: string;
                                    periodLabel: string;
                                    /** Format: uuid */
                                    orgId: string;
                                    orgName: string;
                                    dueDate: string;
                                    firstFiledOn: string | null;
                                    /** @enum {string|null} */
                                    status: "submitted" | "returned" | "accepted" | null;
                                    statusLabel: string | null;
                                    /** @enum {string} */
                                    timeliness: "on_time" | "late" | "missing" | "pending";
                                    timelinessLabel: string;
                                }[];
                            };
                            version: number;
                            actions: ("add_problem" | "hold_meeting" | "decide" | "close")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-rounds/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 调度动作（记录问题、记录调度会、形成交办事项、印发调度通报），请求体含 version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "add_problem" | "hold_meeting" | "decide" | "close";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            regionCode: string;
                            month: string;
                            monthLabel: string;
                            name: string;
                            /** @enum {string} */
                            status: "open" | "held" | "closed";
                            statusLabel: string;
                            docNo: string;
                            closedOn: string | null;
                            decisionCount: number;
                            problemCount: number;
                            /** Format: uuid */
                            planId: string | null;
                            planName: string | null;
                            summary: string;
                            problems: {
                                id: string;
                                /** Format: uuid */
                                orgId: string | null;
                                orgName: string;
                                text: string;
                                /** @enum {string} */
                                source: "return" | "manual";
                                /** Format: uuid */
                                submissionId: string | null;
                            }[];
                            returnProblems: {
                                /** Format: uuid */
                                submissionId: string;
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                text: string;
                            }[];
                            meeting: {
                                /** Format: uuid */
                                id: string;
                                date: string;
                                chairName: string;
                                chairPost: string;
                                attendees: string[];
                                topics: string[];
                                minutes: string;
                                analysis: string;
                            } | null;
                            decisions: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                planId: string | null;
                                code: string;
                                displayCode: string;
                                actionCode: string;
                                actionName: string;
                                name: string;
                                /** @enum {string} */
                                kind: "milestone" | "recurring" | "indicator" | "assignment";
                                kindLabel: string;
                                leadOrg: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                coOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                key: boolean;
                                dueDate: string | null;
                                nextDue: string | null;
                                issuedOn: string | null;
                                completedOn: string | null;
                                milestones: {
                                    label: string;
                                    due: string;
                                    doneOn: string | null;
                                    overdue: boolean;
                                }[];
                                /** @enum {string} */
                                status: "draft" | "issued" | "in_progress" | "done" | "cancelled";
                                /** @enum {string} */
                                displayStatus: "draft" | "not_started" | "in_progress" | "done" | "overdue" | "cancelled";
                                displayStatusLabel: string;
                                progressPercent: number | null;
                                regionCode: string;
                            }[];
                            returns: {
                                expected: number;
                                onTime: number;
                                late: number;
                                missing: number;
                                pending: number;
                                rows: {
                                    /** Format: uuid */
                                    id: string | null;
                                    /** Format: uuid */
                                    requirementId: string;
                                    requirementName: string;
                                    /** @enum {string} */
                                    kind: "progress" | "investment" | "publicity" | "school";
                                    period: string;
                                    periodLabel: string;
                                    /** Format: uuid */
                                    orgId: string;
                                    orgName: string;
                                    dueDate: string;
                                    firstFiledOn: string | null;
                                    /** @enum {string|null} */
                                    status: "submitted" | "returned" | "accepted" | null;
                                    statusLabel: string | null;
                                    /** @enum {string} */
                                    timeliness: "on_time" | "late" | "missing" | "pending";
                                    timelinessLabel: string;
                                }[];
                            };
                            version: number;
                            actions: ("add_problem" | "hold_meeting" | "decide" | "close")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 生成调度通报（月）、季度通报或年度自评报告（.docx）：后台任务，进度见 GET /api/jobs/:id，完成后从 /api/dispatch-documents/:id/file 下载 */
        post: {
            parameters: {
                query?: {
                    wait?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "monthly" | "quarterly" | "annual";
                        period: string & (string);
                        /**
                         * Format: uuid
                         * @default null
                         */
                        planId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            job: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @enum {string} */
                                status: "queued" | "running" | "succeeded" | "failed";
                                progress: {
                                    done: number;
                                    total: number;
                                };
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                error: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dispatch-documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 下载已生成的调度通报、季度通报或自评报告（仅本人发起的任务） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    regionCode?: string & (string);
                    kind?: "rental_house" | "idle_courtyard" | "abandoned_factory" | "nine_small" | "self_built_commercial" | "residential_compound" | "high_rise" | "charging_site" | "family_workshop" | "construction_project" | "water_ferry" | "other";
                    status?: "in_use" | "idle" | "rented" | "abandoned" | "demolished";
                    enterpriseId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "rental_house" | "idle_courtyard" | "abandoned_factory" | "nine_small" | "self_built_commercial" | "residential_compound" | "high_rise" | "charging_site" | "family_workshop" | "construction_project" | "water_ferry" | "other";
                                name: string;
                                address: string;
                                regionCode: string;
                                regionName: string;
                                sector: string | null;
                                lat: number | null;
                                lng: number | null;
                                owner: {
                                    name: string;
                                    phone: string;
                                    idNumberRecorded: boolean;
                                };
                                user: {
                                    name: string;
                                    phone: string;
                                };
                                enterprise: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                grid: string;
                                gridOfficer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                status: "in_use" | "idle" | "rented" | "abandoned" | "demolished";
                                note: string;
                                version: number;
                                updatedAt: string;
                                actions: ("edit" | "reveal_owner_id")[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "rental_house" | "idle_courtyard" | "abandoned_factory" | "nine_small" | "self_built_commercial" | "residential_compound" | "high_rise" | "charging_site" | "family_workshop" | "construction_project" | "water_ferry" | "other";
                        name: string;
                        /** @default  */
                        address?: string;
                        regionCode: string & (string);
                        /** @default null */
                        lat?: number | null;
                        /** @default null */
                        lng?: number | null;
                        /**
                         * @default {
                         *       "name": "",
                         *       "phone": ""
                         *     }
                         */
                        owner?: {
                            name: string;
                            phone: string & (string);
                            idNumber?: string;
                        };
                        /**
                         * @default {
                         *       "name": "",
                         *       "phone": ""
                         *     }
                         */
                        user?: {
                            name: string;
                            phone: string & (string);
                        };
                        /**
                         * Format: uuid
                         * @default null
                         */
                        enterpriseId?: string | null;
                        /** @default  */
                        grid?: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        gridOfficerId?: string | null;
                        /**
                         * @default in_use
                         * @enum {string}
                         */
                        status?: "in_use" | "idle" | "rented" | "abandoned" | "demolished";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "rental_house" | "idle_courtyard" | "abandoned_factory" | "nine_small" | "self_built_commercial" | "residential_compound" | "high_rise" | "charging_site" | "family_workshop" | "construction_project" | "water_ferry" | "other";
                            name: string;
                            address: string;
                            regionCode: string;
                            regionName: string;
                            sector: string | null;
                            lat: number | null;
                            lng: number | null;
                            owner: {
                                name: string;
                                phone: string;
                                idNumberRecorded: boolean;
                            };
                            user: {
                                name: string;
                                phone: string;
                            };
                            enterprise: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            grid: string;
                            gridOfficer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "in_use" | "idle" | "rented" | "abandoned" | "demolished";
                            note: string;
                            version: number;
                            updatedAt: string;
                            actions: ("edit" | "reveal_owner_id")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/grid-officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    regionCode: string & (string);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                orgName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/premises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "rental_house" | "idle_courtyard" | "abandoned_factory" | "nine_small" | "self_built_commercial" | "residential_compound" | "high_rise" | "charging_site" | "family_workshop" | "construction_project" | "water_ferry" | "other";
                            name: string;
                            address: string;
                            regionCode: string;
                            regionName: string;
                            sector: string | null;
                            lat: number | null;
                            lng: number | null;
                            owner: {
                                name: string;
                                phone: string;
                                idNumberRecorded: boolean;
                            };
                            user: {
                                name: string;
                                phone: string;
                            };
                            enterprise: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            grid: string;
                            gridOfficer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "in_use" | "idle" | "rented" | "abandoned" | "demolished";
                            note: string;
                            version: number;
                            updatedAt: string;
                            actions: ("edit" | "reveal_owner_id")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        kind?: "rental_house" | "idle_courtyard" | "abandoned_factory" | "nine_small" | "self_built_commercial" | "residential_compound" | "high_rise" | "charging_site" | "family_workshop" | "construction_project" | "water_ferry" | "other";
                        name?: string;
                        address?: string;
                        regionCode?: string & (string);
                        lat?: number | null;
                        lng?: number | null;
                        owner?: {
                            name: string;
                            phone: string & (string);
                            idNumber?: string;
                        };
                        user?: {
                            name: string;
                            phone: string & (string);
                        };
                        /** Format: uuid */
                        enterpriseId?: string | null;
                        grid?: string;
                        /** Format: uuid */
                        gridOfficerId?: string | null;
                        /** @enum {string} */
                        status?: "in_use" | "idle" | "rented" | "abandoned" | "demolished";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "rental_house" | "idle_courtyard" | "abandoned_factory" | "nine_small" | "self_built_commercial" | "residential_compound" | "high_rise" | "charging_site" | "family_workshop" | "construction_project" | "water_ferry" | "other";
                            name: string;
                            address: string;
                            regionCode: string;
                            regionName: string;
                            sector: string | null;
                            lat: number | null;
                            lng: number | null;
                            owner: {
                                name: string;
                                phone: string;
                                idNumberRecorded: boolean;
                            };
                            user: {
                                name: string;
                                phone: string;
                            };
                            enterprise: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            grid: string;
                            gridOfficer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "in_use" | "idle" | "rented" | "abandoned" | "demolished";
                            note: string;
                            version: number;
                            updatedAt: string;
                            actions: ("edit" | "reveal_owner_id")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/premises/{id}/reveal-owner-id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            idNumber: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    sector?: string;
                    ownerKind?: "department" | "township" | "campaign" | "enterprise";
                    at?: string;
                    allVersions?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                familyId: string;
                                version: number;
                                title: string;
                                ownerKind: ("department" | "township" | "campaign" | "enterprise") | "sector_criteria";
                                ownerName: string;
                                sectors: string[];
                                subjectKinds: ("enterprise" | "premises")[];
                                effectiveFrom: string;
                                effectiveTo: string | null;
                                itemCount: number;
                                latest: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @enum {string} */
                        ownerKind?: "department" | "township" | "campaign";
                        /** @default [] */
                        sectors?: string[];
                        /**
                         * @default [
                         *       "enterprise"
                         *     ]
                         */
                        subjectKinds?: ("enterprise" | "premises")[];
                        /** Format: date */
                        effectiveFrom: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        effectiveTo?: string | null;
                        /** @default  */
                        note?: string;
                        items: {
                            code: string;
                            text: string;
                            /** @default [] */
                            criterionIds?: string[];
                            /** @default false */
                            major?: boolean;
                            /**
                             * @default none
                             * @enum {string}
                             */
                            evidence?: "none" | "photo" | "document";
                            /** @default  */
                            guidance?: string;
                            /** @default [] */
                            links?: {
                                title: string;
                                url: string;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            familyId: string;
                            version: number;
                            title: string;
                            ownerKind: ("department" | "township" | "campaign" | "enterprise") | "sector_criteria";
                            ownerName: string;
                            sectors: string[];
                            subjectKinds: ("enterprise" | "premises")[];
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            itemCount: number;
                            latest: boolean;
                            note: string;
                            items: {
                                code: string;
                                text: string;
                                criterionIds: string[];
                                /** @default false */
                                major: boolean;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                evidence: "none" | "photo" | "document";
                                /** @default  */
                                guidance: string;
                                links: {
                                    title: string;
                                    url: string;
                                }[];
                                seq: number;
                            }[];
                            coverageGaps: {
                                criterionId: string;
                                text: string;
                            }[];
                            actions: ("new_version" | "export")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/sector/{sector}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path: {
                    sector: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            familyId: string;
                            version: number;
                            title: string;
                            ownerKind: ("department" | "township" | "campaign" | "enterprise") | "sector_criteria";
                            ownerName: string;
                            sectors: string[];
                            subjectKinds: ("enterprise" | "premises")[];
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            itemCount: number;
                            latest: boolean;
                            note: string;
                            items: {
                                code: string;
                                text: string;
                                criterionIds: string[];
                                /** @default false */
                                major: boolean;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                evidence: "none" | "photo" | "document";
                                /** @default  */
                                guidance: string;
                                links: {
                                    title: string;
                                    url: string;
                                }[];
                                seq: number;
                            }[];
                            coverageGaps: {
                                criterionId: string;
                                text: string;
                            }[];
                            actions: ("new_version" | "export")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/sector/{sector}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path: {
                    sector: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            familyId: string;
                            version: number;
                            title: string;
                            ownerKind: ("department" | "township" | "campaign" | "enterprise") | "sector_criteria";
                            ownerName: string;
                            sectors: string[];
                            subjectKinds: ("enterprise" | "premises")[];
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            itemCount: number;
                            latest: boolean;
                            note: string;
                            items: {
                                code: string;
                                text: string;
                                criterionIds: string[];
                                /** @default false */
                                major: boolean;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                evidence: "none" | "photo" | "document";
                                /** @default  */
                                guidance: string;
                                links: {
                                    title: string;
                                    url: string;
                                }[];
                                seq: number;
                            }[];
                            coverageGaps: {
                                criterionId: string;
                                text: string;
                            }[];
                            actions: ("new_version" | "export")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @enum {string} */
                        ownerKind?: "department" | "township" | "campaign";
                        /** @default [] */
                        sectors?: string[];
                        /**
                         * @default [
                         *       "enterprise"
                         *     ]
                         */
                        subjectKinds?: ("enterprise" | "premises")[];
                        /** Format: date */
                        effectiveFrom: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        effectiveTo?: string | null;
                        /** @default  */
                        note?: string;
                        items: {
                            code: string;
                            text: string;
                            /** @default [] */
                            criterionIds?: string[];
                            /** @default false */
                            major?: boolean;
                            /**
                             * @default none
                             * @enum {string}
                             */
                            evidence?: "none" | "photo" | "document";
                            /** @default  */
                            guidance?: string;
                            /** @default [] */
                            links?: {
                                title: string;
                                url: string;
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            familyId: string;
                            version: number;
                            title: string;
                            ownerKind: ("department" | "township" | "campaign" | "enterprise") | "sector_criteria";
                            ownerName: string;
                            sectors: string[];
                            subjectKinds: ("enterprise" | "premises")[];
                            effectiveFrom: string;
                            effectiveTo: string | null;
                            itemCount: number;
                            latest: boolean;
                            note: string;
                            items: {
                                code: string;
                                text: string;
                                criterionIds: string[];
                                /** @default false */
                                major: boolean;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                evidence: "none" | "photo" | "document";
                                /** @default  */
                                guidance: string;
                                links: {
                                    title: string;
                                    url: string;
                                }[];
                                seq: number;
                            }[];
                            coverageGaps: {
                                criterionId: string;
                                text: string;
                            }[];
                            actions: ("new_version" | "export")[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    replaces?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                text: string;
                                /** @default [] */
                                criterionIds: string[];
                                /** @default false */
                                major: boolean;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                evidence: "none" | "photo" | "document";
                                /** @default  */
                                guidance: string;
                                /** @default [] */
                                links: {
                                    title: string;
                                    url: string;
                                }[];
                            }[];
                            errors: {
                                row: number;
                                field: string;
                                message: string;
                            }[];
                            checklist: {
                                id: string;
                                familyId: string;
                                version: number;
                                title: string;
                                ownerKind: ("department" | "township" | "campaign" | "enterprise") | "sector_criteria";
                                ownerName: string;
                                sectors: string[];
                                subjectKinds: ("enterprise" | "premises")[];
                                effectiveFrom: string;
                                effectiveTo: string | null;
                                itemCount: number;
                                latest: boolean;
                                note: string;
                                items: {
                                    code: string;
                                    text: string;
                                    criterionIds: string[];
                                    /** @default false */
                                    major: boolean;
                                    /**
                                     * @default none
                                     * @enum {string}
                                     */
                                    evidence: "none" | "photo" | "document";
                                    /** @default  */
                                    guidance: string;
                                    links: {
                                        title: string;
                                        url: string;
                                    }[];
                                    seq: number;
                                }[];
                                coverageGaps: {
                                    criterionId: string;
                                    text: string;
                                }[];
                                actions: ("new_version" | "export")[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                text: string;
                                /** @default [] */
                                criterionIds: string[];
                                /** @default false */
                                major: boolean;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                evidence: "none" | "photo" | "document";
                                /** @default  */
                                guidance: string;
                                /** @default [] */
                                links: {
                                    title: string;
                                    url: string;
                                }[];
                            }[];
                            errors: {
                                row: number;
                                field: string;
                                message: string;
                            }[];
                            checklist: {
                                id: string;
                                familyId: string;
                                version: number;
                                title: string;
                                ownerKind: ("department" | "township" | "campaign" | "enterprise") | "sector_criteria";
                                ownerName: string;
                                sectors: string[];
                                subjectKinds: ("enterprise" | "premises")[];
                                effectiveFrom: string;
                                effectiveTo: string | null;
                                itemCount: number;
                                latest: boolean;
                                note: string;
                                items: {
                                    code: string;
                                    text: string;
                                    criterionIds: string[];
                                    /** @default false */
                                    major: boolean;
                                    /**
                                     * @default none
                                     * @enum {string}
                                     */
                                    evidence: "none" | "photo" | "document";
                                    /** @default  */
                                    guidance: string;
                                    links: {
                                        title: string;
                                        url: string;
                                    }[];
                                    seq: number;
                                }[];
                                coverageGaps: {
                                    criterionId: string;
                                    text: string;
                                }[];
                                actions: ("new_version" | "export")[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/principal-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    period?: string & (string);
                    regionCode?: string & (string);
                    sector?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            window: {
                                key: string;
                                /** @enum {string} */
                                kind: "year" | "quarter" | "month";
                                start: string;
                                end: string;
                                label: string;
                            };
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            breadcrumb: {
                                code: string;
                                name: string;
                            }[];
                            sector: string | null;
                            figures: {
                                required: number;
                                done: number;
                                due: number;
                                missed: number;
                                rate: number | null;
                            };
                            missedInARow: number;
                            byRegion: {
                                required: number;
                                done: number;
                                due: number;
                                missed: number;
                                rate: number | null;
                                code: string;
                                name: string;
                                hasChildren: boolean;
                            }[];
                            bySector: {
                                required: number;
                                done: number;
                                due: number;
                                missed: number;
                                rate: number | null;
                                sector: string;
                                name: string;
                            }[];
                            trend: {
                                required: number;
                                done: number;
                                due: number;
                                missed: number;
                                rate: number | null;
                                key: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/principal-checks/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    period?: string & (string);
                    regionCode?: string & (string);
                    sector?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            window: {
                                key: string;
                                /** @enum {string} */
                                kind: "year" | "quarter" | "month";
                                start: string;
                                end: string;
                                label: string;
                            };
                            previousWindow: {
                                key: string;
                                /** @enum {string} */
                                kind: "year" | "quarter" | "month";
                                start: string;
                                end: string;
                                label: string;
                            };
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            breadcrumb: {
                                code: string;
                                name: string;
                            }[];
                            rows: {
                                required: number;
                                done: number;
                                due: number;
                                missed: number;
                                rate: {
                                    value: number | null;
                                    rank: number | null;
                                    previousValue: number | null;
                                    previousRank: number | null;
                                    valueDelta: number | null;
                                    rankDelta: number | null;
                                };
                                code: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/principal-checks/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    period?: string & (string);
                    regionCode?: string & (string);
                    sector?: string;
                    state?: "done" | "due" | "missed";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            items: {
                                enterpriseId: string;
                                name: string;
                                regionName: string;
                                periods: {
                                    key: string;
                                    label: string;
                                    /** @enum {string} */
                                    cadence: "month" | "quarter";
                                    start: string;
                                    end: string;
                                    /** @enum {string} */
                                    state: "done" | "due" | "missed";
                                    doneOn: string | null;
                                    inspectionId: string | null;
                                }[];
                                missedInARow: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/missed-detections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    regionCode?: string & (string);
                    verdict?: "pending" | "confirmed" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            windowDays: number;
                            from: string;
                            to: string;
                            items: {
                                hazard: {
                                    id: string;
                                    hazardNo: string;
                                    title: string;
                                    foundAt: string;
                                    source: string;
                                    criterionIds: string[];
                                    status: string;
                                };
                                check: {
                                    id: string;
                                    inspectionNo: string;
                                    checkDate: string;
                                    leaderName: string;
                                    passedCriterionIds: string[];
                                    majorFindings: number;
                                };
                                enterprise: {
                                    id: string;
                                    name: string;
                                    regionName: string;
                                };
                                /** @enum {string} */
                                reason: "criterion_passed" | "no_major_raised";
                                matchedCriterionIds: string[];
                                daysAfter: number;
                                review: {
                                    /** @enum {string} */
                                    verdict: "confirmed" | "rejected";
                                    note: string;
                                    reviewedBy: string;
                                    reviewedAt: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/missed-detections/{hazardId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hazardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        verdict: "confirmed" | "rejected";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hazard: {
                                id: string;
                                hazardNo: string;
                                title: string;
                                foundAt: string;
                                source: string;
                                criterionIds: string[];
                                status: string;
                            };
                            check: {
                                id: string;
                                inspectionNo: string;
                                checkDate: string;
                                leaderName: string;
                                passedCriterionIds: string[];
                                majorFindings: number;
                            };
                            enterprise: {
                                id: string;
                                name: string;
                                regionName: string;
                            };
                            /** @enum {string} */
                            reason: "criterion_passed" | "no_major_raised";
                            matchedCriterionIds: string[];
                            daysAfter: number;
                            review: {
                                /** @enum {string} */
                                verdict: "confirmed" | "rejected";
                                note: string;
                                reviewedBy: string;
                                reviewedAt: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/principal-checks/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    enterpriseId?: string;
                    state?: "done" | "due" | "missed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            cadence: "month" | "quarter";
                            current: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                cadence: "month" | "quarter";
                                start: string;
                                end: string;
                                /** @enum {string} */
                                state: "done" | "due" | "missed";
                                doneOn: string | null;
                                inspectionId: string | null;
                            } | null;
                            periods: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                cadence: "month" | "quarter";
                                start: string;
                                end: string;
                                /** @enum {string} */
                                state: "done" | "due" | "missed";
                                doneOn: string | null;
                                inspectionId: string | null;
                            }[];
                            total: number;
                            missedInARow: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    regionCode?: string & (string);
                    kind?: "self_inspection" | "routine" | "supervision" | "enforcement" | "expert_service" | "third_party" | "grid_patrol" | "cross_check" | "flying_check" | "cruise_patrol" | "insurer_service";
                    method?: "four_no_two_straight" | "unannounced" | "cross_region" | "joint" | "remote";
                    status?: "planned" | "in_progress" | "closed" | "cancelled";
                    enterpriseId?: string;
                    premisesId?: string;
                    ledByPrincipal?: "true" | "false";
                    from?: string;
                    to?: string;
                    mine?: "true" | "false";
                    noFinding?: "true" | "false";
                    hazardId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                inspectionNo: string;
                                /** @enum {string} */
                                kind: "self_inspection" | "routine" | "supervision" | "enforcement" | "expert_service" | "third_party" | "grid_patrol" | "cross_check" | "flying_check" | "cruise_patrol" | "insurer_service";
                                methods: ("four_no_two_straight" | "unannounced" | "cross_region" | "joint" | "remote")[];
                                /** @enum {string} */
                                subjectKind: "enterprise" | "premises";
                                subject: {
                                    id: string;
                                    name: string;
                                };
                                regionCode: string;
                                regionName: string;
                                orgName: string | null;
                                leaderName: string;
                                ledByPrincipal: boolean;
                                /** @enum {string} */
                                trigger: "tip" | "hazard_overdue" | "alarm" | "random_draw" | "manual";
                                plannedOn: string | null;
                                dueOn: string | null;
                                checkDate: string | null;
                                /** @enum {string} */
                                status: "planned" | "in_progress" | "closed" | "cancelled";
                                findings: number;
                                majorFindings: number;
                                unreleased: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description 安排检查（计划）：检查类型、方式、对象、检查组、清单；可由核查属实的举报、逾期隐患或监测报警触发。 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "self_inspection" | "routine" | "supervision" | "enforcement" | "expert_service" | "third_party" | "grid_patrol" | "cross_check" | "flying_check" | "cruise_patrol" | "insurer_service";
                        /** @default [] */
                        methods?: ("four_no_two_straight" | "unannounced" | "cross_region" | "joint" | "remote")[];
                        /** @default [] */
                        jointOrgs?: string[];
                        /** @enum {string} */
                        subjectKind: "enterprise" | "premises";
                        /**
                         * Format: uuid
                         * @default null
                         */
                        enterpriseId?: string | null;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        premisesId?: string | null;
                        /** Format: date */
                        plannedOn: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        dueOn?: string | null;
                        /** @default null */
                        campaign?: string | null;
                        /** @default [] */
                        members?: {
                            /**
                             * Format: uuid
                             * @default null
                             */
                            userId?: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "leader" | "officer" | "expert" | "third_party" | "technical_inspector" | "social_supervisor" | "enterprise_staff";
                            /** @default  */
                            orgName?: string;
                        }[];
                        checklist: {
                            /** Format: uuid */
                            checklistId: string;
                        } | {
                            sector: string;
                        };
                        /** @default null */
                        trigger?: {
                            /** @enum {string} */
                            kind: "tip" | "hazard_overdue" | "alarm" | "random_draw";
                            id: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            inspectionNo: string;
                            /** @enum {string} */
                            kind: "self_inspection" | "routine" | "supervision" | "enforcement" | "expert_service" | "third_party" | "grid_patrol" | "cross_check" | "flying_check" | "cruise_patrol" | "insurer_service";
                            methods: ("four_no_two_straight" | "unannounced" | "cross_region" | "joint" | "remote")[];
                            /** @enum {string} */
                            subjectKind: "enterprise" | "premises";
                            subject: {
                                id: string;
                                name: string;
                            };
                            regionCode: string;
                            regionName: string;
                            orgName: string | null;
                            leaderName: string;
                            ledByPrincipal: boolean;
                            /** @enum {string} */
                            trigger: "tip" | "hazard_overdue" | "alarm" | "random_draw" | "manual";
                            plannedOn: string | null;
                            dueOn: string | null;
                            checkDate: string | null;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "closed" | "cancelled";
                            findings: number;
                            majorFindings: number;
                            unreleased: boolean;
                            jointOrgs: string[];
                            sectors: string[];
                            org: {
                                id: string;
                                name: string;
                            } | null;
                            leaderId: string | null;
                            campaign: string | null;
                            randomDrawId: string | null;
                            triggerRef: {
                                id: string;
                                no: string | null;
                            } | null;
                            startedAt: string | null;
                            start: {
                                lat: number | null;
                                lng: number | null;
                                photos: {
                                    sha256: string & (string);
                                    takenAt: string | null;
                                    lat?: number | null;
                                    lng?: number | null;
                                }[];
                            };
                            endedAt: string | null;
                            checklist: {
                                id: string | null;
                                ref: string;
                                title: string;
                                version: number | null;
                            };
                            conclusion: string;
                            signatures: {
                                role: string;
                                name: string;
                                userId: string | null;
                                signedAt: string;
                                image: string | null;
                            }[];
                            attendance: {
                                name: string;
                                post: string;
                                signed: boolean;
                            }[];
                            remoteEvidence: {
                                /** @enum {string} */
                                kind: "file" | "video" | "alarm" | "sensor";
                                ref: string;
                                note: string;
                            }[];
                            noCaseReason: string | null;
                            releasedAt: string | null;
                            recordHash: string | null;
                            hashIntact: boolean | null;
                            members: {
                                seq: number;
                                userId: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "leader" | "officer" | "expert" | "third_party" | "technical_inspector" | "social_supervisor" | "enterprise_staff";
                                orgName: string;
                            }[];
                            items: {
                                seq: number;
                                code: string;
                                text: string;
                                criterionIds: string[];
                                major: boolean;
                                /** @enum {string} */
                                evidence: "none" | "photo" | "document";
                                guidance: string;
                                /** @enum {string|null} */
                                result: "pass" | "fail" | "na" | null;
                                markedMajor: boolean;
                                findingCriterionIds: string[];
                                note: string;
                                location: string;
                                photos: {
                                    sha256: string & (string);
                                    takenAt: string | null;
                                    lat?: number | null;
                                    lng?: number | null;
                                }[];
                                hazard: {
                                    id: string;
                                    hazardNo: string;
                                    title: string;
                                    status: string;
                                    level: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    link: "raised" | "linked";
                                } | null;
                                answeredAt: string | null;
                            }[];
                            tests: {
                                seq: number;
                                personName: string;
                                post: string;
                                questions: string;
                                correct: number;
                                total: number;
                                note: string;
                            }[];
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            actions: ("start" | "record" | "close" | "release" | "cancel")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            inspectionNo: string;
                            /** @enum {string} */
                            kind: "self_inspection" | "routine" | "supervision" | "enforcement" | "expert_service" | "third_party" | "grid_patrol" | "cross_check" | "flying_check" | "cruise_patrol" | "insurer_service";
                            methods: ("four_no_two_straight" | "unannounced" | "cross_region" | "joint" | "remote")[];
                            /** @enum {string} */
                            subjectKind: "enterprise" | "premises";
                            subject: {
                                id: string;
                                name: string;
                            };
                            regionCode: string;
                            regionName: string;
                            orgName: string | null;
                            leaderName: string;
                            ledByPrincipal: boolean;
                            /** @enum {string} */
                            trigger: "tip" | "hazard_overdue" | "alarm" | "random_draw" | "manual";
                            plannedOn: string | null;
                            dueOn: string | null;
                            checkDate: string | null;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "closed" | "cancelled";
                            findings: number;
                            majorFindings: number;
                            unreleased: boolean;
                            jointOrgs: string[];
                            sectors: string[];
                            org: {
                                id: string;
                                name: string;
                            } | null;
                            leaderId: string | null;
                            campaign: string | null;
                            randomDrawId: string | null;
                            triggerRef: {
                                id: string;
                                no: string | null;
                            } | null;
                            startedAt: string | null;
                            start: {
                                lat: number | null;
                                lng: number | null;
                                photos: {
                                    sha256: string & (string);
                                    takenAt: string | null;
                                    lat?: number | null;
                                    lng?: number | null;
                                }[];
                            };
                            endedAt: string | null;
                            checklist: {
                                id: string | null;
                                ref: string;
                                title: string;
                                version: number | null;
                            };
                            conclusion: string;
                            signatures: {
                                role: string;
                                name: string;
                                userId: string | null;
                                signedAt: string;
                                image: string | null;
                            }[];
                            attendance: {
                                name: string;
                                post: string;
                                signed: boolean;
                            }[];
                            remoteEvidence: {
                                /** @enum {string} */
                                kind: "file" | "video" | "alarm" | "sensor";
                                ref: string;
                                note: string;
                            }[];
                            noCaseReason: string | null;
                            releasedAt: string | null;
                            recordHash: string | null;
                            hashIntact: boolean | null;
                            members: {
                                seq: number;
                                userId: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "leader" | "officer" | "expert" | "third_party" | "technical_inspector" | "social_supervisor" | "enterprise_staff";
                                orgName: string;
                            }[];
                            items: {
                                seq: number;
                                code: string;
                                text: string;
                                criterionIds: string[];
                                major: boolean;
                                /** @enum {string} */
                                evidence: "none" | "photo" | "document";
                                guidance: string;
                                /** @enum {string|null} */
                                result: "pass" | "fail" | "na" | null;
                                markedMajor: boolean;
                                findingCriterionIds: string[];
                                note: string;
                                location: string;
                                photos: {
                                    sha256: string & (string);
                                    takenAt: string | null;
                                    lat?: number | null;
                                    lng?: number | null;
                                }[];
                                hazard: {
                                    id: string;
                                    hazardNo: string;
                                    title: string;
                                    status: string;
                                    level: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    link: "raised" | "linked";
                                } | null;
                                answeredAt: string | null;
                            }[];
                            tests: {
                                seq: number;
                                personName: string;
                                post: string;
                                questions: string;
                                correct: number;
                                total: number;
                                note: string;
                            }[];
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            actions: ("start" | "record" | "close" | "release" | "cancel")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                            timeline: {
                                seq: number;
                                at: string;
                                actorName: string;
                                kind: string;
                                fromStatus: string | null;
                                toStatus: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            timelineVerified: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 检查流转：start（开始，现场定位和照片）、record（填写检查项结果，不符合项登记或关联隐患）、close（结论和签字）、release（暗访结果向企业公开）、cancel。请求体含 version。 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    action: "start" | "record" | "close" | "release" | "cancel";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            inspectionNo: string;
                            /** @enum {string} */
                            kind: "self_inspection" | "routine" | "supervision" | "enforcement" | "expert_service" | "third_party" | "grid_patrol" | "cross_check" | "flying_check" | "cruise_patrol" | "insurer_service";
                            methods: ("four_no_two_straight" | "unannounced" | "cross_region" | "joint" | "remote")[];
                            /** @enum {string} */
                            subjectKind: "enterprise" | "premises";
                            subject: {
                                id: string;
                                name: string;
                            };
                            regionCode: string;
                            regionName: string;
                            orgName: string | null;
                            leaderName: string;
                            ledByPrincipal: boolean;
                            /** @enum {string} */
                            trigger: "tip" | "hazard_overdue" | "alarm" | "random_draw" | "manual";
                            plannedOn: string | null;
                            dueOn: string | null;
                            checkDate: string | null;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "closed" | "cancelled";
                            findings: number;
                            majorFindings: number;
                            unreleased: boolean;
                            jointOrgs: string[];
                            sectors: string[];
                            org: {
                                id: string;
                                name: string;
                            } | null;
                            leaderId: string | null;
                            campaign: string | null;
                            randomDrawId: string | null;
                            triggerRef: {
                                id: string;
                                no: string | null;
                            } | null;
                            startedAt: string | null;
                            start: {
                                lat: number | null;
                                lng: number | null;
                                photos: {
                                    sha256: string & (string);
                                    takenAt: string | null;
                                    lat?: number | null;
                                    lng?: number | null;
                                }[];
                            };
                            endedAt: string | null;
                            checklist: {
                                id: string | null;
                                ref: string;
                                title: string;
                                version: number | null;
                            };
                            conclusion: string;
                            signatures: {
                                role: string;
                                name: string;
                                userId: string | null;
                                signedAt: string;
                                image: string | null;
                            }[];
                            attendance: {
                                name: string;
                                post: string;
                                signed: boolean;
                            }[];
                            remoteEvidence: {
                                /** @enum {string} */
                                kind: "file" | "video" | "alarm" | "sensor";
                                ref: string;
                                note: string;
                            }[];
                            noCaseReason: string | null;
                            releasedAt: string | null;
                            recordHash: string | null;
                            hashIntact: boolean | null;
                            members: {
                                seq: number;
                                userId: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "leader" | "officer" | "expert" | "third_party" | "technical_inspector" | "social_supervisor" | "enterprise_staff";
                                orgName: string;
                            }[];
                            items: {
                                seq: number;
                                code: string;
                                text: string;
                                criterionIds: string[];
                                major: boolean;
                                /** @enum {string} */
                                evidence: "none" | "photo" | "document";
                                guidance: string;
                                /** @enum {string|null} */
                                result: "pass" | "fail" | "na" | null;
                                markedMajor: boolean;
                                findingCriterionIds: string[];
                                note: string;
                                location: string;
                                photos: {
                                    sha256: string & (string);
                                    takenAt: string | null;
                                    lat?: number | null;
                                    lng?: number | null;
                                }[];
                                hazard: {
                                    id: string;
                                    hazardNo: string;
                                    title: string;
                                    status: string;
                                    level: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    link: "raised" | "linked";
                                } | null;
                                answeredAt: string | null;
                            }[];
                            tests: {
                                seq: number;
                                personName: string;
                                post: string;
                                questions: string;
                                correct: number;
                                total: number;
                                note: string;
                            }[];
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            actions: ("start" | "record" | "close" | "release" | "cancel")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/{id}/record.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 五个清单：检查清单、问题清单、整改销号清单、责任清单、执法清单 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inspectionNo: string;
                            checklist: {
                                seq: number;
                                code: string;
                                text: string;
                                result: string;
                                note: string;
                            }[];
                            problems: {
                                seq: number;
                                code: string;
                                text: string;
                                note: string;
                                major: boolean;
                                criterionIds: string[];
                            }[];
                            rectification: {
                                seq: number;
                                hazardId: string;
                                hazardNo: string;
                                title: string;
                                level: string;
                                deadline: string;
                                status: string;
                                statusLabel: string;
                                /** @enum {string} */
                                link: "raised" | "linked";
                            }[];
                            responsibility: {
                                seq: number;
                                hazardNo: string | null;
                                responsible: string;
                                measures: string;
                            }[];
                            enforcement: {
                                cases: {
                                    id: string;
                                    no: string;
                                }[];
                                noCaseReason: string | null;
                                note: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/{id}/open-hazards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 可关联的在治隐患（被检查单位，本人权限范围内） */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                hazardNo: string;
                                title: string;
                                /** @enum {string} */
                                status: "pending_confirmation" | "rectifying" | "pending_verification" | "closed" | "dismissed" | "merged";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/{id}/files/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sha256: string & (string);
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 检查统计：按类型、方式、部门、地区、月份；覆盖率、每百次检查发现重大事故隐患数、无问题检查占比（截至日期 asOf） */
        get: {
            parameters: {
                query?: {
                    by?: "none" | "kind" | "method" | "org" | "region" | "month";
                    from?: string;
                    to?: string;
                    asOf?: string;
                    regionCode?: string & (string);
                    sector?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            from: string;
                            to: string;
                            region: {
                                code: string;
                                name: string;
                                level: string;
                            };
                            breadcrumb: {
                                code: string;
                                name: string;
                            }[];
                            figures: {
                                inspections: number;
                                withFinding: number;
                                noFinding: number;
                                findings: number;
                                majorFindings: number;
                                enterprisesInspected: number;
                                noFindingShare: number | null;
                                majorPer100: number | null;
                                majorPer1000: number | null;
                                enterprisesInScope: number;
                                coverage: number | null;
                            };
                            by: string;
                            groups: {
                                inspections: number;
                                withFinding: number;
                                noFinding: number;
                                findings: number;
                                majorFindings: number;
                                enterprisesInspected: number;
                                noFindingShare: number | null;
                                majorPer100: number | null;
                                majorPer1000: number | null;
                                key: string;
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/principal-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description 主要负责人带队检查：一次提交（手机端本地草稿），提交后冻结并记录摘要。可带 Idempotency-Key：重试返回首次结果。 */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        checkDate: string;
                        checklist: {
                            /** Format: uuid */
                            checklistId: string;
                        } | {
                            sector: string;
                        };
                        location: {
                            lat: number | null;
                            lng: number | null;
                        };
                        photos: {
                            sha256: string & (string);
                            takenAt: string | null;
                            lat?: number | null;
                            lng?: number | null;
                        }[];
                        attendance: {
                            name: string;
                            /** @default  */
                            post?: string;
                            /** @default true */
                            signed?: boolean;
                        }[];
                        items: {
                            seq: number;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            /** @default  */
                            note?: string;
                            /** @default  */
                            location?: string;
                            /** @default [] */
                            photos?: {
                                sha256: string & (string);
                                takenAt: string | null;
                                lat?: number | null;
                                lng?: number | null;
                            }[];
                            /** @default [] */
                            criterionIds?: string[];
                            /** @default false */
                            major?: boolean;
                            /** @default null */
                            hazard?: ({
                                /** @enum {string} */
                                action: "raise";
                                title: string;
                                /** @default  */
                                description?: string;
                                /** Format: date */
                                deadline: string;
                                /** @default false */
                                fixedOnSite?: boolean;
                                /** @default  */
                                interimControls?: string;
                            } | {
                                /** @enum {string} */
                                action: "link";
                                /** Format: uuid */
                                hazardId: string;
                            }) | null;
                        }[];
                        conclusion: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            inspectionNo: string;
                            /** @enum {string} */
                            kind: "self_inspection" | "routine" | "supervision" | "enforcement" | "expert_service" | "third_party" | "grid_patrol" | "cross_check" | "flying_check" | "cruise_patrol" | "insurer_service";
                            methods: ("four_no_two_straight" | "unannounced" | "cross_region" | "joint" | "remote")[];
                            /** @enum {string} */
                            subjectKind: "enterprise" | "premises";
                            subject: {
                                id: string;
                                name: string;
                            };
                            regionCode: string;
                            regionName: string;
                            orgName: string | null;
                            leaderName: string;
                            ledByPrincipal: boolean;
                            /** @enum {string} */
                            trigger: "tip" | "hazard_overdue" | "alarm" | "random_draw" | "manual";
                            plannedOn: string | null;
                            dueOn: string | null;
                            checkDate: string | null;
                            /** @enum {string} */
                            status: "planned" | "in_progress" | "closed" | "cancelled";
                            findings: number;
                            majorFindings: number;
                            unreleased: boolean;
                            jointOrgs: string[];
                            sectors: string[];
                            org: {
                                id: string;
                                name: string;
                            } | null;
                            leaderId: string | null;
                            campaign: string | null;
                            randomDrawId: string | null;
                            triggerRef: {
                                id: string;
                                no: string | null;
                            } | null;
                            startedAt: string | null;
                            start: {
                                lat: number | null;
                                lng: number | null;
                                photos: {
                                    sha256: string & (string);
                                    takenAt: string | null;
                                    lat?: number | null;
                                    lng?: number | null;
                                }[];
                            };
                            endedAt: string | null;
                            checklist: {
                                id: string | null;
                                ref: string;
                                title: string;
                                version: number | null;
                            };
                            conclusion: string;
                            signatures: {
                                role: string;
                                name: string;
                                userId: string | null;
                                signedAt: string;
                                image: string | null;
                            }[];
                            attendance: {
                                name: string;
                                post: string;
                                signed: boolean;
                            }[];
                            remoteEvidence: {
                                /** @enum {string} */
                                kind: "file" | "video" | "alarm" | "sensor";
                                ref: string;
                                note: string;
                            }[];
                            noCaseReason: string | null;
                            releasedAt: string | null;
                            recordHash: string | null;
                            hashIntact: boolean | null;
                            members: {
                                seq: number;
                                userId: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "leader" | "officer" | "expert" | "third_party" | "technical_inspector" | "social_supervisor" | "enterprise_staff";
                                orgName: string;
                            }[];
                            items: {
                                seq: number;
                                code: string;
                                text: string;
                                criterionIds: string[];
                                major: boolean;
                                /** @enum {string} */
                                evidence: "none" | "photo" | "document";
                                guidance: string;
                                /** @enum {string|null} */
                                result: "pass" | "fail" | "na" | null;
                                markedMajor: boolean;
                                findingCriterionIds: string[];
                                note: string;
                                location: string;
                                photos: {
                                    sha256: string & (string);
                                    takenAt: string | null;
                                    lat?: number | null;
                                    lng?: number | null;
                                }[];
                                hazard: {
                                    id: string;
                                    hazardNo: string;
                                    title: string;
                                    status: string;
                                    level: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    link: "raised" | "linked";
                                } | null;
                                answeredAt: string | null;
                            }[];
                            tests: {
                                seq: number;
                                personName: string;
                                post: string;
                                questions: string;
                                correct: number;
                                total: number;
                                note: string;
                            }[];
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                            actions: ("start" | "record" | "close" | "release" | "cancel")[];
                            requirements: {
                                [key: string]: {
                                    [key: string]: {
                                        required: boolean | {
                                            whenField: string;
                                            equals: string | boolean;
                                        };
                                        min?: string | number;
                                        max?: string | number;
                                        readonly options?: string[];
                                        hint?: string;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/principal-checks/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enterprise: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                cadence: "month" | "quarter";
                            };
                            principalName: string;
                            period: {
                                key: string;
                                label: string;
                                start: string;
                                end: string;
                                /** @enum {string} */
                                state: "done" | "due" | "missed";
                            };
                            checklists: {
                                key: string;
                                choice: {
                                    checklistId: string;
                                } | {
                                    sector: string;
                                };
                                title: string;
                                items: {
                                    seq: number;
                                    code: string;
                                    text: string;
                                    criterionIds: string[];
                                    major: boolean;
                                    /** @enum {string} */
                                    evidence: "none" | "photo" | "document";
                                    guidance: string;
                                }[];
                            }[];
                            limits: {
                                checkDateMin: string;
                                checkDateMax: string;
                                backdateDays: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            field?: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HazardActionBodies: {
            confirm: {
                version: number;
                /** @enum {string} */
                level?: "general" | "major";
                criterionIds?: string[];
                /** Format: date */
                deadline?: string;
                /** @default  */
                note?: string;
            };
            dismiss: {
                version: number;
                reason: string;
            };
            submit_plan: {
                version: number;
                plan: {
                    /** @default  */
                    responsible?: string;
                    /** @default  */
                    measures?: string;
                    /** @default null */
                    fundsWanYuan?: number | null;
                    /**
                     * Format: date
                     * @default null
                     */
                    deadline?: string | null;
                    /** @default  */
                    contingency?: string;
                };
                interimControls?: string;
            };
            report_progress: {
                version: number;
                note: string;
                /** @default [] */
                evidence?: {
                    sha256: string & (string);
                    name?: string;
                    /** @enum {string} */
                    kind: "before" | "after" | "document" | "verification";
                }[];
            };
            request_extension: {
                version: number;
                reason: string;
                interimControls: string;
                /** Format: date */
                newDeadline: string;
            };
            decide_extension: {
                version: number;
                approve: boolean;
                /** @default  */
                note?: string;
            };
            complete: {
                version: number;
                /** @default  */
                note?: string;
                evidence: {
                    sha256: string & (string);
                    name?: string;
                    /** @enum {string} */
                    kind: "before" | "after" | "document" | "verification";
                }[];
            };
            verify: {
                version: number;
                /** @default  */
                note?: string;
                /** @default [] */
                evidence?: {
                    sha256: string & (string);
                    name?: string;
                    /** @enum {string} */
                    kind: "before" | "after" | "document" | "verification";
                }[];
            };
            return: {
                version: number;
                reason: string;
            };
            list: {
                version: number;
                docNo: string;
                /** Format: date */
                deadline: string;
            };
            delist: {
                version: number;
                note: string;
                /** @default  */
                docNo?: string;
            };
            merge: {
                version: number;
                /** Format: uuid */
                intoHazardId: string;
                /** @default  */
                note?: string;
            };
            void: {
                version: number;
                reason: string;
            };
        };
        TipActionBodies: {
            accept: {
                version: number;
                /** @default  */
                note?: string;
            };
            decline: {
                version: number;
                /** @enum {string} */
                reason: "out_of_scope" | "no_clear_target" | "repeat";
                /** @default  */
                note?: string;
                /** Format: uuid */
                duplicateOfTipId?: string;
            };
            route: {
                version: number;
                sector: string;
                /** Format: uuid */
                orgId?: string;
                /** Format: uuid */
                enterpriseId?: string;
                /** @default  */
                note?: string;
            };
            investigate: {
                version: number;
                findings: string;
                verified: boolean;
                /** @enum {string} */
                violationKind: "major_hazard" | "illegal_act" | "general_hazard" | "none";
                /** @default null */
                penaltyYuan?: number | null;
            };
            register_hazard: {
                version: number;
                /** Format: uuid */
                enterpriseId?: string;
                /** @enum {string} */
                level: "general" | "major";
                /** @default [] */
                criterionIds?: string[];
                title: string;
                /** @default  */
                description?: string;
                /** @default  */
                location?: string;
                /** Format: date */
                foundAt?: string;
                /** Format: date */
                deadline: string;
            };
            reply: {
                version: number;
                text: string;
            };
            ask: {
                version: number;
                text: string;
            };
            propose_reward: {
                version: number;
                amountYuan?: number;
                /** @default  */
                note?: string;
            };
            approve_reward: {
                version: number;
                /** @default  */
                note?: string;
            };
            record_payment: {
                version: number;
                voucherNo: string;
                /** Format: date */
                paidAt: string;
                amountYuan?: number;
            };
            close: {
                version: number;
                /** @default  */
                note?: string;
            };
        };
        PlanActionBodies: {
            issue: {
                version: number;
                docNo: string;
                /** Format: date */
                issuedOn: string;
            };
            file: {
                version: number;
                /** Format: date */
                filedOn?: string;
                /** @default  */
                note?: string;
            };
            revise: {
                name?: string;
                docNo?: string;
                /** Format: date */
                periodFrom?: string;
                /** Format: date */
                periodTo?: string;
                sector?: string | null;
                actionLines?: {
                    code: string;
                    name: string;
                }[];
                summary?: string;
                /** Format: uuid */
                filingOrgId?: string | null;
                /** Format: date */
                filingDue?: string | null;
                version: number;
            };
        };
        TaskActionBodies: {
            issue: {
                version: number;
                /** @default  */
                note?: string;
            };
            report_progress: {
                version: number;
                text: string;
                /** @default null */
                percent?: number | null;
                /** @default [] */
                evidence?: {
                    sha256: string & (string);
                    name?: string;
                    /** @enum {string} */
                    kind: "before" | "after" | "document" | "verification";
                }[];
                /** @default [] */
                milestonesDone?: number[];
                /** @default null */
                periodDone?: (string & (string)) | null;
                /** @default null */
                indicatorValue?: number | null;
            };
            complete: {
                version: number;
                text: string;
                /** @default [] */
                evidence?: {
                    sha256: string & (string);
                    name?: string;
                    /** @enum {string} */
                    kind: "before" | "after" | "document" | "verification";
                }[];
                /** Format: date */
                completedOn?: string;
            };
            add_note: {
                version: number;
                text: string;
                /** @default [] */
                evidence?: {
                    sha256: string & (string);
                    name?: string;
                    /** @enum {string} */
                    kind: "before" | "after" | "document" | "verification";
                }[];
            };
            reopen: {
                version: number;
                reason: string;
            };
            revise: {
                code?: string;
                actionCode?: string;
                name?: string;
                body?: string;
                /** @enum {string} */
                kind?: "milestone" | "recurring" | "indicator" | "assignment";
                /** Format: uuid */
                leadOrgId?: string | null;
                coOrgIds?: string[];
                responsible?: string;
                /** Format: uuid */
                leaderId?: string | null;
                key?: boolean;
                /** Format: date */
                dueDate?: string | null;
                milestones?: {
                    label: string;
                    /** Format: date */
                    due: string;
                }[];
                indicator?: {
                    definition: string;
                    /** @default  */
                    unit?: string;
                    /** @default null */
                    baseline?: number | null;
                    target: number;
                    /**
                     * @default increase
                     * @enum {string}
                     */
                    direction?: "increase" | "decrease";
                    /** @default manual */
                    dataSource?: string;
                } | null;
                recurrence?: {
                    /** @enum {string} */
                    cadence: "monthly" | "quarterly" | "half_yearly" | "annual";
                    /** Format: date */
                    from: string;
                } | null;
                version: number;
            };
            cancel: {
                version: number;
                reason: string;
            };
        };
        ReturnActionBodies: {
            resubmit: {
                version: number;
                report: {
                    /** @default  */
                    text?: string;
                    /** @default [] */
                    taskProgress?: {
                        /** Format: uuid */
                        taskId: string;
                        /** @default null */
                        percent?: number | null;
                        /** @default  */
                        text?: string;
                    }[];
                    /** @default [] */
                    figures?: {
                        key: string;
                        value: number | null;
                    }[];
                    /** @default [] */
                    problems?: string[];
                    /** @default  */
                    nextSteps?: string;
                    /** @default null */
                    investment?: {
                        people: number;
                        technology: number;
                        engineering: number;
                        management: number;
                        specialFund: number;
                    } | null;
                    /** @default [] */
                    activities?: {
                        /** @enum {string} */
                        kind: "safety_month" | "fire_month" | "consultation_day" | "disaster_day" | "five_into" | "knock_door" | "law_contest" | "warning_film" | "tv_column";
                        /** Format: date */
                        date: string;
                        /** @default  */
                        place?: string;
                        /** @default null */
                        audience?: number | null;
                        /** @default  */
                        note?: string;
                    }[];
                };
            };
            accept: {
                version: number;
                /** @default  */
                comment?: string;
            };
            send_back: {
                version: number;
                comment: string;
            };
        };
        RoundActionBodies: {
            add_problem: {
                version: number;
                /**
                 * Format: uuid
                 * @default null
                 */
                orgId?: string | null;
                text: string;
                /**
                 * Format: uuid
                 * @default null
                 */
                submissionId?: string | null;
            };
            hold_meeting: {
                version: number;
                /** Format: date */
                date: string;
                /**
                 * Format: uuid
                 * @default null
                 */
                chairLeaderId?: string | null;
                /** @default  */
                chairName?: string;
                /** @default  */
                chairPost?: string;
                /** @default [] */
                attendees?: string[];
                /** @default [] */
                topics?: string[];
                /** @default  */
                minutes?: string;
                /** @default  */
                analysis?: string;
            };
            decide: {
                version: number;
                /** @enum {string} */
                kind: "assignment" | "milestone";
                name: string;
                /** @default  */
                body?: string;
                /** Format: uuid */
                leadOrgId: string;
                /** @default [] */
                coOrgIds?: string[];
                /** Format: date */
                dueDate: string;
                /**
                 * Format: uuid
                 * @default null
                 */
                problemId?: string | null;
            };
            close: {
                version: number;
                docNo: string;
                /** @default  */
                summary?: string;
            };
        };
        InspectionActionBodies: {
            start: {
                version: number;
                location: {
                    lat: number | null;
                    lng: number | null;
                };
                /** @default [] */
                photos?: {
                    sha256: string & (string);
                    takenAt: string | null;
                    lat?: number | null;
                    lng?: number | null;
                }[];
                /** @default [] */
                remoteEvidence?: {
                    /** @enum {string} */
                    kind: "file" | "video" | "alarm" | "sensor";
                    ref: string;
                    /** @default  */
                    note?: string;
                }[];
            };
            record: {
                version: number;
                /** @default [] */
                items?: {
                    seq: number;
                    /** @enum {string} */
                    result: "pass" | "fail" | "na";
                    /** @default  */
                    note?: string;
                    /** @default  */
                    location?: string;
                    /** @default [] */
                    photos?: {
                        sha256: string & (string);
                        takenAt: string | null;
                        lat?: number | null;
                        lng?: number | null;
                    }[];
                    /** @default [] */
                    criterionIds?: string[];
                    /** @default false */
                    major?: boolean;
                    /** @default null */
                    hazard?: ({
                        /** @enum {string} */
                        action: "raise";
                        title: string;
                        /** @default  */
                        description?: string;
                        /** Format: date */
                        deadline: string;
                        /** @default false */
                        fixedOnSite?: boolean;
                        /** @default  */
                        interimControls?: string;
                    } | {
                        /** @enum {string} */
                        action: "link";
                        /** Format: uuid */
                        hazardId: string;
                    }) | null;
                }[];
                /** @default [] */
                tests?: {
                    personName: string;
                    /** @default  */
                    post?: string;
                    questions: string;
                    correct: number;
                    total: number;
                    /** @default  */
                    note?: string;
                }[];
            };
            close: {
                version: number;
                conclusion: string;
                signatures: {
                    /** @enum {string} */
                    role: "leader" | "officer" | "expert" | "third_party" | "technical_inspector" | "social_supervisor" | "enterprise_staff" | "enterprise";
                    name: string;
                    /** @default null */
                    image?: (string & (string)) | null;
                }[];
                /** @default null */
                noCaseReason?: string | null;
            };
            release: {
                version: number;
            };
            cancel: {
                version: number;
                reason: string;
            };
        };
        TipSubmission: {
            /** Format: uuid */
            targetEnterpriseId?: string;
            targetName: string;
            regionCode: string & (string);
            /** @default  */
            address?: string;
            lat?: number;
            lng?: number;
            /** @enum {string} */
            category: "major_hazard" | "illegal_act" | "general_hazard";
            content: string;
            anonymous: boolean;
            reporter?: {
                name: string;
                phone: string & (string);
                idNumber?: string;
                bankAccount?: (string & (string)) | "";
                bankName?: string;
            };
            /** @enum {boolean} */
            consent: true;
        };
        TipFollowup: {
            receiptCode: string;
            text: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
