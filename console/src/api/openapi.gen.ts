/**
 * Generated from the server's OpenAPI document (GET /api/v1/openapi.json) by `npm run api-types`:
 * do not edit it by hand. CI runs `npm run api-types -- --check`, which fails when it is stale.
 */

export interface paths {
    "/api/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List inventory connections, by name unless sorted otherwise */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "name" | "type" | "createdAt" | "updatedAt";
                    order?: "asc" | "desc";
                    type?: "network" | "ocs";
                    enabled?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of connections */
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
                                type: "network" | "ocs";
                                enabled: boolean;
                                targets: string[];
                                exclude: string[];
                                allowLargeRanges: boolean;
                                schedule: string | null;
                                ping: {
                                    timeoutMs: number;
                                    count: number;
                                    required: boolean;
                                };
                                snmp: {
                                    enabled: boolean;
                                    port: number;
                                    timeoutMs: number;
                                    retries: number;
                                    credentials: ({
                                        /** @enum {string} */
                                        version: "1" | "2c";
                                        communitySet: boolean;
                                    } | {
                                        /** @constant */
                                        version: "3";
                                        username: string;
                                        level: string;
                                        authProtocol?: string;
                                        authKeySet: boolean;
                                        privProtocol?: string;
                                        privKeySet: boolean;
                                    })[];
                                };
                                captureAgent: {
                                    enabled: boolean;
                                    port: number;
                                    tls: boolean;
                                    caCertificate?: string;
                                    tokenSet: boolean;
                                };
                                concurrency: number;
                                ignore: {
                                    period: number;
                                    /** @enum {string} */
                                    unit: "minutes" | "hours" | "days" | "weeks" | "months";
                                } | null;
                                ocs: {
                                    path: string;
                                    /** @enum {string} */
                                    afterImport: "archive" | "delete" | "keep";
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @description What the OCS folder watcher is doing (null for a network connection) */
                                watcher: {
                                    /**
                                     * @description watching; failing (see lastError; tried again periodically); disabled (the connection is); stopped (this process watches nothing)
                                     * @enum {string}
                                     */
                                    state: "watching" | "failing" | "stopped" | "disabled";
                                    /** @description Why it is failing, in plain words, e.g. "the folder /srv/ocs does not exist" */
                                    lastError: string | null;
                                    /** @description When it entered this state */
                                    since: string | null;
                                    /** @description Files queued for import while watching */
                                    filesWaiting: number | null;
                                } | null;
                                /** @description When the schedule starts the next scan (null: no schedule, disabled, or an ocs connection) */
                                nextScanAt: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an inventory connection (network range or OCS folder) */
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
                        type: "network" | "ocs";
                        /** @default true */
                        enabled?: boolean;
                        /** @default [] */
                        targets?: string[];
                        /** @default [] */
                        exclude?: string[];
                        /** @default false */
                        allowLargeRanges?: boolean;
                        /** @default null */
                        schedule?: string | null;
                        /** @default {} */
                        ping?: {
                            /** @default 1000 */
                            timeoutMs?: number;
                            /** @default 1 */
                            count?: number;
                            /** @default true */
                            required?: boolean;
                        };
                        /** @default {} */
                        snmp?: {
                            /** @default true */
                            enabled?: boolean;
                            /** @default 161 */
                            port?: number;
                            /** @default 2000 */
                            timeoutMs?: number;
                            /** @default 1 */
                            retries?: number;
                            /**
                             * @default [
                             *       {
                             *         "version": "2c",
                             *         "community": "public"
                             *       }
                             *     ]
                             */
                            credentials?: ({
                                /** @enum {string} */
                                version: "1" | "2c";
                                community: string;
                            } | {
                                /** @constant */
                                version: "3";
                                username: string;
                                /** @enum {string} */
                                level: "noAuthNoPriv" | "authNoPriv" | "authPriv";
                                /** @enum {string} */
                                authProtocol?: "md5" | "sha" | "sha224" | "sha256" | "sha384" | "sha512";
                                authKey?: string;
                                /** @enum {string} */
                                privProtocol?: "des" | "aes" | "aes256b" | "aes256r";
                                privKey?: string;
                            })[];
                        };
                        /** @default {} */
                        captureAgent?: {
                            /** @default true */
                            enabled?: boolean;
                            /** @default 7103 */
                            port?: number;
                            token?: string;
                            /** @default false */
                            tls?: boolean;
                            caCertificate?: string;
                        };
                        /** @default 64 */
                        concurrency?: number;
                        /** @default null */
                        ignore?: {
                            period: number;
                            /** @enum {string} */
                            unit: "minutes" | "hours" | "days" | "weeks" | "months";
                        } | null;
                        ocs?: {
                            path: string;
                            /**
                             * @default archive
                             * @enum {string}
                             */
                            afterImport?: "archive" | "delete" | "keep";
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "network" | "ocs";
                            enabled: boolean;
                            targets: string[];
                            exclude: string[];
                            allowLargeRanges: boolean;
                            schedule: string | null;
                            ping: {
                                timeoutMs: number;
                                count: number;
                                required: boolean;
                            };
                            snmp: {
                                enabled: boolean;
                                port: number;
                                timeoutMs: number;
                                retries: number;
                                credentials: ({
                                    /** @enum {string} */
                                    version: "1" | "2c";
                                    communitySet: boolean;
                                } | {
                                    /** @constant */
                                    version: "3";
                                    username: string;
                                    level: string;
                                    authProtocol?: string;
                                    authKeySet: boolean;
                                    privProtocol?: string;
                                    privKeySet: boolean;
                                })[];
                            };
                            captureAgent: {
                                enabled: boolean;
                                port: number;
                                tls: boolean;
                                caCertificate?: string;
                                tokenSet: boolean;
                            };
                            concurrency: number;
                            ignore: {
                                period: number;
                                /** @enum {string} */
                                unit: "minutes" | "hours" | "days" | "weeks" | "months";
                            } | null;
                            ocs: {
                                path: string;
                                /** @enum {string} */
                                afterImport: "archive" | "delete" | "keep";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description What the OCS folder watcher is doing (null for a network connection) */
                            watcher: {
                                /**
                                 * @description watching; failing (see lastError; tried again periodically); disabled (the connection is); stopped (this process watches nothing)
                                 * @enum {string}
                                 */
                                state: "watching" | "failing" | "stopped" | "disabled";
                                /** @description Why it is failing, in plain words, e.g. "the folder /srv/ocs does not exist" */
                                lastError: string | null;
                                /** @description When it entered this state */
                                since: string | null;
                                /** @description Files queued for import while watching */
                                filesWaiting: number | null;
                            } | null;
                            /** @description When the schedule starts the next scan (null: no schedule, disabled, or an ocs connection) */
                            nextScanAt: string | null;
                        };
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The name is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a connection (secrets are shown as set or not, never their value) */
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
                /** @description The connection */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "network" | "ocs";
                            enabled: boolean;
                            targets: string[];
                            exclude: string[];
                            allowLargeRanges: boolean;
                            schedule: string | null;
                            ping: {
                                timeoutMs: number;
                                count: number;
                                required: boolean;
                            };
                            snmp: {
                                enabled: boolean;
                                port: number;
                                timeoutMs: number;
                                retries: number;
                                credentials: ({
                                    /** @enum {string} */
                                    version: "1" | "2c";
                                    communitySet: boolean;
                                } | {
                                    /** @constant */
                                    version: "3";
                                    username: string;
                                    level: string;
                                    authProtocol?: string;
                                    authKeySet: boolean;
                                    privProtocol?: string;
                                    privKeySet: boolean;
                                })[];
                            };
                            captureAgent: {
                                enabled: boolean;
                                port: number;
                                tls: boolean;
                                caCertificate?: string;
                                tokenSet: boolean;
                            };
                            concurrency: number;
                            ignore: {
                                period: number;
                                /** @enum {string} */
                                unit: "minutes" | "hours" | "days" | "weeks" | "months";
                            } | null;
                            ocs: {
                                path: string;
                                /** @enum {string} */
                                afterImport: "archive" | "delete" | "keep";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description What the OCS folder watcher is doing (null for a network connection) */
                            watcher: {
                                /**
                                 * @description watching; failing (see lastError; tried again periodically); disabled (the connection is); stopped (this process watches nothing)
                                 * @enum {string}
                                 */
                                state: "watching" | "failing" | "stopped" | "disabled";
                                /** @description Why it is failing, in plain words, e.g. "the folder /srv/ocs does not exist" */
                                lastError: string | null;
                                /** @description When it entered this state */
                                since: string | null;
                                /** @description Files queued for import while watching */
                                filesWaiting: number | null;
                            } | null;
                            /** @description When the schedule starts the next scan (null: no schedule, disabled, or an ocs connection) */
                            nextScanAt: string | null;
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a connection (its equipment stays) */
        delete: {
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
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a connection and apply it at once; omitted secrets are kept */
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
                        type?: "network" | "ocs";
                        /** @default true */
                        enabled?: boolean;
                        /** @default [] */
                        targets?: string[];
                        /** @default [] */
                        exclude?: string[];
                        /** @default false */
                        allowLargeRanges?: boolean;
                        /** @default null */
                        schedule?: string | null;
                        /** @default {} */
                        ping?: {
                            /** @default 1000 */
                            timeoutMs?: number;
                            /** @default 1 */
                            count?: number;
                            /** @default true */
                            required?: boolean;
                        };
                        /** @default {} */
                        snmp?: {
                            /** @default true */
                            enabled?: boolean;
                            /** @default 161 */
                            port?: number;
                            /** @default 2000 */
                            timeoutMs?: number;
                            /** @default 1 */
                            retries?: number;
                            /**
                             * @default [
                             *       {
                             *         "version": "2c",
                             *         "community": "public"
                             *       }
                             *     ]
                             */
                            credentials?: ({
                                /** @enum {string} */
                                version: "1" | "2c";
                                community: string;
                            } | {
                                /** @constant */
                                version: "3";
                                username: string;
                                /** @enum {string} */
                                level: "noAuthNoPriv" | "authNoPriv" | "authPriv";
                                /** @enum {string} */
                                authProtocol?: "md5" | "sha" | "sha224" | "sha256" | "sha384" | "sha512";
                                authKey?: string;
                                /** @enum {string} */
                                privProtocol?: "des" | "aes" | "aes256b" | "aes256r";
                                privKey?: string;
                            })[];
                        };
                        /** @default {} */
                        captureAgent?: {
                            /** @default true */
                            enabled?: boolean;
                            /** @default 7103 */
                            port?: number;
                            token?: string;
                            /** @default false */
                            tls?: boolean;
                            caCertificate?: string;
                        };
                        /** @default 64 */
                        concurrency?: number;
                        /** @default null */
                        ignore?: {
                            period: number;
                            /** @enum {string} */
                            unit: "minutes" | "hours" | "days" | "weeks" | "months";
                        } | null;
                        ocs?: {
                            path: string;
                            /**
                             * @default archive
                             * @enum {string}
                             */
                            afterImport?: "archive" | "delete" | "keep";
                        } | null;
                    };
                };
            };
            responses: {
                /** @description The changed connection */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "network" | "ocs";
                            enabled: boolean;
                            targets: string[];
                            exclude: string[];
                            allowLargeRanges: boolean;
                            schedule: string | null;
                            ping: {
                                timeoutMs: number;
                                count: number;
                                required: boolean;
                            };
                            snmp: {
                                enabled: boolean;
                                port: number;
                                timeoutMs: number;
                                retries: number;
                                credentials: ({
                                    /** @enum {string} */
                                    version: "1" | "2c";
                                    communitySet: boolean;
                                } | {
                                    /** @constant */
                                    version: "3";
                                    username: string;
                                    level: string;
                                    authProtocol?: string;
                                    authKeySet: boolean;
                                    privProtocol?: string;
                                    privKeySet: boolean;
                                })[];
                            };
                            captureAgent: {
                                enabled: boolean;
                                port: number;
                                tls: boolean;
                                caCertificate?: string;
                                tokenSet: boolean;
                            };
                            concurrency: number;
                            ignore: {
                                period: number;
                                /** @enum {string} */
                                unit: "minutes" | "hours" | "days" | "weeks" | "months";
                            } | null;
                            ocs: {
                                path: string;
                                /** @enum {string} */
                                afterImport: "archive" | "delete" | "keep";
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description What the OCS folder watcher is doing (null for a network connection) */
                            watcher: {
                                /**
                                 * @description watching; failing (see lastError; tried again periodically); disabled (the connection is); stopped (this process watches nothing)
                                 * @enum {string}
                                 */
                                state: "watching" | "failing" | "stopped" | "disabled";
                                /** @description Why it is failing, in plain words, e.g. "the folder /srv/ocs does not exist" */
                                lastError: string | null;
                                /** @description When it entered this state */
                                since: string | null;
                                /** @description Files queued for import while watching */
                                filesWaiting: number | null;
                            } | null;
                            /** @description When the schedule starts the next scan (null: no schedule, disabled, or an ocs connection) */
                            nextScanAt: string | null;
                        };
                    };
                };
                /** @description Invalid request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List equipment, sorted and filtered (type, status, text, manufacturer, model, OS, software, IP, range, MAC, serial, source, connection, inventory dates); as CSV with Accept: text/csv */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "name" | "type" | "status" | "manufacturer" | "model" | "os" | "primaryIp" | "serial" | "lastInventoryAt" | "createdAt";
                    order?: "asc" | "desc";
                    type?: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                    status?: "Active" | "Ignored" | "Retired";
                    q?: string;
                    manufacturer?: string;
                    model?: string;
                    os?: string;
                    software?: string;
                    softwareVersion?: string;
                    ip?: string;
                    ipRange?: string;
                    mac?: string;
                    serial?: string;
                    source?: "snmp" | "capture-agent" | "push-agent" | "ocs" | "manual";
                    connection?: string;
                    staleDays?: number;
                    inventoriedAfter?: string;
                    inventoriedBefore?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of equipment */
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
                                type: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                                /** @enum {string} */
                                status: "Active" | "Ignored" | "Retired";
                                ignoredUntil: string | null;
                                lastInventoryAt: string | null;
                                sources: {
                                    /** @enum {string} */
                                    source: "snmp" | "capture-agent" | "push-agent" | "ocs" | "manual";
                                    connectionId: string | null;
                                    /** Format: date-time */
                                    firstSeenAt: string;
                                    /** Format: date-time */
                                    lastSeenAt: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                hostname: string | null;
                                serial: string | null;
                                manufacturer: string | null;
                                model: string | null;
                                primaryIp: string | null;
                                osName: string | null;
                                /** @description MAC addresses of its network interfaces */
                                macAddresses: string[];
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                        "text/csv": string;
                    };
                };
                /** @description An unknown sort field or an invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/equipment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one equipment with its components, sources and ignore state */
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
                /** @description The equipment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                            /** @enum {string} */
                            status: "Active" | "Ignored" | "Retired";
                            ignoredUntil: string | null;
                            lastInventoryAt: string | null;
                            sources: {
                                /** @enum {string} */
                                source: "snmp" | "capture-agent" | "push-agent" | "ocs" | "manual";
                                connectionId: string | null;
                                /** Format: date-time */
                                firstSeenAt: string;
                                /** Format: date-time */
                                lastSeenAt: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            inventory: {
                                /** @default {} */
                                identity: {
                                    systemUuid?: string;
                                    hostname?: string;
                                    domain?: string;
                                    serial?: string;
                                    manufacturer?: string;
                                    model?: string;
                                    chassisType?: string;
                                    primaryIp?: string;
                                };
                                /** @enum {string} */
                                typeHint?: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                                os?: {
                                    name?: string;
                                    version?: string;
                                    architecture?: string;
                                    kernel?: string;
                                };
                                bios?: {
                                    vendor?: string;
                                    version?: string;
                                    releaseDate?: string;
                                };
                                cpus?: {
                                    name?: string;
                                    manufacturer?: string;
                                    cores?: number;
                                    threads?: number;
                                    speedMhz?: number;
                                }[];
                                memory?: {
                                    totalBytes?: number;
                                    modules?: {
                                        slot?: string;
                                        capacityBytes?: number;
                                        type?: string;
                                        speedMhz?: number;
                                        serial?: string;
                                    }[];
                                };
                                disks?: {
                                    name?: string;
                                    model?: string;
                                    serial?: string;
                                    sizeBytes?: number;
                                    type?: string;
                                }[];
                                volumes?: {
                                    mount: string;
                                    filesystem?: string;
                                    sizeBytes?: number;
                                    freeBytes?: number;
                                }[];
                                networkInterfaces?: {
                                    name?: string;
                                    mac?: string;
                                    ipv4?: string[];
                                    ipv6?: string[];
                                    type?: string;
                                    speedMbps?: number;
                                    /** @enum {string} */
                                    status?: "up" | "down" | "unknown";
                                    /** @enum {string} */
                                    adminStatus?: "up" | "down" | "testing";
                                    virtual?: boolean;
                                }[];
                                software?: {
                                    name: string;
                                    version?: string;
                                    publisher?: string;
                                    installedAt?: string;
                                }[];
                                loggedInUser?: string;
                                snmp?: {
                                    sysObjectId?: string;
                                    sysDescr?: string;
                                    sysName?: string;
                                    sysLocation?: string;
                                    sysContact?: string;
                                    sysUpTimeSeconds?: number;
                                    sysServices?: number;
                                    engineId?: string;
                                    printerPageCount?: number;
                                    firmware?: string;
                                };
                                extras?: {
                                    [key: string]: string | number | boolean;
                                };
                                truncated?: {
                                    [key: string]: {
                                        kept: number;
                                        total: number;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an equipment with its components and history; mode=reject also refuses its identities in later inventories */
        delete: {
            parameters: {
                query?: {
                    mode?: "forget" | "reject";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted and rejected: the identities now refused */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rejected: {
                                id: string;
                                /** @enum {string} */
                                kind: "source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated";
                                value: string;
                                equipmentName: string;
                                /** Format: date-time */
                                rejectedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Deleted (forgotten) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, retype or change the status of an equipment; later inventories keep a name or type set here */
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
                        type?: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                        /** @enum {string} */
                        status?: "Active" | "Ignored" | "Retired";
                        ignoredUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description The changed equipment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                            /** @enum {string} */
                            status: "Active" | "Ignored" | "Retired";
                            ignoredUntil: string | null;
                            lastInventoryAt: string | null;
                            sources: {
                                /** @enum {string} */
                                source: "snmp" | "capture-agent" | "push-agent" | "ocs" | "manual";
                                connectionId: string | null;
                                /** Format: date-time */
                                firstSeenAt: string;
                                /** Format: date-time */
                                lastSeenAt: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            inventory: {
                                /** @default {} */
                                identity: {
                                    systemUuid?: string;
                                    hostname?: string;
                                    domain?: string;
                                    serial?: string;
                                    manufacturer?: string;
                                    model?: string;
                                    chassisType?: string;
                                    primaryIp?: string;
                                };
                                /** @enum {string} */
                                typeHint?: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                                os?: {
                                    name?: string;
                                    version?: string;
                                    architecture?: string;
                                    kernel?: string;
                                };
                                bios?: {
                                    vendor?: string;
                                    version?: string;
                                    releaseDate?: string;
                                };
                                cpus?: {
                                    name?: string;
                                    manufacturer?: string;
                                    cores?: number;
                                    threads?: number;
                                    speedMhz?: number;
                                }[];
                                memory?: {
                                    totalBytes?: number;
                                    modules?: {
                                        slot?: string;
                                        capacityBytes?: number;
                                        type?: string;
                                        speedMhz?: number;
                                        serial?: string;
                                    }[];
                                };
                                disks?: {
                                    name?: string;
                                    model?: string;
                                    serial?: string;
                                    sizeBytes?: number;
                                    type?: string;
                                }[];
                                volumes?: {
                                    mount: string;
                                    filesystem?: string;
                                    sizeBytes?: number;
                                    freeBytes?: number;
                                }[];
                                networkInterfaces?: {
                                    name?: string;
                                    mac?: string;
                                    ipv4?: string[];
                                    ipv6?: string[];
                                    type?: string;
                                    speedMbps?: number;
                                    /** @enum {string} */
                                    status?: "up" | "down" | "unknown";
                                    /** @enum {string} */
                                    adminStatus?: "up" | "down" | "testing";
                                    virtual?: boolean;
                                }[];
                                software?: {
                                    name: string;
                                    version?: string;
                                    publisher?: string;
                                    installedAt?: string;
                                }[];
                                loggedInUser?: string;
                                snmp?: {
                                    sysObjectId?: string;
                                    sysDescr?: string;
                                    sysName?: string;
                                    sysLocation?: string;
                                    sysContact?: string;
                                    sysUpTimeSeconds?: number;
                                    sysServices?: number;
                                    engineId?: string;
                                    printerPageCount?: number;
                                    firmware?: string;
                                };
                                extras?: {
                                    [key: string]: string | number | boolean;
                                };
                                truncated?: {
                                    [key: string]: {
                                        kept: number;
                                        total: number;
                                    };
                                };
                            };
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/equipment/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accepted inventories of an equipment, newest first unless sorted otherwise, with what changed */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "receivedAt" | "source" | "decision";
                    order?: "asc" | "desc";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of history entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** @enum {string} */
                                source: "snmp" | "capture-agent" | "push-agent" | "ocs" | "manual";
                                connectionId: string | null;
                                /** Format: date-time */
                                receivedAt: string;
                                contentHash: string;
                                /** @enum {string} */
                                decision: "created" | "updated" | "unchanged" | "merged" | "duplicate" | "outdated" | "split" | "unmerged";
                                matchedBy: string | null;
                                changes: ({
                                    /** @description Dotted path, e.g. os.version */
                                    field: string;
                                    from: unknown;
                                    to: unknown;
                                } | {
                                    /** @description The list, e.g. software */
                                    field: string;
                                    added: string[];
                                    removed: string[];
                                })[];
                                /** @description Why reconciliation decided as it did; null for entries recorded before explanations were kept */
                                explanation: {
                                    /** @description The kind of identity that matched; operator: by hand; null: nothing matched, created */
                                    rule: (("source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated") | "operator") | null;
                                    /** @description The identity value that matched */
                                    matched?: {
                                        /** @enum {string} */
                                        kind: "source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated";
                                        value: string;
                                    };
                                    /** @description Duplicates merged into this equipment (their ids answer 404 since) */
                                    absorbed: {
                                        equipmentId: string;
                                        name?: string;
                                        /** @description Absent when an operator merged it */
                                        matched?: {
                                            /** @enum {string} */
                                            kind: "source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated";
                                            value: string;
                                        };
                                    }[];
                                    /** @description Candidates that held one of its identities but were not taken, and why */
                                    refused: {
                                        equipmentId: string;
                                        matched: {
                                            /** @enum {string} */
                                            kind: "source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated";
                                            value: string;
                                        };
                                        reason: string;
                                    }[];
                                } | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An unknown sort field or filter value */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/equipment/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identities an equipment holds: kind, value, strength, the sources reporting each, first and last seen */
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
                /** @description Strongest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated";
                                /** @description Normalised; a serial is SERIAL|manufacturer */
                                value: string;
                                /**
                                 * @description strong: UUID, serial, engine ID, source key; medium: a physical MAC; weak: names and addresses
                                 * @enum {string}
                                 */
                                strength: "strong" | "medium" | "weak";
                                /** @description A source’s latest inventory still reports it; a weak identity matches only then */
                                current: boolean;
                                sources: {
                                    /** @description source/connection */
                                    source: string;
                                    /** Format: date-time */
                                    firstSeenAt: string;
                                    /**
                                     * Format: date-time
                                     * @description Refreshed at most hourly
                                     */
                                    lastSeenAt: string;
                                    current: boolean;
                                }[];
                                firstSeenAt: string | null;
                                lastSeenAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/equipment/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merges duplicates into this equipment (dryRun: only shows the result and any contradiction) */
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
                        /** @description The duplicates to merge into this equipment */
                        from: string[];
                        /**
                         * @description Only show the result and any contradiction
                         * @default false
                         */
                        dryRun?: boolean;
                        /**
                         * @description Merge although a UUID, serial or engine ID differs
                         * @default false
                         */
                        acceptContradictions?: boolean;
                    };
                };
            };
            responses: {
                /** @description Merged, or what a merge would do */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            equipmentId: string;
                            absorbed: {
                                equipmentId: string;
                                name: string;
                            }[];
                            contradictions: {
                                equipmentId: string;
                                reason: string;
                            }[];
                            result: {
                                name: string;
                                type: string;
                                identities: {
                                    /** @enum {string} */
                                    kind: "source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated";
                                    value: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description A bad body, or the target among from */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description A UUID, serial or engine ID tells them apart: send acceptContradictions to merge anyway */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/equipment/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Splits a wrong merge: the identities and sources named (with their history, agents and the fields they own) become a new equipment */
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
                        /**
                         * @description Identities to move, as GET /identities lists them
                         * @default []
                         */
                        identities?: {
                            /** @enum {string} */
                            kind: "source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated";
                            value: string;
                        }[];
                        /**
                         * @description Sources (source/connection) to move with their history and the fields they own
                         * @default []
                         */
                        sources?: string[];
                    };
                };
            };
            responses: {
                /** @description Split */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            equipmentId: string;
                            /** @description The equipment the identities and sources now belong to (for an undone merge, the absorbed one, back with its id) */
                            newEquipmentId: string;
                            identities: {
                                kind: string;
                                value: string;
                            }[];
                            sources: string[];
                        };
                    };
                };
                /** @description Nothing named, or an identity or source the equipment does not have */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/equipment/{id}/history/{historyId}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undoes the merge a history entry records: each absorbed equipment comes back with its id, identities, sources and history */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    historyId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Restored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                equipmentId: string;
                                /** @description The equipment the identities and sources now belong to (for an undone merge, the absorbed one, back with its id) */
                                newEquipmentId: string;
                                identities: {
                                    kind: string;
                                    value: string;
                                }[];
                                sources: string[];
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Already undone, or merged before snapshots were kept */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The entry records no merge */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/rejected-identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Identities refused by deleting their equipment with mode=reject; inventories holding one create nothing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "source-key" | "uuid" | "serial" | "snmp-engine" | "mac" | "snmp-name-ip" | "hostname" | "scan-address" | "separated";
                                value: string;
                                equipmentName: string;
                                /** Format: date-time */
                                rejectedAt: string;
                            }[];
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
    "/api/v1/rejected-identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Lifts a rejection: inventories holding the identity are accepted again */
        delete: {
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
                /** @description Lifted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/connections/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a scan of a network connection now */
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
                /** @description Started; follow it at /api/v1/scans/{id} */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            connectionId: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed" | "cancelled" | "interrupted";
                            /** @enum {string} */
                            triggeredBy: "schedule" | "manual";
                            /** Format: date-time */
                            startedAt: string;
                            finishedAt: string | null;
                            counts: {
                                targets: number;
                                processed: number;
                                alive: number;
                                snmp: number;
                                captureAgent: number;
                                skipped: number;
                                unreachable: number;
                                errors: number;
                            };
                            progress: {
                                percent: number;
                                estimatedRemainingSeconds: number | null;
                            };
                            error: string | null;
                            notes: string[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description A run of this connection is going on (runningRunId says which) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/connections/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test Connection: probe one host step by step (network) or check the folder (ocs); writes nothing */
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
                        target?: string;
                        /** @description Unsaved changes to test instead of the stored settings, as a PATCH body (omitted secrets are kept) */
                        settings?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description What each step found */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            target: string;
                            address: string | null;
                            reachable: boolean;
                            method: ("snmp" | "capture-agent") | null;
                            steps: {
                                /** @enum {string} */
                                name: "ping" | "snmp" | "capture-agent";
                                /** @enum {string} */
                                status: "ok" | "failed" | "skipped";
                                durationMs: number;
                                detail: string;
                                /**
                                 * @description Why a failed step learnt nothing; config-error: this server could not use the settings (e.g. an SNMPv3 protocol its crypto library refuses), so the host was not asked
                                 * @enum {string}
                                 */
                                reason?: "timeout" | "unreachable" | "refused" | "auth-failed" | "tls-error" | "protocol-error" | "config-error" | "cancelled";
                            }[];
                            equipmentPreview: {
                                name: string;
                                type: string;
                                manufacturer?: string;
                                model?: string;
                                serial?: string;
                                macAddresses: string[];
                                sysDescr?: string;
                            } | null;
                        } | {
                            path: string;
                            exists: boolean;
                            readable: boolean;
                            writable: boolean;
                            /** @description Inventory files in the folder; null when it could not be listed */
                            waitingFiles: number | null;
                            detail: string;
                        };
                    };
                };
                /** @description No target for a network connection */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/connections/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test Connection of settings not saved yet (a new connection’s form): the same steps, writes nothing */
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
                        target?: string;
                        settings: {
                            name: string;
                            /** @enum {string} */
                            type: "network" | "ocs";
                            /** @default true */
                            enabled?: boolean;
                            /** @default [] */
                            targets?: string[];
                            /** @default [] */
                            exclude?: string[];
                            /** @default false */
                            allowLargeRanges?: boolean;
                            /** @default null */
                            schedule?: string | null;
                            /** @default {} */
                            ping?: {
                                /** @default 1000 */
                                timeoutMs?: number;
                                /** @default 1 */
                                count?: number;
                                /** @default true */
                                required?: boolean;
                            };
                            /** @default {} */
                            snmp?: {
                                /** @default true */
                                enabled?: boolean;
                                /** @default 161 */
                                port?: number;
                                /** @default 2000 */
                                timeoutMs?: number;
                                /** @default 1 */
                                retries?: number;
                                /**
                                 * @default [
                                 *       {
                                 *         "version": "2c",
                                 *         "community": "public"
                                 *       }
                                 *     ]
                                 */
                                credentials?: ({
                                    /** @enum {string} */
                                    version: "1" | "2c";
                                    community: string;
                                } | {
                                    /** @constant */
                                    version: "3";
                                    username: string;
                                    /** @enum {string} */
                                    level: "noAuthNoPriv" | "authNoPriv" | "authPriv";
                                    /** @enum {string} */
                                    authProtocol?: "md5" | "sha" | "sha224" | "sha256" | "sha384" | "sha512";
                                    authKey?: string;
                                    /** @enum {string} */
                                    privProtocol?: "des" | "aes" | "aes256b" | "aes256r";
                                    privKey?: string;
                                })[];
                            };
                            /** @default {} */
                            captureAgent?: {
                                /** @default true */
                                enabled?: boolean;
                                /** @default 7103 */
                                port?: number;
                                token?: string;
                                /** @default false */
                                tls?: boolean;
                                caCertificate?: string;
                            };
                            /** @default 64 */
                            concurrency?: number;
                            /** @default null */
                            ignore?: {
                                period: number;
                                /** @enum {string} */
                                unit: "minutes" | "hours" | "days" | "weeks" | "months";
                            } | null;
                            ocs?: {
                                path: string;
                                /**
                                 * @default archive
                                 * @enum {string}
                                 */
                                afterImport?: "archive" | "delete" | "keep";
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description What each step found */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            target: string;
                            address: string | null;
                            reachable: boolean;
                            method: ("snmp" | "capture-agent") | null;
                            steps: {
                                /** @enum {string} */
                                name: "ping" | "snmp" | "capture-agent";
                                /** @enum {string} */
                                status: "ok" | "failed" | "skipped";
                                durationMs: number;
                                detail: string;
                                /**
                                 * @description Why a failed step learnt nothing; config-error: this server could not use the settings (e.g. an SNMPv3 protocol its crypto library refuses), so the host was not asked
                                 * @enum {string}
                                 */
                                reason?: "timeout" | "unreachable" | "refused" | "auth-failed" | "tls-error" | "protocol-error" | "config-error" | "cancelled";
                            }[];
                            equipmentPreview: {
                                name: string;
                                type: string;
                                manufacturer?: string;
                                model?: string;
                                serial?: string;
                                macAddresses: string[];
                                sysDescr?: string;
                            } | null;
                        } | {
                            path: string;
                            exists: boolean;
                            readable: boolean;
                            writable: boolean;
                            /** @description Inventory files in the folder; null when it could not be listed */
                            waitingFiles: number | null;
                            detail: string;
                        };
                    };
                };
                /** @description Invalid settings (errors name the connection’s fields, e.g. targets.0) or no target */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List scan runs, newest first unless sorted otherwise */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "startedAt" | "finishedAt" | "status";
                    order?: "asc" | "desc";
                    connection?: string;
                    status?: "running" | "completed" | "failed" | "cancelled" | "interrupted";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of runs */
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
                                connectionId: string;
                                /** @enum {string} */
                                status: "running" | "completed" | "failed" | "cancelled" | "interrupted";
                                /** @enum {string} */
                                triggeredBy: "schedule" | "manual";
                                /** Format: date-time */
                                startedAt: string;
                                finishedAt: string | null;
                                counts: {
                                    targets: number;
                                    processed: number;
                                    alive: number;
                                    snmp: number;
                                    captureAgent: number;
                                    skipped: number;
                                    unreachable: number;
                                    errors: number;
                                };
                                progress: {
                                    percent: number;
                                    estimatedRemainingSeconds: number | null;
                                };
                                error: string | null;
                                notes: string[];
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An unknown sort field or filter value */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/scans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scan run with its counts so far and an estimate of the time left */
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
                /** @description The run */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            connectionId: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed" | "cancelled" | "interrupted";
                            /** @enum {string} */
                            triggeredBy: "schedule" | "manual";
                            /** Format: date-time */
                            startedAt: string;
                            finishedAt: string | null;
                            counts: {
                                targets: number;
                                processed: number;
                                alive: number;
                                snmp: number;
                                captureAgent: number;
                                skipped: number;
                                unreachable: number;
                                errors: number;
                            };
                            progress: {
                                percent: number;
                                estimatedRemainingSeconds: number | null;
                            };
                            error: string | null;
                            notes: string[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Cancel a running scan */
        delete: {
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
                /** @description Cancelling; the run becomes cancelled */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            connectionId: string;
                            /** @enum {string} */
                            status: "running" | "completed" | "failed" | "cancelled" | "interrupted";
                            /** @enum {string} */
                            triggeredBy: "schedule" | "manual";
                            /** Format: date-time */
                            startedAt: string;
                            finishedAt: string | null;
                            counts: {
                                targets: number;
                                processed: number;
                                alive: number;
                                snmp: number;
                                captureAgent: number;
                                skipped: number;
                                unreachable: number;
                                errors: number;
                            };
                            progress: {
                                percent: number;
                                estimatedRemainingSeconds: number | null;
                            };
                            error: string | null;
                            notes: string[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The run is not running */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scans/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-host results of a run: alive, RTT, method, equipment, and each probe step with its duration */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "createdAt" | "address" | "alive" | "rttMs";
                    order?: "asc" | "desc";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of results, in the order they completed unless sorted otherwise (sort=address sorts by address numerically, IPv4 before IPv6), each with its equipment’s name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                address: string;
                                alive: boolean;
                                rttMs: number | null;
                                method: ("snmp" | "capture-agent") | null;
                                equipmentId: string | null;
                                /** @description The name of the equipment the host made or matched (its sysName or host name unless an operator renamed it); null when none */
                                equipmentName: string | null;
                                error: string | null;
                                steps: {
                                    /** @enum {string} */
                                    name: "ping" | "snmp" | "capture-agent";
                                    /** @enum {string} */
                                    status: "ok" | "failed" | "skipped";
                                    durationMs: number;
                                    detail: string;
                                    /**
                                     * @description Why a failed step learnt nothing; config-error: this server could not use the settings (e.g. an SNMPv3 protocol its crypto library refuses), so the host was not asked
                                     * @enum {string}
                                     */
                                    reason?: "timeout" | "unreachable" | "refused" | "auth-failed" | "tls-error" | "protocol-error" | "config-error" | "cancelled";
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An unknown sort field or filter value */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/connections/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of an OCS connection’s folder since the server started: imported, already imported, rejected, pending, last errors */
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
                /** @description The import counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description True while the folder is watched (watcher.state is watching) */
                            watching: boolean;
                            watcher: {
                                /**
                                 * @description watching; failing (see lastError; tried again periodically); disabled (the connection is); stopped (this process watches nothing)
                                 * @enum {string}
                                 */
                                state: "watching" | "failing" | "stopped" | "disabled";
                                /** @description Why it is failing, in plain words, e.g. "the folder /srv/ocs does not exist" */
                                lastError: string | null;
                                /** @description When it entered this state */
                                since: string | null;
                                /** @description Files queued for import while watching */
                                filesWaiting: number | null;
                            };
                            imported: number;
                            duplicate: number;
                            rejected: number;
                            pending: number;
                            lastErrors: {
                                file: string;
                                reason: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Not an ocs connection */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/agent-api": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent API access: current configuration (URL, client ID), secondary configuration if any, status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The configuration (never a secret) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The URL agents use; the server’s own address unless a secondary was promoted */
                            url: string;
                            clientId: string;
                            /** @enum {string} */
                            status: "Active" | "Inactive";
                            secretSet: boolean;
                            secondary: {
                                url: string;
                                clientId: string;
                                agentsSwitched: number;
                            } | null;
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
    "/api/v1/agent-api/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generates a new client secret, answered once (only its hash is kept); agents using the previous one are refused from now on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The credentials to give the agents */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                            clientId: string;
                            clientSecret: string;
                            replacedPrevious: boolean;
                            message: string;
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
    "/api/v1/agent-api/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Active or Inactive: while Inactive, agents are refused and nothing they send is accepted */
        put: {
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
                        status: "Active" | "Inactive";
                    };
                };
            };
            responses: {
                /** @description The configuration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The URL agents use; the server’s own address unless a secondary was promoted */
                            url: string;
                            clientId: string;
                            /** @enum {string} */
                            status: "Active" | "Inactive";
                            secretSet: boolean;
                            secondary: {
                                url: string;
                                clientId: string;
                                agentsSwitched: number;
                            } | null;
                        };
                    };
                };
                /** @description Not Active or Inactive */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent-api/secondary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sets the new configuration agents learn at their next sync; both are accepted until it is promoted */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        clientId: string;
                        clientSecret: string;
                    };
                };
            };
            responses: {
                /** @description The configuration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The URL agents use; the server’s own address unless a secondary was promoted */
                            url: string;
                            clientId: string;
                            /** @enum {string} */
                            status: "Active" | "Inactive";
                            secretSet: boolean;
                            secondary: {
                                url: string;
                                clientId: string;
                                agentsSwitched: number;
                            } | null;
                        };
                    };
                };
                /** @description A bad field or a weak secret */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The client ID is already in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent-api/secondary/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Makes the secondary configuration the current one; the old one stops working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The configuration */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The URL agents use; the server’s own address unless a secondary was promoted */
                            url: string;
                            clientId: string;
                            /** @enum {string} */
                            status: "Active" | "Inactive";
                            secretSet: boolean;
                            secondary: {
                                url: string;
                                clientId: string;
                                agentsSwitched: number;
                            } | null;
                        };
                    };
                };
                /** @description No secondary configuration */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every push agent: version, last contact and last inventory, Online/Offline, its equipment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The agents, most recently seen first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description Our capture agent’s UUID, the OCS or FusionInventory DEVICEID, the GLPI agent’s GLPI-Agent-ID */
                                uuid: string;
                                /**
                                 * @description Which agent: ours, or the OCS, FusionInventory or GLPI agent pushing in its own protocol
                                 * @enum {string}
                                 */
                                kind: "capture-agent" | "ocs" | "fusioninventory" | "glpi";
                                hostname: string | null;
                                version: string | null;
                                /** @description What the agent reported */
                                status: string | null;
                                ipAddress: string | null;
                                equipmentId: string | null;
                                lastContactAt: string | null;
                                lastInventoryAt: string | null;
                                /** @description Contacted within its check interval plus a grace period (an hour for ours, a day for the others) */
                                online: boolean;
                            }[];
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
    "/api/v1/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Machines whose agent is not associated with an equipment yet, with the match reconciliation suggests */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "createdAt" | "name" | "system" | "lastInventoryAt";
                    order?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the pending queue, oldest first unless sorted otherwise */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                agentId: string;
                                agentUuid: string;
                                name: string | null;
                                ipAddress: string | null;
                                system: string | null;
                                systemUuid: string | null;
                                lastInventoryAt: string | null;
                                suggestedEquipmentId: string | null;
                                /** @description The suggested equipment’s name */
                                suggestedEquipmentName: string | null;
                                /** @description Why that equipment, e.g. “same uuid 4c4c…” */
                                suggestionReason: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An unknown sort field or filter value */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/pending/{id}/associate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Associates the machine with an existing Workstation or Laptop equipment: its inventory updates it, and so do the agent’s later syncs */
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
                        equipmentId: string;
                    };
                };
            };
            responses: {
                /** @description Associated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            equipmentId: string;
                            agentId: string;
                            /** @description True when a new equipment was made; false when the machine was already known */
                            created: boolean;
                            /** @description Why: the identity that matched an existing equipment, or that none did */
                            reason: string;
                        };
                    };
                };
                /** @description No such pending entry */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The agent already belongs to another equipment */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No such equipment, not a Workstation or Laptop, or another machine (its UUID or serial differs) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/pending/{id}/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates an equipment from the collected data and associates the agent (joins the existing equipment when reconciliation knows the machine) */
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
                /** @description The machine was already known: the agent is associated with that equipment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            equipmentId: string;
                            agentId: string;
                            /** @description True when a new equipment was made; false when the machine was already known */
                            created: boolean;
                            /** @description Why: the identity that matched an existing equipment, or that none did */
                            reason: string;
                        };
                    };
                };
                /** @description A new equipment was created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            equipmentId: string;
                            agentId: string;
                            /** @description True when a new equipment was made; false when the machine was already known */
                            created: boolean;
                            /** @description Why: the identity that matched an existing equipment, or that none did */
                            reason: string;
                        };
                    };
                };
                /** @description No such pending entry */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/pending/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes the machine from the queue; a later sync of its agent brings it back */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such pending entry */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent-releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The uploaded agent packages, newest first; one is current */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The releases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: string;
                                fileName: string;
                                /** @description Hex SHA-256 of the package, which agents check after downloading */
                                sha256: string;
                                size: number;
                                /** @description The version agents are offered and new machines install */
                                current: boolean;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Uploads an agent package (the request body, application/octet-stream) with its version; stored with its SHA-256 and size */
        post: {
            parameters: {
                query: {
                    version: string;
                    fileName?: string;
                    current?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The package bytes, e.g. curl --data-binary @capture-agent.tgz */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: string;
                            fileName: string;
                            /** @description Hex SHA-256 of the package, which agents check after downloading */
                            sha256: string;
                            size: number;
                            /** @description The version agents are offered and new machines install */
                            current: boolean;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Not a semantic version, a bad file name, or an empty body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description This version was uploaded already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Larger than INVENTORY_RELEASE_MAX_BYTES */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The body is not application/octet-stream */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/agent-releases/{version}/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Makes this version the one agents are offered (to roll back, make an older one current: agents only ever upgrade) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The release */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: string;
                            fileName: string;
                            /** @description Hex SHA-256 of the package, which agents check after downloading */
                            sha256: string;
                            size: number;
                            /** @description The version agents are offered and new machines install */
                            current: boolean;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agent-distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Downloads the current agent package, to install new machines */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The package; X-Checksum-SHA256 carries its hash */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description No release is current */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook subscriptions with the outcome of their last attempt (never their secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The subscriptions, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                url: string;
                                events: ("pending.created" | "equipment.created" | "equipment.merged" | "equipment.split" | "equipment.deleted" | "scan.completed" | "agent.offline")[];
                                enabled: boolean;
                                /** @description HTTP status of the last attempt; null when it got no answer */
                                lastStatus: number | null;
                                lastError: string | null;
                                lastAttemptAt: string | null;
                                /** @description Every POST made to this URL, retries included */
                                attempts: number;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Subscribe a URL to events; the signing secret (given, or generated when omitted) is answered once */
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
                        /** Format: uri */
                        url: string;
                        events: ("pending.created" | "equipment.created" | "equipment.merged" | "equipment.split" | "equipment.deleted" | "scan.completed" | "agent.offline")[];
                        secret?: string;
                        /** @default true */
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Created, with its secret */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: ("pending.created" | "equipment.created" | "equipment.merged" | "equipment.split" | "equipment.deleted" | "scan.completed" | "agent.offline")[];
                            enabled: boolean;
                            /** @description HTTP status of the last attempt; null when it got no answer */
                            lastStatus: number | null;
                            lastError: string | null;
                            lastAttemptAt: string | null;
                            /** @description Every POST made to this URL, retries included */
                            attempts: number;
                            createdAt: string;
                            /** @description The signing secret, answered this once */
                            secret: string;
                            message: string;
                        };
                    };
                };
                /** @description A bad field: URL not http(s), unknown event, short secret */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook subscription (never its secret) */
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
                /** @description The subscription */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: ("pending.created" | "equipment.created" | "equipment.merged" | "equipment.split" | "equipment.deleted" | "scan.completed" | "agent.offline")[];
                            enabled: boolean;
                            /** @description HTTP status of the last attempt; null when it got no answer */
                            lastStatus: number | null;
                            lastError: string | null;
                            lastAttemptAt: string | null;
                            /** @description Every POST made to this URL, retries included */
                            attempts: number;
                            createdAt: string;
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a subscription and its deliveries; retries still pending stop */
        delete: {
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
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the URL, the events or enabled; the secret stays */
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
                        /** Format: uri */
                        url?: string;
                        events?: ("pending.created" | "equipment.created" | "equipment.merged" | "equipment.split" | "equipment.deleted" | "scan.completed" | "agent.offline")[];
                        enabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description The changed subscription */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                            events: ("pending.created" | "equipment.created" | "equipment.merged" | "equipment.split" | "equipment.deleted" | "scan.completed" | "agent.offline")[];
                            enabled: boolean;
                            /** @description HTTP status of the last attempt; null when it got no answer */
                            lastStatus: number | null;
                            lastError: string | null;
                            lastAttemptAt: string | null;
                            /** @description Every POST made to this URL, retries included */
                            attempts: number;
                            createdAt: string;
                        };
                    };
                };
                /** @description A bad field: URL not http(s), unknown event, short secret */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries of a subscription, newest first unless sorted otherwise: event, status, attempts, last error, next attempt */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    sort?: "createdAt" | "status" | "eventType";
                    order?: "asc" | "desc";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of deliveries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The X-Webhook-Delivery header */
                                id: string;
                                /** @description The body’s id, the same for every subscription */
                                eventId: string;
                                eventType: string;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                                attempts: number;
                                lastStatus: number | null;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                createdAt: string;
                                finishedAt: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description An unknown sort field or filter value */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a `ping` event to this subscription now, in the background; follow it in its deliveries */
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
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The X-Webhook-Delivery header */
                            id: string;
                            /** @description The body’s id, the same for every subscription */
                            eventId: string;
                            eventType: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            attempts: number;
                            lastStatus: number | null;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Unknown id */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The subscription is disabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The name and scope of the API token this request carries (never the token) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The token’s name and scope */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The token’s name */
                            name: string;
                            /** @enum {string} */
                            scope: "read" | "admin";
                        };
                    };
                };
                /** @description No token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Equipment counts by type and status, equipment not inventoried for more than N days, the last scan runs, OCS import errors, the pending queue, agents online, what is broken (failing watchers and webhooks, offline agents) and the charts’ figures */
        get: {
            parameters: {
                query?: {
                    staleDays?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            equipment: {
                                total: number;
                                byType: {
                                    /** @enum {string} */
                                    type: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                                    count: number;
                                }[];
                                byStatus: {
                                    /** @enum {string} */
                                    status: "Active" | "Ignored" | "Retired";
                                    count: number;
                                }[];
                            };
                            stale: {
                                days: number;
                                total: number;
                                /** @description The first 10, by name */
                                items: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    type: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                                    /** @enum {string} */
                                    status: "Active" | "Ignored" | "Retired";
                                    ignoredUntil: string | null;
                                    lastInventoryAt: string | null;
                                    sources: {
                                        /** @enum {string} */
                                        source: "snmp" | "capture-agent" | "push-agent" | "ocs" | "manual";
                                        connectionId: string | null;
                                        /** Format: date-time */
                                        firstSeenAt: string;
                                        /** Format: date-time */
                                        lastSeenAt: string;
                                    }[];
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    hostname: string | null;
                                    serial: string | null;
                                    manufacturer: string | null;
                                    model: string | null;
                                    primaryIp: string | null;
                                    osName: string | null;
                                    /** @description MAC addresses of its network interfaces */
                                    macAddresses: string[];
                                }[];
                            };
                            /** @description The 10 newest scan runs */
                            lastRuns: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                connectionId: string;
                                /** @enum {string} */
                                status: "running" | "completed" | "failed" | "cancelled" | "interrupted";
                                /** @enum {string} */
                                triggeredBy: "schedule" | "manual";
                                /** Format: date-time */
                                startedAt: string;
                                finishedAt: string | null;
                                counts: {
                                    targets: number;
                                    processed: number;
                                    alive: number;
                                    snmp: number;
                                    captureAgent: number;
                                    skipped: number;
                                    unreachable: number;
                                    errors: number;
                                };
                                progress: {
                                    percent: number;
                                    estimatedRemainingSeconds: number | null;
                                };
                                error: string | null;
                                notes: string[];
                                connectionName: string | null;
                            }[];
                            /** @description The newest files OCS folders refused since the server started */
                            importErrors: {
                                connectionId: string;
                                connectionName: string;
                                file: string;
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** @description Machines in the pending queue */
                            pending: number;
                            agents: {
                                online: number;
                                offline: number;
                            };
                            /** @description What is broken now */
                            health: {
                                /** @description Enabled OCS connections whose folder watch is failing */
                                watchers: {
                                    failing: number;
                                    /** @description The first 10 */
                                    items: {
                                        /**
                                         * @description watching; failing (see lastError; tried again periodically); disabled (the connection is); stopped (this process watches nothing)
                                         * @enum {string}
                                         */
                                        state: "watching" | "failing" | "stopped" | "disabled";
                                        /** @description Why it is failing, in plain words, e.g. "the folder /srv/ocs does not exist" */
                                        lastError: string | null;
                                        /** @description When it entered this state */
                                        since: string | null;
                                        /** @description Files queued for import while watching */
                                        filesWaiting: number | null;
                                        connectionId: string;
                                        connectionName: string;
                                    }[];
                                };
                                /** @description Enabled webhooks whose last attempt failed */
                                webhooks: {
                                    failing: number;
                                    /** @description The first 10 */
                                    items: {
                                        id: string;
                                        /** @description Without credentials or query */
                                        url: string;
                                        lastStatus: number | null;
                                        lastError: string | null;
                                        lastAttemptAt: string | null;
                                    }[];
                                };
                                /** @description Push agents past their kind’s offline threshold */
                                agents: {
                                    offline: number;
                                    /** @description The 10 seen most recently */
                                    items: {
                                        id: string;
                                        uuid: string;
                                        /** @enum {string} */
                                        kind: "capture-agent" | "ocs" | "fusioninventory" | "glpi";
                                        hostname: string | null;
                                        lastContactAt: string | null;
                                    }[];
                                };
                            };
                            /** @description Figures for the charts, counted by the database */
                            charts: {
                                /** @description The 8 most common OS names, then the rest as other */
                                equipmentByOs: {
                                    /** @description null: unknown, or the rest when other */
                                    osName: string | null;
                                    other: boolean;
                                    count: number;
                                }[];
                                /** @description Equipment not Retired by days since its last inventory */
                                inventoryAge: {
                                    /** @enum {string} */
                                    bucket: "0-1" | "1-7" | "7-30" | "30-90" | "90+" | "never";
                                    count: number;
                                }[];
                                /** @description The last 30 days, today included */
                                scanRunsPerDay: {
                                    /** @description YYYY-MM-DD, UTC */
                                    day: string;
                                    completed: number;
                                    failed: number;
                                    /** @description Cancelled, interrupted or running */
                                    other: number;
                                }[];
                                agentsByKind: {
                                    /** @enum {string} */
                                    kind: "capture-agent" | "ocs" | "fusioninventory" | "glpi";
                                    online: number;
                                    offline: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description A bad staleDays */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live events: scan progress and finish, OCS files imported or rejected, agent contacts, equipment created, updated, merged, split or deleted, pending machines */
        get: {
            parameters: {
                query?: {
                    types?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Server-Sent Events, each `id: <id>`, `event: <type>`, `data: {"type","occurredAt","data"}` (ids and counts, never documents); a `: heartbeat` comment every 20 s; `retry: 3000`. Send `Last-Event-ID` to replay what a reconnection missed; an `event: stream.gap` says it cannot be (restart, too old): read again what you show. Agent contacts are coalesced: at most one `agent.contacted` a second, `{count, agents}` (distinct agents of that second, the latest 50 listed), however many agents sync. An operator's changes are told too: `equipment.updated` with `source: "operator"` (PATCH), `equipment.deleted` with `mode` forget or reject (DELETE), `equipment.merged` and `equipment.split`. A browser EventSource cannot send Authorization: read it with fetch() and a stream reader. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description An unknown event type */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No valid token: no stream is opened */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description This token has too many streams open */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/agent/v1/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OAuth 2.0 client-credentials grant: an access token for 15 minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @constant */
                        grant_type: "client_credentials";
                        scope?: string;
                        /** @description With client_secret, instead of HTTP Basic */
                        client_id?: string;
                        client_secret?: string;
                    };
                    "application/json": {
                        /** @constant */
                        grant_type: "client_credentials";
                        scope?: string;
                        /** @description With client_secret, instead of HTTP Basic */
                        client_id?: string;
                        client_secret?: string;
                    };
                };
            };
            responses: {
                /** @description The token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @constant */
                            token_type: "Bearer";
                            expires_in: number;
                            scope: string;
                        };
                    };
                };
                /** @description invalid_request or unsupported_grant_type (RFC 6749 §5.2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "unauthorized_client" | "slow_down";
                            error_description: string;
                        };
                    };
                };
                /** @description invalid_client: unknown client or wrong secret */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "unauthorized_client" | "slow_down";
                            error_description: string;
                        };
                    };
                };
                /** @description unauthorized_client: the agent API is Inactive */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "unauthorized_client" | "slow_down";
                            error_description: string;
                        };
                    };
                };
                /** @description slow_down: too many wrong secrets from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "unauthorized_client" | "slow_down";
                            error_description: string;
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
    "/agent/v1/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An agent’s hourly check: a heartbeat, or its inventory when it changed or is older than 7 days (gzip accepted) */
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
                        uuid: string;
                        agentVersion: string;
                        status: string;
                        /** Format: date-time */
                        date: string;
                        inventoryHash: string;
                        inventory?: {
                            /** @default {} */
                            identity?: {
                                systemUuid?: string;
                                hostname?: string;
                                domain?: string;
                                serial?: string;
                                manufacturer?: string;
                                model?: string;
                                chassisType?: string;
                                primaryIp?: string;
                            };
                            /** @enum {string} */
                            typeHint?: "Workstation" | "Laptop" | "Server" | "VirtualMachine" | "Printer" | "Switch" | "Router" | "Firewall" | "AccessPoint" | "Phone" | "Storage" | "PowerDevice" | "IpCamera" | "EnvironmentSensor" | "Unknown";
                            os?: {
                                name?: string;
                                version?: string;
                                architecture?: string;
                                kernel?: string;
                            };
                            bios?: {
                                vendor?: string;
                                version?: string;
                                releaseDate?: string;
                            };
                            cpus?: {
                                name?: string;
                                manufacturer?: string;
                                cores?: number;
                                threads?: number;
                                speedMhz?: number;
                            }[];
                            memory?: {
                                totalBytes?: number;
                                modules?: {
                                    slot?: string;
                                    capacityBytes?: number;
                                    type?: string;
                                    speedMhz?: number;
                                    serial?: string;
                                }[];
                            };
                            disks?: {
                                name?: string;
                                model?: string;
                                serial?: string;
                                sizeBytes?: number;
                                type?: string;
                            }[];
                            volumes?: {
                                mount: string;
                                filesystem?: string;
                                sizeBytes?: number;
                                freeBytes?: number;
                            }[];
                            networkInterfaces?: {
                                name?: string;
                                mac?: string;
                                ipv4?: string[];
                                ipv6?: string[];
                                type?: string;
                                speedMbps?: number;
                                /** @enum {string} */
                                status?: "up" | "down" | "unknown";
                                /** @enum {string} */
                                adminStatus?: "up" | "down" | "testing";
                                virtual?: boolean;
                            }[];
                            software?: {
                                name: string;
                                version?: string;
                                publisher?: string;
                                installedAt?: string;
                            }[];
                            loggedInUser?: string;
                            snmp?: {
                                sysObjectId?: string;
                                sysDescr?: string;
                                sysName?: string;
                                sysLocation?: string;
                                sysContact?: string;
                                sysUpTimeSeconds?: number;
                                sysServices?: number;
                                engineId?: string;
                                printerPageCount?: number;
                                firmware?: string;
                            };
                            extras?: {
                                [key: string]: string | number | boolean;
                            };
                            truncated?: {
                                [key: string]: {
                                    kept: number;
                                    total: number;
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Accepted and committed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description Sent only once the data is committed
                             * @constant
                             */
                            accepted: true;
                            /** @description About an hour, with jitter */
                            nextCheckSeconds: number;
                            /**
                             * @description The server holds no inventory of this agent: send the full document next time
                             * @constant
                             */
                            inventoryRequired?: true;
                            /** @description A newer agent package to install */
                            agentUpdate?: {
                                version: string;
                                /** Format: uri */
                                url: string;
                                sha256: string;
                                size: number;
                            };
                            /** @description The secondary configuration to switch to once its token and sync work */
                            configUpdate?: {
                                url: string | null;
                                clientId: string;
                                clientSecret: string;
                            };
                        };
                    };
                };
                /** @description A malformed body, naming the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No, a forged, an expired or a replaced token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description The agent API is Inactive */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Over INVENTORY_AGENT_BODY_LIMIT (after inflation) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description This agent syncs too often; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description A concurrent write clashed, or the database cannot be reached: nothing was accepted; retry after Retry-After */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/agent/v1/releases/{version}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Downloads an agent package offered in agentUpdate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The package; X-Checksum-SHA256 carries its hash */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
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
    "/api.php/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** OAuth 2.0 client-credentials grant: an access token for 15 minutes (where the GLPI agent asks: its server URL + api.php/token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @constant */
                        grant_type: "client_credentials";
                        scope?: string;
                        /** @description With client_secret, instead of HTTP Basic */
                        client_id?: string;
                        client_secret?: string;
                    };
                    "application/json": {
                        /** @constant */
                        grant_type: "client_credentials";
                        scope?: string;
                        /** @description With client_secret, instead of HTTP Basic */
                        client_id?: string;
                        client_secret?: string;
                    };
                };
            };
            responses: {
                /** @description The token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            /** @constant */
                            token_type: "Bearer";
                            expires_in: number;
                            scope: string;
                        };
                    };
                };
                /** @description invalid_request or unsupported_grant_type (RFC 6749 §5.2) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "unauthorized_client" | "slow_down";
                            error_description: string;
                        };
                    };
                };
                /** @description invalid_client: unknown client or wrong secret */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "unauthorized_client" | "slow_down";
                            error_description: string;
                        };
                    };
                };
                /** @description unauthorized_client: the agent API is Inactive */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "unauthorized_client" | "slow_down";
                            error_description: string;
                        };
                    };
                };
                /** @description slow_down: too many wrong secrets from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            error: "invalid_request" | "invalid_client" | "unsupported_grant_type" | "unauthorized_client" | "slow_down";
                            error_description: string;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
