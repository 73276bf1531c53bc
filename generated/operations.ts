// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type { OperationInfo } from "../src/operation-info.ts";

/** Every operation of the spec with its parameters, request media types, body models and data contracts. */
export const operations: readonly OperationInfo[] = [
  {
    "path": "/api/v2/clientcontact/{clientContactId}/phone",
    "method": "patch",
    "operationId": "patchClientContactPhone",
    "parameters": [
      {
        "name": "clientContactId",
        "in": "path",
        "required": true,
        "model": {
          "kind": "integer"
        }
      }
    ],
    "requestMediaTypes": [
      "application/json",
      "text/json",
      "application/xml",
      "text/xml",
      "application/x-www-form-urlencoded"
    ],
    "requestBody": {
      "kind": "object",
      "type": "Phone"
    },
    "types": {
      "Phone": {
        "name": "Phone",
        "namespace": "http://schemas.datacontract.org/2004/07/CaliberAPI",
        "members": [
          [
            "AreaCode",
            {
              "kind": "string",
              "nullable": true
            }
          ],
          [
            "CreatedBy",
            {
              "kind": "integer"
            }
          ],
          [
            "DateCreated",
            {
              "kind": "date-time"
            }
          ],
          [
            "Extension",
            {
              "kind": "string",
              "nullable": true
            }
          ],
          [
            "IsDeleted",
            {
              "kind": "boolean"
            }
          ],
          [
            "IsPrimary",
            {
              "kind": "boolean"
            }
          ],
          [
            "IsSecondary",
            {
              "kind": "boolean"
            }
          ],
          [
            "LastModified",
            {
              "kind": "date-time"
            }
          ],
          [
            "ModifiedBy",
            {
              "kind": "integer"
            }
          ],
          [
            "NameOption",
            {
              "kind": "enum",
              "members": {
                "0": "Contact1"
              }
            }
          ],
          [
            "Number",
            {
              "kind": "string",
              "nullable": true
            }
          ],
          [
            "PhoneID",
            {
              "kind": "integer"
            }
          ],
          [
            "PhoneType",
            {
              "kind": "integer"
            }
          ],
          [
            "PhoneTypeName",
            {
              "kind": "string",
              "nullable": true
            }
          ],
          [
            "RefID",
            {
              "kind": "integer"
            }
          ],
          [
            "RefType",
            {
              "kind": "enum",
              "members": {
                "0": "Division"
              }
            }
          ]
        ]
      }
    }
  }
];
