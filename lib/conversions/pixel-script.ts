// The merchant-side snippet. On any page it keeps the `clk` from the landing
// URL in a first-party cookie on the merchant's own site (30 days); on the
// thank-you page the merchant calls creatorLedger.order({...}) and the order
// is reported through /api/pixel.gif with the stored click id.
export function pixelScript(origin: string, key: string): string {
  const endpoint = JSON.stringify(`${origin}/api/pixel.gif`);
  return `(function () {
  var KEY = ${JSON.stringify(key)}, ENDPOINT = ${endpoint}, COOKIE = "_cl_clk";
  var m = /[?&]clk=([A-Za-z0-9_-]{1,64})(?:&|$)/.exec(location.search);
  if (m) document.cookie = COOKIE + "=" + m[1] + "; Max-Age=2592000; Path=/; SameSite=Lax" + (location.protocol === "https:" ? "; Secure" : "");
  function stored() { var c = /(?:^|; )_cl_clk=([A-Za-z0-9_-]+)/.exec(document.cookie); return c ? c[1] : null; }
  window.creatorLedger = {
    clickId: stored,
    order: function (o) {
      var q = ["key=" + encodeURIComponent(KEY)], clk = stored();
      if (clk) q.push("click_id=" + clk);
      for (var k in o) if (o[k] !== undefined && o[k] !== null) q.push(encodeURIComponent(k) + "=" + encodeURIComponent(String(o[k])));
      q.push("_=" + Date.now()); // a repeat call must reach us, not the image cache
      var img = new Image(1, 1);
      img.src = ENDPOINT + "?" + q.join("&");
      return img;
    }
  };
})();
`;
}
