/**
 * The CJS build's stand-in for load-operation.ts (tsup.config.ts): every operation's facts and validators loaded
 * with the rest of the package, as in Node there is no chunk to fetch (and esbuild's CommonJS output would wrap each
 * chunk in a lazy initializer that never runs again once it has thrown).
 */
import { hasXmlBody, hasXmlResponse, requestBodyDates, requestParameterDates } from "../../generated/body-formats.ts";
import { requestValidators } from "../../generated/validators.ts";
import type { DateLocations } from "./date-values.ts";
import type { OperationFacts } from "./operation-facts.ts";
import type { OperationValidation } from "./operation-validation.ts";
import type { OperationValidators } from "./validator-types.ts";
import * as checks from "./request-issues.ts";

const dates: Readonly<Record<string, DateLocations | undefined>> = requestBodyDates;
const parameterDates: Readonly<Record<string, DateLocations | undefined>> = requestParameterDates;
const known: Record<string, OperationFacts | null | undefined> = { __proto__: null } as never;
const validation: Record<string, OperationValidation | undefined> = { __proto__: null } as never;

/** `requestValidators[path][method]` of a label (`PATCH /path`). */
function validatorsOf(label: string): OperationValidators | undefined {
  const space = label.indexOf(" ");
  return requestValidators[label.slice(space + 1)]?.[label.slice(0, space).toLowerCase()];
}

/** The operation's facts (made on first use), `null` if the spec lacks it. */
export function knownOperation(label: string): OperationFacts | null {
  const made = known[label];
  if (made !== undefined) return made;
  if (!Object.hasOwn(hasXmlBody, label)) return (known[label] = null);
  const module = { validators: validatorsOf(label)! };
  return (known[label] = {
    ...(hasXmlBody[label] ? { xmlBody: true } : {}),
    ...(hasXmlResponse[label] ? { xmlResponse: true } : {}),
    ...(dates[label] === undefined ? {} : { dates: dates[label] }),
    ...(parameterDates[label] === undefined ? {} : { parameterDates: parameterDates[label] }),
    load: () => Promise.resolve(module),
  });
}

export const loadOperation = (label: string): Promise<OperationFacts | null> => Promise.resolve(knownOperation(label));

export const loadedValidation = (label: string): OperationValidation =>
  (validation[label] ??= { validators: knownOperation(label) ? validatorsOf(label) : undefined, checks });

export const loadValidation = (label: string): Promise<OperationValidation> => Promise.resolve(loadedValidation(label));
