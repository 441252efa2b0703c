import { describe, expect, it } from "vitest";
import { can, isBrandRole, PERMISSIONS } from "@/lib/auth/permissions";

describe("permission table", () => {
  it("gives analysts read-only access", () => {
    const analyst = Object.keys(PERMISSIONS).filter((p) => can("analyst", p as keyof typeof PERMISSIONS));
    // an export reads rows and writes nothing
    expect(analyst.filter((p) => !p.endsWith(".read") && !p.endsWith(".export"))).toEqual([]);
    expect(can("analyst", "analytics.export")).toBe(true);
    expect(can("analyst", "creators.write")).toBe(false);
  });

  it("keeps creators out of every brand permission and brand roles out of the portal", () => {
    for (const p of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      const portal = p.startsWith("portal.");
      expect(can("creator", p), p).toBe(portal);
      for (const role of ["owner", "manager", "analyst"] as const) if (portal) expect(can(role, p), `${role} ${p}`).toBe(false);
    }
  });

  it("reserves money-moving and secret-handling actions for owners", () => {
    expect(can("owner", "payouts.run")).toBe(true);
    expect(can("manager", "payouts.run")).toBe(false);
    expect(can("manager", "merchants.write")).toBe(false);
    expect(isBrandRole("creator")).toBe(false);
  });
});
