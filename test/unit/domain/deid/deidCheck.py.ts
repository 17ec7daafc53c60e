/**
 * An independent checker, run with Debian's pydicom: it reads Table E.1-1 straight from the shared JSON
 * (not from the generated module), resolves each attribute's action with the documented rules (an enabled
 * option's K wins, then its C; compound actions take X if offered, Z/D takes Z) and checks that every
 * attribute present in each input, at any depth, received that action in the output.
 *
 * stdin: {"table": path, "options": {...}, "pairs": [[input, output], ...], "pseudonymize": true}
 * stdout: {"files": [{"input", "checked", "actions": {A: n}, "failures": [...]}], "uidMap": {...}}
 */
export const DEID_CHECK_PY = String.raw`
import json, re, sys, pydicom
from pydicom.tag import Tag
req = json.load(sys.stdin)
rows = json.load(open(req['table']))
opts = req['options']
OPT_COL = {'retainLongitudinalFullDates': 'rtnLongFullDatesOpt', 'retainPatientCharacteristics': 'rtnPatCharsOpt',
           'retainDeviceIdentity': 'rtnDevIdOpt', 'retainInstitutionIdentity': 'rtnInstIdOpt',
           'retainUids': 'rtnUIDsOpt', 'cleanDescriptors': 'cleanDescOpt'}
CODES = {'retainLongitudinalFullDates': '113106', 'retainPatientCharacteristics': '113108',
         'retainDeviceIdentity': '113109', 'retainInstitutionIdentity': '113112', 'retainUids': '113110',
         'cleanDescriptors': '113105'}
exact, patterns = {}, []
for r in rows:
    m = re.match(r'^\(([0-9A-FX]{4}),([0-9A-FX]{4})\)$', r['tag'].upper())
    if not m:
        continue
    h = m.group(1) + m.group(2)
    if 'X' in h:
        patterns.append((re.compile('^' + h.replace('X', '[0-9A-F]') + '$'), r))
    else:
        exact[int(h, 16)] = r
def row_for(tag):
    if int(tag) in exact:
        return exact[int(tag)]
    h = '%08X' % int(tag)
    return next((r for p, r in patterns if p.match(h)), None)
def expected(r):
    acts = [r.get(col) for o, col in OPT_COL.items() if opts.get(o)]
    if 'K' in acts: return 'K'
    if 'C' in acts: return 'C'
    b = r['basicProfile']
    if b.startswith('X'): return 'X'
    if b == 'Z/D': return 'Z'
    return b
uid_map = {}
REPLACED = {0x00120062, 0x00120063, 0x00120064, 0x00280303}
SEP = re.compile(r'[\s\^\\/,;:()\[\]{}<>=+\-_.\'"#*&|]+')
def words(v):
    raw = v if isinstance(v, bytes) else str(v).encode('latin1', 'replace')
    return set(w for w in SEP.split(raw.decode('latin1')) if w)
def empty(el):
    if el.VR == 'SQ': return len(el.value) == 0
    return el.value in (None, '', b'') or (hasattr(el.value, '__len__') and len(el.value) == 0)
def uids(v):
    return [str(x) for x in (v if isinstance(v, pydicom.multival.MultiValue) else [v])]
def remapped(orig, new, where, fail):
    for a, b in zip(uids(orig), uids(new)):
        if a == b: fail('%s: UID %s not replaced' % (where, a))
        if not re.match(r'^[0-9]+(\.[0-9]+)*$', b) or len(b) > 64: fail('%s: %r is not a UID' % (where, b))
        if uid_map.setdefault(a, b) != b: fail('%s: UID %s mapped to %s and to %s' % (where, a, uid_map[a], b))
def no_private(ds, where, fail):
    for el in ds:
        if el.tag.is_private: fail('%s: private %s left' % (where, el.tag))
        if el.VR == 'SQ':
            for i, item in enumerate(el.value): no_private(item, '%s/%s[%d]' % (where, el.keyword or el.tag, i), fail)
def compare(inp, out, where, top, stats, fail):
    for el in inp:
        tag = el.tag
        if tag.group == 2 or tag.is_private or tag.element == 0: continue
        if top and int(tag) in REPLACED: continue
        r = row_for(tag)
        action = expected(r) if r else 'K'
        if r:
            stats['checked'] += 1
            stats['actions'][action] = stats['actions'].get(action, 0) + 1
        here = '%s/%s%s' % (where, el.keyword or str(tag), '' if r else '(unlisted)')
        o = out.get(tag)
        if action == 'X':
            if o is not None: fail('%s: X but present' % here)
            continue
        if o is None:
            if action == 'C' and r['basicProfile'].startswith('X') and stats['iso2022'] and not str(el.value).isascii():
                continue  # an ISO 2022 value cannot be cleaned word by word: the basic action (removal) applied
            fail('%s: %s but absent' % (here, action)); continue
        if action == 'Z':
            if top and int(tag) in (0x00100010, 0x00100020) and req['pseudonymize']:
                if not re.search(r'ANON\d{4}', str(o.value)): fail('%s: expected a pseudonym, got %r' % (here, o.value))
            elif not empty(o): fail('%s: Z but %r' % (here, o.value))
        elif action == 'D':
            if empty(o) and el.VR != 'SQ': fail('%s: D but empty' % here)
            if el.VR == 'UI': remapped(el.value, o.value, here, fail)
            elif el.VR == 'SQ': items(el, o, here, stats, fail)
            elif not empty(el) and o.value == el.value: fail('%s: D left the value %r' % (here, el.value))
        elif action == 'U':
            if el.VR == 'UI' and not empty(el): remapped(el.value, o.value, here, fail)
        elif action == 'K':
            if el.VR == 'SQ': items(el, o, here, stats, fail)
            elif o.value != el.value: fail('%s: K but %r != %r' % (here, o.value, el.value))
        elif action == 'C':
            if el.VR == 'SQ': items(el, o, here, stats, fail)
            elif el.VR in ('LO', 'SH', 'ST', 'LT', 'UT', 'UC'):
                extra = words(o.value) - words(el.value)
                if extra: fail('%s: cleaning added words %r' % (here, extra))
                if any(sum(c.isdigit() for c in w) >= 4 for w in words(o.value)): fail('%s: kept a number %r' % (here, o.value))
            elif empty(o): fail('%s: C left nothing' % here)
def items(el, o, here, stats, fail):
    if len(el.value) != len(o.value):
        fail('%s: %d items became %d' % (here, len(el.value), len(o.value))); return
    for i, (a, b) in enumerate(zip(el.value, o.value)):
        compare(a, b, '%s[%d]' % (here, i), False, stats, fail)
report = []
for src, dst in req['pairs']:
    failures = []
    fail = failures.append
    inp = pydicom.dcmread(src)
    stats = {'input': src, 'checked': 0, 'actions': {}, 'failures': failures,
             'iso2022': 'ISO 2022' in str(inp.get('SpecificCharacterSet', ''))}
    out = pydicom.dcmread(dst)
    compare(inp, out, '', True, stats, fail)
    no_private(out, '', fail)
    if out.file_meta.TransferSyntaxUID != inp.file_meta.TransferSyntaxUID: fail('transfer syntax changed')
    if 'SOPInstanceUID' in out and out.file_meta.MediaStorageSOPInstanceUID != out.SOPInstanceUID: fail('meta SOP Instance UID != data set')
    if opts.get('retainUids'):
        if out.file_meta.MediaStorageSOPInstanceUID != inp.get('SOPInstanceUID', inp.file_meta.MediaStorageSOPInstanceUID): fail('SOP Instance UID changed under Retain UIDs')
    elif out.file_meta.MediaStorageSOPInstanceUID == inp.file_meta.MediaStorageSOPInstanceUID: fail('meta SOP Instance UID kept')
    if 'PixelData' in inp and inp['PixelData'].value != out['PixelData'].value: fail('Pixel Data bytes differ')
    if out.get('PatientIdentityRemoved') != 'YES': fail('PatientIdentityRemoved is not YES')
    codes = sorted(str(i.CodeValue) for i in out.get('DeidentificationMethodCodeSequence', []))
    want = sorted(['113100'] + [c for o, c in CODES.items() if opts.get(o)])
    if codes != want: fail('method codes %r, expected %r' % (codes, want))
    if any(str(i.CodingSchemeDesignator) != 'DCM' for i in out.DeidentificationMethodCodeSequence): fail('scheme not DCM')
    want_ltm = 'UNMODIFIED' if opts.get('retainLongitudinalFullDates') else 'REMOVED'
    if out.get('LongitudinalTemporalInformationModified') != want_ltm: fail('LongitudinalTemporalInformationModified')
    report.append(stats)
print(json.dumps({'files': report, 'uidMap': uid_map}))
`;
