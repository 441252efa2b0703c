// The baseline: a bare node:http server answering the same kind of 302.
import http from "node:http";

const location = "https://shop.example/p/1?color=red&utm_source=bench-creator&utm_medium=influencer&utm_campaign=bench&utm_content=story&clk=V1StGXR8_Z5jdHi6B-myT";
http
  .createServer((req, res) => {
    res.writeHead(302, { location, "cache-control": "private, no-store, max-age=0", "content-length": 0 });
    res.end();
  })
  .listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
