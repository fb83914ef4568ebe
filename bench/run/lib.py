#!/usr/bin/env python3
"""Parsing and formatting for bench/run.sh (standard library only).

Subcommands (see each function):
  timings FILE                      curl's "code seconds" lines -> "median_ms p90_ms n codes bad"
  capture LOG FROM TO USER DB OUT   statements a request sent, from the PostgreSQL log (byte range FROM..TO)
  replay-script CAPTURE OUT         a pgbench script of those statements with the bind parameters as literals
  write-script CAPTURE OUT VARS     a pgbench script of one hour write, over the target list (see write_script)
  pglog FILE...                     pgbench -l transaction logs -> "median_ms p99_ms n"
  pgbench-tps FILE                  pgbench's output -> "tps"
  wrk FILE                          wrk --latency output -> "rps p50_ms p99_ms requests non2xx socket_errors"
  heap FILE                         jcmd GC.heap_info -> "used_mb committed_mb"
  progress FILE TOTAL               an unfinished import's progress ("seconds rows" lines) in words
  orgs FILES_PREFIX ROWS PER_FILE NIS_FILE RUN COPY_PREFIX FIRST_ID
                                    the organisations import files and the COPY files of the same rows
  table TSV                         the results as a markdown table
"""
import csv
import json
import math
import re
import statistics
import sys

PREFIX = re.compile(r'^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+) \[(\d+)\] (\S*)@(\S*) '
                    r'(LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT|CONTEXT|FATAL|NOTICE):  (.*)$')
DURATION = re.compile(r'^duration: ([\d.]+) ms  (execute [^:]*|statement): (.*)$', re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
# what a new pooled connection sends once (the pool is flushed for the capture): its set-up, and the driver's column
# metadata (pgjdbc caches it per connection), none of it part of a request on a connection in use for a while
NOISE = re.compile(r'^\s*(SET application_name|SHOW TRANSACTION ISOLATION LEVEL|SET extra_float_digits|'
                   r'SET SESSION CHARACTERISTICS|DISCARD|DEALLOCATE|'
                   r'SELECT c\.oid, a\.attnum, a\.attname, c\.relname, n\.nspname)', re.I)


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))
    return s[k]


def timings(path):
    codes, times = {}, []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 2:
                continue
            code, seconds = parts
            codes[code] = codes.get(code, 0) + 1
            times.append(float(seconds) * 1000)
    bad = sum(n for c, n in codes.items() if not c.startswith('2'))
    summary = ','.join(f'{c}x{n}' for c, n in sorted(codes.items())) or 'none'
    if not times:
        print('nan nan 0', summary, bad)
        return
    print(f'{statistics.median(times):.1f} {percentile(times, 90):.1f} {len(times)} {summary} {bad}')


def log_entries(text):
    """(pid, user, db, level, message) of each log entry; continuation lines (tab) joined with newlines."""
    entry = None
    for line in text.split('\n'):
        m = PREFIX.match(line)
        if m:
            if entry:
                yield entry
            entry = [m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)]
        elif entry is not None:
            entry[4] += '\n' + (line[1:] if line.startswith('\t') else line)
    if entry:
        yield entry


def parse_params(detail):
    params = {}
    for m in PARAM.finditer(detail):
        value = m.group(2)
        params[int(m.group(1))] = None if value == 'NULL' else value[1:-1].replace("''", "'")
    return params


def capture(log, start, end, user, db, out):
    with open(log, 'rb') as f:
        f.seek(int(start))
        text = f.read(int(end) - int(start)).decode('utf-8', 'replace')
    statements, last = [], {}
    for pid, u, d, level, message in log_entries(text):
        if u != user or d != db:
            continue
        if level == 'LOG':
            m = DURATION.match(message)
            last[pid] = None
            if not m:
                continue
            sql = m.group(3).strip()
            if not sql or NOISE.match(sql):
                continue
            st = {'pid': pid, 'ms': float(m.group(1)), 'sql': sql, 'params': {}}
            statements.append(st)
            if m.group(2).startswith('execute'):
                last[pid] = st
        elif level == 'DETAIL' and message.startswith('parameters:') and last.get(pid) is not None:
            last[pid]['params'] = parse_params(message)
            last[pid] = None
    with open(out, 'w') as f:
        json.dump(statements, f, indent=1)
    writes = sum(1 for s in statements if is_write(s['sql']))
    print(len(statements), writes, f"{sum(s['ms'] for s in statements):.2f}")


def is_write(sql):
    return re.match(r'^\s*(insert|update|delete|merge)\b', sql, re.I) is not None


def literal(value):
    return 'NULL' if value is None else "'" + value.replace("'", "''") + "'"


def substitute(sql, params, mapping=None):
    """The statement with $n replaced: by mapping[n] when given, else by the literal of its value."""
    def repl(m):
        n = int(m.group(1))
        if mapping and n in mapping:
            return mapping[n]
        if n not in params:
            raise SystemExit(f'no value for ${n} in: {sql[:200]}')
        return literal(params[n])
    return re.sub(r'\$(\d+)(?!\d)', repl, sql)


def replay_script(cap, out, mode='commit'):
    """One pgbench transaction: every statement as sent, with its values as literals. Statements that change data are
    kept but the transaction is rolled back at the end (mode=rollback) so that the replay changes nothing."""
    statements = json.load(open(cap))
    lines, writes = [], 0
    for st in statements:
        sql = substitute(st['sql'], {int(k): v for k, v in st['params'].items()})
        writes += is_write(sql)
        lines.append(sql.rstrip().rstrip(';') + ';')
    if writes:
        # wrap so that nothing stays: BEGIN ... ROLLBACK (a captured COMMIT becomes ROLLBACK)
        body = [l for l in lines if not re.match(r'^(BEGIN|COMMIT|ROLLBACK);$', l, re.I)]
        lines = ['BEGIN;'] + body + ['ROLLBACK;']
    with open(out, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(len(statements), writes)


# --- the hour write as a pgbench script ------------------------------------------------------------------------

def columns_of(sql):
    """$n -> column name, where the statement says (insert column lists, col=$n, col<>$n, col in ($n))."""
    cols = {}
    m = re.match(r'^\s*insert\s+into\s+\S+\s*\(([^)]*)\)\s*values\s*\(([^)]*)\)', sql, re.I | re.S)
    if m:
        names = [c.strip().lower() for c in m.group(1).split(',')]
        values = [v.strip() for v in m.group(2).split(',')]
        for name, value in zip(names, values):
            p = re.fullmatch(r'\$(\d+)', value)
            if p:
                cols[int(p.group(1))] = name
    for m in re.finditer(r'(?:\w+\.)?(\w+)\s*(?:=|<>|!=|<=|>=|<|>)\s*\$(\d+)(?!\d)', sql):
        cols.setdefault(int(m.group(2)), m.group(1).lower())
    for m in re.finditer(r'(?:\w+\.)?(\w+)\s+in\s*\(\s*\$(\d+)\s*\)', sql, re.I):
        cols.setdefault(int(m.group(2)), m.group(1).lower())
    return cols


def write_script(cap, out, variables):
    """The statements of one captured hour write as a pgbench script over many trajectories.

    variables: JSON {"tid", "pid", "nid", "day", "hours", "snapshot": {column: value of the trajectory row before the
    write}, "marker": reported_by for the rows pgbench writes}. Each transaction first reads its target (trajectory,
    placement, newcomer, day) from bench_run_target by a per-client counter (one primary-key read that the
    application does not make), then sends the captured statements with:
      - the target's ids and day where the captured write had the captured ones (by column, else by value);
      - the new hour entry's id and the audit revision's id from the INSERT ... RETURNING before them (\\gset);
      - the UPDATE of the trajectory as col=col for what did not change, col=col+delta for the hour totals and
        version=version+1 (the application sends the new values and "and version=$old", which here is left out);
      - everything else as the captured literals (timestamps, user, category), reported_by as the marker.
    """
    v = json.loads(variables)
    snapshot = v.get('snapshot') or {}
    ids = {'tid': str(v['tid']), 'pid': str(v['pid']), 'nid': str(v['nid'])}
    statements = json.load(open(cap))
    lines = [r'\set i :i + 1',
             r'\set n 1 + ((:client_id + :i * :clients) % :targets)',
             'select trajectory_id as tid, placement_id as pid, newcomer_id as nid, work_date as day '
             'from bench_run_target where n = :n;',
             r'\gset']
    new_ids = {}   # captured id value -> variable (hour entry id, revision id)
    for st in statements:
        sql = st['sql']
        params = {int(k): val for k, val in st['params'].items()}
        if re.match(r'^\s*(BEGIN|COMMIT|ROLLBACK)\s*$', sql, re.I):
            lines.append(sql.strip().upper() + ';')
            continue
        cols = columns_of(sql)
        table = None
        m = re.match(r'^\s*(?:insert\s+into|update)\s+(\w+)', sql, re.I)
        if m:
            table = m.group(1).lower()
        mapping = {}
        for n, value in params.items():
            col = cols.get(n, '')
            if value is None:
                continue
            if col == 'reported_by' or col == 'changed_by':
                mapping[n] = literal(v['marker'])
            elif col == 'work_date' and value == v['day']:
                mapping[n] = ':day'
            elif value in new_ids and col in ('id', 'rev', 'hour_entry_id', 'revision_id'):
                mapping[n] = new_ids[value]
            elif col == 'newcomer_id' and value == ids['nid']:
                mapping[n] = ':nid'
            elif col == 'placement_id' and value == ids['pid']:
                mapping[n] = ':pid'
            elif col in ('trajectory_id',) and value == ids['tid']:
                mapping[n] = ':tid'
            elif col == 'id' and value == ids['tid'] and table in (None, 'trajectory', 'trajectory_aud'):
                mapping[n] = ':tid'
            elif value == ids['tid'] and col not in ('version', 'rev', 'revtype'):
                mapping[n] = ':tid'
            elif value == ids['pid'] and col not in ('version', 'rev', 'revtype'):
                mapping[n] = ':pid'
            elif value == ids['nid'] and col not in ('version', 'rev', 'revtype'):
                mapping[n] = ':nid'
            elif value == v['day']:
                mapping[n] = ':day'
        if table == 'trajectory' and sql.lower().lstrip().startswith('update'):
            sql, mapping = trajectory_update(sql, params, snapshot, mapping)
        text = substitute(sql, params, mapping).rstrip().rstrip(';')
        returning = re.search(r'returning\s+\*\s*$', text, re.I)
        lines.append(text + ';')
        if returning and table:
            # the generated id is needed by the audit rows that follow
            lines.append('\\gset ' + table + '_')
            gen = generated_id(table, statements, st)
            if gen is not None:
                new_ids[gen] = ':' + table + '_id'
    with open(out, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(len(statements))


def generated_id(table, statements, insert):
    """The id the database gave the captured INSERT: the value a later audit row carries for it."""
    later = statements[statements.index(insert) + 1:]
    for st in later:
        sql = st['sql']
        cols = columns_of(sql)
        params = {int(k): val for k, val in st['params'].items()}
        if table == 'audit_revision':
            for n, c in cols.items():
                if c == 'rev':
                    return params.get(n)
        elif re.match(r'^\s*insert\s+into\s+' + table + r'_aud\b', sql, re.I):
            for n, c in cols.items():
                if c == 'id':
                    return params.get(n)
    return None


def trajectory_update(sql, params, snapshot, mapping):
    m = re.match(r'^(\s*update\s+\w+\s+set\s+)(.*?)(\s+where\s+)(.*)$', sql, re.I | re.S)
    if not m:
        return sql, mapping
    assignments = []
    for part in m.group(2).split(','):
        col, _, ref = part.partition('=')
        col, ref = col.strip(), ref.strip()
        p = re.fullmatch(r'\$(\d+)', ref)
        if not p:
            assignments.append(part.strip())
            continue
        n = int(p.group(1))
        new = params.get(n)
        old = snapshot.get(col.lower())
        if col.lower() == 'version':
            assignments.append(f'{col}={col}+1')
        elif new is None and old is None:
            assignments.append(f'{col}={col}')
        elif new is not None and old is not None and same_value(new, old):
            assignments.append(f'{col}={col}')
        else:
            try:
                delta = float(new) - float(old)
                assignments.append(f'{col}={col}+({delta:g})')
            except (TypeError, ValueError):
                assignments.append(f'{col}={literal(new)}')
    where = re.sub(r'\s+and\s+(?:\w+\.)?version\s*=\s*\$\d+', '', m.group(4), flags=re.I)
    return m.group(1) + ','.join(assignments) + m.group(3) + where, mapping


def same_value(a, b):
    if str(a) == str(b):
        return True
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return str(a).replace('T', ' ').rstrip('0') == str(b).replace('T', ' ').rstrip('0')


# --- tool outputs --------------------------------------------------------------------------------------------------

def pglog(paths):
    """--skip=N leaves out each client's first N transactions (a new backend's caches, the warm-up)."""
    skip = 0
    if paths and paths[0].startswith('--skip='):
        skip, paths = int(paths[0][7:]), paths[1:]
    lat, skipped = [], []
    for path in paths:
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) < 6 or not parts[1].isdigit() or not parts[2].isdigit():
                    continue
                (skipped if int(parts[1]) <= skip else lat).append(int(parts[2]) / 1000)
    if not lat:
        lat = skipped   # every client did no more than its warm-up: better that than nothing
    if not lat:
        print('nan nan 0')
        return
    print(f'{statistics.median(lat):.2f} {percentile(lat, 99):.2f} {len(lat)}')


def pgbench_tps(path):
    text = open(path).read()
    m = re.search(r'tps = ([\d.]+) \(without initial connection time\)', text) or re.search(r'tps = ([\d.]+)', text)
    failed = re.search(r'number of failed transactions: (\d+)', text)
    done = re.search(r'number of transactions actually processed: (\d+)', text)
    print(m.group(1) if m else 'nan', done.group(1) if done else '0', failed.group(1) if failed else '0')


def to_ms(text):
    m = re.fullmatch(r'([\d.]+)(us|ms|s|m)', text)
    if not m:
        return float('nan')
    value, unit = float(m.group(1)), m.group(2)
    return value * {'us': 0.001, 'ms': 1, 's': 1000, 'm': 60000}[unit]


def wrk(path):
    text = open(path).read()
    rps = re.search(r'Requests/sec:\s+([\d.]+)', text)
    p50 = re.search(r'^\s+50%\s+(\S+)', text, re.M)
    p99 = re.search(r'^\s+99%\s+(\S+)', text, re.M)
    total = re.search(r'(\d+) requests in', text)
    non2xx = re.search(r'Non-2xx or 3xx responses: (\d+)', text)
    sock = re.search(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)', text)
    errors = sum(int(x) for x in sock.groups()) if sock else 0
    print(rps.group(1) if rps else 'nan', f'{to_ms(p50.group(1)):.1f}' if p50 else 'nan',
          f'{to_ms(p99.group(1)):.1f}' if p99 else 'nan', total.group(1) if total else '0',
          non2xx.group(1) if non2xx else '0', errors)


def heap(path):
    text = open(path).read()
    m = re.search(r'total (\d+)K, used (\d+)K', text)
    if not m:
        print('nan nan')
        return
    print(f'{int(m.group(2)) / 1024:.0f} {int(m.group(1)) / 1024:.0f}')


def progress(path, total):
    """An unfinished import: rows applied, and the pace over the first and the last minute of applying."""
    pts = []
    for line in open(path):
        parts = line.split()
        if len(parts) == 2 and parts[1] not in ('None', '?'):
            pts.append((float(parts[0]), int(parts[1])))
    if not pts:
        print('no progress read')
        return
    t, n = pts[-1]

    def rate(a, b):
        sel = [p for p in pts if a <= p[0] <= b]
        if len(sel) < 2 or sel[-1][0] <= sel[0][0]:
            return float('nan')
        return (sel[-1][1] - sel[0][1]) / (sel[-1][0] - sel[0][0])
    applying = [p for p in pts if p[1] > 0]
    start = applying[0][0] if applying else t
    print(f'{n:,} of {int(total):,} rows applied after {t:.0f} s (checking the file took {start:.0f} s); '
          f'{rate(start, start + 60):.0f} rows/s in the first minute of applying, {rate(t - 60, t):.0f} in the last')


# --- the import's files --------------------------------------------------------------------------------------------

KINDS = ['association', 'company', 'local-government', 'welfare', 'education', 'other']


def orgs(prefix, rows, per_file, nis_file, run, copy_prefix, first_id):
    """ROWS organisations in files of at most PER_FILE rows (the import takes 50,000 rows and 10 MB a file), and the
    same rows as COPY input for organisation and organisation_contact (explicit ids from FIRST_ID)."""
    rows, per_file, first_id = int(rows), int(per_file), int(first_id)
    nis = [l.strip() for l in open(nis_file) if l.strip()]
    files = []
    org_copy = open(copy_prefix + '-organisation.csv', 'w', newline='')
    contact_copy = open(copy_prefix + '-organisation_contact.csv', 'w', newline='')
    oc, cc = csv.writer(org_copy), csv.writer(contact_copy)
    out = None
    for i in range(rows):
        if i % per_file == 0:
            if out:
                out.close()
            name = f'{prefix}-{len(files) + 1}.csv'
            files.append(name)
            out = open(name, 'w', newline='')
            w = csv.writer(out, delimiter=';')
            w.writerow(['naam', 'gemeente', 'soort', 'adres', 'actief', 'contact_naam', 'contact_email'])
        municipality = nis[i % len(nis)]
        kind = KINDS[i % len(KINDS)]
        name = f'Bench organisatie {run} {i + 1}'
        address = f'Teststraat {i % 200 + 1}, {municipality}'
        contact = f'Contact {i + 1}'
        email = f'contact{i + 1}@bench.example.org'
        w.writerow([name, municipality, kind, address, 'ja', contact, email])
        oid = first_id + i
        folded = name.lower()
        oc.writerow([oid, name, folded, kind.upper().replace('-', '_'), municipality, address, 't',
                     '2026-01-01 00:00:00', 0])
        cc.writerow([oid, 0, contact, '', email, ''])
    if out:
        out.close()
    org_copy.close()
    contact_copy.close()
    print(' '.join(files))


# --- the table -----------------------------------------------------------------------------------------------------

def table(path):
    print('| what | measured | beside it, same run | goal | met |')
    print('|---|---|---|---|---|')
    section = None
    with open(path) as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) < 6:
                continue
            sec, what, measured, beside, goal, met = parts[:6]
            if sec != section:
                print(f'| **{sec}** | | | | |')
                section = sec
            print(f'| {what} | {measured} | {beside} | {goal} | {met} |')


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    {'timings': lambda: timings(*args),
     'capture': lambda: capture(*args),
     'replay-script': lambda: replay_script(*args),
     'write-script': lambda: write_script(*args),
     'pglog': lambda: pglog(args),
     'pgbench-tps': lambda: pgbench_tps(*args),
     'wrk': lambda: wrk(*args),
     'heap': lambda: heap(*args),
     'orgs': lambda: orgs(*args),
     'progress': lambda: progress(*args),
     'table': lambda: table(*args)}[cmd]()


if __name__ == '__main__':
    main()
