"""Pieces shared by bench/run (one instance) and bench/cluster (two behind HAProxy): settings, shell and psql
helpers, wrk with its parsed figures, keys, the seeded workload, and the checks on what the database holds."""
import datetime as dt
import os
import platform
import re
import subprocess
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
PG = dict(host=os.environ.get("PGHOST", "127.0.0.1"), port=os.environ.get("PGPORT", "5432"),
          user=os.environ.get("PGUSER", "postgres"))
DB = os.environ.get("BENCH_DB", "bench")
PORT = int(os.environ.get("BENCH_PORT", "8097"))
BASE = f"http://127.0.0.1:{PORT}"
# production serves /q/* (health, metrics) on the management interface, one port up here
MANAGEMENT = f"http://127.0.0.1:{PORT + 1}"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = 32
JAVA_OPTS = os.environ.get("BENCH_JAVA_OPTS", "-Xms32m -Xmx96m -Xss512k -XX:ReservedCodeCacheSize=64m "
                           "-XX:MaxMetaspaceSize=128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError")
POST_THERAPISTS = 2  # one per wrk thread
# bench/cluster writes its figures between these markers in results.md; bench/run keeps them
CLUSTER_BEGIN = "<!-- bench/cluster begin -->"
CLUSTER_END = "<!-- bench/cluster end -->"


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), check=True, text=True, capture_output=True, **kw).stdout


def psql(sql, db=None):
    return sh(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", db or DB, "-v", "ON_ERROR_STOP=1",
               "-qAt", "-c", sql]).strip()


def get(path, timeout=5):
    with urllib.request.urlopen((MANAGEMENT if path.startswith("/q/") else BASE) + path, timeout=timeout) as r:
        return r.status, r.read().decode()


def wait_ready(proc, limit=120, ready_url=None, log="bench/hearth.log"):
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        if proc.poll() is not None:
            raise SystemExit(f"Hearth exited during start; see {log}")
        try:
            if ready_url is None and get("/q/health/ready", timeout=1)[0] == 200:
                return time.monotonic() - t0
            if ready_url is not None:
                with urllib.request.urlopen(ready_url, timeout=1) as r:
                    if r.status == 200:
                        return time.monotonic() - t0
        except Exception:
            pass
        time.sleep(0.02)
    raise SystemExit(f"Hearth was not ready in time; see {log}")


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, script=None, args=(), seconds=SECONDS, warmup=True, connections=CONNECTIONS):
    base = ["wrk", "-t2", f"-c{connections}", "--latency", "--timeout", "10s"]
    extra = ["-s", os.path.join(BENCH, script)] if script else []
    if warmup:
        sh([*base, "-d5s", *extra, url, *(["--", *args] if args else [])])
    out = sh([*base, f"-d{seconds}s", *extra, url, *(["--", *args] if args else [])])
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    lat = {}
    for pct, value, unit in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M):
        lat[pct] = float(value) * UNITS[unit]
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return dict(rps=rps, p50=lat.get("50"), p99=lat.get("99"), total=total,
                non2xx=int(non2xx.group(1)) if non2xx else 0, errors=errors.group(1) if errors else "none", raw=out)


def keys(folder):
    private = os.path.join(folder, "jwt-private.pem")
    public = os.path.join(folder, "jwt-public.pem")
    sh(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", private])
    sh(["openssl", "pkey", "-in", private, "-pubout", "-out", public])
    intake = sh(["openssl", "rand", "-base64", "32"]).strip()
    return private, public, intake


SEED = """
-- the measured therapist: Toronto, Monday to Friday 09:00-17:00, 10-minute buffers, 60-day horizon
insert into therapist (slug, name, timezone, bio, buffer_before_minutes, buffer_after_minutes, minimum_notice_hours,
                       horizon_days, max_per_day, created_at, updated_at)
values ('bench-one', 'Bench Therapist', 'America/Toronto', 'Benchmark', 10, 10, 0, 90, 32, now(), now());
insert into weekly_rule (therapist_id, day_of_week, start_time, end_time)
select t.id, d, time '09:00', time '17:00' from therapist t,
       unnest(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY']) d where t.slug = 'bench-one';
insert into date_override (therapist_id, override_date, kind, start_time, end_time, created_at)
select t.id, current_date + k, 'UNAVAILABLE', null, null, now() from therapist t, unnest(array[9, 23, 37]) k
where t.slug = 'bench-one';
-- 200 confirmed bookings, five per weekday at 09:00, 10:30, 12:00, 13:30 and 15:00 Toronto time
insert into booking (reference, therapist_id, start_at, end_at, active_start_at, client_name, client_email,
                     client_timezone, status, manage_token_hash, created_at, updated_at)
select 'HB-B' || lpad(n::text, 6, '0'), t.id, s, s + interval '15 minutes', s, 'Seeded Client',
       'seeded-' || n || '@example.org', 'America/Toronto', 'CONFIRMED', md5('b' || n) || md5('c' || n), now(), now()
from therapist t,
     (select row_number() over (order by s) n, s from (
        select ((d::date + tm) at time zone 'America/Toronto') s
        from generate_series(current_date + 1, current_date + 60, interval '1 day') d,
             unnest(array[time '09:00', time '10:30', time '12:00', time '13:30', time '15:00']) tm
        where extract(isodow from d) < 6 and (d::date - current_date) not in (9, 23, 37)) x) slots
where t.slug = 'bench-one' and n <= 200;
-- the booking load's therapists: open around the clock in UTC, so every request can take a distinct free slot
insert into therapist (slug, name, timezone, bio, minimum_notice_hours, horizon_days, max_per_day, created_at, updated_at)
select 'bench-post-' || i, 'Load Therapist ' || i, 'UTC', 'Benchmark', 0, 365, 96, now(), now()
from generate_series(1, {post}) i;
insert into weekly_rule (therapist_id, day_of_week, start_time, end_time)
select t.id, d, time '00:00', time '23:59' from therapist t,
       unnest(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY']) d
where t.slug like 'bench-post-%';
""".replace("{post}", str(POST_THERAPISTS))

ARTICLE_BODY = "\n\n".join(
    f"## Part {i}\n\nA first conversation is a chance to ask how sessions work, what they cost and whether the "
    f"approach fits. Some people arrive with a clear goal; others only know that something has to change. "
    f"Both are fine starting points, and a good therapist will help you put words to it.\n\n"
    f"- Write down two or three questions before the call\n- Note what times suit you each week\n"
    f"- Ask about cancellation and fees\n\nIt is normal to speak with more than one therapist before choosing."
    for i in range(1, 9))


def seed_article(db=None):
    exists = psql("select count(*) from information_schema.tables where table_name = 'article'", db)
    if exists != "1":
        return False
    body = ARTICLE_BODY.replace("'", "''")
    psql("insert into article (slug, title, summary, body_markdown, status, published_at, created_at, updated_at) "
         "values ('bench-article', 'Preparing for a first call', 'What to ask and what to expect.', "
         f"'{body}', 'PUBLISHED', now() - interval '1 day', now() - interval '1 day', now() - interval '1 day')", db)
    tagged = psql("select count(*) from information_schema.tables where table_name = 'article_tag'", db)
    if tagged == "1":
        psql("insert into article_tag (article_id, tag) select id, 'first-steps' from article where slug = 'bench-article'", db)
    return True


def overlaps(db=None):
    return int(psql("select count(*) from booking a join booking b on a.therapist_id = b.therapist_id and a.id < b.id "
                    "where a.status = 'CONFIRMED' and b.status = 'CONFIRMED' "
                    "and a.start_at < b.end_at and b.start_at < a.end_at", db))


def versions():
    java = sh("java -version 2>&1").splitlines()[0]
    pg = psql("show server_version", db="postgres")
    wrk_v = subprocess.run(["wrk", "-v"], text=True, capture_output=True).stdout.splitlines()[0]
    quarkus = re.search(r"<quarkus.platform.version>([^<]+)<", open(os.path.join(ROOT, "pom.xml")).read()).group(1)
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    load = os.getloadavg()
    return dict(java=java, pg=pg, wrk=wrk_v, quarkus=quarkus, cpu=cpu, cores=os.cpu_count(), mem=mem,
                kernel=platform.release(), load=f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


