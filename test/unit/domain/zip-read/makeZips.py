"""Build the test ZIPs of zipRead.test.ts in the folder given as argv[1], with Python's zipfile and
Info-ZIP, so the reader is checked against archives written by independent tools."""
import io, os, random, subprocess, sys, zipfile

out = sys.argv[1]
rnd = random.Random(8493)
def noise(n): return bytes(rnd.getrandbits(8) for _ in range(n))
# Signatures inside the data: a stored entry with a data descriptor must not end at them.
trap = noise(30000) + b"PK\x07\x08" + noise(20000) + b"PK\x03\x04" + noise(5000) + b"PK\x01\x02" + noise(3000)
text = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n" * 200
open(os.path.join(out, 'trap.bin'), 'wb').write(trap)
open(os.path.join(out, 'text.txt'), 'wb').write(text)

class Unseekable(io.RawIOBase):
    """Forces zipfile to stream: local headers without sizes, then data descriptors."""
    def __init__(self, f): self.f = f
    def writable(self): return True
    def write(self, b): return self.f.write(b)

def build(name, seekable, method, zip64):
    with open(os.path.join(out, name), 'wb') as raw:
        target = raw if seekable else Unseekable(raw)
        with zipfile.ZipFile(target, 'w', method) as z:
            for arc, data in (('pkg/data/trap.bin', trap), ('pkg/empty.txt', b''), ('pkg/text.txt', text)):
                with z.open(arc, 'w', force_zip64=zip64) as f: f.write(data)

for seekable in (True, False):
    for method, mname in ((zipfile.ZIP_STORED, 'store'), (zipfile.ZIP_DEFLATED, 'deflate')):
        for zip64 in (True, False):
            build('py-%s-%s-%s.zip' % ('seek' if seekable else 'stream', mname, 'z64' if zip64 else 'plain'), seekable, method, zip64)

def infozip(name, *flags, cwd=out):
    subprocess.run(['zip', '-q', *flags, name, 'trap.bin', 'text.txt'], cwd=cwd, check=True)
infozip('infozip-dd.zip', '-fd')
infozip('infozip-z64.zip', '-fz')
infozip('infozip-store.zip', '-0')
with open(os.path.join(out, 'infozip-stdin.zip'), 'wb') as f:
    subprocess.run(['zip', '-q', '-', '-'], input=trap, stdout=f, check=True)

with zipfile.ZipFile(os.path.join(out, 'unsafe.zip'), 'w') as z:
    for name in ('../evil.txt', '/etc/evil.txt', 'C:/evil.txt', 'dir\\evil.txt', 'ok/after.txt'):
        z.writestr(zipfile.ZipInfo(name), b'x' if name != 'ok/after.txt' else b'still read')

with zipfile.ZipFile(os.path.join(out, 'many.zip'), 'w') as z:
    for i in range(66000):
        z.writestr('f/%05d' % i, b'')
