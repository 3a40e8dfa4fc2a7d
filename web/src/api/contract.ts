/**
 * GENERATED from the API's OpenAPI document by `npm run types:api` (test/support/api-contract.ts).
 * Do not edit: change the route's zod schemas and regenerate. A test fails when this file is stale.
 */
export interface paths {
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mail delivery: counts and the messages not (yet) delivered, with their last error (admin) */
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
    "/api/admin/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an undelivered e-mail again (admin) */
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review the access log (P16)
         * @description Privacy officer only. Filters: user, case (id or number), subject (by id, or a person by BSN or by name and birth date: the entries naming its subject records or its cases), action, outcome, rule, from (inclusive), to (exclusive); page with `before` = the previous `nextBefore`. Entries name the user, the organisation and the case number.
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    before?: number;
                    caseId?: string;
                    caseNumber?: string;
                    from?: string;
                    limit?: number;
                    outcome?: "allow" | "deny";
                    rule?: string;
                    subjectBirthDate?: string;
                    subjectBsn?: string;
                    subjectId?: string;
                    subjectName?: string;
                    to?: string;
                    userId?: string;
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
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The access log as CSV, with the same filters (P16)
         * @description Privacy officer only. An export: audited and registered; at most 1000 entries.
         */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    before?: number;
                    caseId?: string;
                    caseNumber?: string;
                    from?: string;
                    limit?: number;
                    outcome?: "allow" | "deny";
                    rule?: string;
                    subjectBirthDate?: string;
                    subjectBsn?: string;
                    subjectId?: string;
                    subjectName?: string;
                    to?: string;
                    userId?: string;
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
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the hash chain of the access log (P16)
         * @description Privacy officer or admin.
         */
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in (script-friendly)
         * @description Body `{ "username", "password" }` (and `"totp"`: a current code or a recovery code, when the account has a second factor). Returns the user and a CSRF token and sets the `casustafel_session` cookie (HttpOnly; SameSite=Strict) and the `casustafel_csrf` cookie; every later POST/PUT/PATCH/DELETE repeats the token in the `x-csrf-token` header. Attempts are throttled per address and username, and repeated failures lock the account for a while.
         */
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
                        password: string;
                        totp?: string;
                        username: string;
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
                            csrfToken: string;
                            enrolmentRequired: boolean;
                            expiresAt: string;
                            /** @enum {string} */
                            secondFactor: "verified" | "not_enrolled";
                            user: {
                                collaborationId: string;
                                displayName: string;
                                id: string;
                                partnerId: string;
                                role: string;
                            };
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
        /** Sign out: ends the server-side session */
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
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and whether personal data is reachable */
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
                            collaborationId: string;
                            declarations: {
                                expiresAt: string | null;
                                /** @enum {string} */
                                kind: "confidentiality" | "vog";
                                recordedAt: string | null;
                                /** @enum {string} */
                                state: "missing" | "valid" | "due" | "expired" | "not_required";
                            }[];
                            displayName: string;
                            enrolmentRequired: boolean;
                            partnerId: string;
                            personalDataBlock: string | null;
                            role: string;
                            secondFactor: boolean;
                            userId: string;
                            workAreas: string[];
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
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider returns; opens the session and redirects to the application */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "redirect";
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
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign in through the identity provider (redirects there)
         * @description Authorization code flow with PKCE (S256), state and nonce; the flow is kept in a sealed, short-lived cookie.
         */
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
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate two-step verification with the first code; returns ten one-time recovery codes
         * @description The recovery codes are shown only here; only their hashes are stored. This session then counts as two-factor.
         */
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
                            recoveryCodes: string[];
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
    "/api/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start two-step verification: a new TOTP secret as otpauth URI and QR code
         * @description The secret is stored encrypted and becomes active only after POST /api/auth/totp/confirm with its first code.
         */
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
                            otpauthUri: string;
                            qrDataUrl: string;
                            qrSvg: string;
                            secret: string;
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
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My work: the cases I act in */
        get: {
            parameters: {
                query?: {
                    phase?: "screening" | "triage" | "rto" | "monitoring" | "deescalation1" | "archived" | "deleted" | "rejected" | "referred";
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
                            id: string;
                            number: string;
                            phase: string;
                            tableId: string;
                            /** @description The first subject's name, when the reader may see the case now. */
                            title: string | null;
                            updatedAt: string;
                            workArea: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a case (aanmelding)
         * @description Only a professional of an active covenant partner registers (P1). The registration needs a legal basis (P5); a BSN passes the 11-test and only when your organisation may use it (P8).
         */
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
                        /** @default [] */
                        complexCriteria?: ("multi_problem" | "multiple_chains" | "impact_on_surroundings" | "local_safety_problem")[];
                        /** @default [] */
                        lifeDomains?: ("housing" | "work_education" | "income_debts" | "social_relations" | "addiction" | "mental_functioning" | "physical_functioning" | "thinking_behaviour_skills" | "police_justice")[];
                        /** Format: uuid */
                        processDirectorId?: string;
                        registration: {
                            basis: {
                                /** Format: uuid */
                                consentId: string;
                                /** @enum {string} */
                                kind: "consent";
                            } | {
                                /** @enum {string} */
                                kind: "legal_obligation";
                                law: string;
                            } | {
                                /** @enum {string} */
                                kind: "vital_interest";
                                motivation: string;
                            } | {
                                /** @enum {string} */
                                kind: "public_task";
                                law: string;
                            } | {
                                decision: string;
                                /** @enum {string} */
                                kind: "wpg20";
                            } | {
                                /** @enum {string} */
                                kind: "legitimate_interest";
                                motivation?: string;
                            } | {
                                factors: {
                                    consequences: string;
                                    context: string;
                                    linkOfPurposes: string;
                                    natureOfData: string;
                                    safeguards: string;
                                };
                                /** @enum {string} */
                                kind: "compatible_further_processing";
                            } | {
                                /** @enum {string} */
                                kind: "conflict_of_duties";
                                motivation: string;
                            };
                            content?: string;
                            details?: {
                                cause?: string;
                                coResidents?: {
                                    /** Format: date */
                                    birthDate: string;
                                    name: string;
                                    relation?: string;
                                }[];
                                duration?: string;
                                followUp?: string;
                                housingOwner?: string;
                                landlord?: string;
                                nature?: string;
                                reason?: string;
                                severity?: string;
                                stepPlan?: string;
                                workNote?: string;
                            };
                            /** @default false */
                            police?: boolean;
                            /**
                             * @default [
                             *       "screening",
                             *       "triage",
                             *       "rto",
                             *       "plan_execution",
                             *       "monitoring"
                             *     ]
                             */
                            purposes?: ("screening" | "triage" | "rto" | "plan_execution" | "monitoring" | "referral")[];
                            /** @default false */
                            special?: boolean;
                        };
                        subjects: {
                            address?: string;
                            /** Format: date */
                            birthDate?: string;
                            bsn?: string;
                            name: string;
                            relation?: string;
                        }[];
                        tableCriteria?: number[];
                        tableId: string;
                        workArea?: string;
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
                            number: string;
                            registrationId: string;
                            subjectIds: string[];
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
    "/api/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case as I may see it now, with my abilities
         * @description Every read is decided by the access engine for the stated purpose (default: the purpose of the current phase) and audited.
         */
        get: {
            parameters: {
                query?: {
                    purpose?: "screening" | "triage" | "rto" | "plan_execution" | "monitoring" | "referral" | "rights_request" | "statistics";
                };
                header?: never;
                path: {
                    caseId: string;
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
                            /** @description What this user may do in the case now, computed by the domain; the UI offers only these. */
                            abilities: {
                                addThirdParty: boolean;
                                appointCaseDirector: boolean;
                                askTriage: boolean;
                                clearDossier: boolean;
                                completeSubject: boolean;
                                consentThirdParty: boolean;
                                contribute: boolean;
                                controlContributions: string[];
                                decideDeescalation: boolean;
                                inviteParticipants: boolean;
                                proposeException: boolean;
                                purpose: string | null;
                                readContributions: string[];
                                readWeighings: boolean;
                                recordInforming: boolean;
                                recordMeeting: boolean;
                                recordPickup: boolean;
                                registerConsent: boolean;
                                reopen: boolean;
                                scheduleFollowUp: boolean;
                                screen: boolean;
                                takeAlong: string[];
                                updatePlan: boolean;
                                viewAdminSet: boolean;
                                viewBsn: boolean;
                                viewCase: boolean;
                                viewClearings: boolean;
                                viewRetention: boolean;
                            };
                            /** @description The process director's judgement at accept: the criteria met in the table's words, whether that meets the criteria, the substance, the reason a case outside them still belongs, the consultation with the registrant; for the case's process directors only. */
                            acceptance: {
                                at: string;
                                by: string;
                                consultation: {
                                    at: string;
                                    outcome: string;
                                    with: string;
                                } | null;
                                criteriaMet: string[];
                                outsideCriteriaReason: string | null;
                                substance: string;
                                withinCriteria: boolean;
                            } | null;
                            /** @description How the case was closed: the closing criterion, the agreements made to keep things stable (the note), when, and (Venlo, closed without the meeting) the partner that picked the case up; null while it runs. */
                            closing: {
                                criterionId: string | null;
                                criterionLabel: string | null;
                                decidedAt: string;
                                note: string;
                                pickedUpBy: string | null;
                            } | null;
                            contributions: {
                                basis: unknown;
                                byPartnerId: string;
                                category: string;
                                content: string;
                                createdAt: string;
                                /** @description The registration's structured fields where the table asks them (seed 002 Bijlage B §4); the work note (child data) only for the registrant's designated professionals and the case's staff. */
                                details?: {
                                    cause?: string;
                                    coResidents?: {
                                        birthDate: string;
                                        name: string;
                                        relation?: string;
                                    }[];
                                    duration?: string;
                                    followUp?: string;
                                    housingOwner?: string;
                                    landlord?: string;
                                    nature?: string;
                                    reason?: string;
                                    severity?: string;
                                    stepPlan?: string;
                                    workNote?: string;
                                };
                                excluded: string[];
                                givenIn: string;
                                id: string;
                                known?: boolean;
                                obligations: string[];
                                police: boolean;
                                purposes: string[];
                                releasedForRto: "all" | "none" | string[];
                                sharedWith: string[];
                                special: boolean;
                                subjectIds: string[];
                                version: number;
                                withdrawn: boolean;
                            }[];
                            createdAt: string;
                            /** @description Who directs the case (user ids), for those who see the case now. */
                            direction?: {
                                caseDirectorId: string | null;
                                processDirectorIds: string[];
                            };
                            /** @description The handover after the enrichment (Venlo): to which party, why, when, by whom; absent when not handed over. */
                            handover?: {
                                at: string;
                                by: string;
                                byPartnerId: string;
                                partnerId: string | null;
                                partyId: string;
                                partyName: string;
                                /** @enum {string} */
                                reason: "help_involved" | "help_question";
                            };
                            id: string;
                            leadPartnerId: string;
                            number: string;
                            phase: string;
                            /** @description The collaboration's own steps that the current phase covers, in its own words; empty when it names none. */
                            phaseSteps: {
                                id: string;
                                label: string;
                            }[];
                            pickup?: {
                                byPartnerId: string | null;
                                pickedUpAt: string | null;
                            };
                            /** @description The only grounds on which informing may be postponed under this covenant (Nijmegen: vital interest, conflict of duties); null where a reason suffices. */
                            postponementGrounds: ("vital_interest" | "conflict_of_duties")[] | null;
                            purpose: string | null;
                            /** @description What the registrant ticked: the complex-case criteria, the life domains with concerns, the table's own criteria in its words; null for whom may not read the case. */
                            registeredCriteria: {
                                complex: string[];
                                lifeDomains: string[];
                                table: string[];
                            } | null;
                            registrantPartnerId: string;
                            subjects: {
                                address: string | null;
                                birthDate: string | null;
                                /** @description Present only when the reader may process the BSN (P8). */
                                bsn?: string | null;
                                id: string;
                                name: string;
                                relation: string | null;
                            }[];
                            tableId: string;
                            version: number;
                            workArea: string | null;
                            /** @description The work area's name as the collaboration configures it. */
                            workAreaName: string | null;
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
    "/api/cases/{caseId}/admin-set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The administrative set of an archived dossier (staff only, P13) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
    "/api/cases/{caseId}/case-director": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appoint the case director; its organisation becomes the lead partner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        meetingId?: string;
                        /** Format: uuid */
                        userId: string;
                        version?: number;
                    };
                };
            };
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
    "/api/cases/{caseId}/case-director/brief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case manager's brief with its history (staff of the case and the case manager) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
        /** Give or adjust the case manager's brief and performance brief (seed 004 stap 4); an adjustment names its reason */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        brief: string;
                        performanceBrief: string;
                        reason?: string;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/case-director/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The case director hands the case to a colleague of the same partner (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        toUserId: string;
                        version?: number;
                    };
                };
            };
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
    "/api/cases/{caseId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consents and refusals of the case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
        /**
         * Record a subject's consent or refusal (P6)
         * @description Names the partners it covers one by one, the scope, when it was given; you are recorded as who obtained it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categories?: string[];
                        /** Format: date-time */
                        givenAt: string;
                        /**
                         * @default sharing
                         * @enum {string}
                         */
                        kind?: "sharing" | "household_domain_crossing";
                        partners: string[];
                        /** @default false */
                        refused?: boolean;
                        scope: string;
                        /** Format: uuid */
                        subjectId: string;
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
    "/api/cases/{caseId}/consents/{consentId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a consent (P6): effective at once
         * @description Processing that relies on it stops immediately; reads of contributions resting on it are refused (P6).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    consentId: string;
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
                            revokedAt: string;
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
    "/api/cases/{caseId}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add your organisation's contribution
         * @description By a designated professional in a live phase; needs a legal basis from your catalogue (P5); Nijmegen stores nothing before pickup.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: {
                            /** Format: uuid */
                            consentId: string;
                            /** @enum {string} */
                            kind: "consent";
                        } | {
                            /** @enum {string} */
                            kind: "legal_obligation";
                            law: string;
                        } | {
                            /** @enum {string} */
                            kind: "vital_interest";
                            motivation: string;
                        } | {
                            /** @enum {string} */
                            kind: "public_task";
                            law: string;
                        } | {
                            decision: string;
                            /** @enum {string} */
                            kind: "wpg20";
                        } | {
                            /** @enum {string} */
                            kind: "legitimate_interest";
                            motivation?: string;
                        } | {
                            factors: {
                                consequences: string;
                                context: string;
                                linkOfPurposes: string;
                                natureOfData: string;
                                safeguards: string;
                            };
                            /** @enum {string} */
                            kind: "compatible_further_processing";
                        } | {
                            /** @enum {string} */
                            kind: "conflict_of_duties";
                            motivation: string;
                        };
                        category?: string;
                        content: string;
                        /**
                         * @default content
                         * @enum {string}
                         */
                        disclosureScope?: "involvement_only" | "content";
                        /** @default [] */
                        excluded?: string[];
                        /** @default false */
                        police?: boolean;
                        purposes: ("screening" | "triage" | "rto" | "plan_execution" | "monitoring" | "referral")[];
                        /** @default none */
                        releasedForRto?: "all" | "none" | string[];
                        /** @default false */
                        special?: boolean;
                        subjects?: string[];
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
                            version: number;
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
    "/api/cases/{caseId}/contributions/{contributionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read (or take along) one contribution for a stated purpose
         * @description A refusal names the rule (P2, P3, P4, P6, P8, P9, P11, P12, P13) and is audited. Take-along needs the contributor's grant (P4).
         */
        get: {
            parameters: {
                query: {
                    action?: "read" | "take_along";
                    purpose: "screening" | "triage" | "rto" | "plan_execution" | "monitoring" | "referral" | "rights_request" | "statistics";
                };
                header?: never;
                path: {
                    caseId: string;
                    contributionId: string;
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
    "/api/cases/{caseId}/contributions/{contributionId}/control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the contributor controls: release, exclusions, take-along grants and who takes part
         * @description Only a professional of the contributing organisation designated in the case (P4); anyone else is refused, and the refusal is audited. No content is read; the grants in force and the case's organisations and people are listed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    contributionId: string;
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
    "/api/cases/{caseId}/contributions/{contributionId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a contribution (a new version that replaces it)
         * @description Only a professional of the contributing organisation designated in the case (P4); anyone else is refused, and the refusal is audited. Send the version you corrected; a stale version is refused with 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    contributionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis?: {
                            /** Format: uuid */
                            consentId: string;
                            /** @enum {string} */
                            kind: "consent";
                        } | {
                            /** @enum {string} */
                            kind: "legal_obligation";
                            law: string;
                        } | {
                            /** @enum {string} */
                            kind: "vital_interest";
                            motivation: string;
                        } | {
                            /** @enum {string} */
                            kind: "public_task";
                            law: string;
                        } | {
                            decision: string;
                            /** @enum {string} */
                            kind: "wpg20";
                        } | {
                            /** @enum {string} */
                            kind: "legitimate_interest";
                            motivation?: string;
                        } | {
                            factors: {
                                consequences: string;
                                context: string;
                                linkOfPurposes: string;
                                natureOfData: string;
                                safeguards: string;
                            };
                            /** @enum {string} */
                            kind: "compatible_further_processing";
                        } | {
                            /** @enum {string} */
                            kind: "conflict_of_duties";
                            motivation: string;
                        };
                        content: string;
                        details?: {
                            cause?: string;
                            coResidents?: {
                                /** Format: date */
                                birthDate: string;
                                name: string;
                                relation?: string;
                            }[];
                            duration?: string;
                            followUp?: string;
                            housingOwner?: string;
                            landlord?: string;
                            nature?: string;
                            reason?: string;
                            severity?: string;
                            stepPlan?: string;
                            workNote?: string;
                        };
                        purposes?: ("screening" | "triage" | "rto" | "plan_execution" | "monitoring" | "referral")[];
                        reason: string;
                        special?: boolean;
                        version: number;
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
                            version: number;
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
    "/api/cases/{caseId}/contributions/{contributionId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a participant take-along for a plan action
         * @description Only a professional of the contributing organisation designated in the case (P4); anyone else is refused, and the refusal is audited. Only in the RTO and monitoring phases.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    contributionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        planAction: string;
                        /** Format: uuid */
                        toUserId: string;
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
    "/api/cases/{caseId}/contributions/{contributionId}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a take-along grant
         * @description Only a professional of the contributing organisation designated in the case (P4); anyone else is refused, and the refusal is audited.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    contributionId: string;
                    grantId: string;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/contributions/{contributionId}/referral-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Approve taking a contribution along to another table on referral
         * @description Only a professional of the contributing organisation designated in the case (P4); anyone else is refused, and the refusal is audited. Names one other table of the collaboration or one of its outside referral bodies (400 naming `toTable` otherwise); `null` withdraws the approval. When the case is referred to that table the contribution goes along; referred to that body it is handed over once before nothing identifying stays; without the approval a referral removes it.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    contributionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        toTable: string | null;
                        version?: number;
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
                            approvedFor: string | null;
                            version: number;
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
    "/api/cases/{caseId}/contributions/{contributionId}/release": {
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
        /**
         * Release or restrict a contribution for the RTO
         * @description Only a professional of the contributing organisation designated in the case (P4); anyone else is refused, and the refusal is audited. Disclosure needs a consent naming every recipient or your completed weighing (P7).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    contributionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default content
                         * @enum {string}
                         */
                        disclosureScope?: "involvement_only" | "content";
                        /** @default [] */
                        excluded?: string[];
                        releasedForRto: "all" | "none" | string[];
                        version?: number;
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
                            version: number;
                            withoutConsent: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/contributions/{contributionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a contribution
         * @description Only a professional of the contributing organisation designated in the case (P4); anyone else is refused, and the refusal is audited. From then on nobody reads it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    contributionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version?: number;
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
                            version: number;
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
    "/api/cases/{caseId}/deescalation/clearing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear the dossier at de-escalation: remove contributions no longer needed (seed 003 fase 4, P13)
         * @description By the process director acting in the case, after the decision to de-escalate and before archiving. The contributions are deleted (with their take-along grants and weighings); a record without content says whose, which category, when, by whom and why; each is audited on behalf of its contributor, whose professional is told in the inbox. One id not in the dossier refuses the whole.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contributionIds: string[];
                        reason: string;
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
                            cleared: number;
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
    "/api/cases/{caseId}/deescalation/clearings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What was removed from the dossier: per contribution whose, which category, when, by whom and why (seed 003 fase 4, P13)
         * @description For the process director or support acting in the case. No content (it is gone): the contributor, the category, whether police data, when it was contributed and removed, by whom, the reason, and the cause (the clearing at de-escalation or the police data's own retention). The read is audited.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
                            category: string;
                            /** @enum {string} */
                            cause: "deescalation_clearing" | "police_data_retention";
                            /** Format: date-time */
                            clearedAt: string;
                            clearedBy: string | null;
                            clearedByName: string | null;
                            /** Format: date-time */
                            contributedAt: string;
                            /** Format: uuid */
                            contributedByPartnerId: string;
                            /** Format: uuid */
                            contributionId: string;
                            /** Format: uuid */
                            id: string;
                            police: boolean;
                            reason: string | null;
                        }[];
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
    "/api/cases/{caseId}/deescalation/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Postpone a de-escalation step with a motivated exception of the lead partner (P13)
         * @description The re-assessment lies at most the configured months (6 in seed 003) ahead.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        motivation: string;
                        /** Format: uuid */
                        onBehalfOfPartnerId?: string;
                        reassessAt: string;
                        /** @enum {string} */
                        step: "archive" | "delete";
                    };
                };
            };
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
    "/api/cases/{caseId}/deletion-informing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the subject was told of the deletion, after it (seed 003 fase 4)
         * @description A record without a subject, after the identifying data is gone: by the party holding casusregie, or by the process director on its behalf where the covenant allows it. Closes the reminder.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        informedAt: string;
                        /** @enum {string} */
                        method: "in_person" | "phone" | "letter" | "email" | "other";
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
    "/api/cases/{caseId}/documents/action-lists/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reader's action list of an RTO: the actions, and only the contributions it may take along (P4)
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
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
    "/api/cases/{caseId}/documents/consent-forms/{consentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consent form of a recorded consent (P6; seed 000 Bijlage 5)
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    consentId: string;
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
    "/api/cases/{caseId}/documents/information-letters/{subjectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The information letter to a subject (P10): registration, RTO outcome, third party or deletion
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
        get: {
            parameters: {
                query?: {
                    topic?: "registration" | "rto_outcome" | "third_party" | "deletion";
                };
                header?: never;
                path: {
                    caseId: string;
                    subjectId: string;
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
    "/api/cases/{caseId}/documents/meeting-records/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The record of an RTO (seed 003 fase 3)
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
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
    "/api/cases/{caseId}/informing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the subject was told and which informing was postponed (P10)
         * @description For whoever may read the case now; audited. An informing of the triage outcome shows the goal, themes and participants of the RTO as told.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
                            duringDetention: boolean;
                            id: string;
                            informedAt: string | null;
                            informedBy: string | null;
                            method: string | null;
                            onBehalfOf: string | null;
                            postponement: {
                                plannedAt: string;
                                reason: string;
                            } | null;
                            recordedAt: string;
                            subjectId: string | null;
                            told: {
                                goal: string;
                                meetingId: string;
                                participants: {
                                    partnerId: string;
                                    role: string;
                                }[];
                                rightsExplained: boolean;
                                themes: string[];
                            } | null;
                            topic: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record that the subject was informed (P10)
         * @description By the party the covenant makes responsible (`informSubject`), or by the process director stating on whose behalf where the covenant allows that. Of the registration: needed before the case enters triage. Of the triage outcome (`triage_outcome`, seed 003 fase 2): about a prepared RTO (`meetingId`, default the latest), whose goal, themes and participants are kept with the record, and with the rights explained (`rightsExplained: true`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The subject was informed while in detention (seed 000 Nazorg ex-gedetineerden: a precondition of that table, 000-R81). */
                        duringDetention?: boolean;
                        /** Format: date-time */
                        informedAt: string;
                        /** Format: uuid */
                        meetingId?: string;
                        /** @enum {string} */
                        method: "in_person" | "phone" | "letter" | "email" | "other";
                        /** Format: uuid */
                        onBehalfOf?: string;
                        rightsExplained?: boolean;
                        /** Format: uuid */
                        subjectId: string;
                        /**
                         * @default registration
                         * @enum {string}
                         */
                        topic?: "registration" | "triage_outcome" | "rto_outcome" | "third_party" | "deletion";
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
    "/api/cases/{caseId}/informing/postponements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Postpone informing the subject, with a reason and a planned date (P10) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Where the covenant limits the grounds (Nijmegen: vital_interest or conflict_of_duties), the one this postponement rests on; see postponementGrounds on the case.
                         * @enum {string}
                         */
                        ground?: "vital_interest" | "conflict_of_duties";
                        /** Format: date-time */
                        plannedAt: string;
                        reason: string;
                        /** Format: uuid */
                        subjectId: string;
                        /**
                         * @default registration
                         * @enum {string}
                         */
                        topic?: "registration" | "triage_outcome" | "rto_outcome" | "third_party" | "deletion";
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
    "/api/cases/{caseId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The meetings of one case that I may see: the RTO and its follow-ups
         * @description Decided by the access engine like the other meeting reads (staff; the registrant in screening and triage; invited participants and the case director in the meeting phases) and audited. Dates, status and counts only.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
                            actionListSentAt: string | null;
                            actions: number;
                            followUp: boolean;
                            heldAt: string | null;
                            id: string;
                            invitations: number;
                            scheduledAt: string;
                            /** @enum {string} */
                            status: "planned" | "held" | "cancelled";
                            tableId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Prepare an RTO meeting (goal, themes, decisions, subject involvement, care agreements) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        preparation: {
                            careAgreements: string;
                            /** @default [] */
                            decisionsToTake?: string[];
                            goal: string;
                            /** @enum {string} */
                            subjectInvolvement: "invited" | "informed_before" | "informed_after";
                            /** @default [] */
                            themes?: string[];
                        };
                        /** Format: date-time */
                        scheduledAt: string;
                        tableId?: string;
                    };
                };
            };
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
    "/api/cases/{caseId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting as I may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
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
    "/api/cases/{caseId}/meetings/{meetingId}/action-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action list of a meeting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
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
    "/api/cases/{caseId}/meetings/{meetingId}/action-list/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the process director sent the action list (due within a week) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/meetings/{meetingId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record whether an invited participant attended
         * @description A representative is recorded present only when identified at the meeting (`identified: true`, seed 002 Bijlage B); otherwise P2 refuses.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        identified?: boolean;
                        /** Format: uuid */
                        participantId: string;
                        present: boolean;
                    };
                };
            };
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
    "/api/cases/{caseId}/meetings/{meetingId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a participant with a role (P2: only who may lawfully attend)
         * @description An invited professional is designated in the case for its organisation. The subject or a representative only where the collaboration allows it, with signed consent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        informationNeed?: string;
                        requestedContribution?: string;
                        /** @enum {string} */
                        role: "expert" | "informant" | "intended_executor";
                        tableReason?: string;
                        /** Format: uuid */
                        userId: string;
                    } | {
                        /** @enum {string} */
                        role: "subject";
                        /** Format: uuid */
                        subjectId: string;
                    } | {
                        representativeName: string;
                        /** @enum {string} */
                        role: "representative";
                        /** Format: uuid */
                        subjectId: string;
                    };
                };
            };
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
    "/api/cases/{caseId}/meetings/{meetingId}/invitations/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite several professionals at once, each with a role (P2 for each; all or none)
         * @description One form for all chosen partners: every invitation is checked as a single one is, in one transaction. A refusal names the row (`invitations.N.field`) and nobody is invited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        invitations: {
                            informationNeed?: string;
                            requestedContribution?: string;
                            /** @enum {string} */
                            role: "expert" | "informant" | "intended_executor";
                            tableReason?: string;
                            /** Format: uuid */
                            userId: string;
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
    "/api/cases/{caseId}/meetings/{meetingId}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the meeting record and plan of approach (optimistic locking: 409 when stale) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        followUpInDays?: number;
                        monitoringKept?: string[];
                        monitoringPurpose?: string;
                        notes?: {
                            subjects?: string[];
                            text: string;
                        }[];
                        outcomeInformant?: {
                            /** Format: uuid */
                            userId: string;
                        };
                        plan: {
                            actions: {
                                description: string;
                                /** @enum {string} */
                                domain?: "housing" | "work_education" | "income_debts" | "social_relations" | "addiction" | "mental_functioning" | "physical_functioning" | "thinking_behaviour_skills" | "police_justice";
                                dueAt: string;
                                /** Format: uuid */
                                id?: string;
                                /** Format: uuid */
                                ownerPartnerId: string;
                                /** Format: uuid */
                                ownerUserId?: string;
                                subjects?: string[];
                            }[];
                            goals: {
                                /** @enum {string} */
                                domain: "housing" | "work_education" | "income_debts" | "social_relations" | "addiction" | "mental_functioning" | "physical_functioning" | "thinking_behaviour_skills" | "police_justice";
                                goal: string;
                                subjects?: string[];
                            }[];
                        };
                        /** @default [] */
                        present?: string[];
                        proposal?: {
                            supportedBy: string[];
                            text: string;
                        };
                        reason: string;
                        stateOfAffairs?: string;
                        /** @enum {string} */
                        status: "planned" | "held" | "cancelled";
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
                    content?: never;
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
    "/api/cases/{caseId}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a partner picked the case up (Nijmegen step 5)
         * @description Before pickup nothing may be stored in the case (P12).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        partnerId: string;
                        version?: number;
                    };
                };
            };
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
    "/api/cases/{caseId}/plan/actions/{actionId}": {
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
        /** Follow up a plan action (case director); 409 when the version is stale */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    actionId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueAt?: string;
                        /** @enum {string} */
                        status: "open" | "done" | "cancelled";
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
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/reporter-voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reporter's own say on closing (Venlo: the reporter is decisive)
         * @description Only a professional of the partner that registered the case records it; closing needs `agrees: true` (seed 002 Bijlage B §5).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agrees: boolean;
                        version?: number;
                    };
                };
            };
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
    "/api/cases/{caseId}/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The de-escalation and retention status of a case: stage, due dates, exceptions (P12, P13)
         * @description The dates are computed by the retention schedule of the collaboration (seed 003: archive 6 and delete 12 months after the de-escalation decision, a valid exception postpones its step). Readable by whoever may see the administrative set; the read is audited. Once archived, the exceptions carry no motivation.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
                            /** @description When the dossier is archived (step 2); null when done, without an archive step, or when deletion comes first */
                            archiveAt: string | null;
                            /** Format: uuid */
                            caseId: string;
                            deescalationDecidedAt: string | null;
                            /** @description When the case is deleted (step 3) */
                            deleteAt: string | null;
                            exceptions: {
                                counts: boolean;
                                /** Format: date-time */
                                decidedAt: string;
                                decidedByName: string | null;
                                decidedByPartner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /**
                                 * Format: date-time
                                 * @description The re-assessment date the schedule honours (at most the limit after the decision)
                                 */
                                effectiveReassessAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @description Null once the dossier is archived */
                                motivation: string | null;
                                /** @description Whether this exception sets its step's current due date */
                                postpones: boolean;
                                /** Format: date-time */
                                reassessAt: string;
                                /** @enum {string} */
                                step: "archive" | "delete";
                            }[];
                            /** @description The case director's partner, which tells the subject of the deletion */
                            informingPartner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description The furthest re-assessment date of an exception recorded now */
                            latestReassessAt: string | null;
                            number: string;
                            /** @enum {string} */
                            phase: "screening" | "triage" | "rto" | "monitoring" | "deescalation1" | "archived" | "deleted" | "rejected" | "referred";
                            policy: {
                                archiveAfterMonths: number | null;
                                deleteAfterMonths: number;
                                exceptionsAllowed: boolean;
                                maxExceptionMonths: number;
                                source: string;
                            };
                            /** @description The manager's re-openings of the archived dossier with their reasons; each sets a new de-escalation date */
                            reopenings: {
                                /** Format: date-time */
                                at: string;
                                reason: string;
                            }[];
                            /** @enum {string} */
                            stage: "active" | "step1" | "step2" | "step3" | "not_accepted";
                            subjectInformedOfDeletionAt: string | null;
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
    "/api/cases/{caseId}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the process director's screening at the case's table: criteria met, follow-up answers, assessment
         * @description By the case's process director, in screening. `criteriaMet` and `preconditionsConfirmed` are indexes into the table's `criteria` and `preconditions` (GET …/table); `answers` has one answer per follow-up question, in order. A bad field is a 400 naming it. Where the table's preconditions name `screening_recorded` before `accept`, the case goes to triage only with it; other preconditions guarded by a step and not checked from the case's records are confirmed here.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: string[];
                        assessment: string;
                        criteriaMet: number[];
                        /** @default [] */
                        preconditionsConfirmed?: number[];
                        version?: number;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/subject-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The corrections of the case's subjects: fields, reason, who and when (seed 000 art. 8.1c, 000-R27)
         * @description Newest first. By the people who may correct: the case's staff or a designated professional while the case runs (403 otherwise). The old values are not kept, so none is shown. The read is audited as `subject.corrections_read`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
                            correctedAt: string;
                            correctedBy: string | null;
                            fields: ("name" | "birthDate" | "address" | "bsn")[];
                            id: string;
                            reason: string;
                            subjectId: string;
                        }[];
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
    "/api/cases/{caseId}/subjects/{subjectId}": {
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
        /**
         * Complete or correct a subject's details: name, birth date, address, BSN (seed 000 art. 8.1c)
         * @description By the case's staff or a designated professional while the case runs. Where only the minimal set is stored before pickup (Nijmegen), only after a partner picked the case up (P12); a BSN passes the 11-test and only when your organisation may use it (P8). Changing a detail that already had a value (the name always has one) is a correction: it needs `reason` (400 naming `reason` otherwise), which is kept encrypted with the corrected field names; the old value is not kept. Audited as `subject.correct`, else `subject.complete`.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    subjectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        /** Format: date */
                        birthDate?: string;
                        bsn?: string;
                        name?: string;
                        reason?: string;
                        version?: number;
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
                            subjectId: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{caseId}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The support staff assigned to a case and, for its process director, whom they may assign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
                            assigned: {
                                name: string;
                                userId: string;
                            }[];
                            candidates: {
                                name: string;
                                userId: string;
                            }[];
                            mayChange: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Assign support staff to a running case (its process director or their substitute; audited)
         * @description Seed 003 Fase 1 and 2 ("eventueel de betrokken ondersteunende medewerker"), seed 004 Bijlage 2 (managementassistentes): once assigned, the support user acts in the case as staff.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
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
    "/api/cases/{caseId}/support/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End the assignment of support staff to a case (its process director or their substitute; audited) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    userId: string;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's table: purpose, criteria, follow-up questions, preconditions, partners, data set
         * @description For whoever may see the case. `partners` lists the structural and incidental partners with what each is expected to share; `categories` are the kinds a contribution at this table may carry.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
    "/api/cases/{caseId}/take-from-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a case from the team queue: I become its process director
         * @description Only a process director of the case's pool, only while the case is in screening. The colleague who held it stops acting in it. Audited, refusals too.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
                            version: number;
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
    "/api/cases/{caseId}/third-parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The third parties of the case and the consents of its partners (P11)
         * @description Per third party: basis, declaration, subject informed, which partners of the case consented and which are awaited, whether every P11 condition holds, and whether you may consent for your organisation.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
        /**
         * Let a non-member organisation's user join this one case (P11)
         * @description By the process director, with the motivation of seed 000 art. 6.3. A consent basis must name a consent of this case that is in force and names the third party's organisation. The third party reads only when the basis holds, the motivation and the signed declaration are recorded, the subject is informed (also afterwards, by an informing about the third party) and every partner in the case consented.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: {
                            /** Format: uuid */
                            consentId: string;
                            /** @enum {string} */
                            kind: "consent";
                        } | {
                            /** @enum {string} */
                            kind: "legal_obligation";
                            law: string;
                        } | {
                            /** @enum {string} */
                            kind: "vital_interest";
                            motivation: string;
                        } | {
                            /** @enum {string} */
                            kind: "public_task";
                            law: string;
                        } | {
                            decision: string;
                            /** @enum {string} */
                            kind: "wpg20";
                        } | {
                            /** @enum {string} */
                            kind: "legitimate_interest";
                            motivation?: string;
                        } | {
                            factors: {
                                consequences: string;
                                context: string;
                                linkOfPurposes: string;
                                natureOfData: string;
                                safeguards: string;
                            };
                            /** @enum {string} */
                            kind: "compatible_further_processing";
                        } | {
                            /** @enum {string} */
                            kind: "conflict_of_duties";
                            motivation: string;
                        };
                        /** Format: date-time */
                        declarationSignedAt: string;
                        motivation: string;
                        /** Format: date-time */
                        subjectInformedAt?: string;
                        /** Format: uuid */
                        userId: string;
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
                            meetsP11: boolean;
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
    "/api/cases/{caseId}/third-parties/{thirdPartyId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Consent, as a partner in the case, to the third party (P11)
         * @description Where the covenant demands written consent (seed 001 art. 7.2), `writtenConsentSignedAt` gives when the written consent was signed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    thirdPartyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        writtenConsentSignedAt?: string;
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
                            id: string;
                            meetsP11: boolean;
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
    "/api/cases/{caseId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The steps possible now, each pre-checked for me */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
        /**
         * Take a step of the work process (screening decision, referral, RTO, plan, de-escalation, deletion)
         * @description The phase machine decides on the steps the collaboration configures; a refusal is 403 naming the rule (and, for a step the collaboration does not take from here, the step in its own words) and is audited. A step that closes needs a configured closing criterion (`criterionId`) and, where the reporter is decisive, the agreement the reporter recorded itself (`POST …/reporter-voice`). Where the table of the case groups its criteria (seed 001 Bijlage 2) `accept` carries the director's `assessment`: the criteria met, the substance, and for a case outside the criteria the reason it still belongs; where the covenant says so (art. 9.2a), also the consultation with the registering party (who, when, outcome). Reject and refer delete everything identifying and shred the case key (P12); archive keeps only the administrative set visible; delete is step 3 (P13); only the manager re-opens an archived dossier, with a reason. `version` enables optimistic locking (409 when stale).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assessment?: {
                            consultation?: {
                                at: string;
                                outcome: string;
                                with: string;
                            };
                            criteriaMet: number[];
                            outsideCriteriaReason?: string;
                            substance: string;
                        };
                        /** @enum {string} */
                        event: "accept";
                        /** @enum {string} */
                        outcome?: "accepted" | "more_information";
                        version?: number;
                    } | {
                        advice?: string;
                        /** @enum {string} */
                        event: "reject";
                        version?: number;
                    } | {
                        /** @enum {string} */
                        event: "refer";
                        toTable: string;
                        version?: number;
                    } | {
                        criterionId?: string;
                        /** @enum {string} */
                        event: "close_without_meeting";
                        note?: string;
                        /** Format: uuid */
                        pickedUpBy: string;
                        version?: number;
                    } | {
                        criterionId?: string;
                        /** @enum {string} */
                        event: "hand_over";
                        note?: string;
                        partyId: string;
                        /** @enum {string} */
                        reason: "help_involved" | "help_question";
                        version?: number;
                    } | {
                        criterionId?: string;
                        /** @enum {string} */
                        event: "deescalate" | "close" | "archive";
                        note?: string;
                        version?: number;
                    } | {
                        /** @enum {string} */
                        event: "schedule_rto" | "adopt_plan" | "follow_up_rto" | "relapse" | "delete";
                        version?: number;
                    } | {
                        /** @enum {string} */
                        event: "reopen";
                        reason: string;
                        version?: number;
                    };
                };
            };
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
    "/api/cases/{caseId}/triage-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask selected partners a triage question (§3.2)
         * @description Only the process director acting in the case, in triage, on behalf of the lead partner. Only the partners of the case table: structural ones, incidental ones with a recorded tableReason, others where the table lets any covenant partner join (P2, seed 000 Bijlage 2). Asking every core partner needs a recorded justification (P2); Venlo asks all core partners "known / not known" only. Asking designates nobody.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allPartnersJustification?: string;
                        /** Format: uuid */
                        onBehalfOf: string;
                        partners: string[];
                        purpose: string;
                        question: string;
                        tableReason?: string;
                        task: string;
                        whyNeeded: string;
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
                            asked: {
                                contributionId: string;
                                partnerId: string;
                                questionId: string;
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
    "/api/cases/{caseId}/triage-questions/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A triage question as the asked organisation sees it, with the answer the domain accepts
         * @description Only for the asked organisation. `answer` is `presence` for an enrichment question (Venlo: "known / not known" and nothing more) and `contribution` otherwise.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    questionId: string;
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
                            /** @enum {string} */
                            answer: "presence" | "contribution";
                            answered: boolean;
                            askedAt: string;
                            caseId: string;
                            onBehalfOfPartnerId: string;
                            purpose: string;
                            questionId: string;
                            table: {
                                categories: {
                                    id: string;
                                    label: string | null;
                                }[];
                                id: string;
                                name: string;
                                sharedInformation: string | null;
                            } | null;
                            /** @description Why this organisation, an incidental partner of the table, is asked (seed 000 Bijlage 2); null for a structural partner. */
                            tableReason: string | null;
                            task: string;
                            /**
                             * @description The asked organisation's own weighing for sharing without consent in this case (P7): a release without consent needs it complete.
                             * @enum {string}
                             */
                            weighing: "missing" | "incomplete" | "complete";
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
    "/api/cases/{caseId}/triage-questions/{questionId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a triage question as the asked organisation's professional
         * @description Creates your organisation's contribution (P4, P5) and designates you in the case. Send `known` alone for a "known / not known" answer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: {
                            /** Format: uuid */
                            consentId: string;
                            /** @enum {string} */
                            kind: "consent";
                        } | {
                            /** @enum {string} */
                            kind: "legal_obligation";
                            law: string;
                        } | {
                            /** @enum {string} */
                            kind: "vital_interest";
                            motivation: string;
                        } | {
                            /** @enum {string} */
                            kind: "public_task";
                            law: string;
                        } | {
                            decision: string;
                            /** @enum {string} */
                            kind: "wpg20";
                        } | {
                            /** @enum {string} */
                            kind: "legitimate_interest";
                            motivation?: string;
                        } | {
                            factors: {
                                consequences: string;
                                context: string;
                                linkOfPurposes: string;
                                natureOfData: string;
                                safeguards: string;
                            };
                            /** @enum {string} */
                            kind: "compatible_further_processing";
                        } | {
                            /** @enum {string} */
                            kind: "conflict_of_duties";
                            motivation: string;
                        };
                        category?: string;
                        content?: string;
                        /**
                         * @default content
                         * @enum {string}
                         */
                        disclosureScope?: "involvement_only" | "content";
                        /** @default [] */
                        excluded?: string[];
                        known?: boolean;
                        /** @default false */
                        police?: boolean;
                        /**
                         * @default [
                         *       "triage",
                         *       "rto"
                         *     ]
                         */
                        purposes?: ("screening" | "triage" | "rto" | "plan_execution" | "monitoring" | "referral")[];
                        /** @default none */
                        releasedForRto?: "all" | "none" | string[];
                        /** @default false */
                        special?: boolean;
                        subjects?: string[];
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
                            contributionId: string;
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
    "/api/cases/{caseId}/triage-questions/{questionId}/take-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take up a question addressed to my organisation: I am designated in the case and read the question as its addressee */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    questionId: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{caseId}/weighings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The weighings for sharing without consent documented in the dossier (P7; seed 000 Bijlage 3, row 000-R23)
         * @description Each with its motivations decrypted: proportionality, subsidiarity, effectiveness, objections set aside (motivated), informing afterwards (with reason), conflict of duties, exception ground, and the motivated grounds for sharing without consent with why without consent. The organisation that weighed reads its own; the process directors of the case read all. Another partner is refused (403 naming P7) when the case has weighings. Each weighing read is audited as `weighing.read` on behalf of the partner that weighed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
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
                            completedAt: string | null;
                            completedBy: string | null;
                            conflictOfDuties: string;
                            effectiveness: string;
                            exceptionGround: string | null;
                            id: string;
                            informAfterwards: boolean;
                            informAfterwardsReason: string;
                            noConsentGrounds: {
                                [key: string]: string;
                            };
                            objectionsMotivation: string;
                            partnerId: string;
                            partnerName: string;
                            proportionality: string;
                            recordedAt: string;
                            setAsideObjections: boolean;
                            subjectId: string | null;
                            subsidiarity: string;
                            withoutConsentBecause: ("refused" | "not_askable") | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record your organisation's weighing for sharing without consent (P7)
         * @description Proportionality, subsidiarity, effectiveness, setting aside objections (motivated) and informing afterwards (with reason). Where the covenant names grounds for sharing without consent (`process.noConsentGrounds`, seed 002 Bijlage A art. 7.3–7.4), each ground motivated (`noConsentGrounds`) and why without consent (`withoutConsentBecause`). Marked complete only when every part is motivated. A partner bound to professional secrecy records its conflict of duties (`conflictOfDuties`) to share without consent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        complete?: boolean;
                        /** @default  */
                        conflictOfDuties?: string;
                        /** @default  */
                        effectiveness?: string;
                        exceptionGround?: string;
                        /** @default true */
                        informAfterwards?: boolean;
                        /** @default  */
                        informAfterwardsReason?: string;
                        noConsentGrounds?: {
                            [key: string]: string;
                        };
                        /** @default  */
                        objectionsMotivation?: string;
                        /** @default  */
                        proportionality?: string;
                        /** @default false */
                        setAsideObjections?: boolean;
                        /** Format: uuid */
                        subjectId?: string;
                        /** @default  */
                        subsidiarity?: string;
                        /** @enum {string} */
                        withoutConsentBecause?: "refused" | "not_askable";
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
                            completed: boolean;
                            id: string;
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
    "/api/collaboration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The configuration of my collaboration (§6) */
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
    "/api/collaboration/table-amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The history of changes to the tables, with their diffs and the partners' consents (admin, manager; seed 000 art. 16.2)
         * @description Newest first. Each names the table, the diff field by field (before/after), who proposed and who adopted it, each partner's recorded consent or refusal (signatory, function, date) and, while pending, the partners whose consent is missing. Audited as `collaboration.amendments.list`.
         */
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
                            consents: {
                                approved: boolean;
                                at: string;
                                partnerId: string;
                                partnerName: string;
                                signatoryFunction: string;
                                signatoryName: string;
                            }[];
                            decidedAt: string | null;
                            decidedBy: string | null;
                            diff: {
                                after: unknown;
                                before: unknown;
                                field: string;
                            }[];
                            id: string;
                            missing: {
                                name: string;
                                partnerId: string;
                            }[];
                            proposedAt: string;
                            proposedBy: string;
                            /** @enum {string} */
                            rule: "all_partners" | "admin";
                            source: string | null;
                            /** @enum {string} */
                            status: "pending" | "adopted" | "rejected";
                            tableId: string;
                        }[];
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
    "/api/collaboration/table-amendments/{id}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adopt a change of a table every partner consented to; the table changes now (admin; seed 000 art. 16.2)
         * @description A 409 naming art. 16.2 and the partners whose consent is missing while any is. Audited as `collaboration.table.update`.
         */
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
                            consents: {
                                approved: boolean;
                                at: string;
                                partnerId: string;
                                partnerName: string;
                                signatoryFunction: string;
                                signatoryName: string;
                            }[];
                            decidedAt: string | null;
                            decidedBy: string | null;
                            diff: {
                                after: unknown;
                                before: unknown;
                                field: string;
                            }[];
                            id: string;
                            missing: {
                                name: string;
                                partnerId: string;
                            }[];
                            proposedAt: string;
                            proposedBy: string;
                            /** @enum {string} */
                            rule: "all_partners" | "admin";
                            source: string | null;
                            /** @enum {string} */
                            status: "pending" | "adopted" | "rejected";
                            tableId: string;
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
    "/api/collaboration/table-amendments/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record my partner's written consent to, or refusal of, a proposed change of a table (manager; seed 000 art. 16.2)
         * @description Only a manager records it, for its own partner, once, and only for a partner that was a member when the change was proposed (403 naming art. 16.2 otherwise; 409 when already recorded or decided). The signatory is the signed-in user with the function given. A refusal ends the proposal. Audited as `collaboration.amendment.consent` or `collaboration.amendment.refuse`.
         */
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
                        approved: boolean;
                        signatoryFunction: string;
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
                            consents: {
                                approved: boolean;
                                at: string;
                                partnerId: string;
                                partnerName: string;
                                signatoryFunction: string;
                                signatoryName: string;
                            }[];
                            decidedAt: string | null;
                            decidedBy: string | null;
                            diff: {
                                after: unknown;
                                before: unknown;
                                field: string;
                            }[];
                            id: string;
                            missing: {
                                name: string;
                                partnerId: string;
                            }[];
                            proposedAt: string;
                            proposedBy: string;
                            /** @enum {string} */
                            rule: "all_partners" | "admin";
                            source: string | null;
                            /** @enum {string} */
                            status: "pending" | "adopted" | "rejected";
                            tableId: string;
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
    "/api/collaboration/table-designations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The functionary designated per table (admin, seed 000 art. 10.2) */
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
    "/api/collaboration/tables/{tableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or change a table (admin)
         * @description The whole configuration is validated with the change; errors name the field. The change is kept with its diff field by field (`amendment`). Where the covenant requires the written consent of all partners (`amendmentApproval.rule` `all_partners`, seed 000 art. 16.2) it is only proposed: 202 with `inForce: false`, the table unchanged until every partner consented and the admin adopted it (POST /api/collaboration/table-amendments/{id}/adopt). Otherwise 200 with `inForce: true` and the configuration.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tableId: string;
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
                    content?: never;
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
    "/api/collaboration/tables/{tableId}/designation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Designate the table's functionary, or end the designation with null (admin, seed 000 art. 10.2)
         * @description New cases at the table go to the designated person. Only an active process director may be designated, and at a table with a responsible officer only one of that officer's partner; otherwise a 400 naming `userId` with the reason. Audited as `table.designate`. Returns every designation of the collaboration.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tableId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string | null;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collaboration/theme.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My collaboration's design tokens as a stylesheet (§6)
         * @description text/css built only from the validated theme tokens of the signed-in user's collaboration; without rules when it sets none.
         */
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
    "/api/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaints, without who complained (P18)
         * @description All for the process director and the privacy officer; for a partner's privacy contact those routed to its organisation.
         */
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
        /**
         * Receive a complaint and route it to the responsible partner (P18)
         * @description Process director only.
         */
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
                        caseId?: string;
                        caseNumber?: string;
                        complainant?: string;
                        /** Format: uuid */
                        concernsPartnerId?: string;
                        receivedAt?: string;
                        summary: string;
                        /** @enum {string} */
                        topic: "treatment" | "help_content" | "processing";
                    };
                };
            };
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
    "/api/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One complaint with who complained, for those who must answer it (P18) */
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
    "/api/complaints/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the complaint was answered (P18)
         * @description By the partner it was routed to, or by the process director or privacy officer on its behalf.
         */
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
                        summary?: string;
                    };
                };
            };
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
    "/api/complaints/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Periodic evaluation of complaints: counts only (P18) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
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
    "/api/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The collaboration's partners and people to ask or invite, and my organisation */
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
    "/api/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The disputes I raised or hold now (audited) */
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
                            abilities: {
                                decide: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            about: "process_director" | "case_director";
                            aboutUserId: string;
                            caseId: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            escalatedAt: string | null;
                            escalatedTo: string | null;
                            escalationReason: string | null;
                            heldBy: string | null;
                            id: string;
                            outcome: string | null;
                            raisedAt: string;
                            raisedBy: string;
                            raisedForPartnerId: string;
                            source: string;
                            /** @enum {string} */
                            status: "open" | "escalated" | "decided";
                            summary: string;
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /**
         * Raise a dispute about the process director or the case director of a case
         * @description By someone working in the case. About the process director it goes to the manager, about a case director to the process director; they are told in the inbox.
         */
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
                        about: "process_director" | "case_director";
                        /** Format: uuid */
                        aboutUserId?: string;
                        /** Format: uuid */
                        caseId: string;
                        summary: string;
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
                            abilities: {
                                decide: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            about: "process_director" | "case_director";
                            aboutUserId: string;
                            caseId: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            escalatedAt: string | null;
                            escalatedTo: string | null;
                            escalationReason: string | null;
                            heldBy: string | null;
                            id: string;
                            outcome: string | null;
                            raisedAt: string;
                            raisedBy: string;
                            raisedForPartnerId: string;
                            source: string;
                            /** @enum {string} */
                            status: "open" | "escalated" | "decided";
                            summary: string;
                            version: number;
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
    "/api/disputes/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome of the dispute (by whoever holds it); the one who raised it is told */
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
                        outcome: string;
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
                            abilities: {
                                decide: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            about: "process_director" | "case_director";
                            aboutUserId: string;
                            caseId: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            escalatedAt: string | null;
                            escalatedTo: string | null;
                            escalationReason: string | null;
                            heldBy: string | null;
                            id: string;
                            outcome: string | null;
                            raisedAt: string;
                            raisedBy: string;
                            raisedForPartnerId: string;
                            source: string;
                            /** @enum {string} */
                            status: "open" | "escalated" | "decided";
                            summary: string;
                            version: number;
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
    "/api/disputes/{id}/escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the dispute to the body the covenant names (by its handler); the manager then records that body’s decision */
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
                        reason: string;
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
                            abilities: {
                                decide: boolean;
                                escalate: boolean;
                            };
                            /** @enum {string} */
                            about: "process_director" | "case_director";
                            aboutUserId: string;
                            caseId: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            escalatedAt: string | null;
                            escalatedTo: string | null;
                            escalationReason: string | null;
                            heldBy: string | null;
                            id: string;
                            outcome: string | null;
                            raisedAt: string;
                            raisedBy: string;
                            raisedForPartnerId: string;
                            source: string;
                            /** @enum {string} */
                            status: "open" | "escalated" | "decided";
                            summary: string;
                            version: number;
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
    "/api/documents/access-answers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The written answer to an open access request (P15); police data marked not to be copied
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
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
    "/api/documents/accession-declarations/{partnerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A joining partner's accession declaration (seed 000 Bijlage 4; admin)
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    partnerId: string;
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
    "/api/documents/accountability-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly accountability report (P19), counts only
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
        get: {
            parameters: {
                query: {
                    year: number;
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
    "/api/documents/confidentiality-declarations/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's confidentiality declaration (seed 000 Bijlage 6): one's own, or any for the admin
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
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
    "/api/documents/declaration-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register of signed confidentiality declarations and VOG checks (seed 002 art. 13.3; admin)
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis.
         */
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
    "/api/documents/published-accountability-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published accountability report (P19, ADR 0166), its counts as published
         * @description A PDF (application/pdf). An export: decided by the access engine and audited with purpose and basis. Read by the manager, the privacy officer, the statistician and each partner's representatives on privacy matters; 404 for a year not published.
         */
        get: {
            parameters: {
                query: {
                    year: number;
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database check
         * @description Status 200 when the database answers and commits a write; 503 with `database` saying why not.
         */
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
                            database: "ok" | "unreachable" | "not_writable";
                            demo: boolean;
                            /** @enum {string} */
                            engine: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ok" | "unavailable";
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
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My notifications, newest first, with the number unread
         * @description Invitations, triage questions, routed rights requests, incidents, actions due, reminders. No case content.
         */
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
    "/api/inbox/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read, or all without an id */
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
                        id?: string;
                    };
                };
            };
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
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incidents with the status of their notices (P17)
         * @description All for the privacy officer and the manager; for others those their organisation was told of, when they are its privacy contact.
         */
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
        /**
         * Register a security incident (P17)
         * @description Partners are to be told within 24 hours of discovery, the Dutch DPA within 72 hours.
         */
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
                        /** @default [] */
                        caseIds?: string[];
                        discoveredAt: string;
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        severity?: "low" | "high" | "unknown";
                        summary: string;
                    };
                };
            };
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
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident: notices, acknowledgements, developments and measures, evaluation (P17) */
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
    "/api/incidents/{id}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The actor's organisation acknowledges the incident notice (P17) */
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
    "/api/incidents/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the incident with an evaluation (P17) */
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
                        evaluation: string;
                    };
                };
            };
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
    "/api/incidents/{id}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the partners or the DPA were notified, or why the DPA need not be (P17) */
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
                        at?: string;
                        /** @enum {string} */
                        kind: "partners";
                    } | {
                        at?: string;
                        /** @enum {string} */
                        kind: "dpa";
                    } | {
                        /** @enum {string} */
                        kind: "dpa_not_required";
                        motivation: string;
                    };
                };
            };
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
    "/api/incidents/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a development or a measure; told partners get it in their inbox (P17, art. 14.4) */
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
                        body: string;
                        /** @enum {string} */
                        kind: "development" | "measure";
                    };
                };
            };
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
    "/api/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agenda: meetings in a period, by case number only */
        get: {
            parameters: {
                query: {
                    from: string;
                    tableId?: string;
                    to: string;
                    workArea?: string;
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
    "/api/membership-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decisions that ended a membership other than by ordinary notice (P1)
         * @description Exclusions by the steering group, withdrawals on an unacceptable amendment and immediate terminations with every partner’s consent, newest first, with who recorded each. Admin and manager; audited as `partner.membership_decisions`.
         */
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
                            amendment: {
                                takesEffectAt: string;
                                title: string;
                            } | null;
                            consents: string[];
                            decidedAt: string;
                            effectiveAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "exclusion" | "withdrawal_on_amendment" | "immediate_termination";
                            noticeOfDefault: {
                                givenAt: string;
                                reference: string | null;
                            } | null;
                            partnerId: string;
                            partnerName: string;
                            reason: string;
                            recordedByName: string;
                            votes: {
                                against: number;
                                for: number;
                            } | null;
                        }[];
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
    "/api/my-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My organisation's open plan actions across the cases I may read, overdue first
         * @description Decided per case by the access engine as the action list is; a case the user may not read is left out. Every case shown is audited.
         */
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
                            caseId: string;
                            caseNumber: string;
                            description: string;
                            dueAt: string | null;
                            id: string;
                            meetingId: string | null;
                            mine: boolean;
                            overdue: boolean;
                        }[];
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
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partners and their membership (P1)
         * @description Admin only.
         */
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
        /**
         * A request to join the covenant (P1)
         * @description The candidate is recorded as a non-member. It becomes a member only when the approvals the covenant demands and its signed accession declaration are recorded. Admin only.
         */
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
                        legalBasisCatalogue: {
                            description?: string;
                            /** @enum {string} */
                            kind: "consent" | "legal_obligation" | "vital_interest" | "public_task" | "wpg20" | "legitimate_interest" | "compatible_further_processing" | "conflict_of_duties";
                            law?: string;
                        }[];
                        /** @default [] */
                        legalRegimes?: string[];
                        maySeeSpecial: boolean;
                        mayUseBsn: boolean;
                        name: string;
                        professionalSecrecy: boolean;
                        publicAuthority: boolean;
                        slug: string;
                        /** @enum {string} */
                        type: "gemeente" | "politie" | "om" | "reclassering" | "jeugdbescherming" | "raad_kinderbescherming" | "ggz" | "verslavingszorg" | "woningcorporatie" | "maatschappelijk_werk" | "welzijn" | "zorgaanbieder" | "veilig_thuis" | "dji" | "onderwijs" | "other";
                    };
                };
            };
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
    "/api/partners/{partnerId}/accession/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an approval or refusal of a candidate, by a partner or the steering group (P1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    partnerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approved: boolean;
                        at?: string;
                        by: {
                            /** @enum {string} */
                            kind: "partner";
                            /** Format: uuid */
                            partnerId: string;
                        } | {
                            /** @enum {string} */
                            kind: "steering_group";
                        };
                        motivation?: string;
                    };
                };
            };
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
    "/api/partners/{partnerId}/accession/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the signed accession declaration (P1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    partnerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        signedAt?: string;
                    };
                };
            };
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
    "/api/partners/{partnerId}/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner's designated delegates, who speaks for it now, and the history (§7)
         * @description Who speaks for the partner (seed 001 art. 5.3, ADR 0212): its designated users receive the rights requests, incident notices and complaints routed to the partner and read the published accountability report. Without a designation, or when every designated user is deactivated or has left the partner, the derived contacts apply (its privacy officers, else managers, else professionals and process directors). The administrator for any partner; a manager for its own organisation.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    partnerId: string;
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
                            contacts: string[];
                            current: {
                                designatedAt: string;
                                designatedBy: string;
                                designatedByName: string;
                                userIds: string[];
                            } | null;
                            designationInForce: boolean;
                            history: {
                                designatedAt: string;
                                designatedBy: string;
                                designatedByName: string;
                                userIds: string[];
                            }[];
                            partnerId: string;
                            partnerName: string;
                            users: {
                                active: boolean;
                                displayName: string;
                                id: string;
                                ofPartner: boolean;
                                role: string;
                            }[];
                        };
                    };
                };
            };
        };
        /**
         * Designate the users who speak for the partner (§7)
         * @description Who speaks for the partner (seed 001 art. 5.3, ADR 0212): its designated users receive the rights requests, incident notices and complaints routed to the partner and read the published accountability report. Without a designation, or when every designated user is deactivated or has left the partner, the derived contacts apply (its privacy officers, else managers, else professionals and process directors). The administrator for any partner; a manager for its own organisation. Only active users of the partner itself, in a role that speaks for a partner, at most five; an empty list withdraws the designation. Kept with who designated and when.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    partnerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userIds: string[];
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
                            contacts: string[];
                            current: {
                                designatedAt: string;
                                designatedBy: string;
                                designatedByName: string;
                                userIds: string[];
                            } | null;
                            designationInForce: boolean;
                            history: {
                                designatedAt: string;
                                designatedBy: string;
                                designatedByName: string;
                                userIds: string[];
                            }[];
                            partnerId: string;
                            partnerName: string;
                            users: {
                                active: boolean;
                                displayName: string;
                                id: string;
                                ofPartner: boolean;
                                role: string;
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
    "/api/partners/{partnerId}/exclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The steering group excludes the partner (P1)
         * @description Records the decision (date, reason, votes, the notice of default the covenant asks) and who recorded it. With immediate effect the partner is no active member from the decision on: its users act no more. Admin only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    partnerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decidedAt?: string;
                        noticeOfDefault?: {
                            givenAt: string;
                            reference?: string;
                        };
                        reason: string;
                        votes: {
                            against: number;
                            for: number;
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
                            /** @enum {boolean} */
                            confidentialityOutlivesMembership: true;
                            decidedAt: string;
                            effectiveAt: string;
                            id: string;
                            immediate: boolean;
                            noticeOfDefault: {
                                givenAt: string;
                                reference: string | null;
                            } | null;
                            partnerId: string;
                            reason: string;
                            recordedBy: string;
                            source: string;
                            votes: {
                                against: number;
                                for: number;
                            };
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
    "/api/partners/{partnerId}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The partner gives notice (P1)
         * @description The membership ends after the collaboration's notice period, or, with `onAmendment`, on the day the named amendment takes effect where the covenant allows that; from then on its users are refused personal data.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    partnerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        givenAt?: string;
                        onAmendment?: {
                            reason: string;
                            takesEffectAt: string;
                            title: string;
                        };
                        unanimousConsents?: {
                            /** Format: uuid */
                            partnerId: string;
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
    "/api/presence-lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Presence lookup (P14): is this person known in a case, and whom to contact
         * @description Process directors only, for a live case of their collaboration that they handle (forCaseId), on behalf of its registrant. Matches by BSN, or by name and birth date (keyed hashes), across the collaborations of this installation: active cases here, archived dossiers here (archived: true), and decided (accepted, picked up) active cases elsewhere. The answer is yes/no plus one process director contact. At most the collaboration's presenceLookup.maxPerUserPerHour lookups per user per hour (429 after). Logged with the query hash only, which is deleted with the case it was asked for.
         */
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
                        /** Format: date */
                        birthDate?: string;
                        bsn?: string;
                        /** Format: uuid */
                        forCaseId: string;
                        name?: string;
                        /** Format: uuid */
                        onBehalfOfPartnerId?: string;
                    };
                };
            };
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
    "/api/privacy/menu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which of the privacy office's screens the user may use */
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
    "/api/provisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Wpg art. 32 provision log (P9)
         * @description The privacy officer reads every provision; a police partner the provisions of the data it provided. Filters: from (inclusive), to (exclusive), caseNumber.
         */
        get: {
            parameters: {
                query?: {
                    caseNumber?: string;
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
    "/api/provisions/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Wpg art. 32 provision log as CSV (P9)
         * @description The privacy officer reads every provision; a police partner the provisions of the data it provided. Filters: from (inclusive), to (exclusive), caseNumber. An export: audited and registered.
         */
        get: {
            parameters: {
                query?: {
                    caseNumber?: string;
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
    "/api/provisions/oral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an oral provision of police data, e.g. in a meeting (Wpg art. 32, P9)
         * @description By the own people of the police partner that provided the data: one log row per recipient partner, marked oral. The data is described by life domain, never by content.
         */
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
                        caseNumber: string;
                        decisionReference?: string;
                        /** @enum {string} */
                        domain: "housing" | "work_education" | "income_debts" | "social_relations" | "addiction" | "mental_functioning" | "physical_functioning" | "thinking_behaviour_skills" | "police_justice";
                        /** Format: date-time */
                        providedAt: string;
                        /** @enum {string} */
                        purpose: "screening" | "triage" | "rto" | "plan_execution" | "monitoring" | "referral";
                        recipientPartnerIds: string[];
                    };
                };
            };
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
    "/api/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My reminders: informing the subject, rights-request deadlines, incident notices, retention steps, around sessions: actions due or overdue, follow-ups, evaluations, action lists to send (§7); declarations and VOG checks about to expire (the user its own, admins every user) */
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
    "/api/reports/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The yearly accountability report, without personal data (P19) */
        get: {
            parameters: {
                query: {
                    year: number;
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
    "/api/reports/accountability.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly accountability report as CSV: one row per count, small counts suppressed (P19)
         * @description Manager, statistician or privacy officer. No personal data; audited and registered as an export.
         */
        get: {
            parameters: {
                query: {
                    year: number;
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
    "/api/reports/accountability/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published accountability reports, newest year first
         * @description Seed 001 art. 4.4 (ADR 0145, 0166): a year's report as the manager published it after the year ended, counts only with small counts suppressed, never changed afterwards. Read by the manager, the privacy officer, the statistician and each partner's representatives on privacy matters (its privacy officer, else its manager, else its professionals); refused for others (403 P19 not_a_partner_representative; a third party 403 P11).
         */
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
        /**
         * Publish the accountability report of an ended year (manager, P19)
         * @description Seed 001 art. 4.4 (ADR 0145, 0166): a year's report as the manager published it after the year ended, counts only with small counts suppressed, never changed afterwards. Read by the manager, the privacy officer, the statistician and each partner's representatives on privacy matters (its privacy officer, else its manager, else its professionals); refused for others (403 P19 not_a_partner_representative; a third party 403 P11). Refused for a year not yet ended (400, field year) and for a year already published (409).
         */
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
                        year: number;
                    };
                };
            };
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
    "/api/reports/accountability/published.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published accountability report as CSV, its counts as published
         * @description Seed 001 art. 4.4 (ADR 0145, 0166): a year's report as the manager published it after the year ended, counts only with small counts suppressed, never changed afterwards. Read by the manager, the privacy officer, the statistician and each partner's representatives on privacy matters (its privacy officer, else its manager, else its professionals); refused for others (403 P19 not_a_partner_representative; a third party 403 P11). Registered as an export.
         */
        get: {
            parameters: {
                query: {
                    year: number;
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
    "/api/reports/accountability/published/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published accountability report with its counts as published
         * @description Seed 001 art. 4.4 (ADR 0145, 0166): a year's report as the manager published it after the year ended, counts only with small counts suppressed, never changed afterwards. Read by the manager, the privacy officer, the statistician and each partner's representatives on privacy matters (its privacy officer, else its manager, else its professionals); refused for others (403 P19 not_a_partner_representative; a third party 403 P11).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
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
    "/api/reports/case-process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case-level process information of the statistician’s one neighbourhood (004-R09)
         * @description Statistician only, for statistics (seed 004 Bijlage 2): one row per case of the one work area the admin assigned to the statistician (PUT /api/users/{id}/work-areas): phase, step, table and process dates. No case number, lead partner, registrant, name or content. Without an assigned work area: 403.
         */
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
                            cases: {
                                closedOn: string | null;
                                inPhaseSince: string;
                                phase: string;
                                registeredOn: string;
                                /** @description The collaboration's own steps for the phase. */
                                steps: string[];
                                table: string;
                            }[];
                            workArea: {
                                id: string;
                                name: string;
                            };
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
    "/api/reports/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Management figures: cases per phase and table, counts only (P19)
         * @description Manager or statistician. Counts from 1 to 4 are suppressed (null) and the answer says so. `workArea`: only the cases of that configured work area or neighbourhood team.
         */
        get: {
            parameters: {
                query?: {
                    workArea?: string;
                    year?: number;
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
    "/api/reports/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics for research: cases per phase and table, contributions per category
         * @description Statistician or manager. Non-identifying counts only (no case numbers, no lead partners); counts from 1 to 4 suppressed; in Nijmegen nothing non-municipal partners entered (seed 004 Bijlage 2). `workArea`: only the cases (and their contributions) of that configured work area or neighbourhood team.
         */
        get: {
            parameters: {
                query?: {
                    workArea?: string;
                    year?: number;
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
    "/api/reports/statistics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statistics as CSV
         * @description Statistician or manager. Non-identifying counts only (no case numbers, no lead partners); counts from 1 to 4 suppressed; in Nijmegen nothing non-municipal partners entered (seed 004 Bijlage 2). `workArea`: only the cases (and their contributions) of that configured work area or neighbourhood team. Registered as an export.
         */
        get: {
            parameters: {
                query?: {
                    workArea?: string;
                    year?: number;
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
    "/api/reports/statistics.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The statistics as an XLSX workbook
         * @description Statistician or manager. Non-identifying counts only (no case numbers, no lead partners); counts from 1 to 4 suppressed; in Nijmegen nothing non-municipal partners entered (seed 004 Bijlage 2). `workArea`: only the cases (and their contributions) of that configured work area or neighbourhood team. Registered as an export.
         */
        get: {
            parameters: {
                query?: {
                    workArea?: string;
                    year?: number;
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
    "/api/rights-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rights requests with deadline and status (P15)
         * @description The privacy officer's are all; a partner's contact sees those routed to its organisation.
         */
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
        /**
         * Register a data-subject request (P15)
         * @description Deadline from the collaboration's answer term; routed to every partner whose data is involved. Privacy officer only.
         */
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
                        caseId?: string;
                        /** @enum {string} */
                        kind: "information" | "access" | "rectification" | "erasure" | "restriction" | "objection" | "complaint";
                        receivedAt?: string;
                        requester: string;
                        /** Format: uuid */
                        subjectId?: string;
                    };
                };
            };
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
    "/api/rights-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rights request with every routed partner's answer (P15) */
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
    "/api/rights-requests/{id}/access-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The access overview of an open access request (P15, P9)
         * @description Data, purposes, categories, recipients, retention and sources. Police data is shown but left out of the copy.
         */
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
    "/api/rights-requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the request, free of charge; it closes (P15) */
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
    "/api/rights-requests/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A routed partner carries out a rectification, erasure, restriction or objection on its own data about the subject (P15)
         * @description Acts on the one subject of the request, never the whole household: rectification replaces named contributions (the old text is withdrawn) and named meeting notes, plan goals and plan actions (by meeting, kind and present text; the old text is no longer served); erasure overwrites the contributions about this subject alone; restriction and an upheld objection stop their processing (read only within a rights request); an objection the weighing overrides changes nothing and records the reason. Items also about other members are recorded as left shared. Every change is audited; it counts as the partner’s answer.
         */
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
                        corrections: {
                            content: string;
                            /** Format: uuid */
                            contributionId: string;
                        }[];
                        /** @enum {string} */
                        kind: "rectification";
                        meetingItems?: {
                            content: string;
                            /** @enum {string} */
                            kind: "meeting_note" | "plan_goal" | "plan_action";
                            /** Format: uuid */
                            meetingId: string;
                            text: string;
                        }[];
                    } | {
                        /** @enum {string} */
                        kind: "erasure";
                    } | {
                        /** @enum {string} */
                        kind: "restriction";
                    } | {
                        /** @enum {string} */
                        kind: "objection";
                        reason: string;
                        upheld: boolean;
                    };
                };
            };
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
    "/api/rights-requests/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the deadline by at most two months, with a reason (P15) */
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
                        months: number;
                        reason: string;
                    };
                };
            };
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
    "/api/rights-requests/{id}/lift-restriction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The privacy officer lifts the restriction an executed restriction request set (P15; AVG art. 18.3)
         * @description With a reason and the date the subject was informed (beforehand, so not in the future). The data is processed again; each lifted item is recorded as an effect of the request and audited under the subject; the partners that received the lifted data get an inbox notice (AVG art. 19) and the letter to the subject is recorded with the request.
         */
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
                        reason: string;
                        subjectInformedAt: string;
                    };
                };
            };
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
    "/api/rights-requests/{id}/partner-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A routed partner answers for its own data, or refuses citing art. 41 UAVG or art. 27 Wpg (P15) */
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
                        /** @enum {string} */
                        outcome: "answered";
                    } | {
                        /** @enum {string} */
                        ground: "uavg41_a" | "uavg41_b" | "uavg41_c" | "uavg41_d" | "uavg41_e" | "uavg41_f" | "uavg41_g" | "uavg41_h" | "uavg41_i" | "uavg41_j" | "wpg27_a" | "wpg27_b" | "wpg27_c" | "wpg27_d" | "wpg27_e";
                        motivation: string;
                        /** @enum {string} */
                        outcome: "refused";
                        /** @default false */
                        partial?: boolean;
                        /** @enum {string} */
                        regime: "avg" | "wpg";
                    };
                };
            };
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
    "/api/rights-requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse citing art. 41 UAVG or art. 27 Wpg (P15) */
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
                        /** @enum {string} */
                        ground: "uavg41_a" | "uavg41_b" | "uavg41_c" | "uavg41_d" | "uavg41_e" | "uavg41_f" | "uavg41_g" | "uavg41_h" | "uavg41_i" | "uavg41_j" | "wpg27_a" | "wpg27_b" | "wpg27_c" | "wpg27_d" | "wpg27_e";
                        motivation: string;
                        /** @default false */
                        partial?: boolean;
                        /** @enum {string} */
                        regime: "avg" | "wpg";
                    };
                };
            };
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
    "/api/rights-requests/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find the subject of a request by BSN, or by name and birth date, within the collaboration (P15)
         * @description Matches on keyed hashes; returns subject id, case number, relation and phase. Privacy officer only; audited.
         */
        get: {
            parameters: {
                query?: {
                    birthDate?: string;
                    bsn?: string;
                    name?: string;
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
    "/api/role-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Role requests awaiting a second person (four eyes), and recent decisions (admin, manager) */
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
    "/api/role-grants/{grantId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a privileged role (manager; not the requester, not the account itself) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    grantId: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/role-grants/{grantId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a privileged role request (manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    grantId: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tables, work areas and teams that meet on a cadence, with their cadence */
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
    "/api/session-reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My reminders from sessions: actions due or overdue, follow-ups, evaluations */
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
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sessions in a period that I may open */
        get: {
            parameters: {
                query: {
                    bodyId?: string;
                    bodyKind?: "table" | "work_area";
                    from: string;
                    to: string;
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
        /** Add a session outside the cadence */
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
                        bodyId: string;
                        /** @enum {string} */
                        bodyKind: "table" | "work_area";
                        /** Format: uuid */
                        chairUserId?: string;
                        /** Format: uri */
                        link?: string;
                        place?: string;
                        /** Format: date-time */
                        scheduledAt: string;
                    };
                };
            };
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
    "/api/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session with its agenda: items I am invited to in full, others as "niet voor u" */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
        /** Move, cancel or complete a session; set place, link or chair (optimistic locking) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cancelReason?: string;
                        /** Format: uuid */
                        chairUserId?: string;
                        link?: string | null;
                        place?: string | null;
                        /** Format: date-time */
                        scheduledAt?: string;
                        /** @enum {string} */
                        status?: "planned" | "held" | "cancelled";
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
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/sessions/{sessionId}/action-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My action list of the session: my actions per item I am invited to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
    "/api/sessions/{sessionId}/action-list/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the action lists of the held items to their participants (inbox; e-mail linking to each reader's PDF) and record it (due within a week) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/agenda.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agenda as PDF: my items in full, the others as "niet voor u" */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
    "/api/sessions/{sessionId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a case on the agenda: prepares the case discussion (RTO) of this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        caseId: string;
                    };
                };
            };
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
    "/api/sessions/{sessionId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a case off the agenda */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                    sessionId: string;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A session's minutes for the designated functionary of a table that receives them (seed 000 PJO)
         * @description Per individual discussed only the record (date, status, reason, notes) with the case number, and the group and theme items; never names, preparation, invitations, plan or contributions. Only the designated functionary of a table named in the session table's `minutesSharedWith`; others 403 (P2), audited (ADR 0129).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
                                caseNumber: string;
                                heldAt: string | null;
                                itemReason: string;
                                position: number;
                                record: {
                                    date: string | null;
                                    notes: string[];
                                    reason: string;
                                    status: string | null;
                                } | null;
                                scheduledAt: string;
                                status: string;
                            }[];
                            receivedAs: string[];
                            scheduledAt: string;
                            sessionId: string;
                            status: string;
                            tableId: string;
                            tableName: string;
                            topics: {
                                actions: {
                                    description: string;
                                    dueAt: string | null;
                                    ownerPartnerName: string;
                                }[];
                                approach: string | null;
                                description: string;
                                discussedAt: string | null;
                                individualsToRoute: number;
                                kind: string;
                                position: number;
                                routeToTableId: string | null;
                                title: string;
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
    "/api/sessions/{sessionId}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agenda the session proposes: new cases and running cases due */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
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
    "/api/sessions/{sessionId}/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a group or theme on the agenda of a group-level table (no personal data), with the partners invited to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        individualsToRoute?: number;
                        /** @enum {string} */
                        kind: "group" | "theme";
                        partnerIds: string[];
                        routeToTableId?: string | null;
                        title: string;
                    };
                };
            };
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
    "/api/sessions/{sessionId}/topics/{topicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the discussion of a group or theme: the agreed approach, actions per invited partner, individuals routed to another table (counted, not named) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                    topicId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actions: {
                            description: string;
                            dueAt?: (string) | null;
                            /** Format: uuid */
                            ownerPartnerId: string;
                        }[];
                        approach: string;
                        description?: string;
                        individualsToRoute?: number;
                        partnerIds?: string[];
                        routeToTableId?: string | null;
                        title?: string;
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
                    content?: never;
                };
            };
        };
        post?: never;
        /** Take a group or theme that was not discussed off the agenda */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                    topicId: string;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan the sessions of a body from its configured cadence for a rolling horizon (idempotent) */
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
                        bodyId: string;
                        /** @enum {string} */
                        bodyKind: "table" | "work_area";
                        days?: number;
                        /** Format: date */
                        from?: string;
                    };
                };
            };
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
    "/api/team-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The team queue: new registrations of my pool held by a colleague or by nobody
         * @description For process directors: the cases in screening of the tables whose process directors they are among (a table with a responsible officer: that partner's directors), other than their own. Case number, table, date and who holds it; no subject or content. Audited. Other roles get an empty list.
         */
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
                            heldBy: string | null;
                            id: string;
                            number: string;
                            registeredAt: string;
                            tableId: string;
                        }[];
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
    "/api/triage-inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open triage questions addressed to my organisation (no content) */
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users of the collaboration (admin) */
        get: {
            parameters: {
                query?: {
                    partnerId?: string;
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
        /**
         * Create a user (admin)
         * @description A privileged role (privacy officer, process director, manager, admin) needs a second person: the account is created inactive with `pendingApproval: true` until a manager approves it (POST /api/role-grants/{id}/approve). The password is stored as an argon2id hash. Until the confidentiality declaration and VOG check are recorded, the user reaches no personal data (§4).
         */
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
                        displayName: string;
                        /** Format: uuid */
                        partnerId: string;
                        password: string;
                        /** @enum {string} */
                        role: "process_director" | "support" | "professional" | "manager" | "privacy_officer" | "admin" | "statistician" | "third_party";
                        username: string;
                    };
                };
            };
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
    "/api/users/{userId}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's absences with their substitute, the absences in which the user substitutes, and who may substitute (the user itself or the admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
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
                            absences: {
                                endsOn: string;
                                id: string;
                                running: boolean;
                                startsOn: string;
                                substituteName: string;
                                substituteUserId: string;
                                userId: string;
                                userName: string;
                            }[];
                            candidates: {
                                id: string;
                                name: string;
                            }[];
                            substituting: {
                                endsOn: string;
                                id: string;
                                running: boolean;
                                startsOn: string;
                                substituteName: string;
                                substituteUserId: string;
                                userId: string;
                                userName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record an absence and the colleague who substitutes (the user itself or the admin; audited)
         * @description ADR 0116: the substitute is an active colleague of the same partner and role; from `startsOn` to `endsOn` (inclusive, Europe/Amsterdam) the substitute has exactly the access the absent person has in the cases the absent person is staff of or designated in, and every read is audited with the absent person. It ends by itself. All refusals of the form are reported at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endsOn: string;
                        /** Format: date */
                        startsOn: string;
                        /** Format: uuid */
                        substituteUserId: string;
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
                            endsOn: string;
                            id: string;
                            running: boolean;
                            startsOn: string;
                            substituteName: string;
                            substituteUserId: string;
                            userId: string;
                            userName: string;
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
    "/api/users/{userId}/absences/{absenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel an absence (the user itself or the admin; audited); the substitute loses the access at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    absenceId: string;
                    userId: string;
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the confidentiality declaration and/or VOG check (§4) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confidentialityDeclaredAt?: string;
                        vogCheckedAt?: string;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user; its sessions stop working at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
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
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (or clear with null) the address notice e-mails go to: the admin for anyone, a user for itself */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string | null;
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a user's role; effective on its next request */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "process_director" | "support" | "professional" | "manager" | "privacy_officer" | "admin" | "statistician" | "third_party";
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/work-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign the work areas (neighbourhoods) a process director or statistician is responsible for (admin)
         * @description 004-C06: a process director directs several wijken; a case registered in a work area goes to a director responsible for it, where one is. 004-R09: a statistician is given at most one work area and sees the case-level process information of that one only (GET /api/reports/case-process). The ids are the collaboration's `workAreas[].id`; an empty list clears.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workAreas: string[];
                    };
                };
            };
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is due: confidentiality declarations and VOG checks missing, due for renewal or expired (admin, manager)
         * @description Per the collaboration's `declarations` configuration: how long each stays valid, whether the VOG is asked, how many days before expiry a user counts as due, and whether an expired one refuses personal data.
         */
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
    "/api/work-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The team's work queue of every kind: new registrations, triage answers in, meetings to prepare, actions overdue, reminders due
         * @description For process directors. New registrations of the pool (as /api/team-queue: number and holder only); of the cases the access engine lets me read now: triage answers in, planned meetings, open actions past their due date and my reminders that are due. Overdue first, then by due date, unless `sort` asks for due date, case number (newest first) or kind. Search on case number or subject name (names only of cases I may read), filter by kind, paged. Each item links to the screen where the work is done. Audited. Other roles get an empty page.
         */
        get: {
            parameters: {
                query?: {
                    kind?: "new_registration" | "triage_answer" | "meeting_to_prepare" | "action_overdue" | "reminder";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "urgency" | "due" | "case" | "kind";
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
                            counts: {
                                action_overdue: number;
                                meeting_to_prepare: number;
                                new_registration: number;
                                reminder: number;
                                triage_answer: number;
                            };
                            items: {
                                caseId: string | null;
                                caseNumber: string | null;
                                detail: string | null;
                                dueAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "new_registration" | "triage_answer" | "meeting_to_prepare" | "action_overdue" | "reminder";
                                link: string;
                                overdue: boolean;
                                title: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
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
    "/api/wpg20-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The police partners' art. 20 Wpg decisions with their status (P9, ADR 0190)
         * @description In force, suspended or withdrawn, with the recorded changes (newest first): while a decision is not in force, no police data is provided under it.
         */
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
                            decision: string;
                            history: {
                                decisionReference: string | null;
                                reason: string;
                                recordedAt: string;
                                recordedBy: string | null;
                                /** @enum {string} */
                                status: "in_force" | "suspended" | "withdrawn";
                            }[];
                            partnerId: string;
                            partnerName: string;
                            /** @enum {string} */
                            status: "in_force" | "suspended" | "withdrawn";
                        }[];
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
    "/api/wpg20-decisions/{partnerId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the police chief suspended, changed or withdrew the art. 20 Wpg decision, or put it (back) in force (P9, ADR 0190)
         * @description By a user of the police partner itself, with the reason. A change keeps the decision in force under a new decisionReference; a withdrawn decision comes back only as a new decision in force with its reference. Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    partnerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decisionReference?: string;
                        reason: string;
                        /** @enum {string} */
                        status: "in_force" | "suspended" | "withdrawn";
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
                            recordedAt: string;
                            /** @enum {string} */
                            status: "in_force" | "suspended" | "withdrawn";
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
