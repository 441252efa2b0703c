import { diffToSchema } from "../../lib/db/schema-engine";
const sql = await diffToSchema({ tag: "empty" });
console.log(sql.slice(0, 600), sql.length);
