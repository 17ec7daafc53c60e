import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIG = { maxBuffer: 512 * 1024 * 1024 };

/** What Python's zipfile (an independent reader) sees in an archive. */
export interface PythonEntry {
  name: string;
  flag_bits: number;
  compress_type: number;
  date_time: number[];
  CRC: number;
  file_size: number;
  compress_size: number;
  header_offset: number;
  extra: string;
  sha256: string;
}

export interface PythonView {
  testzip: string | null;
  entries: PythonEntry[];
  zip64End: boolean;
}

const INSPECT = `
import hashlib, json, sys, zipfile
path, want_bytes = sys.argv[1], sys.argv[2] == '1'
with zipfile.ZipFile(path) as z:
    bad = z.testzip()
    out = []
    for i in z.infolist():
        e = dict(name=i.filename, flag_bits=i.flag_bits, compress_type=i.compress_type, date_time=list(i.date_time),
                 CRC=i.CRC, file_size=i.file_size, compress_size=i.compress_size, header_offset=i.header_offset,
                 extra=i.extra.hex(), sha256='')
        if want_bytes:
            e['sha256'] = hashlib.sha256(z.read(i)).hexdigest()
        out.append(e)
with open(path, 'rb') as f:
    f.seek(max(0, f.seek(0, 2) - 98))
    tail = f.read()
print(json.dumps(dict(testzip=bad, entries=out, zip64End=b'PK\\x06\\x06' in tail and b'PK\\x06\\x07' in tail)))
`;

export async function pythonZipView(path: string, withContents = true): Promise<PythonView> {
  const { stdout } = await run('/usr/bin/python3', ['-c', INSPECT, path, withContents ? '1' : '0'], BIG);
  return JSON.parse(stdout) as PythonView;
}

/** `unzip -t`: exit status 0 means every entry's CRC checked and no structural error was found. */
export async function unzipTest(path: string): Promise<string> {
  const { stdout } = await run('unzip', ['-tqq', path], BIG).catch(
    (e: { stdout?: string; stderr?: string }) => {
      throw new Error(`unzip -t failed: ${e.stdout ?? ''}${e.stderr ?? ''}`);
    },
  );
  return stdout;
}

/** `7z t`: must end with "Everything is Ok" and report no warnings (7-Zip flags header mismatches that way). */
export async function sevenZipTest(path: string): Promise<string> {
  const { stdout, stderr } = await run('7z', ['t', '-bd', path], BIG).catch(
    (e: { stdout?: string; stderr?: string }) => {
      throw new Error(`7z t failed: ${e.stdout ?? ''}${e.stderr ?? ''}`);
    },
  );
  const all = stdout + stderr;
  if (!all.includes('Everything is Ok') || /warning|error/i.test(all))
    throw new Error(`7z t complained:\n${all}`);
  return all;
}

/** Runs the three independent readers; throws with their output on any complaint. */
export async function checkWithAllReaders(path: string, withContents = true): Promise<PythonView> {
  await unzipTest(path);
  await sevenZipTest(path);
  const view = await pythonZipView(path, withContents);
  if (view.testzip !== null) throw new Error(`Python zipfile testzip found a bad entry: ${view.testzip}`);
  return view;
}
