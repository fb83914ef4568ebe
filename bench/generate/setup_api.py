#!/usr/bin/env python3
"""What the generator asks of the running application, through its API (bench/generate.sh, step "api"):

- the trajectory types it knows (GET /api/v1/trajectory-types), written as one line per reporting category:
  type id, category id, Dutch label, minimum Dutch level, daily cap, contact person confirms, placed with a buddy;
- one account per role besides the first administrator (network coordinator of every network, counsellor,
  local officer, viewer), each made by the administrator with an initial password and then given BENCH_PASSWORD by
  its own user (PUT /session/password), so that the stored PBKDF2 hash is the application's own; the generator
  copies that hash to the accounts it writes in SQL.

Usage: setup_api.py BASE_URL ADMIN_PASSWORD BENCH_PASSWORD TYPES_OUT   (standard library only)
"""
import http.cookiejar
import json
import secrets
import sys
import urllib.error
import urllib.request


class Session:
    def __init__(self, base, username, password):
        self.base = base.rstrip('/') + '/api/v1'
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = None
        answer = self.call('POST', '/session', {'username': username, 'password': password})
        self.csrf = answer['csrfToken']
        self.must_change = answer.get('mustChangePassword', False)

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header('Accept', 'application/json')
        request.add_header('Accept-Language', 'nl')
        if data is not None:
            request.add_header('Content-Type', 'application/json')
        if self.csrf:
            request.add_header('X-CSRF-Token', self.csrf)
        try:
            with self.opener.open(request, timeout=60) as response:
                text = response.read().decode()
                return json.loads(text) if text else None
        except urllib.error.HTTPError as e:
            raise SystemExit(f'{method} {path}: {e.code} {e.read().decode()}')


def main():
    base, admin_password, bench_password, types_out = sys.argv[1:5]
    admin = Session(base, 'admin', admin_password)

    types = admin.call('GET', '/trajectory-types?size=200')
    items = types['items'] if isinstance(types, dict) else types
    with open(types_out, 'w', encoding='utf-8') as out:
        for t in items:
            with_buddy = any(f.get('kind') == 'reference' and (f.get('refersTo') or '').lower() == 'buddy'
                             for f in t['fields'])
            for c in t['reportingCategories']:
                out.write('\t'.join([t['id'], c['id'], c['label'], t['suitability']['minimumDutchLevel'],
                                     str(t['hours']['maxHoursPerDay']),
                                     'true' if t['hours']['contactPersonConfirms'] else 'false',
                                     'true' if with_buddy else 'false']) + '\n')

    networks = [n['id'] for n in admin.call('GET', '/networks?size=200')['items']]
    first = admin.call('GET', '/municipalities?network=westhoek&size=1')['items'][0]['nisCode']
    accounts = [
        ('bench.coordinator', 'Bench coördinator', 'network-coordinator', networks, None),
        ('bench.counsellor', 'Bench trajectbegeleider', 'counsellor', ['westhoek'], None),
        ('bench.officer', 'Bench lokaal bestuur', 'local-officer', [], first),
        ('bench.viewer', 'Bench raadpleger', 'viewer', [], None),
    ]
    for username, name, role, network_ids, nis in accounts:
        initial = 'initieel-' + secrets.token_urlsafe(12)
        admin.call('POST', '/users', {'username': username, 'displayName': name,
                                      'email': username + '@example.org', 'role': role, 'networkIds': network_ids,
                                      'municipalityNis': nis, 'organisationId': None, 'active': True,
                                      'password': initial})
        user = Session(base, username, initial)
        user.call('PUT', '/session/password', {'currentPassword': initial, 'newPassword': bench_password})
        Session(base, username, bench_password)  # signs in with the password it now has
        print(f'  {username} ({role})')


if __name__ == '__main__':
    main()
