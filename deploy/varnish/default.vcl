vcl 4.1;

# Köprü's caching proxy (Varnish 7). In front of the app:
# - caches what the app marks cacheable (Cache-Control s-maxage; stale-while-revalidate
#   becomes grace), and nothing else;
# - never caches signed-in, API-key or preview requests (they go straight to the app);
# - drops all cached pages when the app says content changed (BAN from lib/cachePurge.ts),
#   so publishing reaches readers at once.

import std;

backend app {
  .host = "app";
  .port = "3000";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .probe = {
    .url = "/api/health";
    .interval = 5s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
  }
}

# Who may ban: the app's own hosts (loopback and private networks of a compose or cluster).
acl purgers {
  "localhost";
  "127.0.0.1";
  "::1";
  "10.0.0.0"/8;
  "172.16.0.0"/12;
  "192.168.0.0"/16;
}

sub vcl_recv {
  if (req.method == "BAN") {
    if (!client.ip ~ purgers) {
      return (synth(403, "Not allowed to ban"));
    }
    # X-Ban-Url: a regular expression over paths ("^/" = everything).
    ban("obj.http.x-url ~ " + req.http.X-Ban-Url);
    return (synth(200, "Banned"));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Signed-in staff, previews, API keys: never from the cache, never into it.
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=") {
    return (pass);
  }
  # The admin and its API calls are never cached.
  if (req.url ~ "^/admin") {
    return (pass);
  }
  # Anonymous readers carry no state the pages depend on.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  # Remember the path for bans (ban lurker friendly: no req.* in ban expressions).
  set beresp.http.x-url = bereq.url;
  if (beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    return (deliver);
  }
  if (beresp.http.Cache-Control ~ "stale-while-revalidate=\d+") {
    set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, ".*stale-while-revalidate=(\d+).*", "\1") + "s", 0s);
  }
  # Errors are not kept (a 404 today may be a published page in a minute).
  if (beresp.status >= 400) {
    set beresp.ttl = 0s;
    set beresp.uncacheable = true;
  }
  return (deliver);
}

sub vcl_deliver {
  if (req.http.X-Kopru-Pass) {
    set resp.http.X-Cache = "PASS";
  } else if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  unset resp.http.x-url;
  # Rate-limit headers belong to the request that reached the app, not to a cached copy.
  if (obj.hits > 0) {
    unset resp.http.RateLimit-Limit;
    unset resp.http.RateLimit-Remaining;
    unset resp.http.RateLimit-Reset;
    unset resp.http.RateLimit-Policy;
  }
}

sub vcl_pass {
  # Passed requests are marked too, so tests and operators can tell.
  set req.http.X-Kopru-Pass = "1";
}

sub vcl_synth {
  set resp.http.Content-Type = "text/plain; charset=utf-8";
}
