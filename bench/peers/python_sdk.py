# Warm peer: the Python SDK's ServiceManagementService (Debian's python3-azure), unchanged; the
# emulator's CA is trusted through REQUESTS_CA_BUNDLE (set by the runner). Same line protocol as
# the Node peers. The parse task is raw xml.dom.minidom.parseString on the same document.
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse
from xml.dom import minidom

from azure.servicemanagement import ServiceManagementService

target = json.loads(sys.argv[1])
client = ServiceManagementService(target['subscriptionId'], target['certFile'], host=urlparse(target['url']).netloc)
with open(target['imagesFile'], encoding='utf-8') as f:
    images = f.read()


def cpu_ms():
    return time.process_time() * 1000


def per_call(calls, fn):
    start = cpu_ms()
    for _ in range(calls):
        fn()
    return (cpu_ms() - start) / calls


def poll(task):
    start = time.perf_counter()
    with ThreadPoolExecutor(task['inFlight']) as pool:
        list(pool.map(client.get_operation_status, task['ids']))
    return len(task['ids']) / (time.perf_counter() - start)


def rss(_task):
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return 0


handlers = {
    'list': lambda task: per_call(task['calls'], client.list_hosted_services),
    'get': lambda task: per_call(task['calls'], lambda: client.get_hosted_service_properties(task['name'])),
    'poll': poll,
    'parse': lambda task: per_call(task['calls'], lambda: minidom.parseString(images)),
    'rss': rss,
}

print(json.dumps({'ready': True}), flush=True)
for line in sys.stdin:
    task = json.loads(line)
    try:
        print(json.dumps({'value': handlers[task['task']](task)}), flush=True)
    except Exception as error:  # reported to the runner, which stops with it
        print(json.dumps({'error': repr(error)}), flush=True)
