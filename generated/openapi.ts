// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type * as enums from "./enums.ts";
export interface paths {
    "/api/v2/clientcontact/{clientContactId}/phone": {
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
         * Update a client contact's phone
         * @description Sends a `Phone` to the client contact named by `clientContactId`.
         *
         *     The help page marks no body field as required, and documents five request formats. It documents the
         *     response only as `HttpResponseMessage`, so the status codes and the response body are not documented.
         */
        patch: operations["patchClientContactPhone"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A phone number of a client contact. The help page marks no field as required.
         *
         *     In XML it is written as .NET's DataContract serializer reads it: root element `Phone` in the namespace
         *     below, members in alphabetical order, enums by member name (`Division`, not `0`), only the fields given.
         */
        Phone: {
            /**
             * Format: int32
             * @description Id of the phone record.
             */
            PhoneID?: number;
            RefType?: components["schemas"]["ObjectTypes"];
            /**
             * Format: int32
             * @description Id of the record the phone belongs to, of the kind given by `RefType`.
             */
            RefID?: number;
            /**
             * Format: int32
             * @description Id of the phone's type.
             */
            PhoneType?: number;
            /** @description Name of the phone's type. */
            PhoneTypeName?: string;
            /** @description Area code of the number. */
            AreaCode?: string;
            /** @description The phone number, without area code or extension. */
            Number?: string;
            /** @description Extension to dial after the number. */
            Extension?: string;
            /** @description Whether this is the primary phone. */
            IsPrimary?: boolean;
            /** @description Whether this is the secondary phone. */
            IsSecondary?: boolean;
            NameOption?: components["schemas"]["NameOptions"];
            /** @description Whether the phone is marked as deleted. */
            IsDeleted?: boolean;
            /**
             * Format: date-time
             * @description When the phone was created (RFC 3339; the page's sample has 7 fraction digits and an offset).
             */
            DateCreated?: string;
            /**
             * Format: int32
             * @description Id of the user who created the phone.
             */
            CreatedBy?: number;
            /**
             * Format: date-time
             * @description When the phone was last modified (RFC 3339).
             */
            LastModified?: string;
            /**
             * Format: int32
             * @description Id of the user who last modified the phone.
             */
            ModifiedBy?: number;
        };
        /**
         * Format: int32
         * @description Kind of record a phone belongs to (a .NET enum, sent as its number in JSON and form bodies and by name in XML).
         *
         *     **Known members:** `0` = `Division`, the only member the help page shows (in its XML sample).
         *
         *     **Unknown members:** the server's enum surely has more members, but the page does not show them. This
         *     description lists only what is documented, and the enum is closed: the client refuses any other number
         *     before sending, because an undocumented number can be neither checked nor written by name in XML. Adding a
         *     member here is a compatible change (a minor version). Until then, a caller who must send another member
         *     can turn validation off (`validate: false`).
         * @enum {integer}
         */
        ObjectTypes: enums.ObjectTypes;
        /**
         * Format: int32
         * @description How the contact's name is shown with the phone (a .NET enum, sent as its number in JSON and form bodies and by
         *     name in XML).
         *
         *     **Known members:** `0` = `Contact1`, the only member the help page shows (in its XML sample).
         *
         *     **Unknown members:** the server's enum surely has more members, but the page does not show them. This
         *     description lists only what is documented, and the enum is closed: the client refuses any other number
         *     before sending, because an undocumented number can be neither checked nor written by name in XML. Adding a
         *     member here is a compatible change (a minor version). Until then, a caller who must send another member
         *     can turn validation off (`validate: false`).
         * @enum {integer}
         */
        NameOptions: enums.NameOptions;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    patchClientContactPhone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the client contact whose phone is updated. */
                clientContactId: number;
            };
            cookie?: never;
        };
        /** @description The phone. Its format is chosen by the request's `Content-Type`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Phone"];
                "text/json": components["schemas"]["Phone"];
                "application/xml": components["schemas"]["Phone"];
                "text/xml": components["schemas"]["Phone"];
                "application/x-www-form-urlencoded": components["schemas"]["Phone"];
            };
        };
        responses: {
            /**
             * @description Success. The help page documents the response only as `HttpResponseMessage`: its status code and body
             *     are not documented, so no body schema is given.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": unknown;
                };
            };
            /** @description Any other status. The help page documents no error status codes and no error body format. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": unknown;
                };
            };
        };
    };
}
