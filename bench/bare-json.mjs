// The baseline: a bare node:http server that reads a POST body, parses it and
// answers 201 with a small JSON document, on the same machine in the same run.
import http from "node:http";

http
  .createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const answer = JSON.stringify({ id: "cnv_baseline", duplicate: false, orderId: body.order_id });
      res.writeHead(201, { "content-type": "application/json", "content-length": Buffer.byteLength(answer) });
      res.end(answer);
    });
  })
  .listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
