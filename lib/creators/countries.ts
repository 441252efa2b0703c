// ISO 3166-1 alpha-2 codes and names, from countries-list (maintained, and
// already what geoip-country resolves click countries with).
import { countries } from "countries-list";

export const COUNTRY_OPTIONS: { code: string; name: string }[] = Object.entries(countries)
  .map(([code, c]) => ({ code, name: c.name }))
  .sort((a, b) => a.name.localeCompare(b.name));

const CODES = new Set(COUNTRY_OPTIONS.map((c) => c.code));

export const isCountryCode = (code: string): boolean => CODES.has(code);

export const countryName = (code: string | null): string => (code ? (countries as Record<string, { name: string }>)[code]?.name ?? code : "—");
