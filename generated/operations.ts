// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type { OperationInfo } from "../src/operation-info.ts";

/** Every operation of the spec with its path parameters, request media types, body fields and XML shape. */
export const operations: readonly OperationInfo[] = [
  {
    "path": "/api/v2/clientcontact/{clientContactId}/phone",
    "method": "patch",
    "operationId": "patchClientContactPhone",
    "pathParameters": [
      {
        "name": "clientContactId",
        "type": "integer"
      }
    ],
    "requestMediaTypes": [
      "application/json",
      "text/json",
      "application/xml",
      "text/xml",
      "application/x-www-form-urlencoded"
    ],
    "bodyFields": {
      "PhoneID": {
        "type": "integer"
      },
      "RefType": {
        "type": "integer",
        "enumNames": {
          "0": "Division"
        }
      },
      "RefID": {
        "type": "integer"
      },
      "PhoneType": {
        "type": "integer"
      },
      "PhoneTypeName": {
        "type": "string"
      },
      "AreaCode": {
        "type": "string"
      },
      "Number": {
        "type": "string"
      },
      "Extension": {
        "type": "string"
      },
      "IsPrimary": {
        "type": "boolean"
      },
      "IsSecondary": {
        "type": "boolean"
      },
      "NameOption": {
        "type": "integer",
        "enumNames": {
          "0": "Contact1"
        }
      },
      "IsDeleted": {
        "type": "boolean"
      },
      "DateCreated": {
        "type": "string"
      },
      "CreatedBy": {
        "type": "integer"
      },
      "LastModified": {
        "type": "string"
      },
      "ModifiedBy": {
        "type": "integer"
      }
    },
    "xmlBody": {
      "root": "Phone",
      "namespace": "http://schemas.datacontract.org/2004/07/CaliberAPI",
      "order": [
        "AreaCode",
        "CreatedBy",
        "DateCreated",
        "Extension",
        "IsDeleted",
        "IsPrimary",
        "IsSecondary",
        "LastModified",
        "ModifiedBy",
        "NameOption",
        "Number",
        "PhoneID",
        "PhoneType",
        "PhoneTypeName",
        "RefID",
        "RefType"
      ]
    }
  }
];
