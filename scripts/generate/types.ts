import openapiTS, { astToString } from "openapi-typescript";
import { pathToFileURL } from "node:url";

/** `paths`, `components` and `operations`, as openapi-typescript derives them from the spec. */
export async function generateTypes(specPath: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), { silent: true });
  return astToString(ast);
}
