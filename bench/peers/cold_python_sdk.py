# A fresh process: import the Python SDK, build its client, complete one list call.
import json
import sys
import time

start = time.perf_counter()
from azure.servicemanagement import ServiceManagementService  # noqa: E402  (the import is what is measured)
imported = time.perf_counter()
from urllib.parse import urlparse  # noqa: E402

target = json.loads(sys.argv[1])
client = ServiceManagementService(target['subscriptionId'], target['certFile'], host=urlparse(target['url']).netloc)
client.list_hosted_services()
done = time.perf_counter()
print(json.dumps({'importMs': (imported - start) * 1000, 'firstCallMs': (done - start) * 1000}))
