// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
// @ts-nocheck -- Ajv's standalone code is plain JavaScript; the exported table below carries the types.
import { validationFormats } from "../src/validation-formats.ts";
import type { RequestValidatorTable } from "../src/validation-types.ts";

export const validatePatchClientContactPhoneParams = validate20;
const schema31 = {
  $id: "urn:caliber:request:validatePatchClientContactPhoneParams",
  type: "object",
  properties: {
    path: {
      type: "object",
      properties: { clientContactId: { type: "integer", minimum: -2147483648, maximum: 2147483647 } },
      additionalProperties: false,
      required: ["clientContactId"],
    },
    query: { type: "object", properties: {}, additionalProperties: false },
  },
  required: ["path"],
};
function validate20(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="urn:caliber:request:validatePatchClientContactPhoneParams" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "path" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.clientContactId === undefined) {
          const err1 = {
            instancePath: instancePath + "/path",
            keyword: "required",
            params: { missingProperty: "clientContactId" },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "clientContactId")) {
            const err2 = {
              instancePath: instancePath + "/path",
              keyword: "additionalProperties",
              params: { additionalProperty: key0 },
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.clientContactId !== undefined) {
          let data1 = data0.clientContactId;
          if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
            const err3 = {
              instancePath: instancePath + "/path/clientContactId",
              keyword: "type",
              params: { type: "integer" },
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 2147483647 || isNaN(data1)) {
              const err4 = {
                instancePath: instancePath + "/path/clientContactId",
                keyword: "maximum",
                params: { comparison: "<=", limit: 2147483647 },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1 < -2147483648 || isNaN(data1)) {
              const err5 = {
                instancePath: instancePath + "/path/clientContactId",
                keyword: "minimum",
                params: { comparison: ">=", limit: -2147483648 },
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/path", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const err7 = {
            instancePath: instancePath + "/query",
            keyword: "additionalProperties",
            params: { additionalProperty: key1 },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/query", keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: { path: true, query: true }, dynamicProps: false, dynamicItems: false };
export const validatePhone = validate21;
const schema32 = {
  $id: "urn:caliber:schemas:Phone",
  type: "object",
  additionalProperties: false,
  properties: {
    PhoneID: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
    RefType: { $ref: "urn:caliber:schemas:ObjectTypes" },
    RefID: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
    PhoneType: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
    PhoneTypeName: { type: "string" },
    AreaCode: { type: "string" },
    Number: { type: "string" },
    Extension: { type: "string" },
    IsPrimary: { type: "boolean" },
    IsSecondary: { type: "boolean" },
    NameOption: { $ref: "urn:caliber:schemas:NameOptions" },
    IsDeleted: { type: "boolean" },
    DateCreated: { type: "string", format: "date-time" },
    CreatedBy: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
    LastModified: { type: "string", format: "date-time" },
    ModifiedBy: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
  },
};
const schema33 = { $id: "urn:caliber:schemas:ObjectTypes", type: "integer", enum: [0] };
const schema34 = { $id: "urn:caliber:schemas:NameOptions", type: "integer", enum: [0] };
const func1 = Object.prototype.hasOwnProperty;
const formats0 = validationFormats["date-time"];
function validate21(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="urn:caliber:schemas:Phone" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err0 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.PhoneID !== undefined) {
      let data0 = data.PhoneID;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/PhoneID", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2147483647 || isNaN(data0)) {
          const err2 = {
            instancePath: instancePath + "/PhoneID",
            keyword: "maximum",
            params: { comparison: "<=", limit: 2147483647 },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < -2147483648 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + "/PhoneID",
            keyword: "minimum",
            params: { comparison: ">=", limit: -2147483648 },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.RefType !== undefined) {
      let data1 = data.RefType;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/RefType", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 0)) {
        const err5 = {
          instancePath: instancePath + "/RefType",
          keyword: "enum",
          params: { allowedValues: schema33.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.RefID !== undefined) {
      let data2 = data.RefID;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err6 = { instancePath: instancePath + "/RefID", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 2147483647 || isNaN(data2)) {
          const err7 = {
            instancePath: instancePath + "/RefID",
            keyword: "maximum",
            params: { comparison: "<=", limit: 2147483647 },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2 < -2147483648 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + "/RefID",
            keyword: "minimum",
            params: { comparison: ">=", limit: -2147483648 },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.PhoneType !== undefined) {
      let data3 = data.PhoneType;
      if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err9 = { instancePath: instancePath + "/PhoneType", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 2147483647 || isNaN(data3)) {
          const err10 = {
            instancePath: instancePath + "/PhoneType",
            keyword: "maximum",
            params: { comparison: "<=", limit: 2147483647 },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3 < -2147483648 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + "/PhoneType",
            keyword: "minimum",
            params: { comparison: ">=", limit: -2147483648 },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.PhoneTypeName !== undefined) {
      if (typeof data.PhoneTypeName !== "string") {
        const err12 = { instancePath: instancePath + "/PhoneTypeName", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.AreaCode !== undefined) {
      if (typeof data.AreaCode !== "string") {
        const err13 = { instancePath: instancePath + "/AreaCode", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.Number !== undefined) {
      if (typeof data.Number !== "string") {
        const err14 = { instancePath: instancePath + "/Number", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.Extension !== undefined) {
      if (typeof data.Extension !== "string") {
        const err15 = { instancePath: instancePath + "/Extension", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.IsPrimary !== undefined) {
      if (typeof data.IsPrimary !== "boolean") {
        const err16 = { instancePath: instancePath + "/IsPrimary", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.IsSecondary !== undefined) {
      if (typeof data.IsSecondary !== "boolean") {
        const err17 = { instancePath: instancePath + "/IsSecondary", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.NameOption !== undefined) {
      let data10 = data.NameOption;
      if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
        const err18 = { instancePath: instancePath + "/NameOption", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data10 === 0)) {
        const err19 = {
          instancePath: instancePath + "/NameOption",
          keyword: "enum",
          params: { allowedValues: schema34.enum },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.IsDeleted !== undefined) {
      if (typeof data.IsDeleted !== "boolean") {
        const err20 = { instancePath: instancePath + "/IsDeleted", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.DateCreated !== undefined) {
      let data12 = data.DateCreated;
      if (typeof data12 === "string") {
        if (!formats0(data12)) {
          const err21 = {
            instancePath: instancePath + "/DateCreated",
            keyword: "format",
            params: { format: "date-time" },
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/DateCreated", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.CreatedBy !== undefined) {
      let data13 = data.CreatedBy;
      if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
        const err23 = { instancePath: instancePath + "/CreatedBy", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 2147483647 || isNaN(data13)) {
          const err24 = {
            instancePath: instancePath + "/CreatedBy",
            keyword: "maximum",
            params: { comparison: "<=", limit: 2147483647 },
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data13 < -2147483648 || isNaN(data13)) {
          const err25 = {
            instancePath: instancePath + "/CreatedBy",
            keyword: "minimum",
            params: { comparison: ">=", limit: -2147483648 },
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.LastModified !== undefined) {
      let data14 = data.LastModified;
      if (typeof data14 === "string") {
        if (!formats0(data14)) {
          const err26 = {
            instancePath: instancePath + "/LastModified",
            keyword: "format",
            params: { format: "date-time" },
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/LastModified", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.ModifiedBy !== undefined) {
      let data15 = data.ModifiedBy;
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        const err28 = { instancePath: instancePath + "/ModifiedBy", keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 > 2147483647 || isNaN(data15)) {
          const err29 = {
            instancePath: instancePath + "/ModifiedBy",
            keyword: "maximum",
            params: { comparison: "<=", limit: 2147483647 },
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data15 < -2147483648 || isNaN(data15)) {
          const err30 = {
            instancePath: instancePath + "/ModifiedBy",
            keyword: "minimum",
            params: { comparison: ">=", limit: -2147483648 },
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
  } else {
    const err31 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

/** Validators per path template and method, as `requestValidators[path][method]`. */
export const requestValidators: RequestValidatorTable = {
  __proto__: null,
  "/api/v2/clientcontact/{clientContactId}/phone": {
    patch: { params: validatePatchClientContactPhoneParams, bodyRequired: true, body: validatePhone },
  },
};
