import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The help page the spec is written from: a verbatim copy of shared/seed is kept in spec/help-pages/. */
export const helpPageText = readFileSync(
  fileURLToPath(new URL("../../spec/help-pages/PATCH-api-v2-clientcontact-clientContactId-phone.txt", import.meta.url)),
  "utf8",
);

/** The page's samples, cut out of its text exactly as printed. */
export function helpPageSamples(): { json: string; xml: string } {
  const json = /Sample:\n(\{[\s\S]*?\n\})/.exec(helpPageText)?.[1];
  const xml = /Sample:\n(<Phone[\s\S]*?<\/Phone>)/.exec(helpPageText)?.[1];
  if (!json || !xml) throw new Error("help page: could not find its JSON and XML samples");
  return { json, xml };
}
