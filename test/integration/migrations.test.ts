import { describe, expect, it } from "vitest";
import { schemaDrift } from "@/lib/db/drift";
import { applyMigrations } from "@/lib/db/schema-engine";

describe("migrations", () => {
  it("agree with schema.prisma (drift test)", async () => {
    expect(await schemaDrift()).toEqual([]);
  }, 120_000);

  it("are already applied to the test database, and a second apply changes nothing", async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
  });
});
