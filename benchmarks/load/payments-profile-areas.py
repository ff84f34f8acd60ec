"""Shares of the product's unblocked thread time by area and by settlement step, from a dotnet-trace speedscope file
(thread-time sampling). Usage: python3 payments-profile-areas.py product.speedscope.json"""
import collections
import json
import re
import sys

# A sample whose leaf is one of these is a thread waiting, not working.
WAITING = re.compile(r'^\?$|Enter_Slowpath|TryEnterSlow|PollGC|WorkerThreadStart|Wait|Sleep|epoll|SocketAsyncEngine'
                     r'|LowLevelLifoSemaphore|ThreadPoolWorkQueue\.Dispatch|TimerQueue|Thread\.StartCallback|EventPipe')
# ...except an unresolved native frame under a socket send or receive: the system call itself.
SYSTEM_CALL = re.compile(r'Socket\.Send|SendAsync|TryCompleteSend|Receive')
CRYPTO = re.compile(r'Cryptography|Interop\+Crypto|AesGcm|RSA|EvpPkey')

AREAS = [
    ('WeChat Pay signature (RSA), AES-GCM, notification JSON', re.compile(r'WeChatPayNotificationReader|RefreshingSignatureVerifier|AeadAes256Gcm')),
    ('database round trips (Npgsql, TLS, socket system calls)', re.compile(r'^Npgsql\.(?!EntityFrameworkCore)|SslStream|System\.Net\.Sockets')),
    ('JSON (audit rows, outbox payload)', re.compile(r'^System\.Text\.Json')),
    ('EF Core query pipeline', re.compile(r'EntityFrameworkCore\.Query|ExecuteUpdate|EntityFrameworkQueryableExtensions|RelationalCommand|System\.Linq\.Expressions|lambda_method')),
    ('EF Core change tracking and SaveChanges', re.compile(r'EntityFrameworkCore\.(ChangeTracking|Update)|SaveChanges')),
    ('dependency injection', re.compile(r'DependencyInjection|ResolveService|DbContext\.\.ctor')),
    ('logging', re.compile(r'Microsoft\.Extensions\.Logging')),
    ('telemetry', re.compile(r'OpenTelemetry|System\.Diagnostics\.(Activity|Metrics|DiagnosticListener)')),
    ('ASP.NET Core / Kestrel', re.compile(r'Microsoft\.AspNetCore')),
    ('request deadline timer', re.compile(r'CancelAfter')),
    ('KnowledgePay code', re.compile(r'^KnowledgePay|^Mediator')),
]
STEPS = [
    ('reactions to OrderPaidEvent (in-transaction handlers)', re.compile(r'EventHandlers\.|Enrolling|Journal\.|PersonalisationConsent|SubscriptionMessageRequests')),
    ('audit rows (AuditingInterceptor)', re.compile(r'AuditingInterceptor')),
    ('outbox and event dispatch (DispatchDomainEventsInterceptor)', re.compile(r'DispatchDomainEventsInterceptor')),
    ('SaveChanges', re.compile(r'SaveChanges')),
    ('the claim', re.compile(r'ClaimAsync')),
    ('settlement reads', re.compile(r'PaymentSettlement|SettlementsInProgress')),
    ('settling scope, commit', re.compile(r'Settling|FreshScopes|CommitOpenTransaction')),
    ('signature check, decryption, parsing', re.compile(r'WeChatPayNotificationReader|WeChatPaySignatureVerifier|AeadAes256Gcm')),
    ('Mediator pipeline behaviours', re.compile(r'Behavior`|^Mediator')),
    ('notify endpoint', re.compile(r'PaymentNotificationEndpoint|NotificationBody|NotificationReplies')),
    ('ASP.NET Core / Kestrel', re.compile(r'Microsoft\.AspNetCore')),
]


def intervals(profile):
    """(stack, duration) for every stretch of an evented speedscope profile."""
    stack, last = [], None
    for event in profile['events']:
        if last is not None and stack and event['at'] > last:
            yield list(stack), event['at'] - last
        last = event['at']
        if event['type'] == 'O':
            stack.append(event['frame'])
        elif stack:
            stack.pop()


def first_match(names, table):
    return next((label for name in reversed(names) for label, pattern in table if pattern.search(name)), None)


def main(path):
    trace = json.load(open(path))
    frames = [frame['name'].split('!', 1)[-1] for frame in trace['shared']['frames']]
    areas, steps, total = collections.Counter(), collections.Counter(), 0.0
    for profile in trace['profiles']:
        for stack, duration in intervals(profile):
            names = [frames[i] for i in stack]
            state = names.pop() if names and names[-1] in ('CPU_TIME', 'UNMANAGED_CODE_TIME') else 'CPU_TIME'
            if not names:
                continue
            leaf = names[-1]
            in_system_call = leaf == '?' and len(names) > 1 and SYSTEM_CALL.search(names[-2])
            if (state == 'UNMANAGED_CODE_TIME' and not CRYPTO.search(leaf)) or (WAITING.search(leaf) and not in_system_call):
                continue
            total += duration
            areas[first_match(names, AREAS) or 'runtime (no known caller)'] += duration
            steps[first_match(names, STEPS) or 'other (thread pool, timers, background services)'] += duration
    for title, counter in (('area', areas), ('product step', steps)):
        print(f'\n| {title} | share |\n| --- | ---: |')
        for label, duration in counter.most_common():
            print(f'| {label} | {100 * duration / total:.1f} % |')


if __name__ == '__main__':
    main(sys.argv[1])
