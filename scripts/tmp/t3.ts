import { schemaDrift } from "../../lib/db/drift";
const t0 = Date.now();
console.log(await schemaDrift(), Date.now() - t0);
