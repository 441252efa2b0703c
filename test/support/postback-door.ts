// The setup most postback test files share: a fresh workspace, its merchant's
// keys and a fast door, made before the file's tests and removed after them.
// Call at the top of a test file; read the fields inside tests (they are set
// by the file's beforeAll).
import { afterAll, beforeAll } from "vitest";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "./factory";
import { startDoor, type RunningDoor } from "./doors";
import { addMerchantKeys, signedPost, type MerchantKeys } from "./postback";

export class PostbackDoor {
  ws!: TestWorkspace;
  keys!: MerchantKeys;
  server!: RunningDoor;
  private n = 0;

  constructor(private readonly prefix: string) {}

  /** A new order id, unique to this file's workspace. */
  orderId = (): string => `${this.prefix}-${this.ws.tag}-${++this.n}`;

  /** A body signed with the merchant's current secret (or `secret`), posted to the door. */
  post = (body: Record<string, unknown>, secret: string = this.keys.current): Promise<Response> => signedPost(this.server.url, this.ws.merchantId, secret, body);
}

/** env: extra environment for the door (FAST_DOORS_ONLY: "0" serves the Next.js pages and APIs too; that needs a build). */
export function postbackDoorForFile(prefix: string, env: Record<string, string> = {}): PostbackDoor {
  const door = new PostbackDoor(prefix);
  beforeAll(async () => {
    door.ws = await createTestWorkspace();
    door.keys = await addMerchantKeys(door.ws.id, door.ws.merchantId);
    door.server = await startDoor("fast", env);
  }, 120_000);
  afterAll(async () => {
    await door.server?.stop();
    await deleteTestWorkspace(door.ws);
  });
  return door;
}
