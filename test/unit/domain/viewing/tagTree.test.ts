import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTagTree, type TagNode } from '../../../../src/domain/viewing/tagTree';
import { dicomPath } from '../../../sharedData';

/** Tags, VRs and sequence item counts as pydicom reads them, the independent reference. */
function pydicomOutline(path: string): { tags: string[]; sequences: Record<string, number> } {
  const script = `
import json, sys, pydicom
ds = pydicom.dcmread(sys.argv[1])
tags = ['(%04X,%04X)' % (e.tag.group, e.tag.element) for e in ds]
seqs = {'(%04X,%04X)' % (e.tag.group, e.tag.element): len(e.value) for e in ds if e.VR == 'SQ'}
print(json.dumps({'tags': tags, 'sequences': seqs}))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as {
    tags: string[];
    sequences: Record<string, number>;
  };
}

describe('readTagTree', () => {
  it('lists every top-level element pydicom sees, with sequence items and named private tags', () => {
    const path = dicomPath('series', 'ge_ct_28_variable_spacing', '01.dcm');
    const tree = readTagTree(new Uint8Array(readFileSync(path)));
    if (!tree.ok) throw new Error(tree.reason);
    const reference = pydicomOutline(path);
    expect(tree.dataset.map((n) => n.tag)).toEqual(reference.tags);
    for (const [tag, count] of Object.entries(reference.sequences)) {
      expect(tree.dataset.find((n: TagNode) => n.tag === tag)?.items?.length).toBe(count);
    }
    expect(tree.meta.find((n) => n.tag === '(0002,0010)')?.value).toBe('1.2.840.10008.1.2.1');
    expect(tree.dataset.find((n) => n.tag === '(0028,0030)')?.name).toBe('PixelSpacing');
    // GE's (0043,xx0A) in the GEMS_PARM_01 block is in dcmjs's private dictionary.
    const privateNamed = tree.dataset.filter((n) => n.isPrivate && n.name.includes('[GEMS_'));
    expect(privateNamed.length).toBeGreaterThan(0);
  });

  it('explains a file it cannot read', () => {
    const tree = readTagTree(new Uint8Array(200));
    expect(tree.ok).toBe(false);
    if (!tree.ok) expect(tree.reason).toMatch(/could not be listed/);
  });
});
