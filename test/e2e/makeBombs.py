"""Hostile archives for hostileArchives.spec.ts, written to the folder in argv[1] with Python's zipfile
and zlib (never committed). Each holds about 1 GiB of zeros in about a megabyte:
  lying/portal.zip       a real DICOM file (argv[3]) and an entry lying about its size
  honest/portal.zip      an honest 1 GiB entry
  deflated/bomb.dcm      Deflated Explicit VR Little Endian whose data set inflates to 1 GiB (meta from argv[2])
  manifest-bomb.zip      a bag whose manifest-sha256.txt declares 64 bytes and expands to 1 GiB
  payload-bomb.zip       a valid bag manifest, and a payload entry lying about its size
"""
import hashlib, os, struct, sys, zipfile, zlib

out, meta_path, dicom_path = sys.argv[1], sys.argv[2], sys.argv[3]
GIB = 1 << 30
CHUNK = b"\0" * (1 << 20)
for folder in ("lying", "honest", "deflated"):
    os.makedirs(os.path.join(out, folder), exist_ok=True)

def write_zeros(z, name, size):
    with z.open(name, "w") as f:
        for _ in range(size // len(CHUNK)):
            f.write(CHUNK)

def lie(path, name, size):
    """Patch the entry's uncompressed size in its local header and its directory record."""
    data = bytearray(open(path, "rb").read())
    end = data.rfind(b"PK\x05\x06")
    count, _, at = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):
        n, e, c = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46 : at + 46 + n].decode() == name:
            struct.pack_into("<I", data, at + 24, size)
            struct.pack_into("<I", data, struct.unpack_from("<I", data, at + 42)[0] + 22, size)
        at += 46 + n + e + c
    open(path, "wb").write(bytes(data))

dicom = open(dicom_path, "rb").read()
portal = os.path.join(out, "lying", "portal.zip")
with zipfile.ZipFile(portal, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("good/IM1.dcm"), dicom, zipfile.ZIP_STORED)
    write_zeros(z, "lying/IM2.dcm", GIB)
lie(portal, "lying/IM2.dcm", 4096)
with zipfile.ZipFile(os.path.join(out, "honest", "portal.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    write_zeros(z, "honest/IM3.dcm", GIB)

comp = zlib.compressobj(9, zlib.DEFLATED, -15)
body = b"".join(comp.compress(CHUNK) for _ in range(GIB // len(CHUNK))) + comp.flush()
open(os.path.join(out, "deflated", "bomb.dcm"), "wb").write(open(meta_path, "rb").read() + body)

bagit = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
bomb = os.path.join(out, "manifest-bomb.zip")
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("pkg/bagit.txt", bagit)
    write_zeros(z, "pkg/manifest-sha256.txt", GIB)
    z.writestr("pkg/data/IM1.dcm", dicom)
lie(bomb, "pkg/manifest-sha256.txt", 64)

payload = os.path.join(out, "payload-bomb.zip")
manifest = ("%s  data/IM1.dcm\n%s  data/IM2.dcm\n" % (hashlib.sha256(dicom).hexdigest(), "0" * 64)).encode()
with zipfile.ZipFile(payload, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("pkg/bagit.txt", bagit)
    z.writestr("pkg/manifest-sha256.txt", manifest)
    z.writestr("pkg/data/IM1.dcm", dicom)
    write_zeros(z, "pkg/data/IM2.dcm", GIB)
lie(payload, "pkg/data/IM2.dcm", 4096)
