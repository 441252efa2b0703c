import { customAlphabet, nanoid } from "nanoid";

// Prefixed, unguessable ids (as Dub does): the prefix tells a log reader what
// the id is; 16 url-safe characters leave ~95 bits of randomness.
const body = customAlphabet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 16);

export type IdPrefix = "ws" | "usr" | "mem" | "cr" | "hdl" | "ctr" | "brief" | "acc" | "cmp" | "mer" | "sec" | "plc" | "lnk" | "cpn" | "post" | "cnv" | "com" | "pay" | "pl" | "rev" | "aud" | "pbl" | "inv" | "cost";

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${body()}`;
}

/** Click ids travel in URLs (`clk`): url-safe, 21 characters (~126 bits), never starting with "-" or "_". */
export function newClickId(): string {
  // A leading "-" would make a spreadsheet read the id as a formula, so CSV
  // exports would have to escape it ("'-…") and the exported id would no longer
  // match the one in the URL, the postback and the database. Drawing again
  // (1 time in 32) keeps every allowed id equally likely and costs the
  // redirect less than a second generator would (bench:redirect-pieces).
  let id = nanoid();
  while (id[0] === "-" || id[0] === "_") id = nanoid();
  return id;
}

const codeBody = customAlphabet("23456789abcdefghjkmnpqrstuvwxyz", 7);
/** Short link codes: no look-alike characters, lower case, for reading aloud. */
export function newLinkCode(): string {
  return codeBody();
}
